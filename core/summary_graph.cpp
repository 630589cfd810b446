// summary_graph.cpp — sparse cosine similarities and PageRank for the summary.
//
// Input: candidates as term runs. Output: the symmetric sparse graph of the
// strong similarities, one candidate's similarities on request, and the
// centrality of each candidate. See summary_graph.h for why the sums come out
// the same as in a dense computation.
#include "summary_graph.h"

#include <algorithm>
#include <cmath>

#include "summary_bytes.h"

namespace sift {
namespace {

// PageRank: the classic damping (the iteration count is in the header).
constexpr double kDamping = 0.85;
// Bounds the rounding error of one floating-point operation on a value of at
// most 1 (2^-52: twice double's unit round-off, to be safe).
constexpr double kRoundingSlack = 2.220446049250313e-16;

constexpr std::size_t kBitsPerWord = 64;

// base + shares[sources[e]] * weights[e] over one row, added in row order
// (ascending source), four edges per loop turn: the hottest loop of the
// summary. The products are independent; the sum is one chain, in order.
double gather(double base, const std::uint32_t* sources, const double* weights, std::size_t count,
              const double* shares) {
    double sum = base;
    std::size_t e = 0;
    for (; e + 4 <= count; e += 4) {
        const double p0 = shares[sources[e]] * weights[e], p1 = shares[sources[e + 1]] * weights[e + 1];
        const double p2 = shares[sources[e + 2]] * weights[e + 2], p3 = shares[sources[e + 3]] * weights[e + 3];
        sum += p0;
        sum += p1;
        sum += p2;
        sum += p3;
    }
    for (; e < count; ++e) sum += shares[sources[e]] * weights[e];
    return sum;
}

}  // namespace

SentenceSimilarity::SentenceSimilarity(const std::vector<TermRange>& candidates,
                                       const std::vector<std::uint32_t>& terms,
                                       const std::vector<std::uint32_t>& counts, std::size_t term_count) {
    const std::size_t n = candidates.size();
    posting_begin_.assign(term_count + 1, 0);
    for (const TermRange& r : candidates)
        for (std::uint32_t x = r.begin; x < r.end; ++x) ++posting_begin_[terms[x] + 1];
    // idf depends on the document frequency alone (at most n): one log per
    // frequency that occurs, not per term.
    std::vector<double> idf(term_count, 0.0), idf_of_df(n + 1, -1.0);
    const double nd = static_cast<double>(n);
    for (std::size_t t = 0; t < term_count; ++t) {
        const int df = static_cast<int>(posting_begin_[t + 1]);
        if (df == 0) continue;
        if (idf_of_df[df] < 0) idf_of_df[df] = std::log(1.0 + nd / df);
        idf[t] = idf_of_df[df];
    }
    for (std::size_t t = 0; t < term_count; ++t) posting_begin_[t + 1] += posting_begin_[t];
    posting_candidate_.resize(posting_begin_[term_count]);
    posting_weight_.resize(posting_begin_[term_count]);

    // Weights and norms; a candidate's terms come in ascending token id, the
    // order its squared weights are summed in.
    std::vector<std::uint32_t> fill(posting_begin_.begin(), posting_begin_.end() - 1);
    occurrences_.reserve(posting_candidate_.size());
    first_occurrence_.assign(n + 1, 0);
    norm_.assign(n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        first_occurrence_[k] = static_cast<std::uint32_t>(occurrences_.size());
        double norm2 = 0;
        for (std::uint32_t x = candidates[k].begin; x < candidates[k].end; ++x) {
            const std::uint32_t t = terms[x];
            const double w = counts[x] * idf[t];
            const std::uint32_t at = fill[t]++;
            posting_candidate_[at] = static_cast<std::uint32_t>(k);
            posting_weight_[at] = w;
            occurrences_.push_back({t, at, w});
            norm2 += w * w;
        }
        norm_[k] = std::sqrt(norm2);
    }
    first_occurrence_[n] = static_cast<std::uint32_t>(occurrences_.size());
}

// Candidate i's dot products with the candidates that share a term with it
// (only those after it if `later_only`), added into `dot` and marked in the
// bit set `touched`, which hands them back in ascending order. A pair's
// products are added in ascending token id (the order of i's terms), and
// w_i * w_j is w_j * w_i: the same sums whichever of the two asks.
void SentenceSimilarity::add_dot_products(std::size_t i, bool later_only, std::vector<double>& dot,
                                          std::vector<std::uint64_t>& touched) const {
    for (std::uint32_t o = first_occurrence_[i]; o < first_occurrence_[i + 1]; ++o) {
        const Occurrence& occ = occurrences_[o];
        // The term's postings except i's own: those after it, and unless
        // `later_only` those before it too (in ascending order either way).
        const auto add = [&](std::uint32_t begin, std::uint32_t end) {
            for (std::uint32_t p = begin; p < end; ++p) {
                const std::uint32_t j = posting_candidate_[p];
                dot[j] += occ.weight * posting_weight_[p];
                touched[j / kBitsPerWord] |= std::uint64_t{1} << (j % kBitsPerWord);
            }
        };
        if (!later_only) add(posting_begin_[occ.term], occ.posting);
        add(occ.posting + 1, posting_begin_[occ.term + 1]);
    }
}

SimilarityGraph SentenceSimilarity::graph(double min_edge) const {
    const std::size_t n = size();
    std::vector<double> dot(n, 0.0);
    std::vector<std::uint64_t> touched((n + kBitsPerWord - 1) / kBitsPerWord, 0);
    std::vector<std::uint32_t> upper_begin(n + 1, 0), upper_neighbour;
    std::vector<double> upper_similarity;
    std::vector<std::uint32_t> degree(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        upper_begin[i] = static_cast<std::uint32_t>(upper_neighbour.size());
        add_dot_products(i, true, dot, touched);
        for (std::size_t word = (i + 1) / kBitsPerWord; word < touched.size(); ++word) {
            for (std::uint64_t bits = touched[word]; bits != 0; bits &= bits - 1) {
                const std::size_t j = word * kBitsPerWord + swar::lowest_bit(bits);
                const double s = dot[j] / (norm_[i] * norm_[j]);
                dot[j] = 0;
                if (s < min_edge) continue;
                upper_neighbour.push_back(static_cast<std::uint32_t>(j));
                upper_similarity.push_back(s);
                ++degree[i];
                ++degree[j];
            }
            touched[word] = 0;
        }
    }
    upper_begin[n] = static_cast<std::uint32_t>(upper_neighbour.size());

    // Both directions. Row j receives its lower neighbours i < j while rows
    // are visited in ascending i, before its own upper ones: ascending.
    SimilarityGraph graph;
    graph.row_begin.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) graph.row_begin[i + 1] = graph.row_begin[i] + degree[i];
    graph.neighbour.resize(graph.row_begin[n]);
    graph.similarity.resize(graph.row_begin[n]);
    std::vector<std::uint32_t> cursor(graph.row_begin.begin(), graph.row_begin.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::uint32_t e = upper_begin[i]; e < upper_begin[i + 1]; ++e) {
            const std::uint32_t j = upper_neighbour[e];
            const double s = upper_similarity[e];
            graph.neighbour[cursor[i]] = j;
            graph.similarity[cursor[i]++] = s;
            graph.neighbour[cursor[j]] = static_cast<std::uint32_t>(i);
            graph.similarity[cursor[j]++] = s;
        }
    }
    return graph;
}

