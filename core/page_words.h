// page_words.h — the word spans of a page, found once and read by two stages.
//
// extract_keywords scans every body block it reads (keywords.h) into the
// spans of scan_words (tokens.h): words and CJK runs. The summariser needs
// the same spans of its sentences (summary_terms.h), so, when handed a
// PageWords, the keyword counter records each span it finds, with the id it
// gave the span's surface, and summarise reads a sentence's spans from there
// instead of scanning the sentence again; a surface's similarity token is
// then made once per distinct surface, not looked up at every occurrence.
// Most surfaces come with their similarity token already made: a content
// word's is the hash of the stem the counter made for its own terms, and
// most other short ASCII surfaces are known to have none.
//
// Blocks the counter did not read (code, or past its input cap) have no
// spans here; the summariser scans those itself. Offsets are into the block
// text, which must outlive the PageWords.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sift {

struct WordOccurrence {
    std::uint32_t begin = 0, end = 0;  // byte range in the block text
    std::int32_t surface = -1;         // the keyword counter's surface id; -1: a CJK run
};

struct PageWords {
    static constexpr std::uint32_t kNotRead = 0xFFFFFFFFu;

    std::vector<WordOccurrence> occurrences;  // every block's spans, in reading order
    // By body block: its spans are occurrences[block_begin[b], block_end[b]),
    // or block_begin[b] == kNotRead when the counter did not read it.
    std::vector<std::uint32_t> block_begin, block_end;
    // By surface id: its similarity token id (tokens.h), kNoToken, or
    // kTokenUnknown when the summariser must make it itself (the counter's
    // rules differ from tokenize()'s for two-letter words and numbers, and
    // its stopword test is not told apart for long or non-ASCII words).
    static constexpr std::uint64_t kTokenUnknown = std::uint64_t{1} << 32;
    static constexpr std::uint64_t kNoToken = std::uint64_t{2} << 32;
    std::vector<std::uint64_t> surface_tokens;
    std::size_t surface_count() const { return surface_tokens.size(); }

    void clear(std::size_t blocks) {
        occurrences.clear();
        block_begin.assign(blocks, kNotRead);
        block_end.assign(blocks, kNotRead);
        surface_tokens.clear();
    }
    bool has_block(std::size_t b) const { return b < block_begin.size() && block_begin[b] != kNotRead; }
};

}  // namespace sift
