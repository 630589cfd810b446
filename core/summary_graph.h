// summary_graph.h — the summariser's sentence similarities and centrality.
//
// Input: the candidate sentences as term runs (summary_terms.h). Output:
// their idf-modified cosine similarities — the sparse graph of the strong
// ones, and on request all of one candidate's — and PageRank over the graph.
// Only pairs that share a term are visited (an inverted index over the
// terms), so the cost follows the number of such pairs, not the square of
// the candidate count; every sum is taken in the same order as a dense
// computation would (by ascending token id, by ascending sentence), so the
// numbers are the same to the last bit, whichever of a pair asks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace sift {

// One candidate's distinct terms and their counts: [begin, end) of the
// shared term/count arrays, in ascending token-id order.
struct TermRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool empty() const { return begin == end; }
};

// Similarities of at least some minimum, each pair (i, j) with i < j stored
// once, in row i (the upper triangle: the matrix is symmetric, and a copy of
// every edge in both rows cost more to build than the one pass over it that
// PageRank needs); rows list their neighbours in ascending order.
struct SimilarityGraph {
    std::vector<std::uint32_t> row_begin;   // candidates + 1
    std::vector<std::uint32_t> neighbour;
    std::vector<double> similarity;
    // Per candidate: how many of its similarities (in its row or another's)
    // are at least graph()'s `strong`.
    std::vector<std::uint32_t> strong_neighbours;
    std::size_t size() const { return row_begin.empty() ? 0 : row_begin.size() - 1; }
};

// tf-idf vectors over the candidates (idf from the candidates themselves:
// the article is its own corpus), indexed by term. Candidates without terms
// are similar to nothing.
class SentenceSimilarity {
public:
    // Every term is below `term_count`; the arrays are read here only.
    SentenceSimilarity(const std::vector<TermRange>& candidates, const std::uint32_t* terms, const std::uint32_t* counts,
                       std::size_t term_count);
    SentenceSimilarity(const std::vector<TermRange>& candidates, const std::vector<std::uint32_t>& terms,
                       const std::vector<std::uint32_t>& counts, std::size_t term_count)
        : SentenceSimilarity(candidates, terms.data(), counts.data(), term_count) {}

    std::size_t size() const { return norm_.size(); }

    // The pairs whose similarity is at least `min_edge` (> 0), and each
    // candidate's count of those at least `strong` (counted as the pairs are
    // made, without a branch: a second pass over the rows mispredicted at
    // the end of each).
    SimilarityGraph graph(double min_edge, double strong = std::numeric_limits<double>::infinity()) const;

    // Candidate i's similarity with every other candidate that shares a term
    // with it, as (candidate, similarity) in ascending candidate order,
    // replacing the contents of `out`.
    void similarities_of(std::size_t i, std::vector<std::pair<std::uint32_t, double>>& out) const;

private:
    // One term of one candidate and where the candidate sits in the term's
    // posting list (its weight is posting_weight_[posting]).
    struct Occurrence {  // no initialisers: the arrays below are written once, not zeroed first
        std::uint32_t term;
        std::uint32_t posting;
    };

    // One term of one candidate that later candidates also hold: the later
    // ones' postings [begin, end), never empty; the candidate's own posting
    // (and weight) is the one before begin.
    // graph() visits only these: a candidate's term held by no later
    // candidate (a term of one sentence, or this candidate the last to hold
    // it) adds to no pair of the upper triangle, and skipping it spares an
    // empty loop whose exit mispredicted (summary_graph.cpp).
    struct LaterPostings {
        std::uint32_t begin;
        std::uint32_t end;
    };

    void add_dot_products(std::size_t i, bool later_only, std::vector<double>& dot,
                          std::vector<unsigned char>& marks) const;
    void add_later_dot_products(std::size_t i, double* sums, unsigned char* marked) const;

    // The inverted index: for each term, the candidates that hold it
    // (ascending) and the term's weight in each.
    std::vector<std::uint32_t> posting_begin_;     // per term, into the two below; term_count + 1
    std::unique_ptr<std::uint32_t[]> posting_candidate_;
    std::unique_ptr<double[]> posting_weight_;
    std::unique_ptr<Occurrence[]> occurrences_;    // each candidate's terms, ascending, back to back
    std::vector<std::uint32_t> first_occurrence_;  // candidates + 1
    std::unique_ptr<LaterPostings[]> later_postings_;  // each candidate's, ascending term, back to back
    std::vector<std::uint32_t> first_later_;           // candidates + 1
    std::vector<double> norm_;
};

// PageRank (in summary_pagerank.cpp) with uniform teleport over the edges
// of `graph` that touch no excluded candidate: the classic damping,
// kPageRankIterations fixed iterations (no data-dependent stopping, so the
// same input always gives the same numbers). Run one iteration at a time, it also bounds how far the
// ranks so far can be from the final ones, so that a caller whose decisions
// cannot change within that distance may stop early (summarize.cpp,
// summary_picks.h).
inline constexpr int kPageRankIterations = 50;  // converges well below the differences that matter for ranking

class Centrality {
public:
    // Copies what it needs of `graph` (its edges, laid out for step()).
    // excluded[i] != 0 leaves candidate i out (bytes, not vector<bool>'s
    // bits: each edge reads two of them).
    Centrality(const SimilarityGraph& graph, const std::vector<unsigned char>& excluded);
    Centrality(const Centrality&) = delete;  // large: never copied
    Centrality& operator=(const Centrality&) = delete;

    void step();  // one more iteration (at most kPageRankIterations in all)
    int iterations() const { return iterations_; }
    bool done() const { return iterations_ == kPageRankIterations; }
    // The ranks after iterations() iterations.
    const std::vector<double>& rank() const { return rank_; }
    // An upper bound on the largest difference between a rank now and the
    // same rank after kPageRankIterations iterations (0 when done): the
    // smaller of an L1 and a row-sum-weighted bound (summary_graph.cpp).
    // Needs at least one iteration. `step_length`, when given, receives
    // step_length(), which the bound sums anyway.
    double distance_to_final(double* step_length = nullptr) const;
    // How far the last iteration moved the ranks (L1); it shrinks from one
    // iteration to the next by at most kDamping, and on real graphs faster.
    double step_length() const;

private:
    std::size_t n_ = 0;
    int iterations_ = 0;
    std::vector<double> row_sum_;  // edge weight per row (infinite for dangling rows, which have none)
    double min_row_sum_ = std::numeric_limits<double>::infinity();  // over the rows with edges
    double max_row_sum_ = 0;
    std::size_t edges_ = 0;  // both directions counted: each pair is two terms of the sums
    // The edges kept (none that touch an excluded candidate), row by row in
    // blocks of kEdgesPerBlock, each row's last block padded with weight-0
    // edges to the row itself; and each block's row.
    static constexpr std::size_t kEdgesPerBlock = 2;  // fewer instructions than 4 (less padding), measured
    std::unique_ptr<std::uint32_t[]> block_later_, block_row_;
    std::unique_ptr<double[]> block_weight_;
    std::size_t blocks_ = 0;
    std::vector<std::uint32_t> dangling_rows_;       // rank held by sentences with no edges: spread evenly
    std::vector<double> rank_, previous_, share_;
};

// All kPageRankIterations iterations.
std::vector<double> centrality(const SimilarityGraph& graph, const std::vector<unsigned char>& excluded);

}  // namespace sift
