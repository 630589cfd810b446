// decode.cpp — stage 1 of the pipeline (see decode.h). Input: any bytes.
// Output: valid, NUL-free UTF-8 with normalised spaces and newlines, which
// every later stage may rely on.
//
// Speed: most input passes unchanged, and then the caller gets a view of it,
// not a copy. Otherwise the output is appended in runs of unchanged bytes,
// cut only where a byte or code point is replaced or dropped; printable ASCII
// is skipped eight bytes at a time.
#include "decode.h"

#include <array>
#include <cstdint>

#include "feature_bytes.h"
#include "utf8.h"

namespace sift {
namespace {

// ASCII that passes unchanged: printable characters, newline and tab.
constexpr std::array<bool, 128> kKeptAscii = [] {
    std::array<bool, 128> t{};
    for (int c = 0x20; c < 0x7F; ++c) t[c] = true;
    t['\n'] = t['\t'] = true;
    return t;
}();

// Skips printable ASCII (0x20..0x7E) from i on, thirty-two or sixteen bytes
// at a time (which skip newlines too) or eight, and returns where the first
// other byte is (byte-lane builds: exactly; others: the start of its 8-byte
// word, the caller's byte loop doing the rest).
// Per lane: a byte below 0x20 borrows into its high bit, 0x7F carries into
// it, 0x80 and up has it. A borrow or carry only leaves a lane that is
// itself flagged, so the first flagged lane is a real one: without it, the
// caller would come back to the same word once per byte up to the stop
// (every newline and every non-ASCII character).
std::size_t skip_printable_ascii(std::string_view s, std::size_t i) {
#if SIFT_WIDE_LANES
    // A byte passes when it is printable: plus one, 0x20..0x7E become
    // 0x21..0x7F, the only bytes then above 0x20 as signed bytes (0x7F wraps
    // to 0x80, 0x80 and up to 0x81..0x00). Newlines pass here as well (a stop
    // per line would cost more than the compare); tabs, rare in pastes, stop
    // and are kept by the caller. Two sixteen-byte halves are tested together,
    // and told apart only at a stop.
    const __m128i one = _mm_set1_epi8(1), space = _mm_set1_epi8(0x20), newline = _mm_set1_epi8('\n');
    const auto kept_lanes = [&](std::size_t at) {
        const __m128i x = wide::load16(s, at);
        return _mm_or_si128(_mm_cmpgt_epi8(_mm_add_epi8(x, one), space), _mm_cmpeq_epi8(x, newline));
    };
    const auto mask = [](__m128i lanes) { return static_cast<unsigned>(_mm_movemask_epi8(lanes)); };
    constexpr unsigned kAllLanes = (1u << wide::kWidth) - 1;
    for (; i + 2 * wide::kWidth <= s.size(); i += 2 * wide::kWidth) {
        const __m128i low = kept_lanes(i), high = kept_lanes(i + wide::kWidth);
        if (mask(_mm_and_si128(low, high)) != kAllLanes) return i + wide::first_bit(~(mask(low) | mask(high) << wide::kWidth));
    }
    for (; i + wide::kWidth <= s.size(); i += wide::kWidth) {
        const unsigned other = ~mask(kept_lanes(i)) & kAllLanes;
        if (other != 0) return i + wide::first_bit(other);
    }
#endif
    using bytes::kHigh, bytes::kOnes;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t x = bytes::load8(s, i);
        const std::uint64_t other = (((x - 0x20 * kOnes) & ~x) | (x + 0x01 * kOnes) | x) & kHigh;
        if (other != 0) {
#if SIFT_BYTE_LANES
            return i + bytes::first_lane(other);
#else
            return i;
#endif
        }
    }
    return i;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Bytes of the well-formed character at s[i] when it is one that always
// passes unchanged, else 0: two-byte characters from U+00C0, three-byte
// ones from U+3001 to U+CFFF (accented Latin, Greek, Cyrillic, Kana, Han,
// Hangul) and the dashes and quotes U+2010 to U+2027 (‐ – — ‘ ’ “ ” …) are
// no control, space or zero-width character. Answered without decoding, for
// the CJK pages where such characters are most of the text, and typeset
// punctuation.
std::size_t unchanged_multibyte(std::string_view s, std::size_t i) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    const auto continued_twice = [&] {
        return i + 2 < s.size() && is_continuation(static_cast<unsigned char>(s[i + 1])) && is_continuation(static_cast<unsigned char>(s[i + 2]));
    };
    // Han and Hangul first (leads E4..EC, U+4000..U+CFFF): most characters of a CJK page.
    if (static_cast<unsigned>(b0 - 0xE4) <= 0xEC - 0xE4) return continued_twice() ? 3 : 0;
    if (b0 >= 0xC3 && b0 <= 0xDF)
        return i + 1 < s.size() && is_continuation(static_cast<unsigned char>(s[i + 1])) ? 2 : 0;
    if (b0 == 0xE2) {  // U+2010..U+2027 is E2 80 90..A7
        if (i + 2 >= s.size() || static_cast<unsigned char>(s[i + 1]) != 0x80) return 0;
        const unsigned char b2 = static_cast<unsigned char>(s[i + 2]);
        return b2 >= 0x90 && b2 <= 0xA7 ? 3 : 0;
    }
    if (b0 != 0xE3 || !continued_twice()) return 0;
    // U+3000, the ideographic space, becomes ' '.
    return static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x80 ? 0 : 3;
}

}  // namespace

