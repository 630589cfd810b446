// tokens.cpp — word scanning, light stemming and CJK bigrams.
//
// Input: text. Output: WordSpans (scan_words) and content Tokens (tokenize).
// One pass over the code points; each word is lower-cased and stemmed once.
#include "tokens.h"

#include "hash.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "ascii_case.h"
#include "keyword_scan.h"  // leading_word_bytes, load_eight: a word's letters eight at a time
#include "per_thread.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";  // U+2019

// Stems shorter than this are left alone: "bus", "gas", "is" must not shrink.
constexpr std::size_t kMinStem = 3;

// Words ending in "ly" that are not adverbs: stripping would split them from
// their own plurals ("supply"/"supplies").
constexpr std::array<std::string_view, 12> kNotAdverbs = {
    "anomaly", "apply", "assembly", "belly", "bully", "holy",
    "italy", "monopoly", "rally", "reply", "supply", "ugly",
};

// Byte loop rather than compare(): suffixes are 1-4 bytes, a memcmp call costs more.
bool ends_with(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    const char* tail = s.data() + (s.size() - suffix.size());
    for (std::size_t k = 0; k < suffix.size(); ++k)
        if (tail[k] != suffix[k]) return false;
    return true;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool has_vowel(std::string_view s) { return std::any_of(s.begin(), s.end(), is_vowel); }

// "stopp" -> "stop", "runn" -> "run"; "fall", "pass", "buzz" keep theirs.
// Returns the length once a doubled final consonant of s[0, n) is undone.
std::size_t undoubled_length(const char* s, std::size_t n) {
    if (n >= 2 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && s[n - 1] != 'l' && s[n - 1] != 's' &&
        s[n - 1] != 'z')
        return n - 1;
    return n;
}

bool is_word_char(char32_t c) { return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F); }

bool is_ascii_word_byte(unsigned char b) { return static_cast<unsigned char>((b | 0x20) - 'a') < 26 || static_cast<unsigned char>(b - '0') < 10; }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Lower-cases a word into `out` (cleared first), reads U+2019 as an
// apostrophe and drops a possessive "'s" ("Obama's" -> "obama").
void normalise_word_into(std::string_view surface, std::string& out) {
    // Most words are ASCII: lower-cased byte by byte in one pass; any other
    // byte sends the word through append_lower and the apostrophe search.
    out.assign(surface.data(), surface.size());
    bool ascii = true;
    for (char& c : out) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    if (ascii) {
        if (ends_with(out, "'s")) out.resize(out.size() - 2);
        return;
    }
    lower_any_word_into(surface, out);
    if (ends_with(out, "'s")) out.resize(out.size() - 2);
}

std::string normalise_word(std::string_view surface) {
    std::string lower;
    normalise_word_into(surface, lower);
    return lower;
}

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add_token(std::vector<Token>& out, std::string_view key, TokenKind kind, std::size_t begin, std::size_t end) {
    Token t;
    t.id = token_id(key);
    t.kind = kind;
    t.begin = static_cast<std::uint32_t>(begin);
    t.end = static_cast<std::uint32_t>(end);
    out.push_back(t);
}

