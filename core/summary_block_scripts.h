// summary_block_scripts.h — a body block's script counts put together from
// its sentences' counts, for the summariser (summarize.cpp), which hands
// them to compute_stats (stats.h: KnownBlockCounts).
#pragma once

#include <cstddef>
#include <string_view>

#include "stats.h"
#include "utf8.h"

namespace sift {

// A block's script counts (count_scripts of the whole block) put together
// from its sentences' counts, which fits_length needs anyway, and the gaps
// between them: the word state is carried across as one pass over the block
// would carry it, so the sums are exact. Given up (the caller counts the
// block itself) where a boundary falls inside a UTF-8 sequence (malformed
// text) or a sentence was not read.
class BlockScripts {
public:
    explicit BlockScripts(std::string_view block) : block_(block) {}

    // `own`: count_scripts(sentence) from no word; `own_in_word`: the word
    // state it ended in. Sentences come in order, without overlap.
    void add(std::string_view sentence, const ScriptCounts& own, unsigned own_in_word) {
        if (!exact_) return;
        const std::size_t begin = static_cast<std::size_t>(sentence.data() - block_.data());
        if (begin < covered_) { exact_ = false; return; }
        gap_to(begin);
        if (!exact_) return;
        if (in_word_ == 0) {  // the usual case: the sentence counts as it counted alone
            add_counts(own);
            in_word_ = own_in_word;
        } else {              // a word runs into it: counted again from there
            count_scripts_continued(sentence, total_, in_word_);
        }
        covered_ = begin + sentence.size();
        // Both tests made (the byte read is in the block either way): the
        // first is true for a block's last sentence only.
        const char next = block_[covered_ - (covered_ == block_.size())];
        exact_ = (covered_ == block_.size()) | !utf8::is_continuation(next);
    }
    void give_up() { exact_ = false; }
    // The block's counts, if they came out exact.
    bool finish(ScriptCounts& out) {
        if (exact_) gap_to(block_.size());
        if (exact_) out = total_;
        return exact_;
    }

private:
    void gap_to(std::size_t end) {
        if (end < block_.size() && utf8::is_continuation(block_[end])) { exact_ = false; return; }
        // Most gaps are one space: it counts nothing and ends a word.
        if (end == covered_ + 1 && block_[covered_] == ' ') in_word_ = 0;
        else if (end > covered_) count_scripts_continued(block_.substr(covered_, end - covered_), total_, in_word_);
        covered_ = end;
    }
    void add_counts(const ScriptCounts& c) { total_ += c; }

    std::string_view block_;
    std::size_t covered_ = 0;  // bytes counted so far
    unsigned in_word_ = 0;     // count_scripts' word state there
    bool exact_ = true;
    ScriptCounts total_;
};

}  // namespace sift