std::string_view decode_text(std::string_view bytes, std::string& storage, DecodeReport* report) {
    DecodeReport local;
    DecodeReport& r = report ? *report : local;
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    const std::size_t text_start = i;
    bool changed = false;       // storage holds the output (so far), not a prefix of `bytes`
    std::size_t kept_from = i;  // start of the unchanged bytes not yet appended
    // Called where a byte or code point is replaced or dropped: the output
    // now differs from the input, so it is built in `storage` from here on.
    const auto keep_until = [&](std::size_t end) {
        if (!changed) {
            changed = true;
            storage.clear();
            storage.reserve(bytes.size());
        }
        storage.append(bytes.data() + kept_from, end - kept_from);
    };
    while (i < bytes.size()) {
        i = skip_printable_ascii(bytes, i);
        if (i >= bytes.size()) break;
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            if (kKeptAscii[b]) {
                ++i;
                continue;
            }
            keep_until(i);
            ++i;
            if (b == '\r') {
                storage += '\n';
                if (i < bytes.size() && bytes[i] == '\n') ++i;
            } else {
                ++r.dropped_controls;  // other C0 controls and DEL
            }
            kept_from = i;
            continue;
        }
        // Stays in the run, and so do the characters after it that pass
        // unchanged (a CJK page is mostly such characters, one after another).
        // One call site: the test is inlined.
        std::size_t run_end = i;
        for (std::size_t n; run_end < bytes.size() && (n = unchanged_multibyte(bytes, run_end)) != 0;) run_end += n;
        if (run_end != i) {
            i = run_end;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = utf8::next_codepoint(bytes, i);
        if (cp == utf8::kReplacement && !(i - start == 3 && bytes.substr(start, 3) == "\xEF\xBF\xBD")) {
            keep_until(start);
            ++r.invalid_sequences;
            utf8::append(storage, cp);
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            keep_until(start);
            storage += '\n';
        } else if (cp < 0xA0) {
            keep_until(start);
            ++r.dropped_controls;  // C1 controls
        } else if (utf8::is_zero_width(cp)) {
            keep_until(start);  // dropped: invisible, and would split words and headings apart
        } else if (utf8::is_space(cp)) {
            keep_until(start);
            storage += ' ';
        } else {
            continue;  // unchanged: stays in the run
        }
        kept_from = i;
    }
    if (!changed) return bytes.substr(text_start);  // the usual paste: nothing to copy
    keep_until(bytes.size());
    return storage;
}

std::string decode_text(std::string_view bytes, DecodeReport* report) {
    std::string storage;
    const std::string_view text = decode_text(bytes, storage, report);
    if (text.data() == storage.data()) return storage;
    return std::string(text);
}


}  // namespace sift
