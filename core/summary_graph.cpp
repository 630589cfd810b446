// summary_graph.cpp — sparse cosine similarities and PageRank for the summary.
//
// Input: candidates as term runs. Output: a symmetric sparse graph, and the
// centrality of each candidate. See summary_graph.h for why the sums come out
// the same as in a dense computation.
#include "summary_graph.h"

#include <algorithm>
#include <cmath>

#include "summary_bytes.h"

namespace sift {
namespace {

// PageRank: the classic damping; 50 fixed iterations converge to well below
// the differences that matter for ranking (no data-dependent stopping, so
// the same input always does the same arithmetic).
constexpr double kDamping = 0.85;
constexpr int kIterations = 50;

constexpr std::size_t kBitsPerWord = 64;

// The inverted index: for each term, the candidates that hold it (ascending)
// and the term's weight in each.
struct Postings {
    std::vector<std::uint32_t> begin;      // per term, into candidate/weight; term_count + 1
    std::vector<std::uint32_t> candidate;
    std::vector<double> weight;
};

// One term of one candidate: its weight and where the candidate sits in the
// term's posting list (the candidates after it are the pairs to visit).
struct Occurrence {
    std::uint32_t term = 0;
    std::uint32_t posting = 0;
    double weight = 0;
};

// next[targets[e]] += share * weights[e] for each edge of one row, four at a
// time (the hottest loop of the summary). A row's targets are distinct, so
// the order of its updates changes no sum.
void spread(double share, const std::uint32_t* targets, const double* weights, std::size_t count, double* next) {
    std::size_t e = 0;
    for (; e + 4 <= count; e += 4) {
        const double p0 = share * weights[e], p1 = share * weights[e + 1];
        const double p2 = share * weights[e + 2], p3 = share * weights[e + 3];
        next[targets[e]] += p0;
        next[targets[e + 1]] += p1;
        next[targets[e + 2]] += p2;
        next[targets[e + 3]] += p3;
    }
    for (; e < count; ++e) next[targets[e]] += share * weights[e];
}

}  // namespace

SimilarityGraph similarity_graph(const std::vector<TermRange>& candidates, const std::vector<std::uint32_t>& terms,
                                 const std::vector<std::uint32_t>& counts, std::size_t term_count) {
    const std::size_t n = candidates.size();
    Postings index;
    index.begin.assign(term_count + 1, 0);
    for (const TermRange& r : candidates)
        for (std::uint32_t x = r.begin; x < r.end; ++x) ++index.begin[terms[x] + 1];
    std::vector<double> idf(term_count, 0.0);
    const double nd = static_cast<double>(n);
    for (std::size_t t = 0; t < term_count; ++t) {
        const int df = static_cast<int>(index.begin[t + 1]);
        if (df > 0) idf[t] = std::log(1.0 + nd / df);
    }
    for (std::size_t t = 0; t < term_count; ++t) index.begin[t + 1] += index.begin[t];
    index.candidate.resize(index.begin[term_count]);
    index.weight.resize(index.begin[term_count]);

    // Weights and norms; a candidate's terms come in ascending token id, the
    // order its squared weights are summed in.
    std::vector<std::uint32_t> fill(index.begin.begin(), index.begin.end() - 1);
    std::vector<Occurrence> occurrences;
    occurrences.reserve(index.candidate.size());
    std::vector<std::uint32_t> first_occurrence(n + 1, 0);
    std::vector<double> norm(n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        first_occurrence[k] = static_cast<std::uint32_t>(occurrences.size());
        double norm2 = 0;
        for (std::uint32_t x = candidates[k].begin; x < candidates[k].end; ++x) {
            const std::uint32_t t = terms[x];
            const double w = counts[x] * idf[t];
            const std::uint32_t at = fill[t]++;
            index.candidate[at] = static_cast<std::uint32_t>(k);
            index.weight[at] = w;
            occurrences.push_back({t, at, w});
            norm2 += w * w;
        }
        norm[k] = std::sqrt(norm2);
    }
    first_occurrence[n] = static_cast<std::uint32_t>(occurrences.size());

    // Row by row, the dot products with every later candidate that shares a
    // term: a pair's products are added in ascending token id (the order of
    // the row's terms). Touched candidates are marked in a bit set, which
    // hands them back in ascending order.
    std::vector<double> dot(n, 0.0);
    std::vector<std::uint64_t> touched((n + kBitsPerWord - 1) / kBitsPerWord, 0);
    std::vector<std::uint32_t> upper_begin(n + 1, 0), upper_neighbour;
    std::vector<double> upper_similarity;
    std::vector<std::uint32_t> degree(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        upper_begin[i] = static_cast<std::uint32_t>(upper_neighbour.size());
        for (std::uint32_t o = first_occurrence[i]; o < first_occurrence[i + 1]; ++o) {
            const Occurrence& occ = occurrences[o];
            const std::uint32_t end = index.begin[occ.term + 1];
            for (std::uint32_t p = occ.posting + 1; p < end; ++p) {
                const std::uint32_t j = index.candidate[p];
                dot[j] += occ.weight * index.weight[p];
                touched[j / kBitsPerWord] |= std::uint64_t{1} << (j % kBitsPerWord);
            }
        }
        for (std::size_t word = (i + 1) / kBitsPerWord; word < touched.size(); ++word) {
            for (std::uint64_t bits = touched[word]; bits != 0; bits &= bits - 1) {
                const std::size_t j = word * kBitsPerWord + swar::lowest_bit(bits);
                upper_neighbour.push_back(static_cast<std::uint32_t>(j));
                upper_similarity.push_back(dot[j] / (norm[i] * norm[j]));
                dot[j] = 0;
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

// Zero and dropped edges are skipped (adding 0 changes no sum), so each
// iteration costs the number of edges, not n^2. Each rank receives its
// shares from the other sentences in ascending order.
std::vector<double> centrality(const SimilarityGraph& graph, const std::vector<bool>& excluded, double min_edge) {
    const std::size_t n = graph.size();
    std::vector<double> row_sum(n, 0.0);
    std::vector<std::uint32_t> edge_begin(n + 1, 0), target;
    std::vector<double> weight;
    for (std::size_t i = 0; i < n; ++i) {
        edge_begin[i] = static_cast<std::uint32_t>(target.size());
        if (excluded[i]) continue;
        for (std::uint32_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
            const double w = graph.similarity[e];
            if (w < min_edge || excluded[graph.neighbour[e]]) continue;
            row_sum[i] += w;
            target.push_back(graph.neighbour[e]);
            weight.push_back(w);
        }
    }
    edge_begin[n] = static_cast<std::uint32_t>(target.size());
    std::vector<std::uint32_t> dangling_rows;  // rank held by sentences with no edges: spread evenly
    for (std::size_t j = 0; j < n; ++j) if (row_sum[j] == 0) dangling_rows.push_back(static_cast<std::uint32_t>(j));

    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    for (int it = 0; it < kIterations; ++it) {
        double dangling = 0;
        for (std::uint32_t j : dangling_rows) dangling += rank[j];
        const double base = (1.0 - kDamping) / static_cast<double>(n) + kDamping * dangling / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (std::size_t j = 0; j < n; ++j) {
            if (row_sum[j] == 0) continue;
            const double share = kDamping * rank[j] / row_sum[j];
            spread(share, target.data() + edge_begin[j], weight.data() + edge_begin[j], edge_begin[j + 1] - edge_begin[j],
                   next.data());
        }
        rank.swap(next);
    }
    return rank;
}

}  // namespace sift
