// test_summary_graph.cpp — the summary's similarity graph and the similarities
// MMR asks for one picked sentence at a time are the same numbers to the
// bit, and the graph keeps exactly the pairs at or above its threshold.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include "summary_graph.h"

namespace {

struct Candidates {
    std::vector<sift::TermRange> ranges;
    std::vector<std::uint32_t> terms;
    std::vector<std::uint32_t> counts;
};

// Random candidates over a small vocabulary (so that many pairs share
// terms), some without terms; each run ascending and distinct, as
// SentenceTerms gives them.
Candidates random_candidates(std::mt19937& rng, std::size_t n, std::uint32_t vocabulary) {
    Candidates c;
    std::uniform_int_distribution<int> coin(0, 3), count(1, 3);
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t begin = static_cast<std::uint32_t>(c.terms.size());
        for (std::uint32_t t = 0; t < vocabulary; ++t) {
            if (k % 17 == 5 || coin(rng) != 0) continue;
            c.terms.push_back(t);
            c.counts.push_back(static_cast<std::uint32_t>(count(rng)));
        }
        c.ranges.push_back({begin, static_cast<std::uint32_t>(c.terms.size())});
    }
    return c;
}

}  // namespace

TEST_CASE("summary graph: strong neighbours are counted for both candidates of a pair", "[summarize]") {
    std::mt19937 rng(19);
    for (std::size_t n : {1u, 2u, 40u, 65u, 300u}) {
        const Candidates c = random_candidates(rng, n, 12);
        const sift::SentenceSimilarity similarity(c.ranges, c.terms, c.counts, 12);
        for (double strong : {0.3, 0.6, 0.8}) {
            const sift::SimilarityGraph graph = similarity.graph(0.05, strong);
            REQUIRE(graph.strong_neighbours.size() == n);
            // Counted from one candidate's similarities, asked for anew.
            std::vector<std::pair<std::uint32_t, double>> row;
            std::size_t any = 0;
            for (std::size_t i = 0; i < n; ++i) {
                similarity.similarities_of(i, row);
                std::uint32_t want = 0;
                for (const auto& entry : row) want += entry.second >= strong;
                CHECK(graph.strong_neighbours[i] == want);
                any += want;
            }
            if (n >= 40) CHECK(any > 0);
        }
        // Without a threshold, none.
        const sift::SimilarityGraph plain = similarity.graph(0.05);
        for (std::uint32_t k : plain.strong_neighbours) CHECK(k == 0);
    }
}

TEST_CASE("summary graph: rows equal the similarities asked for one candidate", "[summarize]") {
    std::mt19937 rng(7);
    for (std::size_t n : {1u, 2u, 63u, 64u, 65u, 130u, 300u}) {
        const Candidates c = random_candidates(rng, n, 24);
        const sift::SentenceSimilarity similarity(c.ranges, c.terms, c.counts, 24);
        const sift::SimilarityGraph all = similarity.graph(std::numeric_limits<double>::min());
        const sift::SimilarityGraph strong = similarity.graph(0.3);
        std::vector<std::pair<std::uint32_t, double>> row;
        for (std::size_t i = 0; i < n; ++i) {
            similarity.similarities_of(i, row);
            // The graph holds each pair once, in the earlier candidate's row:
            // the earlier ones must match their rows' entries for i.
            std::size_t earlier = 0;
            for (; earlier < row.size() && row[earlier].first < i; ++earlier) {
                const std::uint32_t j = row[earlier].first;
                const auto begin = all.neighbour.begin() + all.row_begin[j];
                const auto end = all.neighbour.begin() + all.row_begin[j + 1];
                const auto at = std::lower_bound(begin, end, static_cast<std::uint32_t>(i));
                REQUIRE(at != end);
                CHECK(*at == i);
                CHECK(all.similarity[static_cast<std::size_t>(at - all.neighbour.begin())] == row[earlier].second);
            }
            row.erase(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(earlier));
            REQUIRE(row.size() == all.row_begin[i + 1] - all.row_begin[i]);
            std::size_t kept = 0;
            for (std::size_t k = 0; k < row.size(); ++k) {
                const std::uint32_t e = all.row_begin[i] + static_cast<std::uint32_t>(k);
                CHECK(row[k].first == all.neighbour[e]);
                CHECK(row[k].second == all.similarity[e]);  // bit-identical, not approximately
                if (row[k].second < 0.3) continue;
                const std::uint32_t s = strong.row_begin[i] + static_cast<std::uint32_t>(kept++);
                REQUIRE(s < strong.row_begin[i + 1]);
                CHECK(strong.neighbour[s] == row[k].first);
                CHECK(strong.similarity[s] == row[k].second);
            }
            CHECK(kept == strong.row_begin[i + 1] - strong.row_begin[i]);
            if (c.ranges[i].empty()) CHECK(row.empty());
        }
    }
}

