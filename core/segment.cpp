// segment.cpp — stage 2 for plain text (see segment.h). Input: decoded text.
// Output: Blocks with text, blank_before and indented set; features come later.
#include "segment.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "feature_bytes.h"
#include "summary_bytes.h"

namespace sift {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Index of the first byte from i on where the line stops being copied as is:
// a tab, or a space followed by another blank or by the end of the line.
// Without tabs (most lines; push_line asks memchr) only spaces are tested.
template <bool kLineHasTabs>
std::size_t unchanged_until(std::string_view line, std::size_t i) {
#if SIFT_WIDE_LANES
    // Fifteen bytes per step, the sixteenth lane telling only whether the
    // fifteenth byte is followed by a blank.
    constexpr unsigned kFirstFifteenLanes = 0x7FFF;
    for (; i + wide::kWidth <= line.size(); i += wide::kWidth - 1) {
        const __m128i x = wide::load16(line, i);
        const unsigned space = wide::equal_mask(x, ' ');
        unsigned stop;
        if constexpr (kLineHasTabs) {
            const unsigned tab = wide::equal_mask(x, '\t');
            stop = (tab | (space & ((space | tab) >> 1))) & kFirstFifteenLanes;
        } else {
            stop = space & (space >> 1) & kFirstFifteenLanes;
        }
        if (stop != 0) return i + wide::first_bit(stop);
    }
    if (i < line.size() && line.size() >= wide::kWidth) {
        // The rest, in the line's last sixteen bytes (lanes before i were
        // read already): a space in the last lane is followed by the end.
        const std::size_t start = line.size() - wide::kWidth;
        const __m128i x = wide::load16(line, start);
        const unsigned space = wide::equal_mask(x, ' ');
        constexpr unsigned kLastLane = 0x8000;
        unsigned stop;
        if constexpr (kLineHasTabs) {
            const unsigned tab = wide::equal_mask(x, '\t');
            stop = tab | (space & (((space | tab) >> 1) | kLastLane));
        } else {
            stop = space & ((space >> 1) | kLastLane);
        }
        stop &= ~0u << (i - start);
        return stop != 0 ? start + wide::first_bit(stop) : line.size();
    }
#endif
#if SIFT_BYTE_LANES
    // Seven bytes per step: the eighth lane only tells whether the seventh
    // byte is followed by a blank.
    constexpr std::uint64_t kFirstSevenLanes = 0x0080808080808080ull;
    for (; i + 8 <= line.size(); i += 7) {
        const std::uint64_t x = bytes::load8(line, i);
        const std::uint64_t space = bytes::lanes_equal(x, ' ');
        std::uint64_t stop;
        if constexpr (kLineHasTabs) {
            const std::uint64_t tab = bytes::lanes_equal(x, '\t');
            stop = (tab | (space & bytes::from_next_lane(space | tab))) & kFirstSevenLanes;
        } else {
            stop = space & bytes::from_next_lane(space) & kFirstSevenLanes;
        }
        if (stop != 0) return i + bytes::first_lane(stop);
    }
#endif
    for (; i < line.size(); ++i) {
        if (line[i] == '\t') return i;
        if (line[i] == ' ' && (i + 1 == line.size() || is_blank(line[i + 1]))) return i;
    }
    return i;
}

void push_line(std::vector<Block>& blocks, std::string_view line, bool& blank_before) {
    std::size_t lead = 0;
    while (lead < line.size() && is_blank(line[lead])) ++lead;
    if (lead == line.size()) {
        blank_before = true;
        return;
    }
    Block& block = blocks.emplace_back();
    std::string& text = block.text;
    const bool has_tabs = std::memchr(line.data() + lead, '\t', line.size() - lead) != nullptr;
    const auto unchanged_end = [&](std::size_t from) { return has_tabs ? unchanged_until<true>(line, from) : unchanged_until<false>(line, from); };
    std::size_t i = lead;
    std::size_t end = unchanged_end(i);
    if (end == line.size()) {
        // Most lines need no collapsing: the text is made from them in one piece.
        text = std::string(line.data() + lead, line.size() - lead);
        i = end;
    } else {
        text.reserve(line.size() - lead);
    }
    while (i < line.size()) {
        if (i != lead) end = unchanged_end(i);
        text.append(line.data() + i, end - i);
        i = end;
        while (i < line.size() && is_blank(line[i])) ++i;
        if (i < line.size()) text += ' ';
    }
    block.indented = lead > 0;
    block.blank_before = blank_before;
    blank_before = false;
    // A browser's text copy joins a table row's cells with tabs: a tab with
    // text on both sides makes the line a row of cells, not a line of prose.
    if (has_tabs) {
        const std::size_t tab = line.find('\t', lead);
        const std::size_t after = line.find_first_not_of(" \t", tab);
        if (after != std::string_view::npos) block.shape = SourceShape::TableRow;
    }
}

#if SIFT_WIDE_LANES
// A line copied as is: most lines, in one piece.
void push_clean_line(std::vector<Block>& blocks, std::string_view text, bool indented, bool& blank_before) {
    blocks.emplace_back(text, indented, blank_before);
    blank_before = false;
}

constexpr std::size_t kNotClean = std::string_view::npos;

// The end of the line whose text starts at text[i] (after its indentation)
// when push_line would copy it as is: the index of its '\n', or text.size().
// kNotClean when something needs collapsing first: a tab, or a space followed
// by a blank or by the line's end. One pass finds both, where the general
// path searches for the newline, then for a tab, then for blank runs.
std::size_t clean_line_end(std::string_view text, std::size_t i) {
    // Thirty-one bytes per step (two loads), then fifteen: the last lane of a
    // step tells only what follows the one before it.
    constexpr unsigned kFirstThirtyOneLanes = 0x7FFFFFFF;
    for (; i + 2 * wide::kWidth <= text.size(); i += 2 * wide::kWidth - 1) {
        const __m128i x = wide::load16(text, i), y = wide::load16(text, i + wide::kWidth);
        const unsigned newline = wide::equal_mask(x, '\n') | wide::equal_mask(y, '\n') << wide::kWidth;
        const unsigned space = wide::equal_mask(x, ' ') | wide::equal_mask(y, ' ') << wide::kWidth;
        const unsigned tab = wide::equal_mask(x, '\t') | wide::equal_mask(y, '\t') << wide::kWidth;
        const unsigned stop = tab | (space & ((space | tab | newline) >> 1));
        const unsigned found = (newline | stop) & kFirstThirtyOneLanes;
        if (found != 0) {
            const std::size_t first = wide::first_bit(found);
            return (newline >> first) & 1 ? i + first : kNotClean;
        }
    }
    constexpr unsigned kFirstFifteenLanes = 0x7FFF;
    for (; i + wide::kWidth <= text.size(); i += wide::kWidth - 1) {
        const __m128i x = wide::load16(text, i);
        const unsigned newline = wide::equal_mask(x, '\n'), space = wide::equal_mask(x, ' '), tab = wide::equal_mask(x, '\t');
        const unsigned stop = tab | (space & ((space | tab | newline) >> 1));
        const unsigned found = (newline | stop) & kFirstFifteenLanes;
        if (found != 0) {
            const std::size_t first = wide::first_bit(found);
            return (newline >> first) & 1 ? i + first : kNotClean;
        }
    }
    for (; i < text.size(); ++i) {  // the text's last line: its last bytes one by one
        if (text[i] == '\n') return i;
        if (text[i] == '\t') return kNotClean;
        if (text[i] == ' ' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n')) return kNotClean;
    }
    return text.size();
}
#endif

// Newlines + 1. Where SSE2 is, 64 bytes a step: the step's four compares
// (-1 per newline) are added and subtracted from byte counters, summed before
// any can pass 255; elsewhere, and for the last bytes, memchr (the library's
// vector search, much faster than a byte loop on long lines).
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 1, i = 0;
#if SIFT_WIDE_LANES
    constexpr std::size_t kStep = 4 * wide::kWidth;
    constexpr std::size_t kStepsPerSum = 255 / 4;  // each step adds at most 4 to a counter
    const __m128i newline = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    const auto newlines = [&](std::size_t at) { return _mm_cmpeq_epi8(wide::load16(text, at), newline); };
    while (i + kStep <= text.size()) {
        __m128i counts = zero;
        for (std::size_t steps = 0; steps < kStepsPerSum && i + kStep <= text.size(); ++steps, i += kStep) {
            const __m128i found = _mm_add_epi8(_mm_add_epi8(newlines(i), newlines(i + 16)), _mm_add_epi8(newlines(i + 32), newlines(i + 48)));
            counts = _mm_sub_epi8(counts, found);
        }
        const __m128i sums = _mm_sad_epu8(counts, zero);  // two 64-bit sums of eight counters each
        lines += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
    }
#endif
    for (const char *p = text.data() + i, *end = text.data() + text.size();; ++p) {
        p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (p == nullptr) return lines;
        ++lines;
    }
}

std::size_t group_for(std::size_t lines) { return (lines + kMaxBlocks - 1) / kMaxBlocks; }

}  // namespace

