// summary_terms.h — the similarity tokens of a sentence, for the summariser.
//
// Input: sentences of one article. Output: for each sentence, its distinct
// token ids (exactly those tokenize() in tokens.h gives) with how often each
// occurs, in ascending id order; each id is also numbered densely ("term"
// 0, 1, 2, ...) so that later stages can use arrays instead of hash maps.
//
// Why not call tokenize() per sentence: an article repeats most of its words,
// and tokenize() lower-cases, checks stopwords and stems every occurrence.
// Here each distinct word is tokenized once, and its every further
// occurrence is one hash-table lookup. Most words are ASCII and at most 16
// bytes long: they are found eight bytes at a time, lower-cased in a 64-bit
// word, and that word is their key ("The" and "the" are one entry); their
// token comes from a copy of tokenize()'s word rules that needs no UTF-8
// decoding. Other words are keyed by their bytes and go through tokenize()
// itself. Word boundaries follow scan_words()'s rules; tokenize() only ever
// sees one word (or one CJK run) at a time, which gives what it would give
// inside the sentence, since its tokens never span two words.
//
// A sentence whose word spans the keyword counter recorded (page_words.h) is
// not scanned at all: its spans are walked, and each distinct surface's
// entry is made once, from the token the counter handed over when it has
// one, else as above.
//
// One SentenceTerms serves one article: it keeps views into the text it was
// given, which must outlive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "page_words.h"
#include "tokens.h"

namespace sift {

// Term runs of many sentences, back to back: run k is terms()[k] (a term)
// occurring counts()[k] times in its sentence, for k < size. The arrays are
// kept longer than size, uninitialised: a sentence's runs are written in
// place, with one test for room per sentence (appending them to two
// vectors cost more than counting them).
class TermRuns {
public:
    std::size_t size = 0;

    const std::uint32_t* terms() const { return terms_.get(); }
    const std::uint32_t* counts() const { return counts_.get(); }
    std::uint32_t* terms() { return terms_.get(); }
    std::uint32_t* counts() { return counts_.get(); }
    // Room for `more` runs after the first `size`.
    void make_room(std::size_t more) {
        if (capacity_ < size + more) grow(size + more);
    }

private:
    void grow(std::size_t wanted);  // to at least `wanted` runs, doubling

    std::unique_ptr<std::uint32_t[]> terms_, counts_;
    std::size_t capacity_ = 0;
};

class SentenceTerms {
public:
    // `text_bytes`: about how much text it will see, `scanned_bytes`: how
    // much of that it will scan itself, not given its words (page_words.h)
    // (they size its tables).
    explicit SentenceTerms(std::size_t text_bytes) : SentenceTerms(text_bytes, text_bytes) {}
    SentenceTerms(std::size_t text_bytes, std::size_t scanned_bytes);

    // Appends the runs of `sentence` to `runs`: its distinct terms, in
    // ascending order of their token ids, and how often each occurs.
    void sorted_term_counts(std::string_view sentence, TermRuns& runs);

    // The same for a sentence whose word spans were recorded (page_words.h):
    // [first, last) are its spans, their offsets into `block`, the text the
    // sentence lies in. A surface is lowered and looked up on its first
    // occurrence only, and not at all when `words` has its token.
    void sorted_term_counts(std::string_view block, const WordOccurrence* first, const WordOccurrence* last,
                            const PageWords& words, TermRuns& runs);

    // Makes the entry of every recorded surface whose token the keyword
    // counter made (page_words.h), in one pass over the surfaces, before a
    // sentence reads them: the sentences then find almost every surface's
    // entry made (the corpus's sentences see over nine in ten of their
    // page's surfaces; a first sight in the middle of the walk mispredicted
    // about once a surface). The first recorded sorted_term_counts() calls
    // it when it was not called.
    void read_surface_tokens(const PageWords& words);