namespace {

// The cosine of two candidates as a dense computation takes it: weights
// count * log(1 + n / df), products summed over the shared terms in
// ascending token id, divided by the product of the norms.
double dense_similarity(const Candidates& c, std::size_t a, std::size_t b, std::uint32_t vocabulary) {
    const std::size_t n = c.ranges.size();
    std::vector<std::uint32_t> df(vocabulary, 0);
    for (const sift::TermRange& r : c.ranges)
        for (std::uint32_t x = r.begin; x < r.end; ++x) ++df[c.terms[x]];
    const auto weights = [&](std::size_t k) {
        std::vector<double> w(vocabulary, 0.0);
        for (std::uint32_t x = c.ranges[k].begin; x < c.ranges[k].end; ++x)
            w[c.terms[x]] = c.counts[x] * std::log(1.0 + static_cast<double>(n) / static_cast<int>(df[c.terms[x]]));
        return w;
    };
    const std::vector<double> wa = weights(a), wb = weights(b);
    double dot = 0, norm_a = 0, norm_b = 0;
    for (std::uint32_t t = 0; t < vocabulary; ++t) {
        if (wa[t] != 0 && wb[t] != 0) dot += wa[t] * wb[t];
        if (wa[t] != 0) norm_a += wa[t] * wa[t];
        if (wb[t] != 0) norm_b += wb[t] * wb[t];
    }
    return dot / (std::sqrt(norm_a) * std::sqrt(norm_b));
}

}  // namespace

TEST_CASE("summary graph: similarities equal a dense computation to the bit, at every chunk and group edge", "[summarize]") {
    std::mt19937 rng(11);
    for (std::size_t n : {7u, 8u, 9u, 16u, 17u, 63u, 64u, 65u, 71u, 129u}) {
        const Candidates c = random_candidates(rng, n, 12);
        const sift::SentenceSimilarity similarity(c.ranges, c.terms, c.counts, 12);
        const sift::SimilarityGraph graph = similarity.graph(0.2);
        std::vector<std::pair<std::uint32_t, double>> row;
        for (std::size_t i = 0; i < n; ++i) {
            similarity.similarities_of(i, row);
            std::size_t listed = 0, later = 0;
            for (std::size_t j = 0; j < n; ++j) {
                if (j == i) continue;
                bool shared = false;
                for (std::uint32_t x = c.ranges[i].begin; x < c.ranges[i].end; ++x)
                    for (std::uint32_t y = c.ranges[j].begin; y < c.ranges[j].end; ++y) shared = shared || c.terms[x] == c.terms[y];
                if (!shared) continue;
                const double expected = dense_similarity(c, i, j, 12);
                REQUIRE(listed < row.size());
                CHECK(row[listed].first == j);
                CHECK(row[listed].second == expected);
                ++listed;
                if (j < i || expected < 0.2) continue;
                const std::uint32_t e = graph.row_begin[i] + static_cast<std::uint32_t>(later++);
                REQUIRE(e < graph.row_begin[i + 1]);
                CHECK(graph.neighbour[e] == j);
                CHECK(graph.similarity[e] == expected);
            }
            CHECK(listed == row.size());
            CHECK(graph.row_begin[i] + later == graph.row_begin[i + 1]);
        }
    }
}

TEST_CASE("summary graph: terms no later candidate holds are skipped, the sums unchanged", "[summarize]") {
    // Each candidate has a term of its own (df 1) and shares others only
    // with earlier candidates or in a chain, so that graph() skips a term
    // first, last and in the middle of a run; candidate 3 has no later
    // pair at all and candidate 4 no terms.
    Candidates c;
    const std::vector<std::vector<std::uint32_t>> runs = {{0, 1, 5}, {1, 2, 6}, {1, 2, 3, 7}, {3, 5, 8}, {}, {0, 9}};
    for (const auto& run : runs) {
        const std::uint32_t begin = static_cast<std::uint32_t>(c.terms.size());
        for (std::uint32_t t : run) {
            c.terms.push_back(t);
            c.counts.push_back(1 + t % 3);
        }
        c.ranges.push_back({begin, static_cast<std::uint32_t>(c.terms.size())});
    }
    const sift::SentenceSimilarity similarity(c.ranges, c.terms, c.counts, 10);
    const sift::SimilarityGraph graph = similarity.graph(std::numeric_limits<double>::min());
    const std::vector<std::vector<std::uint32_t>> later = {{1, 2, 3, 5}, {2}, {3}, {}, {}, {}};
    for (std::size_t i = 0; i < runs.size(); ++i) {
        REQUIRE(graph.row_begin[i + 1] - graph.row_begin[i] == later[i].size());
        for (std::size_t k = 0; k < later[i].size(); ++k) {
            const std::uint32_t e = graph.row_begin[i] + static_cast<std::uint32_t>(k);
            CHECK(graph.neighbour[e] == later[i][k]);
            CHECK(graph.similarity[e] == dense_similarity(c, i, later[i][k], 10));
        }
    }
}

