// summary_picks.h — the summary's Maximal Marginal Relevance picks, and how
// far the centrality ranks may still move before those picks could change.
//
// Input: the graph candidates (their position prior and shape, in reading
// order), their similarities (summary_graph.h), the wanted count, and ranks
// (PageRank's, possibly not yet converged). Output: the picked candidates in
// pick order, and a tolerance: if every rank lies within that distance of the
// ranks it was given, ranks that close pick the same candidates in the same
// order. summarize.cpp runs PageRank only until its distance to the final
// ranks (Centrality::distance_to_final) falls below the tolerance.
//
// The tolerance is exact reasoning plus rounding slack: a value is
// a * rank / max_rank + b with a and b fixed by the candidate and the picks
// before it, so for a pick and each rival the margin between them can shrink
// by at most distance * (a_pick + a_rival + |b_pick - b_rival|) / max_rank.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "summary_graph.h"

namespace sift {

// Sentences this similar to a chosen one are near-duplicates: never chosen
// (summarize.cpp also counts them to find templates).
inline constexpr double kDuplicateSimilarity = 0.8;

struct PickCandidate {
    std::string_view text;
    double prior = 0;           // position prior in [0, 1]
    bool has_terms = false;     // without content tokens it represents nothing: score 0
    bool terminal = false;      // ends with sentence punctuation
    bool is_template = false;   // a reference-list template: score 0
};

class SummaryPicker {
public:
    // Reads `similarity` as long as it lives; `count` picks at most.
    SummaryPicker(std::vector<PickCandidate> candidates, const SentenceSimilarity& similarity, int count);

    // Picks from `rank` (one per candidate). With `bounded`, returns the
    // tolerance (0 when a choice is a tie within rounding: only the very
    // ranks given can settle it); without, 0.
    double pick(const std::vector<double>& rank, bool bounded);
    // The last pick's candidates, in pick order.
    const std::vector<std::size_t>& picked() const { return picked_; }

private:
    double rival_tolerance(std::size_t best, double max_rank, double tolerance) const;

    std::vector<PickCandidate> candidates_;
    // Per candidate, fixed by its shape: the factor its score is multiplied
    // by (1, kNoTerminalFactor, or 0 without terms or as a template), its
    // weighted prior, and the parts of its value that scale with
    // rank / max_rank and that do not (before the picks' similarity).
    std::vector<double> shape_factor_, weighted_prior_, rank_part_, prior_part_;
    const SentenceSimilarity& similarity_;
    int count_ = 0;
    // Asked once per candidate, kept across picks: its similarities, and the
    // candidates with its very text (duplicates even without tokens).
    std::vector<std::vector<std::pair<std::uint32_t, double>>> similar_;
    std::vector<std::vector<std::uint32_t>> same_text_;
    std::vector<std::size_t> picked_;
    std::vector<double> score_, value_, max_sim_;
    std::vector<unsigned char> used_;  // bytes, not vector<bool>'s bits: read n times per pick
};

}  // namespace sift
