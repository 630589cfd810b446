// feature_word.h — the lower-cased word that block features and the language
// census build one code point at a time, with a fast is_stopword.
//
// A page repeats the same few hundred words thousands of times, so the
// stopword answer for short words is remembered per thread: a repeated word
// costs a hash and one compare instead of a scan for curly apostrophes, a hash
// and a table probe. The answer is always exactly stopword_languages(view()),
// so the language census reuses what the block features looked up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stopwords.h"
#include "utf8.h"

namespace sift {

// The per-thread memo behind LowerWord::is_stopword: direct-mapped on the
// word's first 16 bytes (zero padded). Collisions only cost a real lookup.
// No word holds a zero byte (words are letters, digits as '0', and UTF-8),
// so the padding alone tells words of different sizes apart, and no word's
// key is all zeros, the key of an empty slot: a probe is two compares.
struct StopwordMemo {
    static constexpr int kBits = 14;  // 16384 words: a long page's vocabulary, and a few pages' in a worker
    static constexpr std::size_t kSlots = std::size_t{1} << kBits;
    std::uint64_t keys[kSlots][2] = {};
    StopwordLanguages languages[kSlots] = {};
};
StopwordMemo& stopword_memo();  // this thread's

// A lower-cased word of 1..kStopwordKeyBytes bytes as the memo keys it:
// its bytes zero padded to 16, and its size.
inline constexpr std::size_t kStopwordKeyBytes = 16;  // longer words are never memoised (and rarely stopwords)
struct StopwordKey {
    std::uint64_t low = 0, high = 0;
    std::size_t size = 0;
};

// The key of text[start, start + n), n (1..kStopwordKeyBytes) ASCII letters,
// lower-cased: one or two 8-byte steps (every letter has bit 0x20 set in
// lower case), keeping the first n bytes.
inline StopwordKey ascii_stopword_key(std::string_view text, std::size_t start, std::size_t n) {
    // kStopwordKeyBytes 0xFF then as many 0x00: 16 bytes from offset 16 - n
    // keep the first n bytes of a load, whatever the machine's byte order.
    static constexpr unsigned char kFirstBytesMask[2 * kStopwordKeyBytes] = {
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    constexpr std::uint64_t kLowerCaseBits = 0x2020202020202020ull;
    const char* bytes = text.data() + start;
    char padded[kStopwordKeyBytes];  // zeroed only when used: this runs for every word
    if (start + (n <= 8 ? 8 : kStopwordKeyBytes) > text.size()) {  // too near the end to load past the word
        std::memset(padded, 0, sizeof padded);
        std::memcpy(padded, bytes, n);
        bytes = padded;
    }
    StopwordKey key;
    std::uint64_t keep;
    std::memcpy(&key.low, bytes, 8);
    std::memcpy(&keep, kFirstBytesMask + kStopwordKeyBytes - n, 8);
    key.low = (key.low | kLowerCaseBits) & keep;
    if (n > 8) {
        std::memcpy(&key.high, bytes + 8, 8);
        std::memcpy(&keep, kFirstBytesMask + kStopwordKeyBytes - n + 8, 8);
        key.high = (key.high | kLowerCaseBits) & keep;
    }
    key.size = n;
    return key;
}

// Looks the key's word up with stopword_languages and remembers the answer in
// slot. The key comes as its parts, not by reference: the caller's key then
// stays in registers on the path that does not call this.
StopwordLanguages remember_stopword(StopwordMemo& memo, std::size_t slot, std::uint64_t low, std::uint64_t high, std::size_t size);

// ascii_stopword_key of the n (1..kStopwordKeyBytes) ASCII letters at
// `bytes`, which may be read kStopwordKeyBytes bytes on (a padded text):
// no test of the word's place or size, whose answers are the text's whim.
inline StopwordKey padded_ascii_stopword_key(const char* bytes, std::size_t n) {
    // As in ascii_stopword_key; the second half keeps nothing for n <= 8.
    static constexpr unsigned char kFirstBytesMask[2 * kStopwordKeyBytes] = {
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    constexpr std::uint64_t kLowerCaseBits = 0x2020202020202020ull;
    StopwordKey key;
    std::uint64_t keep_low, keep_high;
    std::memcpy(&key.low, bytes, 8);
    std::memcpy(&key.high, bytes + 8, 8);
    std::memcpy(&keep_low, kFirstBytesMask + kStopwordKeyBytes - n, 8);
    std::memcpy(&keep_high, kFirstBytesMask + kStopwordKeyBytes - n + 8, 8);
    key.low = (key.low | kLowerCaseBits) & keep_low;
    key.high = (key.high | kLowerCaseBits) & keep_high;
    key.size = n;
    return key;
}

// stopword_languages of the key's word, through the memo.
inline StopwordLanguages memo_stopword_languages(StopwordMemo& memo, const StopwordKey& key) {
    const std::uint64_t h = (key.low * 0x9E3779B97F4A7C15ull) ^ (key.high * 0xC2B2AE3D27D4EB4Full);
    const std::size_t slot = static_cast<std::size_t>(h >> (64 - StopwordMemo::kBits));
    // One test, not two: the second would be a branch of its own.
    if (((memo.keys[slot][0] ^ key.low) | (memo.keys[slot][1] ^ key.high)) == 0) return memo.languages[slot];
    return remember_stopword(memo, slot, key.low, key.high, key.size);
}

// is_stopword of the key's word, through the memo.
inline bool memo_is_stopword(StopwordMemo& memo, const StopwordKey& key) { return memo_stopword_languages(memo, key) != 0; }

class LowerWord {
public:
    explicit LowerWord(StopwordMemo& memo = stopword_memo()) : memo_(memo) { std::memset(bytes_, 0, kKeyBytes); }

    bool empty() const { return size_ == 0; }

    void push_byte(char b) {
        if (size_ < kInlineBytes) bytes_[size_++] = b;
        else push_spilled(b);
    }
    // Appends text[start, start + n), n ASCII letters, lower-cased.
    void push_ascii_letters(std::string_view text, std::size_t start, std::size_t n) {
        if (size_ == 0 && n <= kKeyBytes) {  // a whole short word: straight into the key bytes
            const StopwordKey key = ascii_stopword_key(text, start, n);
            std::memcpy(bytes_, &key.low, 8);
            std::memcpy(bytes_ + 8, &key.high, 8);
            size_ = n;
            return;
        }
        for (std::size_t k = 0; k < n; ++k) push_byte(static_cast<char>(text[start + k] | 0x20));
    }
    // push_ascii_letters from a padded text (one readable kStopwordKeyBytes
    // bytes past the letters): a word that stays within the key bytes takes
    // them in two 8-byte stores, not a loop as long as the run.
    void push_padded_ascii_letters(std::string_view text, std::size_t start, std::size_t n) {
        if (size_ + n <= kKeyBytes) {  // and so size_ + 16 <= kInlineBytes: the stores fit
            static_assert(2 * kKeyBytes <= kInlineBytes, "a word within the key has 16 bytes after it");
            const StopwordKey key = padded_ascii_stopword_key(text.data() + start, n);  // zeros past the letters
            std::memcpy(bytes_ + size_, &key.low, 8);
            std::memcpy(bytes_ + size_ + 8, &key.high, 8);
            size_ += n;
            return;
        }
        push_ascii_letters(text, start, n);
    }
    void push(char32_t cp) {
        if (cp < 0x80) {
            push_byte(static_cast<char>(cp));
            return;
        }
        char buf[4];
        const std::size_t n = utf8::encode(cp, buf);
        for (std::size_t k = 0; k < n; ++k) push_byte(buf[k]);
    }

    // The first kKeyBytes stay zero past the end: they are the memo key.
    void clear() {
        if (size_ > kInlineBytes) spill_.clear();
        std::memset(bytes_, 0, kKeyBytes);
        size_ = 0;
    }

    std::string_view view() const { return size_ <= kInlineBytes ? std::string_view(bytes_, size_) : std::string_view(spill_); }

    StopwordLanguages stopword_languages() const {
        if (size_ == 0 || size_ > kKeyBytes) return lookup_uncached();
        StopwordKey key;
        std::memcpy(&key.low, bytes_, 8);
        std::memcpy(&key.high, bytes_ + 8, 8);
        key.size = size_;
        return memo_stopword_languages(memo_, key);
    }
    bool is_stopword() const { return stopword_languages() != 0; }

private:
    static constexpr std::size_t kKeyBytes = kStopwordKeyBytes;
    static constexpr std::size_t kInlineBytes = 64;  // past this a word moves to the heap

    StopwordLanguages lookup_uncached() const;
    void push_spilled(char b);

    StopwordMemo& memo_;
    char bytes_[kInlineBytes];
    std::size_t size_ = 0;
    std::string spill_;  // the whole word once it outgrows bytes_
};

}  // namespace sift
