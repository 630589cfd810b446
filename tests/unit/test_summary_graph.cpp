// test_summary_graph.cpp — the summary's similarity graph and the similarities
// MMR asks for one picked sentence at a time are the same numbers to the
// bit, and the graph keeps exactly the pairs at or above its threshold.
#include <catch2/catch.hpp>

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
