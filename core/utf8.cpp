// utf8.cpp — UTF-8 decoding/encoding and coarse Unicode character classes.
#include "utf8.h"

#include <cstring>

namespace sift::utf8 {

char32_t next_codepoint_general(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) { ++i; return b0; }
    // next_codepoint_multibyte decodes the well-formed two- and three-byte
    // characters inline; what comes here is rarer: four-byte characters and
    // anything malformed (overlong three-byte forms and surrogates included).
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { extra = 1; cp = b0 & 0x1F; min = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { extra = 2; cp = b0 & 0x0F; min = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { extra = 3; cp = b0 & 0x07; min = 0x10000; }
    else { ++i; return kReplacement; }  // stray continuation, overlong lead, or 0xF5+
    if (i + extra >= s.size()) {  // truncated sequence: skip the lead and any continuations present
        ++i;
        while (i < s.size() && (byte(i) & 0xC0) == 0x80) ++i;
        return kReplacement;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) { i += k; return kReplacement; }  // resync at the bad byte
        cp = (cp << 6) | (b & 0x3F);
    }
    i += extra + 1;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacement;
    return cp;
}

std::size_t encode(char32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
        return;
    }
    char bytes[4];
    out.append(bytes, encode(cp, bytes));
}

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) { next_codepoint(s, i); ++n; }
    return n;
}

bool is_space_beyond_ascii(char32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_zero_width(char32_t c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0xAD; }

bool is_rtl_letter(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
           (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    // General and CJK punctuation (quotes, dashes, 、。「」) are the most
    // frequent non-letters of real text: answered before the range walk below.
    if (c >= 0x2000 && c <= 0x2FFF) return false;  // punctuation, symbols, arrows, CJK radicals: no letters listed here
    if (c >= 0x3000 && c <= 0x303F) return c == 0x3007;  // CJK symbols; 〇 is a Han numeral (is_han)
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0xC0 && c <= 0x24F) return true;                      // Latin-1 letters, Latin Extended
    if (c >= 0x250 && c <= 0x2AF) return true;                      // IPA
    if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387; // Greek
    if (c >= 0x400 && c <= 0x52F) return true;                      // Cyrillic
    if (c >= 0x530 && c <= 0x58F) return c >= 0x531;                // Armenian
    if (c >= 0x5D0 && c <= 0x5F2) return true;                      // Hebrew letters
    if (c >= 0x620 && c <= 0x64A) return true;                      // Arabic letters
    if (c >= 0x66E && c <= 0x6D3) return true;
    if (c >= 0x6FA && c <= 0x6FF) return true;
    if (c >= 0x900 && c <= 0xDFF) return !(c >= 0x964 && c <= 0x965);  // Indic scripts
    if (c >= 0xE00 && c <= 0xEFF) return true;                      // Thai, Lao
    if (c >= 0x10A0 && c <= 0x10FF) return true;                    // Georgian
    if (c >= 0x1E00 && c <= 0x1FFF) return true;                    // Latin Ext. Additional, Greek Ext.
    if (is_cjk(c)) return true;
    if (c >= 0xFF21 && c <= 0xFF3A) return true;                    // full-width Latin
    if (c >= 0xFF41 && c <= 0xFF5A) return true;
    return false;
}

bool is_sentence_end(char32_t c) {
    switch (c) {
        case '.': case '!': case '?': case 0x3002: case 0xFF01: case 0xFF1F: case 0x2026:
        case 0xFF0E: case 0xFF61: case 0x061F: case 0x06D4: case 0x0964: case 0x203C: case 0x2049:
            return true;
        default:
            return false;
    }
}

bool is_closing_punct(char32_t c) {
    switch (c) {
        case '"': case '\'': case ')': case ']': case 0x2019: case 0x201D: case 0x300D: case 0x300F:
        case 0xFF09: case 0x3011: case 0x300B: case 0x3009: case 0xBB: case 0x203A: case 0xFF3D:
            return true;
        default:
            return false;
    }
}

bool is_punct(char32_t c) { return !is_letter(c) && !is_digit(c) && !is_space(c) && !is_zero_width(c) && c >= 0x21 && !(c >= 0x300 && c <= 0x36F); }

char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0xC0) return c;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
    if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic basic
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;              // full-width Latin
    return c;
}

std::string to_lower(std::string_view s) {
    std::string out;
    append_lower(out, s);
    return out;
}

void append_lower(std::string& out, std::string_view s) {
    // Lower-casing keeps every code point's UTF-8 length (see to_lower), so
    // the output is written in place into s.size() new bytes (made by
    // appending s, not by filling zeros); only a malformed sequence (one
    // U+FFFD for fewer bytes) makes it grow.
    std::size_t o = out.size();
    out.append(s.data(), s.size());
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (std::size_t i = 0; i < s.size();) {
        // Eight ASCII bytes at once: each lane is tested on its own (no
        // carries cross lanes), so this works in any byte order.
        if (i + 8 <= s.size()) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + i, 8);
            if ((x & kHigh) == 0) {
                const std::uint64_t at_least_upper_a = (x + (0x80 - 'A') * kOnes) & kHigh;
                const std::uint64_t past_upper_z = (x + (0x80 - 'Z' - 1) * kOnes) & kHigh;
                x |= (at_least_upper_a & ~past_upper_z) >> 2;  // 0x80 >> 2 = 0x20, the case bit
                std::memcpy(&out[o], &x, 8);
                o += 8;
                i += 8;
                continue;
            }
        }
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out[o++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
            ++i;
            continue;
        }
        // Three-byte characters from U+1000 to U+CFFF and U+E000 to U+EFFF
        // (CJK, most of the BMP's scripts) have no lower case of their own in
        // to_lower: a well-formed one is copied as it is.
        if (b >= 0xE1 && b <= 0xEE && b != 0xED && i + 2 < s.size() && is_continuation(s[i + 1]) && is_continuation(s[i + 2])) {
            std::memcpy(&out[o], s.data() + i, 3);
            o += 3;
            i += 3;
            continue;
        }
        char lowered[4];
        const std::size_t n = encode(to_lower(next_codepoint(s, i)), lowered);
        // Bytes still to write: this code point's and the rest of s.
        if (o + n + (s.size() - i) > out.size()) out.resize(o + n + (s.size() - i));
        std::memcpy(&out[o], lowered, n);
        o += n;
    }
    if (o != out.size()) out.resize(o);
}

std::string_view trim_if(std::string_view s, bool (*trimmed)(char32_t)) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t j = begin;
        if (!trimmed(next_codepoint(s, j))) break;
        begin = j;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t j = start;
        if (!trimmed(next_codepoint(s, j))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::string_view trim(std::string_view s) {
    return trim_if(s, [](char32_t c) { return is_space(c) || is_zero_width(c); });
}

}  // namespace sift::utf8