// norm_[i] * norm_[j] is norm_[j] * norm_[i]: the graph's numbers exactly.
void SentenceSimilarity::similarities_of(std::size_t i, std::vector<std::pair<std::uint32_t, double>>& out) const {
    const std::size_t n = size();
    std::vector<double> dot(n, 0.0);
    std::vector<std::uint64_t> touched((n + kBitsPerWord - 1) / kBitsPerWord, 0);
    add_dot_products(i, false, dot, touched);
    out.clear();
    for (std::size_t word = 0; word < touched.size(); ++word) {
        for (std::uint64_t bits = touched[word]; bits != 0; bits &= bits - 1) {
            const std::size_t j = word * kBitsPerWord + swar::lowest_bit(bits);
            out.emplace_back(static_cast<std::uint32_t>(j), dot[j] / (norm_[i] * norm_[j]));
        }
    }
}

// Missing edges are skipped (adding 0 changes no sum), so each iteration
// costs the number of edges, not n^2. Each rank receives its shares from the
// other sentences in ascending order: the graph is symmetric (each pair's
// similarity stored in both rows, rows ascending), so sentence t pulls them
// along its own row, in the order a push from every source row would add them.
Centrality::Centrality(const SimilarityGraph& graph, const std::vector<bool>& excluded)
    : n_(graph.size()), row_sum_(n_, 0.0) {
    // Without exclusions the graph's own rows are the edges; otherwise a
    // copy without the edges that touch an excluded candidate.
    if (std::find(excluded.begin(), excluded.end(), true) == excluded.end()) {
        edge_begin_ = graph.row_begin.data();
        source_ = graph.neighbour.data();
        weight_ = graph.similarity.data();
        edges_ = graph.neighbour.size();
    } else {
        kept_begin_.assign(n_ + 1, 0);
        kept_source_.reserve(graph.neighbour.size());
        kept_weight_.reserve(graph.neighbour.size());
        for (std::size_t i = 0; i < n_; ++i) {
            kept_begin_[i] = static_cast<std::uint32_t>(kept_source_.size());
            if (excluded[i]) continue;
            for (std::uint32_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
                if (excluded[graph.neighbour[e]]) continue;
                kept_source_.push_back(graph.neighbour[e]);
                kept_weight_.push_back(graph.similarity[e]);
            }
        }
        kept_begin_[n_] = static_cast<std::uint32_t>(kept_source_.size());
        edge_begin_ = kept_begin_.data();
        source_ = kept_source_.data();
        weight_ = kept_weight_.data();
        edges_ = kept_source_.size();
    }
    for (std::size_t i = 0; i < n_; ++i)
        for (std::uint32_t e = edge_begin_[i]; e < edge_begin_[i + 1]; ++e) row_sum_[i] += weight_[e];
    for (std::size_t j = 0; j < n_; ++j)
        if (row_sum_[j] == 0) dangling_rows_.push_back(static_cast<std::uint32_t>(j));
    rank_.assign(n_, 1.0 / static_cast<double>(n_));
    previous_.assign(n_, 0.0);
    share_.assign(n_, 0.0);  // what sentence j hands each unit of edge weight; 0 for dangling rows
}

