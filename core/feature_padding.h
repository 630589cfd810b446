// feature_padding.h — the zero-padded copy of a block's text that the
// feature scan and the phrase search read: with readable zeros after the
// text, they load whole 8- and 16-byte words near its end as anywhere else,
// instead of asking at every word how near the end it is (a branch on the
// text's whim, so often mispredicted).
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "feature_ascii.h"
#include "feature_phrase_search.h"
#include "feature_word.h"

namespace sift {

// The scan reads whole 8- and 16-byte words at a time: this many readable
// bytes after the text, all zero (a zero byte ends a word and is no letter).
inline constexpr std::size_t kScanPadding = kStopwordKeyBytes > kLetterRunPadding ? kStopwordKeyBytes : kLetterRunPadding;

static_assert(kScanPadding >= kPhrasePadding, "the scan's copy serves the phrase search too");

// A copy of a text with kScanPadding zero bytes after it. One copy per
// block costs less than asking, at every word, whether it is near the end.
class PaddedText {
public:
    // The copy, the padding after it; valid until the next copy.
    std::string_view copy(std::string_view text) {
        if (bytes_.size() < text.size() + kScanPadding) bytes_.resize(text.size() + kScanPadding);
        if (!text.empty()) std::memcpy(&bytes_[0], text.data(), text.size());
        std::memset(&bytes_[text.size()], 0, kScanPadding);
        return std::string_view(bytes_.data(), text.size());
    }

private:
    std::string bytes_;
};

}  // namespace sift
