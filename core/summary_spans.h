// summary_spans.h — a summary sentence's words as the keyword counter
// recorded them (page_words.h), and the script counts they imply.
//
// Input: a body block's recorded spans and its sentences' byte bounds, in
// order. Output: for each sentence whose words lie whole inside it, its
// spans (summary_terms.h makes its terms from them) and what
// count_scripts_continued (stats.h) would count over its bytes, from no
// word: one step per span instead of a pass over the bytes, in the same
// walk that finds where the sentence's spans stop. A sentence with
// a word running across a bound gets neither: its own scan would cut that
// word, so it is scanned and counted as text.
#pragma once

#include <cstddef>
#include <string_view>

#include "page_words.h"
#include "stats.h"

namespace sift {

struct SentenceSpans {
    const WordOccurrence* first = nullptr;
    const WordOccurrence* last = nullptr;
    bool known = false;  // false: scan the sentence's text instead
};

class BlockSpans {
public:
    // `words` may be null, or not hold the block: then no sentence has spans.
    BlockSpans(const PageWords* words, std::size_t block, std::string_view text);

    // The sentence at bytes [begin, end) of the block (after the previous
    // one's): its spans, and its script counts and the word state they end
    // in (count_scripts_continued's `in_word`). False, filling in nothing,
    // when it has no recorded spans or a span runs across a bound.
    bool take(std::size_t begin, std::size_t end, SentenceSpans& spans, ScriptCounts& scripts, unsigned& in_word);

private:
    std::string_view text_;
    const WordOccurrence* next_ = nullptr;  // the first span not before the previous sentence's end
    const WordOccurrence* last_ = nullptr;
    bool known_ = false;
};

}  // namespace sift
