// feature_word.h — the lower-cased word that block features and the language
// census build one code point at a time, with a fast is_stopword.
//
// A page repeats the same few hundred words thousands of times, so the
// stopword answer for short words is remembered per thread: a repeated word
// costs a hash and one compare instead of a scan for curly apostrophes, a hash
// and a table probe. The answer is always exactly is_stopword(view()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "utf8.h"

namespace sift {

// The per-thread memo behind LowerWord::is_stopword: direct-mapped on the
// word's first 16 bytes (zero padded). Collisions only cost a real lookup.
struct StopwordMemo {
    static constexpr int kBits = 12;  // 4096 words: a long page's vocabulary
    static constexpr std::size_t kSlots = std::size_t{1} << kBits;
    std::uint64_t keys[kSlots][2] = {};
    std::uint8_t info[kSlots] = {};  // word size << 1 | is-stopword; 0 = empty slot
};
StopwordMemo& stopword_memo();  // this thread's

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
        if (size_ == 0 && n <= kKeyBytes && start + (n <= 8 ? 8 : kKeyBytes) <= text.size()) {
            // A whole short word in one or two 8-byte steps: load, lower-case
            // (every letter has bit 0x20 set in lower case), keep the first n.
            std::uint64_t low, keep_low, high = 0;
            std::memcpy(&low, text.data() + start, 8);
            std::memcpy(&keep_low, kFirstBytesMask + kKeyBytes - n, 8);
            low = (low | kLowerCaseBits) & keep_low;
            if (n > 8) {
                std::uint64_t keep_high;
                std::memcpy(&high, text.data() + start + 8, 8);
                std::memcpy(&keep_high, kFirstBytesMask + kKeyBytes - n + 8, 8);
                high = (high | kLowerCaseBits) & keep_high;
            }
            std::memcpy(bytes_, &low, 8);
            std::memcpy(bytes_ + 8, &high, 8);
            size_ = n;
            return;
        }
        for (std::size_t k = 0; k < n; ++k) push_byte(static_cast<char>(text[start + k] | 0x20));
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

    bool is_stopword() const {
        if (size_ == 0 || size_ > kKeyBytes) return lookup_uncached();
        std::uint64_t low, high;
        std::memcpy(&low, bytes_, 8);
        std::memcpy(&high, bytes_ + 8, 8);
        const std::uint64_t h = (low * 0x9E3779B97F4A7C15ull) ^ (high * 0xC2B2AE3D27D4EB4Full) ^ size_;
        const std::size_t slot = static_cast<std::size_t>(h >> (64 - StopwordMemo::kBits));
        const std::uint8_t info = memo_.info[slot];
        if ((info >> 1) == size_ && memo_.keys[slot][0] == low && memo_.keys[slot][1] == high) return info & 1;
        return remember(slot, low, high);
    }

private:
    static constexpr std::size_t kKeyBytes = 16;     // longer words are never memoised (and rarely stopwords)
    static constexpr std::size_t kInlineBytes = 64;  // past this a word moves to the heap
    static constexpr std::uint64_t kLowerCaseBits = 0x2020202020202020ull;
    // kKeyBytes 0xFF then kKeyBytes 0x00: 16 bytes from offset 16 - n keep
    // the first n bytes of a load, whatever the machine's byte order.
    static constexpr unsigned char kFirstBytesMask[2 * kKeyBytes] = {
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

    bool lookup_uncached() const;
    bool remember(std::size_t slot, std::uint64_t low, std::uint64_t high) const;
    void push_spilled(char b);

    StopwordMemo& memo_;
    char bytes_[kInlineBytes];
    std::size_t size_ = 0;
    std::string spill_;  // the whole word once it outgrows bytes_
};

}  // namespace sift
