// feature_word.cpp — LowerWord (see feature_word.h).
#include "feature_word.h"

#include "stopwords.h"

namespace sift {

StopwordMemo& stopword_memo() {
    thread_local StopwordMemo memo;
    return memo;
}

bool LowerWord::lookup_uncached() const { return sift::is_stopword(view()); }

bool LowerWord::remember(std::size_t slot, std::uint64_t low, std::uint64_t high) const {
    const bool stopword = sift::is_stopword(view());
    memo_.keys[slot][0] = low;
    memo_.keys[slot][1] = high;
    memo_.info[slot] = static_cast<std::uint8_t>(size_ << 1 | (stopword ? 1 : 0));
    return stopword;
}

void LowerWord::push_spilled(char b) {
    if (size_ == kInlineBytes) spill_.assign(bytes_, kInlineBytes);
    spill_ += b;
    ++size_;
}

}  // namespace sift