std::vector<Block> segment_lines(std::string_view text, std::size_t* lines_per_block) {
    std::vector<Block> blocks;
    // Past kMaxBlocks lines, consecutive lines of one paragraph share a block,
    // so memory follows the bytes, not the line count (a paste of 10^7 "a\n").
    // Blank lines still end a block, keeping the paragraph structure.
    const std::size_t lines = count_lines(text);
    const std::size_t group = group_for(lines);
    if (lines_per_block) *lines_per_block = group;
    // A line is at most one block, plus one per cut of an overlong line (each
    // cut piece has at least kMaxBlockBytes / 2 bytes); blank lines make none,
    // so this bounds the blocks without over-reserving for long lines.
    blocks.reserve(lines / group + 1 + text.size() / (kMaxBlockBytes / 2));
    bool blank_before = true;  // the first line starts a paragraph
    std::string grouped;
    std::size_t in_group = 0;
    auto flush_group = [&]() {
        if (in_group > 0) push_line(blocks, grouped, blank_before);
        grouped.clear();
        in_group = 0;
    };
    std::size_t start = 0;
    while (start <= text.size()) {
#if SIFT_WIDE_LANES
        if (group == 1) {  // the usual paste: a blank line, or a line copied as is, found in one pass
            std::size_t lead = start;
            while (lead < text.size() && is_blank(text[lead])) ++lead;
            if (lead == text.size() || text[lead] == '\n') {
                blank_before = true;
                start = lead + 1;
                continue;
            }
            const std::size_t end = clean_line_end(text, lead);
            if (end != kNotClean && end - start <= kMaxBlockBytes) {
                push_clean_line(blocks, text.substr(lead, end - lead), lead > start, blank_before);
                start = end + 1;
                continue;
            }
        }
#endif
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (group > 1 && line.size() <= kMaxBlockBytes) {
            if (line.find_first_not_of(" \t") == std::string_view::npos) {
                flush_group();
                blank_before = true;
                continue;
            }
            if (in_group > 0) grouped += ' ';
            grouped.append(line.data(), line.size());
            if (++in_group == group) flush_group();
            continue;
        }
        flush_group();
        // Cut pathological lines (a 10 MB line) into bounded pieces at spaces.
        while (line.size() > kMaxBlockBytes) {
            std::size_t cut = line.rfind(' ', kMaxBlockBytes);
            if (cut == std::string_view::npos || cut < kMaxBlockBytes / 2) {
                cut = kMaxBlockBytes;
                while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
            }
            push_line(blocks, line.substr(0, cut), blank_before);
            line.remove_prefix(cut);
        }
        push_line(blocks, line, blank_before);
    }
    flush_group();
    return blocks;
}