    // Terms numbered so far (every term is below this).
    std::size_t term_count() const { return term_count_; }
    // The token id a term stands for.
    std::uint32_t token_id_of(std::uint32_t term) const { return term_ids_[term]; }

private:
    static constexpr std::uint32_t kNoTerm = 0xFFFFFFFFu;  // a word that gives no token (stopword, number, ...)
    static constexpr std::uint64_t kNoEntry = kNoTerm;      // the same as a (token id << 32 | term) entry
    static constexpr std::size_t kShortWordBytes = 16;      // the longest short word: two 8-byte halves

    // An ASCII word of at most 16 bytes, lower-cased and zero-padded: no
    // word holds a zero byte, so the two halves are the whole key.
    struct ShortWord {
        std::uint64_t low = 0;        // bytes 0-7; 0: empty slot
        std::uint64_t high = 0;       // bytes 8-15
        std::uint64_t entry = 0;      // (token id << 32 | term), or kNoEntry
    };
    // Another word (non-ASCII, or longer), by its bytes in the text.
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

    static constexpr std::uint64_t kUnknownEntry = ~std::uint64_t{0};  // a surface not looked up yet
    // Stands before a sentence's entries (sentence_[0], recorded_[0]). No
    // sort reads it any more (an unguarded insertion sort once did); the
    // buffers keep the layout.
    static constexpr std::uint64_t kSentinel = 0;

    // (summary_runs.cpp) The entries in sentence_, or in [first, last):
    // sorted in place when longer than branchless::kSortEntries;
    // else padded in place, up to kNetworkEntries past `last` (room the
    // caller leaves).
    void sort_and_count(TermRuns& runs);
    void sort_and_count(std::uint64_t* first, std::uint64_t* last, TermRuns& runs);
    std::uint64_t first_sight(std::string_view block, const WordOccurrence& span);
    std::uint64_t word_entry(std::string_view word);
    std::uint64_t token_entry(std::uint32_t id);
    const char* next_span(std::string_view text, const char* p);
    void wide_spans(std::string_view text);
    std::size_t word_at(std::string_view text, std::size_t at);
    void add_entry(std::uint64_t entry);
    std::uint64_t short_word_entry(std::uint64_t low, std::uint64_t high);
    std::uint64_t add_short_word(std::size_t slot, std::uint64_t low, std::uint64_t high);
    std::uint64_t lower_ascii_entry(std::uint64_t low, std::uint64_t high);
    std::uint32_t word_term(std::string_view surface);
    void add_cjk_run(std::string_view run);
    std::uint32_t term_of(std::uint32_t id);
    std::uint32_t add_term(std::size_t slot, std::uint32_t id);
    void grow_ids();
    // The terms an id table of `slots` holds before it grows, and one more.
    static std::size_t terms_before_growth(std::size_t slots) { return slots / 2 + 1; }
    // A short word's slot: the top bits of a multiplicative hash, which
    // depend on every byte of the key.
    static std::size_t short_word_slot(std::uint64_t low, std::uint64_t high, unsigned shift) {
        const std::uint64_t h = (low ^ (high * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(h >> shift);
    }
    template <typename Table, typename Used, typename Hash>
    static void grow(Table& table, Used used, Hash hash);

    std::vector<ShortWord> short_words_;       // open addressing, power-of-two size
    std::size_t short_words_used_ = 0;
    unsigned short_shift_ = 0;                 // 64 - log2(short_words_.size())
    std::vector<Word> words_;                  // open addressing, power-of-two size
    std::size_t words_used_ = 0;
    std::vector<Id> ids_;                      // open addressing, power-of-two size
    std::vector<std::uint32_t> term_ids_;      // term -> token id; [term_count_, size) unused
    std::uint32_t term_count_ = 0;
    std::vector<std::uint64_t> sentence_;      // kSentinel, then (id << 32 | term) of the current sentence
    std::vector<Token> tokens_;                // tokenize() output, reused
    // By recorded surface id: its entry, or kUnknownEntry (written whole by
    // read_surface_tokens(), so not zeroed first).
    std::unique_ptr<std::uint64_t[]> surface_entries_;
    std::size_t surfaces_read_ = 0;
    std::vector<std::uint64_t> recorded_;         // a recorded sentence's word entries: one slot per span
};

}  // namespace sift
