// test_summary_picks.cpp — the summary's MMR picks equal a plain rendering of
// the rule, and ranks moved by less than the reported tolerance pick the
// same candidates in the same order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "summary_graph.h"
#include "summary_picks.h"

namespace {

struct Fixture {
    std::vector<sift::TermRange> ranges;
    std::vector<std::uint32_t> terms;
    std::vector<std::uint32_t> counts;
    std::vector<std::string> texts;
    std::vector<sift::PickCandidate> shapes;
};

// Random candidates over a small vocabulary (many similar pairs, some
// near-duplicates), with random shapes; a few share their text.
Fixture random_fixture(std::mt19937& rng, std::size_t n) {
    Fixture f;
    std::uniform_int_distribution<int> coin(0, 3), count(1, 2), dice(0, 9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t begin = static_cast<std::uint32_t>(f.terms.size());
        for (std::uint32_t t = 0; t < 12; ++t) {
            if (k % 13 == 4 || coin(rng) != 0) continue;
            f.terms.push_back(t);
            f.counts.push_back(static_cast<std::uint32_t>(count(rng)));
        }
        f.ranges.push_back({begin, static_cast<std::uint32_t>(f.terms.size())});
        f.texts.push_back(dice(rng) == 0 && k > 0 ? f.texts[k - 1] : "sentence " + std::to_string(k));
    }
    for (std::size_t k = 0; k < n; ++k) {
        sift::PickCandidate c;
        c.text = f.texts[k];
        c.prior = std::min(1.0, 1.0 / (1.0 + static_cast<double>(k) / 3.0) + (dice(rng) < 3 ? 0.15 : 0.0));
        c.has_terms = !f.ranges[k].empty();
        c.terminal = dice(rng) != 0;
        c.is_template = dice(rng) == 0;
        f.shapes.push_back(c);
    }
    return f;
}

// The MMR rule written plainly, as summarize.cpp first had it.
std::vector<std::size_t> plain_picks(const Fixture& f, const sift::SentenceSimilarity& similarity,
                                     const std::vector<double>& rank, int count) {
    const std::size_t n = rank.size();
    const double max_rank = *std::max_element(rank.begin(), rank.end());
    std::vector<double> score(n), max_sim(n, 0.0);
    std::vector<bool> used(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const sift::PickCandidate& c = f.shapes[i];
        const double central = max_rank > 0 ? rank[i] / max_rank : 0.0;
        score[i] = !c.has_terms ? 0.0 : (1.0 - 0.7) * central + 0.7 * c.prior;
        if (!c.terminal) score[i] *= 0.5;
        if (c.is_template) score[i] = 0;
    }
    std::vector<std::size_t> picked;
    std::vector<std::pair<std::uint32_t, double>> similar;
    while (static_cast<int>(picked.size()) < count) {
        std::size_t best = n;
        double best_value = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (used[i] || max_sim[i] >= sift::kDuplicateSimilarity) continue;
            const double value = 0.7 * score[i] - (1.0 - 0.7) * max_sim[i];
            if (best == n || value > best_value) {
                best = i;
                best_value = value;
            }
        }
        if (best == n) break;
        used[best] = true;
        picked.push_back(best);
        similarity.similarities_of(best, similar);
        for (const auto& [j, sim] : similar) max_sim[j] = std::max(max_sim[j], sim);
        for (std::size_t i = 0; i < n; ++i)
            if (f.texts[i] == f.texts[best]) used[i] = true;
    }
    return picked;
}

std::vector<double> random_ranks(std::mt19937& rng, std::size_t n, double spread) {
    std::uniform_real_distribution<double> jitter(1.0 - spread, 1.0 + spread);
    std::vector<double> rank(n);
    for (double& r : rank) r = jitter(rng) / static_cast<double>(n);
    return rank;
}

}  // namespace

TEST_CASE("summary picks: the plain MMR rule, bounded or not", "[summarize]") {
    std::mt19937 rng(5);
    for (std::size_t n : {1u, 2u, 7u, 40u, 120u}) {
        const Fixture f = random_fixture(rng, n);
        const sift::SentenceSimilarity similarity(f.ranges, f.terms, f.counts, 12);
        for (int count : {1, 3, 6}) {
            sift::SummaryPicker picker(f.shapes, similarity, count);
            for (int round = 0; round < 5; ++round) {
                const std::vector<double> rank = random_ranks(rng, n, 0.5);
                const std::vector<std::size_t> expected = plain_picks(f, similarity, rank, count);
                CHECK(picker.pick(rank, false) == 0);
                CHECK(picker.picked() == expected);
                picker.pick(rank, true);
                CHECK(picker.picked() == expected);
            }
        }
    }
}

TEST_CASE("summary picks: ranks within the tolerance pick the same", "[summarize]") {
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_int_distribution<int> corner(0, 2);
    int bounded = 0;
    for (std::size_t n : {2u, 7u, 40u, 120u}) {
        const Fixture f = random_fixture(rng, n);
        const sift::SentenceSimilarity similarity(f.ranges, f.terms, f.counts, 12);
        sift::SummaryPicker picker(f.shapes, similarity, 3);
        for (int round = 0; round < 20; ++round) {
            // Close ranks make centrality decide: small tolerances.
            const std::vector<double> rank = random_ranks(rng, n, round % 2 == 0 ? 0.05 : 0.5);
            const double tolerance = picker.pick(rank, true);
            const std::vector<std::size_t> expected = picker.picked();
            if (tolerance <= 0) continue;
            ++bounded;
            for (int trial = 0; trial < 30; ++trial) {
                // Every rank moved by up to (just under) the tolerance, often
                // to either end, so that the maximum moves too.
                std::vector<double> moved = rank;
                for (double& r : moved) {
                    const int c = corner(rng);
                    const double by = c == 0 ? unit(rng) : c == 1 ? 1.0 : -1.0;
                    r += 0.999 * tolerance * by;
                }
                picker.pick(moved, false);
                CHECK(picker.picked() == expected);
            }
        }
    }
    CHECK(bounded > 40);  // the bound is not vacuous
}

TEST_CASE("summary picks: an exact tie has no tolerance", "[summarize]") {
    // Two candidates with the same shape, prior and rank, and nothing in
    // common: either could come first if the ranks moved at all.
    const std::vector<sift::TermRange> ranges = {{0, 3}, {3, 6}};
    const std::vector<std::uint32_t> terms = {0, 1, 2, 3, 4, 5};
    const std::vector<std::uint32_t> counts(6, 1);
    const sift::SentenceSimilarity similarity(ranges, terms, counts, 6);
    sift::PickCandidate a;
    a.text = "first";
    a.prior = 0.5;
    a.has_terms = true;
    a.terminal = true;
    sift::PickCandidate b = a;
    b.text = "second";
    sift::SummaryPicker picker({a, b}, similarity, 1);
    CHECK(picker.pick({0.5, 0.5}, true) == 0);
    CHECK(picker.picked() == std::vector<std::size_t>{0});  // the earlier wins the tie
    CHECK(picker.pick({0.4, 0.6}, true) > 0);
    CHECK(picker.picked() == std::vector<std::size_t>{1});
}