namespace {

constexpr std::size_t kMinWrappedLines = 20;      // too few lines say nothing about a wrap width
constexpr std::size_t kMinWrapWidth = 50;         // narrower "wrapping" is a list or a poem
constexpr std::size_t kMaxWrapWidth = 100;        // browsers' copies have paragraph-long lines
constexpr double kMinShareNearWidth = 0.5;        // at least half the long lines end near the width
constexpr double kWrappedLineFill = 0.75;         // a line this full was wrapped, not ended

}  // namespace

// Block text comes from decode_text, which repairs every bad sequence, so
// counting the bytes that do not continue a character is enough.
std::size_t segment_code_points(std::string_view text) {
    std::size_t continuations = 0, i = 0;
#if SIFT_WIDE_LANES
    // Sixteen bytes a step: as signed bytes, continuations (0x80..0xBF) are
    // the ones below 0xC0. Each step subtracts its compare (-1 per
    // continuation) from byte counters, summed before any can pass 255. The
    // last bytes are the text's last sixteen, re-read with the lanes already
    // counted masked off: most texts counted are a line of a few dozen to a
    // few hundred bytes, where a byte-by-byte tail would cost as much as the steps.
    if (text.size() >= wide::kWidth) {
        constexpr std::size_t kStepsPerSum = 255;
        const __m128i kLeadMin = _mm_set1_epi8(static_cast<char>(0xC0));
        const __m128i zero = _mm_setzero_si128();
        const auto continuation_lanes = [&](std::size_t at) { return _mm_cmplt_epi8(wide::load16(text, at), kLeadMin); };
        const auto add_counts = [&](__m128i counts) {
            const __m128i sums = _mm_sad_epu8(counts, zero);  // two 64-bit sums of eight counters each
            continuations += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
        };
        __m128i counts = zero;
        for (;;) {
            // Up to kStepsPerSum steps per sum, two at a time into two sets of counters.
            const std::size_t steps_end = std::min(text.size(), i + (kStepsPerSum - 1) * wide::kWidth);
            __m128i other_counts = zero;
            for (; i + 2 * wide::kWidth <= steps_end; i += 2 * wide::kWidth) {
                counts = _mm_sub_epi8(counts, continuation_lanes(i));
                other_counts = _mm_sub_epi8(other_counts, continuation_lanes(i + wide::kWidth));
            }
            if (i + wide::kWidth <= steps_end) {
                counts = _mm_sub_epi8(counts, continuation_lanes(i));
                i += wide::kWidth;
            }
            add_counts(other_counts);
            if (i + wide::kWidth > text.size()) break;
            add_counts(counts);
            counts = zero;
        }
        if (i < text.size()) {
            const std::size_t start = text.size() - wide::kWidth;
            const __m128i lane = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            const __m128i not_counted = _mm_cmpgt_epi8(lane, _mm_set1_epi8(static_cast<char>(i - start - 1)));
            counts = _mm_sub_epi8(counts, _mm_and_si128(continuation_lanes(start), not_counted));
            i = text.size();
        }
        add_counts(counts);
    }
#endif
    for (; i + swar::kChunk <= text.size(); i += swar::kChunk) {
        const std::uint64_t x = swar::load_chunk(text.data() + i);
        continuations += swar::count_marked(x & ~(x << 1) & swar::kHighBits);  // 10xxxxxx
    }
    if (i < text.size() && text.size() >= swar::kChunk) {
        // The last chunk, read whole and overlapping: only its lanes from i on count.
        // Bytes before i are zeroed (a zero byte continues nothing) in a copy,
        // which keeps this independent of the machine's byte order.
        const std::size_t start = text.size() - swar::kChunk;
        char last[swar::kChunk];
        std::memcpy(last, text.data() + start, swar::kChunk);
        std::memset(last, 0, i - start);
        const std::uint64_t x = swar::load_chunk(last);
        continuations += swar::count_marked(x & ~(x << 1) & swar::kHighBits);
        i = text.size();
    }
    for (; i < text.size(); ++i) continuations += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    return text.size() - continuations;
}