// The last four bytes of a word (of at least four) as one number, first
// byte highest, so a suffix test is one compare: shorter suffixes compare
// the low bytes. Built from the bytes, not loaded, to be byte-order free.
constexpr std::uint32_t suffix4(const char* last4) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(last4[0])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(last4[1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(last4[2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(last4[3]));
}
constexpr std::uint32_t tail_of(std::string_view suffix) {  // a 2..4-byte suffix as suffix4 holds it
    std::uint32_t v = 0;
    for (const char c : suffix) v = v << 8 | static_cast<unsigned char>(c);
    return v;
}
constexpr bool has_tail(std::uint32_t last4, std::string_view suffix) {
    const std::uint32_t mask = suffix.size() >= 4 ? ~0u : (1u << (8 * suffix.size())) - 1;
    return (last4 & mask) == tail_of(suffix);
}

// True when each of the eight bytes of v is 'a'..'z': below 0x80, at least
// 'a' (adding 0x80 - 'a' sets its top bit) and not past 'z' (adding
// 0x80 - 'z' - 1 leaves it clear). No byte carries into the next: all are
// below 0x80 when the sums matter.
bool lower_letters_only(std::uint64_t v) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kTops = kOnes * 0x80;
    const std::uint64_t at_least_a = v + kOnes * (0x80 - 'a');
    const std::uint64_t past_z = v + kOnes * (0x80 - 'z' - 1);
    return (v & kTops) == 0 && (at_least_a & ~past_z & kTops) == kTops;
}

// True when every byte of s[0, n), n >= 4, is 'a'..'z': eight bytes at a
// time, the last (or only) step overlapping the one before, so there is no
// byte loop (a short word's letters branch by branch cost more than the stem).
bool all_ascii_lower(const char* s, std::size_t n) {
    std::uint64_t v;
    if (n < 8) {
        std::uint32_t head, tail;
        std::memcpy(&head, s, 4);
        std::memcpy(&tail, s + n - 4, 4);
        return lower_letters_only(head | static_cast<std::uint64_t>(tail) << 32);
    }
    for (std::size_t k = 0; k + 8 < n; k += 8) {
        std::memcpy(&v, s + k, 8);
        if (!lower_letters_only(v)) return false;
    }
    std::memcpy(&v, s + n - 8, 8);
    return lower_letters_only(v);
}

// The stem of s[0, n), on the bytes themselves: returns its length (the
// only byte ever rewritten is the 'y' of "ies" -> "y"). No string, so that a
// caller with a word in a stack buffer needs none.
std::size_t stem_length(char* s, std::size_t n) {
    if (n < 4 || !all_ascii_lower(s, n)) return n;  // short or non-English-looking: keep
    const std::string_view w(s, n);  // the word as given: the adverb rule below reads it whole
    // Every rule's suffix ends in 's', 'g', 'd' or 'y': the last letter picks
    // the rules that can apply (tried in the same order as ever).
    const std::uint32_t last4 = suffix4(s + n - 4);
    bool verbal = false;
    switch (s[n - 1]) {
        case 's':
            if (has_tail(last4, "ings") && n >= kMinStem + 4 && has_vowel(w.substr(0, n - 4))) {
                n -= 4;                                            // strandings -> strand
                verbal = true;
            } else if (has_tail(last4, "ies") && n >= 5) {
                n -= 2;
                s[n - 1] = 'y';                                    // studies -> study
            } else if (has_tail(last4, "sses")) {
                n -= 2;                                            // classes -> class
            } else if (has_tail(last4, "shes") || has_tail(last4, "ches") || has_tail(last4, "xes") || has_tail(last4, "zes")) {
                n -= 2;                                            // boxes -> box
            } else if (!has_tail(last4, "ss") && !has_tail(last4, "us") && !has_tail(last4, "is")) {
                n -= 1;                                            // rates -> rate
            }
            break;
        case 'g':
            if (has_tail(last4, "ing") && n >= kMinStem + 3 && has_vowel(w.substr(0, n - 3))) {
                n -= 3;                                            // rising -> ris(e)
                verbal = true;
            }
            break;
        case 'd':
            if (has_tail(last4, "ed") && !has_tail(last4, "eed") && n >= kMinStem + 2 && has_vowel(w.substr(0, n - 2))) {
                n -= 2;                                            // rated -> rat(e)
                verbal = true;
            }
            break;
        case 'y':
            if (has_tail(last4, "ly") && n >= 6 && s[n - 3] != 'i' &&
                std::find(kNotAdverbs.begin(), kNotAdverbs.end(), w) == kNotAdverbs.end())
                n -= 2;                                            // quickly -> quick
            break;
        default:
            break;
    }
    if (verbal) n = undoubled_length(s, n);
    // A final silent e is dropped everywhere, so "rate", "rated", "rating"
    // and "rates" all meet at "rat".
    if (n > kMinStem && s[n - 1] == 'e') --n;
    return n;
}

void stem_in_place(std::string& s) {
    if (s.size() < 4) return;
    const std::size_t n = stem_length(&s[0], s.size());
    if (n != s.size()) s.resize(n);
}

// utf8::length(s) < 2, without counting past the second code point: no
// code point takes more than four bytes.
bool fewer_than_two_code_points(std::string_view s) {
    if (s.size() > 4) return false;
    return utf8::length(s) < 2;
}

// scan_words, each span handed to take(span) as it is found; take returns
// false to stop the scan there (the rest of the text is not read). Returns
// false when stopped.
template <class Take>
bool scan_words_while(std::string_view text, Take&& take) {
    enum class State { Gap, Word, Cjk };
    State state = State::Gap;
    bool joined_gap = true;  // only white space / hyphens since the last span
    bool hyphen_gap = false; // a hyphen among them
    bool have_prev = false;
    WordSpan cur;
    bool go = true;
    const auto close = [&](std::size_t end) {
        cur.end = static_cast<std::uint32_t>(end);
        go = take(static_cast<const WordSpan&>(cur));
        have_prev = true;
        state = State::Gap;
        joined_gap = true;
        hyphen_gap = false;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (state == State::Word) {  // the rest of an ASCII word: what the code points below would continue over
            // Eight bytes at a time while eight remain (one predictable
            // branch per word, not one per letter), then byte by byte.
            std::size_t run = 8;
            while (run == 8 && i + 8 <= text.size()) {
                run = keyword_scan::leading_word_bytes(keyword_scan::load_eight(text.data() + i));
                i += run;
            }
            if (run == 8)
                while (i < text.size() && is_ascii_word_byte(static_cast<unsigned char>(text[i]))) ++i;
            if (i == text.size()) break;
        }
        const std::size_t p = i;
        const char32_t c = utf8::next_codepoint(text, i);
        const bool cjk = utf8::is_cjk(c);
        const bool word = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
                                   : !cjk && is_word_char(c);
        if (state == State::Word && is_apostrophe(c) && i < text.size()) {
            std::size_t j = i;
            if (is_word_char(utf8::next_codepoint(text, j))) continue;  // "don't", "l'état"
        }
        if ((state == State::Word && word) || (state == State::Cjk && cjk)) continue;
        if (state != State::Gap) {
            close(p);
            if (!go) return false;
        }
        if (word || cjk) {
            cur = WordSpan{};
            cur.begin = static_cast<std::uint32_t>(p);
            cur.cjk = cjk;
            cur.joined = have_prev && joined_gap;
            cur.hyphenated = cur.joined && hyphen_gap;
            state = cjk ? State::Cjk : State::Word;
        } else if (c == '-' || c == 0x2010) {
            hyphen_gap = true;
        } else if (c != ' ' && !utf8::is_space(c)) {  // the plain space first: most gaps are one
            joined_gap = false;
        }
    }
    if (state != State::Gap) close(text.size());
    return go;
}

void tokenize_word(std::string_view text, const WordSpan& span, std::vector<Token>& out, std::string& lower) {
    normalise_word_into(text.substr(span.begin, span.end - span.begin), lower);
    if (lower.empty() || all_digits(lower) || fewer_than_two_code_points(lower) || is_stopword(lower)) return;
    stem_in_place(lower);
    add_token(out, lower, TokenKind::Word, span.begin, span.end);
}

void tokenize_cjk(std::string_view text, const WordSpan& span, std::vector<Token>& out) {
    std::size_t prev_begin = span.begin;
    char32_t prev = 0;
    bool single = true;
    for (std::size_t i = span.begin; i < span.end;) {
        const std::size_t begin = i;
        const char32_t c = utf8::next_codepoint(text, i);
        if (prev != 0) {
            single = false;
            if (!(is_cjk_function_char(prev) && is_cjk_function_char(c)))
                add_token(out, text.substr(prev_begin, i - prev_begin), TokenKind::CjkGram, prev_begin, i);
        }
        prev = c;
        prev_begin = begin;
    }
    if (single && prev != 0 && !is_cjk_function_char(prev))
        add_token(out, text.substr(span.begin, span.end - span.begin), TokenKind::CjkGram, span.begin, span.end);
}

// tokenize(), tokenize_like() and tokenize_like_while() in one loop (one
// copy of it in the wasm module): `wanted`, when given, skips the words it
// rules out; `sink`, when given, takes each word's tokens as they are found
// (out is then its scratch), may stop the scan, and has `wanted`'s finer
// sieve applied too. Returns false when stopped.
bool tokenize_wanted(std::string_view text, const AsciiKeyPrefixes* wanted, std::vector<Token>& out, TokenSink* sink) {
    SIFT_PER_THREAD std::string lower;
    return scan_words_while(text, [&](const WordSpan& span) {
        if (span.cjk) {
            tokenize_cjk(text, span, out);
        } else {
            if (wanted != nullptr && span.end - span.begin >= 2) {
                const auto first = static_cast<unsigned char>(text[span.begin]), second = static_cast<unsigned char>(text[span.begin + 1]);
                if (first < 0x80 && second < 0x80 &&
                    (!wanted->has(static_cast<unsigned char>(ascii_lower(text[span.begin])), static_cast<unsigned char>(ascii_lower(text[span.begin + 1]))) ||
                     (sink != nullptr && !wanted->may_hold_key_of(text.substr(span.begin, span.end - span.begin)))))
                    return true;
            }
            tokenize_word(text, span, out, lower);
        }
        if (sink == nullptr || out.empty()) return true;
        for (const Token& token : out)
            if (!sink->take(token)) return false;
        out.clear();
        return true;
    });
}

}  // namespace

