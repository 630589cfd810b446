// summary_terms.cpp — sentences to sorted term runs, each distinct word
// tokenized once per article.
//
// Input: sentences. Output: (term, count) runs in ascending token-id order.
// One pass over each sentence finds the words and CJK runs: 32 bytes a
// window on SSE2 hosts, else eight bytes at a time between words and along
// short ASCII words, decoded only where a byte is not ASCII. A word is
// looked up by its key, and only a word not seen before goes through the
// token rules (summary_words.cpp).
#include "summary_terms.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "feature_bytes.h"
#include "summary_bytes.h"
#include "summary_sort.h"
#include "utf8.h"

namespace sift {
namespace {

// A word of scan_words(): letters (not CJK), digits, combining marks.
bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

// ASCII letters and digits (every byte >= 0x80 is false: decoded instead).
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> table{};
    for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<unsigned char>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool word_char_at(std::string_view text, std::size_t at) {
    const unsigned char b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) return kWordByte[b];
    return is_word_char(utf8::next_codepoint(text, at));
}

}  // namespace

// The lookup, small enough to be inlined where words are found; a word not
// seen before takes the call.
inline std::uint64_t SentenceTerms::short_word_entry(std::uint64_t low, std::uint64_t high) {
    const std::size_t mask = short_words_.size() - 1;
    std::size_t at = short_word_slot(low, high, short_shift_);
    while (short_words_[at].low != 0) {
        if (short_words_[at].low == low && short_words_[at].high == high) return short_words_[at].entry;
        at = (at + 1) & mask;
    }
    return add_short_word(at, low, high);
}

void SentenceTerms::add_entry(std::uint64_t entry) {
    if (entry != kNoEntry) sentence_.push_back(entry);
}

// The span that starts at `at` (a word character or a non-ASCII byte): a
// word or a CJK run, added to the sentence; returns where it ends.
std::size_t SentenceTerms::word_at(std::string_view text, std::size_t at) {
    const std::size_t n = text.size();
    const std::size_t start = at;
    bool ascii = static_cast<unsigned char>(text[at]) < 0x80;
    std::size_t i = at;
    if (ascii) {
        ++i;
    } else {
        const char32_t c = utf8::next_codepoint(text, i);
        if (utf8::is_cjk(c)) {
            while (i < n) {
                std::size_t j = i;
                if (!utf8::is_cjk(utf8::next_codepoint(text, j))) break;
                i = j;
            }
            add_cjk_run(text.substr(start, i - start));
            return i;
        }
        if (!is_word_char(c)) return i;
    }
    // A word: word characters, and apostrophes with a word character
    // right after them ("don't", "l'état").
    for (;;) {
        while (i < n && kWordByte[static_cast<unsigned char>(text[i])]) ++i;
        if (i == n) break;
        const unsigned char d = static_cast<unsigned char>(text[i]);
        if (d < 0x80 && d != '\'') break;
        std::size_t j = i;
        const char32_t c = utf8::next_codepoint(text, j);
        if (c == '\'' || c == 0x2019) {
            if (j == n || !word_char_at(text, j)) break;
        } else if (utf8::is_cjk(c) || !is_word_char(c)) {
            break;
        }
        ascii = ascii && c < 0x80;
        i = j;
    }
    const std::size_t size = i - start;
    if (ascii && size <= kShortWordBytes) {
        const char* p = text.data() + start;
        const char* end = p + size;
        const std::uint64_t low = swar::to_lower(swar::load_chunk_before(p, end));
        const std::uint64_t high = size > swar::kChunk ? swar::to_lower(swar::load_chunk_before(p + swar::kChunk, end)) : 0;
        add_entry(short_word_entry(low, high));
    } else {
        const std::uint32_t term = word_term(text.substr(start, size));
        if (term != kNoTerm) sentence_.push_back((std::uint64_t{term_ids_[term]} << 32) | term);
    }
    return i;
}

