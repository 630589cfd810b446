// sentences.cpp — sentence splitting for CJK and Latin-script text.
//
// Input: one block's text. Output: trimmed, non-empty views into it. One pass
// over the code points; at each run of sentence-ending punctuation the guards
// below decide whether it ends a sentence. Look-behind and look-ahead are
// bounded (one word), so the whole is linear.
#include "sentences.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "sentence_breaks.h"
#include "stopwords.h"
#include "summary_bytes.h"
#include "utf8.h"

namespace sift {
namespace {

// Abbreviations that are never followed by a sentence break unless the next
// word is a capitalised function word ("... in the U.S. The ..."): titles
// before names, and common shortenings. Lower-case, without the final period.
constexpr std::array<std::string_view, 34> kAbbreviations = {
    "a.m", "approx", "ave", "capt", "co", "col", "corp", "dept", "dr", "e.g", "est",
    "etc", "gen", "gov", "i.e", "inc", "jr", "lt", "ltd", "mr", "mrs", "ms", "mt",
    "p.m", "prof", "rep", "sen", "sgt", "sr", "st", "u.k", "u.s", "vs", "cf",
};

// Abbreviations that are also ordinary words ("no", "may"): only abbreviations
// when a number follows ("No. 5", "Fig. 3", "Jan. 12").
constexpr std::array<std::string_view, 18> kNumberAbbreviations = {
    "apr", "aug", "dec", "feb", "fig", "jan", "jul", "jun", "mar", "no",
    "nov", "nr", "oct", "p", "pp", "sep", "sept", "vol",
};

// The longest word of the two lists above.
constexpr std::size_t kLongestAbbreviation = [] {
    std::size_t longest = 0;
    for (std::string_view w : kAbbreviations) longest = std::max(longest, w.size());
    for (std::string_view w : kNumberAbbreviations) longest = std::max(longest, w.size());
    return longest;
}();

// For each length, the first letters (bit c - 'a') of the abbreviations of
// either list that long: a token whose first letter is not among them is in
// neither list, and neither is searched.
constexpr std::array<std::uint32_t, kLongestAbbreviation + 1> kAbbreviationStarts = [] {
    std::array<std::uint32_t, kLongestAbbreviation + 1> starts{};
    for (std::string_view w : kAbbreviations) starts[w.size()] |= 1u << (w[0] - 'a');
    for (std::string_view w : kNumberAbbreviations) starts[w.size()] |= 1u << (w[0] - 'a');
    return starts;
}();

// Whether the lower-cased token may be in one of the lists (false: in none).
bool may_be_abbreviation(std::string_view lower) {
    if (lower.empty() || lower.size() > kLongestAbbreviation) return false;
    const unsigned letter = static_cast<unsigned>(static_cast<unsigned char>(lower[0])) - 'a';
    return letter < 26 && ((kAbbreviationStarts[lower.size()] >> letter) & 1) != 0;
}

// German (and Scandinavian) ordinals: "am 3. Oktober" is one sentence. A
// period after a one- or two-digit number before a month name never ends one.
// Only the ASCII prefix of the next word is compared: "März" shows as "m",
// "Jänner" as "j".
constexpr std::array<std::string_view, 14> kOrdinalMonths = {
    "januar", "februar", "m", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "j", "jahrhundert",
};

// Wikipedia-style citation marks after a period ("[12]", "[a]", "[note 3]"
// has a space and is not one) are at most this long, brackets included.
constexpr std::size_t kMaxCitationBytes = 8;

// A leading list number ("1.", "12.") is no sentence: at most this many digits.
constexpr std::size_t kMaxListNumberDigits = 3;

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// utf8::is_space, without the call for ASCII (the usual case at a break).
bool is_space(char32_t c) { return c < 0x80 ? is_ascii_space(static_cast<char>(c)) : utf8::is_space(c); }

// utf8::trim, with ASCII white space at the ends taken off first without
// decoding (the usual case: it then has nothing left to do).
std::string_view trim(std::string_view s) {
    std::size_t begin = 0, end = s.size();
    while (begin < end && is_ascii_space(s[begin])) ++begin;
    while (end > begin && is_ascii_space(s[end - 1])) --end;
    s = s.substr(begin, end - begin);
    if (!s.empty() && (static_cast<unsigned char>(s.front()) >= 0x80 || static_cast<unsigned char>(s.back()) >= 0x80))
        return utf8::trim(s);
    return s;
}

// A word of at most eight bytes as one number: its bytes in order from the
// lowest, zero padded (no listed word holds a zero byte).
constexpr std::uint64_t packed_word(std::string_view w) {
    std::uint64_t key = 0;
    for (std::size_t k = 0; k < w.size() && k < 8; ++k) key |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
    return key;
}
static_assert(kLongestAbbreviation <= 8, "every listed word packs into one number");

template <std::size_t N>
constexpr std::array<std::uint64_t, N> packed_words(const std::array<std::string_view, N>& words) {
    std::array<std::uint64_t, N> keys{};
    for (std::size_t k = 0; k < N; ++k) keys[k] = packed_word(words[k]);
    return keys;
}
constexpr auto kPackedAbbreviations = packed_words(kAbbreviations);
constexpr auto kPackedNumberAbbreviations = packed_words(kNumberAbbreviations);

// Whether the word packed in `key` (non-zero) is one of `keys`: every key
// compared, the answers or-ed (a search that stopped at a match, or tested
// sizes and first bytes, mispredicted about once a call).
template <std::size_t N>
bool contains(const std::array<std::uint64_t, N>& keys, std::uint64_t key) {
    bool found = false;
    for (std::uint64_t k : keys) found |= k == key;
    return found;
}

// Full-width and ideographic enders: always end a sentence.
bool is_cjk_ender(char32_t c) {
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF61;
}

// Enders whose meaning depends on context (ASCII, ellipsis, other scripts).
bool is_soft_ender(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == ';' || c == 0x2026 || c == 0xFF0E ||
           c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x061F ||
           c == 0x06D4 || c == 0x0964;
}

// The ASCII closers answered inline: after most enders comes a space, which
// is none.
bool is_closer(char32_t c) {
    if (c < 0x80) return c == '"' || c == '\'' || c == ')' || c == ']';  // utf8::is_closing_punct's ASCII ones
    return utf8::is_closing_punct(c) || c == 0x3009 || c == 0x300B;
}

// Lower-case letters of the cased scripts (Latin, Greek, Cyrillic). Letters
// of uncased scripts are not "lower case": they never block a break.
bool is_lower_letter(char32_t c) {
    if (c >= 'a' && c <= 'z') return true;
    if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
    if (c >= 0x100 && c <= 0x17F) return utf8::to_lower(c) == c && c != 0x138;
    if (c >= 0x3B1 && c <= 0x3C9) return true;
    if (c >= 0x430 && c <= 0x45F) return true;
    return false;
}

bool is_upper_letter(char32_t c) {
    return utf8::is_letter(c) && !utf8::is_cjk(c) && utf8::to_lower(c) != c;
}

// The code point ending just before byte `pos` (0 at the start).
char32_t prev_codepoint(std::string_view s, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return utf8::next_codepoint(s, start);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Longest lower-cased ASCII prefix kept of a neighbouring word: longer than
// any abbreviation, month or stopword it is compared with.
constexpr std::size_t kMaxWordPrefix = 16;

// The word that follows `pos` after white space: its first code point and
// where it starts.
struct NextWord {
    char32_t first = 0;  // 0 at the end of the text
    std::size_t at = 0;  // where it starts
};

NextWord next_word(std::string_view s, std::size_t pos) {
    NextWord w;
    std::size_t i = pos;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t c = utf8::next_codepoint(s, j);
        if (!is_space(c)) { w.first = c; break; }
        i = j;
    }
    w.at = i;
    return w;
}

// The lower-cased ASCII-letter prefix of the word at `at` (enough for the
// month and stopword checks), made only where a rule needs it: most breaks
// are decided by the word's first letter alone. A fixed buffer: a string
// could allocate.
struct WordPrefix {
    char buffer[kMaxWordPrefix] = {};
    std::size_t size = 0;
    std::string_view lower() const { return std::string_view(buffer, size); }
};

WordPrefix lower_prefix(std::string_view s, std::size_t at) {
    WordPrefix w;
    for (std::size_t i = at; i < s.size() && is_ascii_letter(s[i]) && w.size < kMaxWordPrefix; ++i)
        w.buffer[w.size++] = static_cast<char>(s[i] | 0x20);
    return w;
}

// Where the run of ASCII letters and periods that ends at `end` begins (not
// before `floor`): the word a period closes, with its inner periods ("U.S").
// Eight bytes a step while they are ASCII (the SWAR tests are exact only
// there), then one.
std::size_t word_run_start(std::string_view s, std::size_t floor, std::size_t end) {
    std::size_t tb = end;
    while (tb >= floor + swar::kChunk) {
        const std::uint64_t x = swar::load_chunk(s.data() + tb - swar::kChunk);
        if (swar::has_non_ascii(x)) break;
        const std::uint64_t in_word = swar::bytes_in_range(x | (swar::kOnes * 0x20), 'a', 'z') | swar::bytes_equal(x, '.');
        const std::uint64_t other = ~in_word & swar::kHighBits;
        if (other != 0) return tb - swar::kChunk + swar::used_lanes(other);  // just after the last such byte
        tb -= swar::kChunk;
    }
    while (tb > floor && (is_ascii_letter(s[tb - 1]) || s[tb - 1] == '.')) --tb;
    return tb;
}

// Decides whether a run of Latin enders at [run_begin, run_end) followed by
// closers up to `after` ends the sentence that began at `sentence_begin`.
bool latin_break(std::string_view s, std::size_t sentence_begin, std::size_t run_begin,
                 std::size_t run_end, std::size_t after) {
    const std::string_view run = s.substr(run_begin, run_end - run_begin);
    if (run.find_first_not_of(';') == std::string_view::npos) return false;  // Latin ';' joins clauses

    // Must be followed by white space or the end: "3.14", "U.S.A", "Yahoo!News".
    if (after < s.size()) {
        std::size_t j = after;
        if (!is_space(utf8::next_codepoint(s, j))) return false;
    }
    const NextWord next = next_word(s, after);
    if (next.first == 0) return true;
    if (is_lower_letter(next.first)) return false;  // "e.g. the", "Really? she asked"
    if (run != ".") return true;                    // ?, !, ellipses before a capital

    // A single period: look at the word it closes.
    // "1. Introduction": a list number, not a sentence. (An ASCII letter
    // before the period, the usual case, rules it out without trimming.)
    if (run_begin == sentence_begin || !is_ascii_letter(s[run_begin - 1])) {
        const std::string_view before = trim(s.substr(sentence_begin, run_begin - sentence_begin));
        if (!before.empty() && before.size() <= kMaxListNumberDigits &&
            before.find_first_not_of("0123456789") == std::string_view::npos)
            return false;
    }
    const auto digit_at = [&](std::size_t k) { return k >= sentence_begin && k < run_begin && s[k] >= '0' && s[k] <= '9'; };
    if (run_begin > 0 && digit_at(run_begin - 1) && !(run_begin >= 3 && digit_at(run_begin - 3)) &&
        std::find(kOrdinalMonths.begin(), kOrdinalMonths.end(), lower_prefix(s, next.at).lower()) != kOrdinalMonths.end())
        return false;  // "3. Oktober", "20. Jahrhundert"
    const std::size_t tb = word_run_start(s, sentence_begin, run_begin);
    if (tb > sentence_begin) {
        // Tail of a longer word: "Café.", "3rd.". An ASCII byte there is no
        // letter (the scan above would have taken it): only a digit counts.
        const unsigned char before = static_cast<unsigned char>(s[tb - 1]);
        if (before < 0x80) {
            if (before >= '0' && before <= '9') return true;
        } else {
            const char32_t c = prev_codepoint(s, tb);
            if (utf8::is_letter(c) || utf8::is_digit(c)) return true;
        }
    }
    const std::string_view token = s.substr(tb, run_begin - tb);
    if (token.empty()) return true;
    if (token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z' && token[0] != 'I')
        return false;  // an initial: "J. K. Rowling"
    // Lower-cased only when it could be a listed abbreviation (none is longer
    // than kLongestAbbreviation); a longer token matches neither list, and
    // skips both searches.
    char buffer[kLongestAbbreviation];
    std::string_view lower;
    if (token.size() <= kLongestAbbreviation) {
        for (std::size_t k = 0; k < token.size(); ++k) buffer[k] = static_cast<char>(token[k] | 0x20);
        lower = std::string_view(buffer, token.size());
    }
    const bool listed = may_be_abbreviation(lower);  // then lower is not empty, and not longer than 8
    const std::uint64_t key = listed ? packed_word(lower) : 0;
    if (listed && contains(kPackedNumberAbbreviations, key)) return !utf8::is_digit(next.first);
    const bool dotted = token.find('.') != std::string_view::npos;  // "e.g", "Ph.D", "U.S"
    if (dotted || (listed && contains(kPackedAbbreviations, key))) {
        // "... in the U.S. The ..." — a capitalised function word starts a new sentence.
        if (!is_upper_letter(next.first)) return false;
        const WordPrefix prefix = lower_prefix(s, next.at);
        return prefix.size >= 2 && is_stopword(prefix.lower());
    }
    return true;
}

// The one scan behind split_sentences and count_sentences: calls
// on_piece(view) for every stretch between two sentence breaks (untrimmed,
// possibly empty or blank), in order, the last one ending at the text's end.
template <typename OnPiece>
void scan_sentences(std::string_view text, OnPiece&& on_piece) {
    std::size_t start = 0;
    const auto emit = [&](std::size_t end) {
        on_piece(text.substr(start, end - start));
        start = end;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        {  // a local index: `i` itself has its address taken below, so it would live in memory
            const std::size_t k = sentence_breaks::next_possible_end(text, i);
            if (k == text.size()) break;
            i = k;
        }
        const std::size_t p = i;
        const char32_t c = utf8::next_codepoint(text, i);
        if (c == '\n' || c == 0x2029 || c == 0x2028) { emit(p); start = i; continue; }
        if (!is_cjk_ender(c) && !is_soft_ender(c)) continue;

        // The whole run of enders ("?!", "……", "..."), then trailing closers.
        bool strong = is_cjk_ender(c);
        std::size_t run_end = i;
        while (run_end < text.size()) {
            std::size_t j = run_end;
            const char32_t d = utf8::next_codepoint(text, j);
            if (!is_cjk_ender(d) && !is_soft_ender(d)) break;
            strong = strong || is_cjk_ender(d);
            run_end = j;
        }
        std::size_t after = run_end;
        while (after < text.size()) {
            std::size_t j = after;
            const char32_t d = utf8::next_codepoint(text, j);
            if (d == '[') {  // a citation mark belongs to the sentence it follows: "Niue.[65]"
                const std::string_view window = text.substr(after, kMaxCitationBytes);  // bounded: stays linear
                const std::size_t close = window.find(']');
                if (close == std::string_view::npos || window.substr(0, close).find(' ') != std::string_view::npos)
                    break;
                after += close + 1;
                continue;
            }
            if (!is_closer(d) && !is_cjk_ender(d)) break;
            after = j;
        }
        i = after;

        bool split = strong;
        if (!split) {
            const char32_t prev = prev_codepoint(text, p);
            std::size_t j = after;
            const char32_t next = after < text.size() ? utf8::next_codepoint(text, j) : 0;
            if (utf8::is_cjk(prev) && !utf8::is_cjk(next) && next != 0 && !utf8::is_space(next) &&
                (utf8::is_letter(next) || utf8::is_digit(next))) {
                split = false;  // "版本v2" style: a CJK word glued to Latin text
            } else if (utf8::is_cjk(prev)) {
                split = true;   // ASCII punctuation in CJK text: "开新局;推动", "活力……"
            } else {
                split = latin_break(text, start, p, run_end, after);
            }
        }
        if (split) emit(after);
    }
    emit(text.size());
}

}  // namespace

void split_sentences(std::string_view text, std::vector<std::string_view>& out) {
    scan_sentences(text, [&](std::string_view piece) {
        piece = trim(piece);
        if (!piece.empty()) out.push_back(piece);
    });
}

std::vector<std::string_view> split_sentences(std::string_view text) {
    std::vector<std::string_view> out;
    split_sentences(text, out);
    return out;
}

namespace {

// Whether trim(piece) would be non-empty: the first code point that is
// neither white space nor zero-width decides, so only the front is read.
bool has_visible(std::string_view piece) {
    for (std::size_t i = 0; i < piece.size();) {
        if (static_cast<unsigned char>(piece[i]) < 0x80) {
            if (!is_ascii_space(piece[i])) return true;
            ++i;
            continue;
        }
        const char32_t c = utf8::next_codepoint(piece, i);
        if (!utf8::is_space(c) && !utf8::is_zero_width(c)) return true;
    }
    return false;
}

}  // namespace

std::size_t count_sentences(std::string_view text) {
    std::size_t count = 0;
    scan_sentences(text, [&](std::string_view piece) { count += has_visible(piece); });
    return count;
}

}  // namespace sift
