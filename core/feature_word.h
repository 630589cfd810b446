// feature_word.h — the lower-cased word that block features and the language
// census build one code point at a time, with a fast is_stopword.
//
// A word of up to 16 bytes is looked up by its key (its bytes zero padded to
// 16, built eight bytes at a time): one probe of the stopword table, the same
// answer as stopword_languages(view()), so the language census reuses what
// the block features looked up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stopwords.h"
#include "utf8.h"

namespace sift {

// A lower-cased word of 1..kStopwordKeyBytes bytes as the stopword table keys it:
// its bytes zero padded to 16, and its size.
inline constexpr std::size_t kStopwordKeyBytes = stopword_tables::kLongestWordBytes;  // no longer word is a stopword
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

// stopword_languages of the key's word: one probe of the stopword table. No
// word made here holds a zero byte (letters, '0' for digits), so the key's
// padding tells its size.
inline StopwordLanguages key_stopword_languages(const StopwordKey& key) {
    return stopword_tables::zero_free_word_languages(key.low, key.high);
}

class LowerWord {
public:
    LowerWord() { std::memset(bytes_, 0, kKeyBytes); }

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

    // The first kKeyBytes stay zero past the end: they are the stopword key.
    void clear() {
        if (size_ > kInlineBytes) spill_.clear();
        std::memset(bytes_, 0, kKeyBytes);
        size_ = 0;
    }

    std::string_view view() const { return size_ <= kInlineBytes ? std::string_view(bytes_, size_) : std::string_view(spill_); }

    StopwordLanguages stopword_languages() const {
        if (size_ == 0 || size_ > kKeyBytes) return 0;  // no stopword is empty or longer than the table's longest
        StopwordKey key;
        std::memcpy(&key.low, bytes_, 8);
        std::memcpy(&key.high, bytes_ + 8, 8);
        key.size = size_;
        return key_stopword_languages(key);
    }
    bool is_stopword() const { return stopword_languages() != 0; }

private:
    static constexpr std::size_t kKeyBytes = kStopwordKeyBytes;
    static constexpr std::size_t kInlineBytes = 64;  // past this a word moves to the heap

    void push_spilled(char b);

    char bytes_[kInlineBytes];
    std::size_t size_ = 0;
    std::string spill_;  // the whole word once it outgrows bytes_
};

}  // namespace sift