// One span from `p` (the next word or CJK run at or after it), added to
// the sentence; returns where it ends (or `end`).
inline const char* SentenceTerms::next_span(std::string_view text, const char* p) {
    const char* const end = text.data() + text.size();
    for (;;) {
        // To the next byte that may start a span: ASCII letters and digits, and every non-ASCII byte.
        const std::uint64_t gap = swar::load_chunk_before(p, end);
        const std::uint64_t word_bytes = swar::alphanumeric_bytes(gap);
        const std::uint64_t starts = word_bytes | (gap & swar::kHighBits);
        if (starts == 0) {
            p += swar::kChunk;
            if (p >= end) return end;
            continue;
        }
        const std::size_t skip = swar::first_marked(starts);
        p += skip;
        if (p >= end) return end;
        // An ASCII word of at most sixteen bytes, followed by neither an
        // apostrophe nor a non-ASCII byte, is whole in two chunks: its key
        // comes straight from them (word_at() would make the same). Most
        // words end in the chunk that found them (every byte before the
        // first non-ASCII one is classified exactly): no second load.
        if (static_cast<unsigned char>(*p) < 0x80) {
            const std::uint64_t same = ((~word_bytes | gap) & swar::kHighBits) >> (8 * skip);
            std::uint64_t low = 0, high = 0;
            std::size_t size = kShortWordBytes + 1;  // not found
            if (same != 0) {
                size = swar::first_marked(same);
                low = swar::first_bytes(swar::to_lower(gap) >> (8 * skip), size);
            } else {
                const std::uint64_t x = swar::load_chunk_before(p, end);
                const std::uint64_t stops = (~swar::alphanumeric_bytes(x) | x) & swar::kHighBits;
                if (stops != 0) {
                    size = swar::first_marked(stops);
                    low = swar::first_bytes(swar::to_lower(x), size);
                } else if (end - p > static_cast<std::ptrdiff_t>(swar::kChunk)) {
                    const std::uint64_t y = swar::load_chunk_before(p + swar::kChunk, end);
                    const std::uint64_t more = (~swar::alphanumeric_bytes(y) | y) & swar::kHighBits;
                    if (more != 0) {
                        const std::size_t tail = swar::first_marked(more);
                        size = swar::kChunk + tail;
                        low = swar::to_lower(x);
                        high = swar::first_bytes(swar::to_lower(y), tail);
                    }
                }
            }
            if (size <= kShortWordBytes &&
                (p + size == end || (static_cast<unsigned char>(p[size]) < 0x80 && p[size] != '\''))) {
                add_entry(short_word_entry(low, high));
                return p + size;
            }
        }
        return text.data() + word_at(text, static_cast<std::size_t>(p - text.data()));
    }
}

#if SIFT_WIDE_LANES
namespace {

// Sixteen bytes as bit masks (bit k for byte k), and lower-cased.
struct Lanes16 {
    std::uint64_t word;   // ASCII letters and digits
    std::uint64_t high;   // non-ASCII bytes
    std::uint64_t joins;  // bytes that may join a word to what follows: non-ASCII bytes and apostrophes
    __m128i lowered;      // letters with the case bit set, every other byte as it is
};

Lanes16 classify16(__m128i x) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i letter = wide::ascii_letter_lanes(x);
    const __m128i digit = wide::ascii_digit_lanes(x);
    Lanes16 lanes;
    lanes.word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    lanes.high = static_cast<unsigned>(_mm_movemask_epi8(x));
    lanes.joins = lanes.high | wide::equal_mask(x, '\'');
    lanes.lowered = _mm_or_si128(x, _mm_and_si128(letter, case_bit));
    return lanes;
}

}  // namespace

// A window of 32 bytes classified at once, and every word that ends inside
// it taken from that one classification (about five words of prose): the
// words, their ends and their keys come from bit masks and one lower-cased
// copy. A word that runs past the window starts the next one; a span that
// may hold more than ASCII letters and digits, or a longer word, goes to
// word_at(). The sentence's last few bytes come zero padded (a zero ends a
// word, and starts and joins none).
void SentenceTerms::wide_spans(std::string_view text) {
    constexpr std::size_t kWindow = 2 * wide::kWidth;
    // The window lower-cased, and zeros after it: a key is read from here
    // with plain eight-byte loads wherever the word starts.
    alignas(16) char lowered[kWindow + wide::kWidth] = {};
    std::size_t at = 0;  // the window's start
    while (at < text.size()) {
        __m128i x0, x1;
        if (text.size() - at >= kWindow) {
            x0 = wide::load16(text, at);
            x1 = wide::load16(text, at + wide::kWidth);
        } else {
            alignas(16) char tail[kWindow] = {};
            std::memcpy(tail, text.data() + at, text.size() - at);
            x0 = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
            x1 = _mm_load_si128(reinterpret_cast<const __m128i*>(tail + wide::kWidth));
        }
        const Lanes16 a = classify16(x0), b = classify16(x1);
        const std::uint64_t word = a.word | (b.word << wide::kWidth);
        const std::uint64_t high = a.high | (b.high << wide::kWidth);
        const std::uint64_t spans = word | high;
        if (spans == 0) { at += kWindow; continue; }
        const std::uint64_t joins = a.joins | (b.joins << wide::kWidth);
        _mm_store_si128(reinterpret_cast<__m128i*>(lowered), a.lowered);
        _mm_store_si128(reinterpret_cast<__m128i*>(lowered + wide::kWidth), b.lowered);
        unsigned from = 0;  // bits of the window before this are done
        for (;;) {
            const std::uint64_t ahead = spans & (~std::uint64_t{0} << from);
            if (ahead == 0) { at += kWindow; break; }
            const unsigned start = static_cast<unsigned>(swar::lowest_bit(ahead));
            if ((high >> start) & 1) {  // a non-ASCII byte: a word or CJK run of its own
                at = word_at(text, at + start);
                break;
            }
            // ~word has every bit from 32 up: stop <= 32.
            const unsigned stop = static_cast<unsigned>(swar::lowest_bit(~word & (~std::uint64_t{0} << start)));
            if (stop == kWindow) {  // may run on past the window: the next window starts with it
                at = start > 0 ? at + start : static_cast<std::size_t>(next_span(text, text.data() + at) - text.data());
                break;
            }
            const std::size_t size = stop - start;
            if (size > kShortWordBytes || ((joins >> stop) & 1)) {  // long, or an apostrophe or a non-ASCII byte may join it
                at = word_at(text, at + start);
                break;
            }
            const std::uint64_t low = swar::first_bytes(swar::load_chunk(lowered + start), size);
            const std::uint64_t high_key =
                size > swar::kChunk ? swar::first_bytes(swar::load_chunk(lowered + start + swar::kChunk), size - swar::kChunk) : 0;
            add_entry(short_word_entry(low, high_key));
            from = stop;
        }
    }
}
#endif

