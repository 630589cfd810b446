// feature_word.cpp — LowerWord (see feature_word.h).
#include "feature_word.h"

namespace sift {

void LowerWord::push_spilled(char b) {
    if (size_ == kInlineBytes) spill_.assign(bytes_, kInlineBytes);
    spill_ += b;
    ++size_;
}

}  // namespace sift
