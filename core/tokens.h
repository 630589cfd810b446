// tokens.h — the content tokens that sentence similarity and keywords use.
//
// Input: a piece of UTF-8 text (a sentence or a block). Output: tokens, each
// a 32-bit id (FNV-1a hash of its key) plus the byte range of its surface in
// the text, so callers can show the original words.
//
// - Words of cased and uncased alphabetic scripts (Latin, Cyrillic, Greek,
//   ...): lower-cased, lightly stemmed (stem_light), stopwords, one-letter
//   words and digit-only words dropped. Key = the stem.
// - CJK runs (Han, Kana, Hangul): overlapping character bigrams; a bigram of
//   two function characters (的 是 ...) is dropped; a one-character run
//   yields that character unless it is a function character. Key = the chars.
//
// Ids are hashes: two different keys may collide (rarely, ~1 in 4 billion per
// pair); similarity is statistical, so a collision only adds a little noise.
// Linear in the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sift {

enum class TokenKind : std::uint8_t { Word, CjkGram };

struct Token {
    std::uint32_t id = 0;      // token_id(key)
    TokenKind kind = TokenKind::Word;
    std::uint32_t begin = 0;   // byte range of the surface form in the text
    std::uint32_t end = 0;
};

// FNV-1a, 32 bits: stable across platforms and builds (ids may be compared
// between runs and between native and wasm).
std::uint32_t token_id(std::string_view key);

// Any word lower-cased into `out` (cleared first), U+2019 read as an
// apostrophe: the slow path of the word normalisers here and in keywords.
void lower_any_word_into(std::string_view surface, std::string& out);
// Conservative English suffix stripping: plural -s/-es/-ies, -ed, -ing, -ly,
// only when a reasonable stem (>= 3 letters) remains. Not a full Porter
// stemmer: it only has to make "rates"/"rate" and "rising"/"rise" meet often
// enough, and must never merge unrelated words. Input is lower-case.
std::string stem_light(std::string_view lower_word);
// The same on lower_word[0, size): returns the stem's length, the stem being
// the first that many bytes (a byte may be rewritten: "studies" -> "study").
std::size_t stem_light_length(char* lower_word, std::size_t size);

// Appends the tokens of `text` to `out`. Byte offsets are relative to `text`.
void tokenize(std::string_view text, std::vector<Token>& out);

// The first two bytes of some token keys, kept when both are ASCII (as
// lower-cased word keys mostly start): a 2 KB bit set. It lets
// tokenize_like skip, before lower-casing, stemming and hashing it, a word
// whose key cannot be any of them.
class AsciiKeyPrefixes {
public:
    // Adds the key of `token`, a token of `text`, read from its surface.
    void add_key_of(std::string_view text, const Token& token);
    bool has(unsigned char first, unsigned char second) const {
        const unsigned bit = static_cast<unsigned>(first) << 7 | second;
        return (bits_[bit / 64] >> (bit % 64)) & 1;
    }

    // tokenize_like_while's finer sieve, on the surface of a word whose
    // first two bytes are ASCII: false when no added key can be its key,
    // judged by the first three bytes where they settle the key's third.
    bool may_hold_key_of(std::string_view surface) const;

private:
    void add(std::string_view key);
    void add_triple(char first, char second, char third);
    bool has_triple(char first, char second, char third) const;
    std::uint64_t bits_[(1u << 14) / 64] = {};  // one bit per pair of ASCII bytes
    // A hashed bit per first three ASCII key bytes: a page's headline
    // candidates add a few dozen keys, so 4096 bits leave few false hits.
    static constexpr unsigned kTripleBits = 1u << 12;
    std::uint64_t triples_[kTripleBits / 64] = {};
};

// The tokens of `text` that tokenize would append, except those of words
// starting with two ASCII bytes whose key's first two are not in `prefixes`:
// every token whose key is one of the added keys is there, in text order.
void tokenize_like(std::string_view text, const AsciiKeyPrefixes& prefixes, std::vector<Token>& out);

// Takes tokenize_like_while's tokens one at a time.
class TokenSink {
public:
    // A token of the text being read; false stops the reading there.
    virtual bool take(const Token& token) = 0;

protected:
    ~TokenSink() = default;
};

// tokenize_like's tokens handed to `sink` as they are found, in text order,
// until it says stop: a caller that knows enough mid-text reads no further.
// It also skips words that `prefixes.may_hold_key_of` rules out, so every
// token whose key was added is handed over, but fewer others than
// tokenize_like gives. Returns false when the sink stopped it.
bool tokenize_like_while(std::string_view text, const AsciiKeyPrefixes& prefixes, TokenSink& sink);

// Convenience: just the ids, in text order (duplicates kept).
std::vector<std::uint32_t> token_ids(std::string_view text);

// The key a token was hashed from (the stem, or the CJK characters), rebuilt
// from its surface: the "surface string" for keyword display and debugging.
std::string token_key(std::string_view text, const Token& token);

// A word found by the word scanner, stopwords included: used by keywords,
// which needs phrase adjacency and the original capitalisation.
struct WordSpan {
    std::uint32_t begin = 0;  // byte range in the text
    std::uint32_t end = 0;
    bool cjk = false;         // a run of CJK characters rather than a word
    bool joined = false;      // only white space (or a hyphen) separates it from the previous span
    bool hyphenated = false;  // ... and that separator is a hyphen ("two-year-old")
};

// Splits text into words (letters, digits, inner apostrophes) and CJK runs.
// Everything else (punctuation, symbols) separates spans.
void scan_words(std::string_view text, std::vector<WordSpan>& out);

}  // namespace sift
