// feature_phrase_search.h — phrase lists compiled once into lookup structures,
// so a block is checked against a whole list in one step instead of one
// comparison or substring search per phrase.
//
// Both structures answer with a phrase's position in its list; when several
// phrases match, the earliest in the list wins, exactly as a loop over the
// list in order would answer.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sift {

inline constexpr int kNoPhrase = -1;

// Zero bytes after a text that ContainedPhraseSearch::find_padded may read.
inline constexpr std::size_t kPhrasePadding = 4;

// Whole-text equality: an open-addressing table keyed by the phrase.
class ExactPhraseTable {
public:
    explicit ExactPhraseTable(const std::vector<std::string_view>& phrases);
    // Position of the first phrase equal to text, or kNoPhrase.
    int find(std::string_view text) const;
    // The same for text with its ASCII letters lower-cased first (the
    // phrases being lower case, this ignores the case of ASCII letters).
    int find_ascii_ci(std::string_view text) const;

private:
    // Whether some phrase of this many bytes starts with this byte: most
    // texts fail this test, and then nothing is folded or hashed.
    bool may_match(std::size_t size, unsigned char first) const {
        return (initials_by_size_[size][first >> 6] >> (first & 63)) & 1;
    }

    // The hash lookup alone, for a text that passed both tests above.
    int probe(std::string_view text) const;

    std::vector<std::string_view> phrases_;
    std::vector<std::array<std::uint64_t, 4>> initials_by_size_;  // [size][bit set of first bytes]
    std::vector<std::int32_t> slots_;  // phrase position, or kNoPhrase for an empty slot
    std::size_t mask_ = 0;
    std::size_t longest_ = 0;
};

// Occurrence anywhere in a text: an Aho-Corasick automaton over bytes, turned
// into a full transition table over byte classes (bytes no phrase uses share
// one class), so a text is read once, one table step per byte.
class ContainedPhraseSearch {
public:
    // With fold_ascii_case, 'A'..'Z' in a text read as 'a'..'z' (the phrases
    // must then have no upper-case ASCII letters). The first `optional`
    // phrases may be left out of a search (find_without_optional): one
    // automaton then serves two lists that differ by a few leading phrases.
    explicit ContainedPhraseSearch(const std::vector<std::string_view>& phrases, bool fold_ascii_case = false, std::size_t optional = 0);
    // Position of the first phrase (in list order) occurring in text, or kNoPhrase.
    int find(std::string_view text) const { return find_from_slot(text, 0); }
    // The same among the phrases after the optional ones (positions still
    // count them), as find over a list without them would answer.
    int find_without_optional(std::string_view text) const { return find_from_slot(text, 1); }

    // find and find_without_optional of a text followed by kPhrasePadding
    // zero bytes: its last few bytes are read four at a time with the rest,
    // not one by one in a loop of 0..3 turns (a branch on the text's size).
    int find_padded(std::string_view text) const { return find_padded_from_slot(text, 0); }
    int find_padded_without_optional(std::string_view text) const { return find_padded_from_slot(text, 1); }

    // find_padded (or find_padded_without_optional) of two padded texts at
    // once: the two walks interleaved, as two chains of dependent loads run
    // side by side in about the time of one. Sets each query's `found`.
    struct PaddedQuery {
        std::string_view text;  // followed by kPhrasePadding zero bytes
        bool without_optional = false;
        int found = kNoPhrase;
    };
    void find_padded_pair(PaddedQuery& first, PaddedQuery& second) const;

private:
    int find_from_slot(std::string_view text, std::size_t slot) const;
    int find_padded_from_slot(std::string_view text, std::size_t slot) const;

    // A zero byte takes every state back to the root, which ends no phrase:
    // reading the padding then changes nothing (else find_padded reads as find).
    bool zero_returns_to_root_ = false;
    // The longest phrase's size: an occurrence spans at most this many bytes.
    std::size_t longest_phrase_ = 0;

    std::uint8_t byte_class_[256] = {};
    std::size_t classes_ = 1;
    // One row per state: classes_ transitions, each the byte offset in rows_
    // of the next state's row (so a step is one load: see PhraseWalk), then
    // the earliest phrase ending in this state and the earliest that is not
    // optional (kNoMatch if none). Rows from first_matching_row_ (a power of
    // two, or 0 when an empty phrase makes the root match) on are the
    // states that end a phrase.
    static constexpr std::uint32_t kNoMatch = UINT32_MAX;
    std::vector<std::uint32_t> rows_;
    std::uint32_t first_matching_row_ = 0;
};

}  // namespace sift