void lower_any_word_into(std::string_view surface, std::string& out) {
    out.clear();
    utf8::append_lower(out, surface);
    std::size_t k = out.find(kCurlyApostrophe);
    if (k == std::string::npos) return;
    std::size_t w = k;
    for (std::size_t r = k; r < out.size();) {
        if (out.compare(r, kCurlyApostrophe.size(), kCurlyApostrophe) == 0) { out[w++] = '\''; r += kCurlyApostrophe.size(); }
        else out[w++] = out[r++];
    }
    out.resize(w);
}

std::uint32_t token_id(std::string_view key) { return fnv1a(key); }

std::size_t stem_light_length(char* lower_word, std::size_t size) { return stem_length(lower_word, size); }

std::string stem_light(std::string_view lower_word) {
    std::string s(lower_word);
    stem_in_place(s);
    return s;
}

void scan_words(std::string_view text, std::vector<WordSpan>& out) {
    scan_words_while(text, [&out](const WordSpan& span) {
        out.push_back(span);
        return true;
    });
}

void tokenize(std::string_view text, std::vector<Token>& out) { tokenize_wanted(text, nullptr, out, nullptr); }

void AsciiKeyPrefixes::add(std::string_view key) {
    if (key.size() < 2) return;
    const auto first = static_cast<unsigned char>(key[0]), second = static_cast<unsigned char>(key[1]);
    if (first >= 0x80 || second >= 0x80) return;  // no ASCII-led word has this key
    const unsigned bit = static_cast<unsigned>(first) << 7 | second;
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

// A word key is its surface lower-cased (utf8::to_lower maps no other
// character to ASCII), U+2019 read as an apostrophe, its tail rewritten (a
// possessive dropped, a stem cut, never below three bytes). So a word key
// starts with two ASCII bytes only when its surface starts with two, lower-
// cased, or with an ASCII letter and U+2019 ("d’accord" -> "d'accord").
// CJK gram keys never start with ASCII.
void AsciiKeyPrefixes::add_key_of(std::string_view text, const Token& token) {
    const std::string_view surface = text.substr(token.begin, token.end - token.begin);
    if (token.kind != TokenKind::Word || surface.size() < 2 || static_cast<unsigned char>(surface[0]) >= 0x80) return;
    char key[2] = {ascii_lower(surface[0]), ascii_lower(surface[1])};
    if (static_cast<unsigned char>(surface[1]) >= 0x80) {
        if (surface.substr(1, kCurlyApostrophe.size()) != kCurlyApostrophe) return;
        key[1] = '\'';
    }
    add(std::string_view(key, 2));
    // The third key byte follows the second's surface (after a U+2019, its
    // three bytes). Only an ASCII one can be a settled third byte (see
    // third_key_byte_settled); an 'i' may be stemmed to 'y'.
    const std::size_t third_at = static_cast<unsigned char>(surface[1]) >= 0x80 ? 1 + kCurlyApostrophe.size() : 2;
    if (third_at >= surface.size() || static_cast<unsigned char>(surface[third_at]) >= 0x80) return;
    const char third = ascii_lower(surface[third_at]);
    add_triple(key[0], key[1], third);
    if (third == 'i') add_triple(key[0], key[1], 'y');
}

void AsciiKeyPrefixes::add_triple(char first, char second, char third) {
    const unsigned bytes = static_cast<unsigned>(static_cast<unsigned char>(first)) << 14 |
                           static_cast<unsigned>(static_cast<unsigned char>(second)) << 7 | static_cast<unsigned char>(third);
    const unsigned bit = (bytes * 0x9E3779B1u) >> (32 - 12);  // Fibonacci hashing onto kTripleBits
    triples_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool AsciiKeyPrefixes::has_triple(char first, char second, char third) const {
    const unsigned bytes = static_cast<unsigned>(static_cast<unsigned char>(first)) << 14 |
                           static_cast<unsigned>(static_cast<unsigned char>(second)) << 7 | static_cast<unsigned char>(third);
    const unsigned bit = (bytes * 0x9E3779B1u) >> (32 - 12);
    return (triples_[bit / 64] >> (bit % 64)) & 1;
}

namespace {

// The third byte of a word key, read off a surface whose first two bytes
// are ASCII. The key is the surface lower-cased, its possessive dropped and
// its stem cut, the one byte ever rewritten being the 'i' of "-ies" ("abies"
// -> "aby"). Its third byte is then lower(surface[2]) (or 'y' for an 'i'),
// unless the key is cut to two bytes, which takes a possessive ("EU's",
// third byte an apostrophe), a doubled letter undone ("abbed" -> "ab":
// second and third bytes equal) or an "-es" cut ("axes", "axes's" -> "ax":
// third and fourth bytes "es"). Those, and any third byte but an ASCII
// letter or digit, are not settled: the two-byte sieve alone judges them.
bool third_key_byte_settled(std::string_view surface) {
    if (surface.size() < 3) return false;
    const char second = ascii_lower(surface[1]), third = ascii_lower(surface[2]);
    if (!is_ascii_word_byte(static_cast<unsigned char>(third)) || third == second) return false;
    return !(third == 'e' && surface.size() >= 4 && ascii_lower(surface[3]) == 's');
}

}  // namespace

bool AsciiKeyPrefixes::may_hold_key_of(std::string_view surface) const {
    if (!third_key_byte_settled(surface)) return true;
    const char first = ascii_lower(surface[0]), second = ascii_lower(surface[1]), third = ascii_lower(surface[2]);
    return has_triple(first, second, third) || (third == 'i' && has_triple(first, second, 'y'));
}

void tokenize_like(std::string_view text, const AsciiKeyPrefixes& prefixes, std::vector<Token>& out) {
    tokenize_wanted(text, &prefixes, out, nullptr);
}

bool tokenize_like_while(std::string_view text, const AsciiKeyPrefixes& prefixes, TokenSink& sink) {
    SIFT_PER_THREAD std::vector<Token> scratch;  // one word's tokens at a time
    scratch.clear();
    return tokenize_wanted(text, &prefixes, scratch, &sink);
}

std::vector<std::uint32_t> token_ids(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    std::vector<std::uint32_t> ids;
    ids.reserve(tokens.size());
    for (const Token& t : tokens) ids.push_back(t.id);
    return ids;
}

std::string token_key(std::string_view text, const Token& token) {
    const std::string_view surface = text.substr(token.begin, token.end - token.begin);
    if (token.kind == TokenKind::CjkGram) return std::string(surface);
    std::string key = normalise_word(surface);
    stem_in_place(key);
    return key;
}

}  // namespace sift
