// summary_graph.h — the summariser's sentence graph and its centrality.
//
// Input: the candidate sentences as term runs (summary_terms.h). Output: a
// sparse symmetric graph of their idf-modified cosine similarities, and
// PageRank over it. Only pairs that share a term are visited (an inverted
// index over the terms), so the cost follows the number of such pairs, not
// the square of the candidate count; every sum is taken in the same order as
// a dense computation would (by ascending token id, by ascending sentence),
// so the numbers are the same to the last bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sift {

// One candidate's distinct terms and their counts: [begin, end) of the
// shared term/count arrays, in ascending token-id order.
struct TermRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool empty() const { return begin == end; }
};

// Similarities above zero, each pair stored in both rows; rows list their
// neighbours in ascending order. Candidates without terms have no neighbours.
struct SimilarityGraph {
    std::vector<std::uint32_t> row_begin;   // candidates + 1
    std::vector<std::uint32_t> neighbour;
    std::vector<double> similarity;
    std::size_t size() const { return row_begin.empty() ? 0 : row_begin.size() - 1; }
};

// tf-idf vectors over the candidates (idf from the candidates themselves:
// the article is its own corpus) and their cosine similarities. Every term
// is below `term_count`.
SimilarityGraph similarity_graph(const std::vector<TermRange>& candidates, const std::vector<std::uint32_t>& terms,
                                 const std::vector<std::uint32_t>& counts, std::size_t term_count);

// PageRank with uniform teleport over the edges of `graph` that are at least
// `min_edge` and touch no excluded candidate.
std::vector<double> centrality(const SimilarityGraph& graph, const std::vector<bool>& excluded, double min_edge);

}  // namespace sift