void SentenceTerms::sorted_term_counts(std::string_view text, TermRuns& runs) {
    sentence_.assign(1, kSentinel);
#if SIFT_WIDE_LANES
    wide_spans(text);
#else
    const char* const end = text.data() + text.size();
    for (const char* p = text.data(); p < end;) p = next_span(text, p);
#endif
    sort_and_count(runs);
}

// A word span's entry, as word_at() makes it: short ASCII words by their
// lower-cased key, the rest by their bytes.
std::uint64_t SentenceTerms::word_entry(std::string_view word) {
    const char* p = word.data();
    const char* end = p + word.size();
    if (word.size() <= kShortWordBytes) {
        const std::uint64_t low = swar::load_chunk_before(p, end);
        const std::uint64_t high = word.size() > swar::kChunk ? swar::load_chunk_before(p + swar::kChunk, end) : 0;
        if (!swar::has_non_ascii(low | high)) return short_word_entry(swar::to_lower(low), swar::to_lower(high));
    }
    const std::uint32_t term = word_term(word);
    return term == kNoTerm ? kNoEntry : (std::uint64_t{term_ids_[term]} << 32) | term;
}

void SentenceTerms::sorted_term_counts(std::string_view block, const WordOccurrence* first, const WordOccurrence* last,
                                       const PageWords& words, TermRuns& runs) {
    if (surfaces_read_ < words.surface_count()) read_surface_tokens(words);
    // Word spans make at most one entry each: written straight into a
    // buffer of one slot per span (no capacity test per entry). A CJK run
    // makes any number: those come after, in a second walk that only
    // sentences holding one take.
    // recorded_[0]: the sentinel, 0 as resize made it; room for the padding after the entries.
    const std::size_t spans = static_cast<std::size_t>(last - first);
    if (recorded_.size() < spans + 1 + branchless::kNetworkEntries) recorded_.resize(spans + 1 + branchless::kNetworkEntries);
    std::uint64_t* const out = recorded_.data() + 1;
    std::size_t n = 0;
    bool cjk = false;
    const std::uint64_t* const known = surface_entries_.get();
    for (const WordOccurrence* o = first; o != last; ++o) {
        if (o->surface < 0) {
            cjk = true;
            continue;
        }
        std::uint64_t entry = known[static_cast<std::size_t>(o->surface)];
        if (entry == kUnknownEntry) entry = first_sight(block, *o);
        out[n] = entry;
        n += entry != kNoEntry;
    }
    if (!cjk) {
        sort_and_count(out, out + n, runs);
        return;
    }
    sentence_.assign(out - 1, out + n);
    for (const WordOccurrence* o = first; o != last; ++o)
        if (o->surface < 0) add_cjk_run(std::string_view(block.data() + o->begin, o->end - o->begin));
    sort_and_count(runs);
}

// A recorded surface's entry, on its first sight, when the counter did not
// make its token: as word_at() makes it.
std::uint64_t SentenceTerms::first_sight(std::string_view block, const WordOccurrence& span) {
    const std::uint64_t entry = word_entry(std::string_view(block.data() + span.begin, span.end - span.begin));
    surface_entries_[static_cast<std::size_t>(span.surface)] = entry;
    return entry;
}

}  // namespace sift