void Centrality::step() {
    if (done()) return;
    const double n = static_cast<double>(n_);
    double dangling = 0;
    for (std::uint32_t j : dangling_rows_) dangling += rank_[j];
    const double base = (1.0 - kDamping) / n + kDamping * dangling / n;
    for (std::size_t j = 0; j < n_; ++j)
        if (row_sum_[j] != 0) share_[j] = kDamping * rank_[j] / row_sum_[j];
    for (std::size_t t = 0; t < n_; ++t)
        previous_[t] = gather(base, source_ + edge_begin_[t], weight_ + edge_begin_[t],
                              edge_begin_[t + 1] - edge_begin_[t], share_.data());
    rank_.swap(previous_);
    ++iterations_;
}

// One iteration is a map whose linear part is kDamping times a column-
// stochastic matrix (each row hands out all its rank; dangling rows evenly),
// so it shrinks L1 distances by c = kDamping. Rounding adds at most r to
// each step (kRoundingSlack per operation: the ranks sum to 1, so every
// partial sum is at most 1). With d the last step's L1 length, step i of the
// m still to come is at most c^i d + 2r / (1 - c); their sum bounds the
// distance in L1, and so for every single rank.
double Centrality::distance_to_final() const {
    if (done()) return 0;
    double d = 0;
    for (std::size_t t = 0; t < n_; ++t) d += std::fabs(rank_[t] - previous_[t]);
    const int left = kPageRankIterations - iterations_;
    const double rounding = kRoundingSlack * static_cast<double>(2 * edges_ + 8 * n_ + 8);
    double shrink = 0, power = 1;
    for (int m = 0; m < left; ++m) {
        power *= kDamping;
        shrink += power;
    }
    return d * shrink + left * 2 * rounding / (1 - kDamping);
}

std::vector<double> centrality(const SimilarityGraph& graph, const std::vector<bool>& excluded) {
    Centrality pagerank(graph, excluded);
    while (!pagerank.done()) pagerank.step();
    return pagerank.rank();
}

}  // namespace sift