namespace {

constexpr std::size_t kIndentWidth = 3;       // an indented line is about this much wider than its text
constexpr std::size_t kMaxCodePointBytes = 4; // UTF-8: a code point takes one to four bytes
// Every width from kFarPastWrapWidth up reflows alike: above kMaxWrapWidth
// (so no wrap width), beyond the 1/8 tolerance of any wrap width, and filled.
// Every width below kShortOfAnyWrap does too: below kMinWrapWidth (no wrap
// width), no long line, never filled. A line surely in one of these ranges
// (by its bytes, and its bytes / 4) is not counted code point by code point.
constexpr std::size_t kFarPastWrapWidth = kMaxWrapWidth + kMaxWrapWidth / 8 + 1;
constexpr std::size_t kShortOfAnyWrap = kMinWrapWidth * 3 / 4;
static_assert(kShortOfAnyWrap <= kWrappedLineFill * kMinWrapWidth, "a line short of any wrap is never filled");
static_assert(kFarPastWrapWidth > kMaxWrapWidth + kMaxWrapWidth / 8, "a line far past the wrap is near no width");

// Whether the wrap width (the 90th percentile of the lines' widths in code
// points) can lie in [kMinWrapWidth, kMaxWrapWidth], judged from byte sizes
// alone: a line of b bytes is b/4 to b code points wide, so the percentile
// lies between the percentiles of those bounds. When it cannot, the lines are
// left alone without counting a code point. `p90` is the percentile's rank.
bool wrap_width_possible(const std::vector<Block>& blocks, std::size_t p90) {
    std::size_t narrow_enough = 0;  // lines whose narrowest possible width is at most kMaxWrapWidth
    std::size_t too_narrow = 0;     // lines whose widest possible width is below kMinWrapWidth
    for (const Block& b : blocks) {
        const std::size_t indent = b.indented ? kIndentWidth : 0;
        const std::size_t bytes = b.text.size();
        narrow_enough += (bytes + kMaxCodePointBytes - 1) / kMaxCodePointBytes + indent <= kMaxWrapWidth;
        too_narrow += bytes + indent < kMinWrapWidth;
    }
    // The rank-p90 value exceeds kMaxWrapWidth when at most p90 values are
    // at most kMaxWrapWidth; it is below kMinWrapWidth when more than p90 are.
    return narrow_enough > p90 && too_narrow <= p90;
}

}  // namespace

