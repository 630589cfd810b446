// summary_terms.h — the similarity tokens of a sentence, for the summariser.
//
// Input: sentences of one article. Output: for each sentence, its distinct
// token ids (exactly those tokenize() in tokens.h gives) with how often each
// occurs, in ascending id order; each id is also numbered densely ("term"
// 0, 1, 2, ...) so that later stages can use arrays instead of hash maps.
//
// Why not call tokenize() per sentence: an article repeats most of its words,
// and tokenize() lower-cases, checks stopwords and stems every occurrence.
// Here each distinct word surface is tokenized once (ASCII words by a copy
// of tokenize()'s word rules that needs no UTF-8 decoding, the rest by
// tokenize() itself), and its every further occurrence is a hash-table
// lookup of its bytes. Word boundaries are found
// with scan_words()'s rules; tokenize() only ever sees one word (or one CJK
// run) at a time, which gives what it would give inside the sentence, since
// its tokens never span two words.
//
// One SentenceTerms serves one article: it keeps views into the text it was
// given, which must outlive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace sift {

class SentenceTerms {
public:
    // `text_bytes`: about how much text it will see (sizes its tables).
    explicit SentenceTerms(std::size_t text_bytes);

    // Appends the distinct terms of `sentence` to `terms`, in ascending order
    // of their token ids, and how often each occurs to `counts`.
    void sorted_term_counts(std::string_view sentence, std::vector<std::uint32_t>& terms,
                            std::vector<std::uint32_t>& counts);

    // Terms numbered so far (every term is below this).
    std::size_t term_count() const { return term_ids_.size(); }
    // The token id a term stands for.
    std::uint32_t token_id_of(std::uint32_t term) const { return term_ids_[term]; }

private:
    // A word surface seen before, and the term it gave (kNoTerm: none).
    // 16 bytes: the table is probed once per word of the article.
    struct Word {
        const char* bytes = nullptr;  // nullptr: empty slot
        std::uint32_t size = 0;
        std::uint32_t term = 0;
    };
    // A token id seen before and its term.
    struct Id {
        std::uint32_t id = 0;
        std::uint32_t term = 0;
        bool used = false;
    };

    std::uint32_t word_term(std::string_view surface, bool ascii);
    std::uint32_t ascii_word_term(std::string_view surface);
    void add_cjk_run(std::string_view run);
    std::uint32_t term_of(std::uint32_t id);
    template <typename Table, typename Used, typename Hash>
    static void grow(Table& table, Used used, Hash hash);

    std::vector<Word> words_;                  // open addressing, power-of-two size
    std::size_t words_used_ = 0;
    std::vector<Id> ids_;                      // open addressing, power-of-two size
    std::vector<std::uint32_t> term_ids_;      // term -> token id
    std::vector<std::uint64_t> sentence_;      // (id << 32 | term) of the current sentence
    std::vector<Token> tokens_;                // tokenize() output, reused
    std::string key_;                          // an ASCII word's key, reused
};

}  // namespace sift