namespace {

// Both directions of the graph's upper triangle: every row's neighbours
// (earlier and later), ascending.
sift::SimilarityGraph symmetric(const sift::SimilarityGraph& upper) {
    const std::size_t n = upper.size();
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::uint32_t e = upper.row_begin[i]; e < upper.row_begin[i + 1]; ++e) {
            CHECK(upper.neighbour[e] > i);
            rows[i].emplace_back(upper.neighbour[e], upper.similarity[e]);
            rows[upper.neighbour[e]].emplace_back(static_cast<std::uint32_t>(i), upper.similarity[e]);
        }
    }
    sift::SimilarityGraph full;
    full.row_begin.push_back(0);
    for (auto& row : rows) {
        std::sort(row.begin(), row.end());
        for (const auto& [j, s] : row) {
            full.neighbour.push_back(j);
            full.similarity.push_back(s);
        }
        full.row_begin.push_back(static_cast<std::uint32_t>(full.neighbour.size()));
    }
    return full;
}

// PageRank as the summariser first computed it, on the graph with both
// directions stored: each row pushes its shares into its neighbours' next
// ranks. The Centrality class pulls and pushes along the upper triangle
// instead, which must give the same numbers to the bit.
std::vector<double> push_pagerank(const sift::SimilarityGraph& upper, const std::vector<unsigned char>& excluded) {
    const sift::SimilarityGraph graph = symmetric(upper);
    const std::size_t n = graph.size();
    std::vector<double> row_sum(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (excluded[i]) continue;
        for (std::uint32_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e)
            if (!excluded[graph.neighbour[e]]) row_sum[i] += graph.similarity[e];
    }
    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    for (int it = 0; it < sift::kPageRankIterations; ++it) {
        double dangling = 0;
        for (std::size_t j = 0; j < n; ++j) if (row_sum[j] == 0) dangling += rank[j];
        const double base = (1.0 - 0.85) / static_cast<double>(n) + 0.85 * dangling / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (std::size_t j = 0; j < n; ++j) {
            if (row_sum[j] == 0) continue;
            const double share = 0.85 * rank[j] / row_sum[j];
            for (std::uint32_t e = graph.row_begin[j]; e < graph.row_begin[j + 1]; ++e)
                if (!excluded[graph.neighbour[e]]) next[graph.neighbour[e]] += share * graph.similarity[e];
        }
        rank.swap(next);
    }
    return rank;
}

}  // namespace

TEST_CASE("summary graph: centrality equals push PageRank to the bit; the distance bound holds", "[summarize]") {
    std::mt19937 rng(11);
    for (std::size_t n : {1u, 2u, 5u, 64u, 130u, 300u}) {
        const Candidates c = random_candidates(rng, n, 24);
        const sift::SentenceSimilarity similarity(c.ranges, c.terms, c.counts, 24);
        const sift::SimilarityGraph graph = similarity.graph(0.05);
        for (bool exclude : {false, true}) {
            std::vector<unsigned char> excluded(n, 0);
            for (std::size_t i = 3; exclude && i < n; i += 7) excluded[i] = 1;
            const std::vector<double> expected = push_pagerank(graph, excluded);
            CHECK(sift::centrality(graph, excluded) == expected);  // bit-identical, not approximately

            sift::Centrality pagerank(graph, excluded);
            int weighted = 0;  // iterations where the weighted bound beat the L1 one by 2x or more
            while (!pagerank.done()) {
                pagerank.step();
                const double distance = pagerank.distance_to_final();
                for (std::size_t i = 0; i < n; ++i) CHECK(std::abs(pagerank.rank()[i] - expected[i]) <= distance);
                double shrink = 0, power = 1;
                for (int m = pagerank.iterations(); m < sift::kPageRankIterations; ++m) shrink += power *= 0.85;
                if (distance < 0.5 * pagerank.step_length() * shrink / 2) ++weighted;
            }
            CHECK(pagerank.distance_to_final() == 0);
            CHECK(pagerank.rank() == expected);
            if (n >= 64) CHECK(weighted >= 3);  // the weighted bound is exercised, and held above
        }
    }
}

TEST_CASE("summary graph: centrality is bit-identical for row lengths 0 to 10", "[summarize]") {
    // A complete graph on 11 candidates: row i has 10 - i later neighbours,
    // so rows end in every position of step()'s edge blocks (full
    // blocks, padded ones, no edges at all).
    constexpr std::size_t n = 11;
    sift::SimilarityGraph graph;
    graph.row_begin.push_back(0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            graph.neighbour.push_back(static_cast<std::uint32_t>(j));
            graph.similarity.push_back(0.05 + 0.01 * static_cast<double>((i * 7 + j * 3) % 11));
        }
        graph.row_begin.push_back(static_cast<std::uint32_t>(graph.neighbour.size()));
    }
    for (std::size_t out : {n, std::size_t{0}, std::size_t{4}, n - 1}) {
        std::vector<unsigned char> excluded(n, 0);
        if (out < n) excluded[out] = 1;
        CHECK(sift::centrality(graph, excluded) == push_pagerank(graph, excluded));
    }
}