void reflow_hard_wrapped(std::vector<Block>& blocks) {
    if (blocks.size() < kMinWrappedLines) return;
    if (!wrap_width_possible(blocks, blocks.size() * 9 / 10)) return;
    // Widths from kFarPastWrapWidth up all reflow alike, so each is kept as
    // kFarPastWrapWidth: the widths then take few values, and the percentile
    // is found by counting how many lines have each, not by sorting them.
    std::vector<std::size_t> lengths;
    lengths.reserve(blocks.size());
    std::array<std::size_t, kFarPastWrapWidth + 1> lines_of_width{};
    for (const Block& b : blocks) {
        const std::size_t indent = b.indented ? kIndentWidth : 0;
        const std::size_t most = b.text.size() + indent;
        const std::size_t fewest = (b.text.size() + kMaxCodePointBytes - 1) / kMaxCodePointBytes + indent;
        // Widths are only counted where the exact number can matter.
        std::size_t len = kFarPastWrapWidth;
        if (most < kShortOfAnyWrap) len = most;
        else if (fewest < kFarPastWrapWidth) len = std::min(segment_code_points(b.text) + indent, kFarPastWrapWidth);
        lengths.push_back(len);
        ++lines_of_width[len];
    }
    // The width of rank p90 in ascending order: the first whose lines and
    // the narrower ones number more than p90.
    const std::size_t p90 = lengths.size() * 9 / 10;
    std::size_t width = 0;
    for (std::size_t narrower_or_equal = lines_of_width[0]; narrower_or_equal <= p90;) narrower_or_equal += lines_of_width[++width];
    if (width < kMinWrapWidth || width > kMaxWrapWidth) return;
    std::size_t long_lines = 0, near_width = 0;
    for (std::size_t len : lengths) {
        if (len < kMinWrapWidth * 3 / 4) continue;
        ++long_lines;
        if (len + width / 8 >= width && len <= width + width / 8) ++near_width;
    }
    if (long_lines == 0 || near_width < kMinShareNearWidth * long_lines) return;

    // In place: block i moves down to `kept`, taking along the lines that
    // continue it. Its joined size is known before any byte is copied, so the
    // text grows once, not by doubling.
    const auto filled = [&](std::size_t i) { return lengths[i] >= kWrappedLineFill * width; };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < blocks.size();) {
        std::size_t size = blocks[i].text.size(), end = i + 1;
        // Table rows are not wrapped prose: never joined, nor joined to.
        const auto joinable = [&](std::size_t k) { return blocks[k].shape != SourceShape::TableRow; };
        while (end < blocks.size() && joinable(i) && filled(end - 1) && !blocks[end].blank_before && joinable(end) &&
               size + 1 + blocks[end].text.size() <= kMaxBlockBytes)
            size += 1 + blocks[end++].text.size();
        if (kept != i) blocks[kept] = std::move(blocks[i]);
        std::string& text = blocks[kept].text;
        text.reserve(size);
        for (std::size_t k = i + 1; k < end; ++k) {
            text += ' ';
            text += blocks[k].text;
        }
        ++kept;
        i = end;
    }
    if (kept == blocks.size()) return;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(kept), blocks.end());
    // The line slots now unused would stay resident through every later stage
    // (a 10 MB paste has ~80,000 of them): give them back.
    blocks.shrink_to_fit();
}

}  // namespace sift
