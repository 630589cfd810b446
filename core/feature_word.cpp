// feature_word.cpp — LowerWord (see feature_word.h).
#include "feature_word.h"
#include "per_thread.h"

namespace sift {

StopwordMemo& stopword_memo() {
    SIFT_PER_THREAD StopwordMemo memo;
    return memo;
}

StopwordLanguages LowerWord::lookup_uncached() const { return sift::stopword_languages(view()); }

StopwordLanguages remember_stopword(StopwordMemo& memo, std::size_t slot, std::uint64_t low, std::uint64_t high, std::size_t size) {
    const StopwordLanguages languages = sift::stopword_languages_packed(low, high, size);
    memo.keys[slot][0] = low;
    memo.keys[slot][1] = high;
    memo.languages[slot] = languages;
    return languages;
}

void LowerWord::push_spilled(char b) {
    if (size_ == kInlineBytes) spill_.assign(bytes_, kInlineBytes);
    spill_ += b;
    ++size_;
}

}  // namespace sift
