// feature_word.cpp — LowerWord (see feature_word.h).
#include "feature_word.h"

namespace sift {

StopwordMemo& stopword_memo() {
    thread_local StopwordMemo memo;
    return memo;
}

StopwordLanguages LowerWord::lookup_uncached() const { return sift::stopword_languages(view()); }

StopwordLanguages remember_stopword(StopwordMemo& memo, std::size_t slot, const StopwordKey& key) {
    const StopwordLanguages languages = sift::stopword_languages_packed(key.low, key.high, key.size);
    memo.keys[slot][0] = key.low;
    memo.keys[slot][1] = key.high;
    memo.languages[slot] = languages;
    return languages;
}

void LowerWord::push_spilled(char b) {
    if (size_ == kInlineBytes) spill_.assign(bytes_, kInlineBytes);
    spill_ += b;
    ++size_;
}

}  // namespace sift
