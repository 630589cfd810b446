// summary_picks.cpp — MMR picks over ranked candidates, with the distance
// within which the ranks cannot change them (see summary_picks.h).
#include "summary_picks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sift {
namespace {

// Final score = (1 - kPriorWeight) * centrality + kPriorWeight * prior, both
// scaled to [0, 1]. The prior keeps a news lead in play; centrality lets a
// later sentence that restates the story's core win over a weak lead.
// tools/eval_summary.py scores ROUGE against the pages' own descriptions at an
// equal length budget. On the 51 / 54 pages (text / HTML input) whose
// description an editor wrote (not a copy of the opening), 0.7 gives R1 0.231
// / 0.305 against lead-N's 0.215 / 0.301; 0.5 0.227 / 0.276, 0.8 0.226 /
// 0.307 (half-life 3). Where the description copies the opening, lead-N wins
// by construction and 0.7 stays close (0.82 / 0.79 vs 0.87 / 0.86).
// News leads carry the gist: lean on them.
constexpr double kPriorWeight = 0.7;

// MMR: weight of relevance against redundancy with sentences already chosen.
constexpr double kMmrLambda = 0.7;

// Sentences without closing punctuation are often titles, captions or link
// lines ("Lire aussi : ..."), and CJK pieces cut at ；are clauses; they stay
// candidates but score lower.
constexpr double kNoTerminalFactor = 0.5;

// MMR values are computed from the ranks in a few operations on numbers of
// at most 1: their rounding stays far below this.
constexpr double kValueRounding = 1e-12;
// The most a value difference can shrink per unit of distance / max_rank:
// both rank parts at their largest, plus the widest gap between two fixed
// parts (a weighted prior against a full similarity penalty).
constexpr double kMaxShrink = 2 * kMmrLambda * (1.0 - kPriorWeight) + kMmrLambda * kPriorWeight + (1.0 - kMmrLambda);
// A pick's margin over a rival must exceed the rounding of both values now
// and of both at the final ranks (twice the latter: the bound divides by a
// maximum rank that may be up to twice as large there).
constexpr double kMarginRounding = 6 * kValueRounding;
// Marks a candidate that is used or a near-duplicate of one: below every
// value and every threshold.
constexpr double kOutOfRunning = -std::numeric_limits<double>::infinity();

}  // namespace

SummaryPicker::SummaryPicker(std::vector<PickCandidate> candidates, const SentenceSimilarity& similarity, int count)
    : candidates_(std::move(candidates)),
      similarity_(similarity),
      count_(count),
      similar_(candidates_.size()),
      same_text_(candidates_.size()),
      score_(candidates_.size()),
      value_(candidates_.size()),
      max_sim_(candidates_.size()),
      used_(candidates_.size()) {
    const std::size_t n = candidates_.size();
    shape_factor_.resize(n);
    weighted_prior_.resize(n);
    rank_part_.resize(n);
    prior_part_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const PickCandidate& c = candidates_[i];
        // A sentence without content tokens cannot represent anything.
        shape_factor_[i] = !c.has_terms || c.is_template ? 0.0 : c.terminal ? 1.0 : kNoTerminalFactor;
        weighted_prior_[i] = kPriorWeight * c.prior;
        rank_part_[i] = kMmrLambda * (1.0 - kPriorWeight) * shape_factor_[i];
        prior_part_[i] = kMmrLambda * kPriorWeight * shape_factor_[i] * c.prior;
    }
}

// A candidate's value is a * rank / max_rank + b (a = rank_part_, b =
// prior_part_ less the similarity term; exact arithmetic, the computed value
// is within kValueRounding). With every rank and so the maximum moved by at
// most D, max_rank * (value(best) - value(u)) shrinks by at most
// D * (a_best + a_u + |b_best - b_u|): the order holds for D below
// margin * max_rank / that sum.
// Rivals whose value is below best_value - kMarginRounding - tolerance *
// kMaxShrink / max_rank cannot lower `tolerance`: only the others are
// looked at closely. value_ holds this pick's values (kOutOfRunning for
// candidates out of the running).
double SummaryPicker::rival_tolerance(std::size_t best, double max_rank, double tolerance) const {
    const auto fixed_part = [&](std::size_t i) { return prior_part_[i] - (1.0 - kMmrLambda) * max_sim_[i]; };
    const double best_value = value_[best];
    const double a_best = rank_part_[best], b_best = fixed_part(best);
    double close = best_value - kMarginRounding - tolerance * kMaxShrink / max_rank;
    for (std::size_t u = 0; u < candidates_.size(); ++u) {
        if (value_[u] <= close || u == best) continue;
        const double shrink = a_best + rank_part_[u] + std::fabs(b_best - fixed_part(u));
        if (shrink == 0) continue;  // both values are the same numbers whatever the ranks
        const double margin = best_value - value_[u] - kMarginRounding;
        if (margin <= 0) return 0;
        if (margin * max_rank < tolerance * shrink) {
            tolerance = margin * max_rank / shrink;
            close = best_value - kMarginRounding - tolerance * kMaxShrink / max_rank;
        }
    }
    return tolerance;
}

double SummaryPicker::pick(const std::vector<double>& rank, bool bounded) {
    const std::size_t n = candidates_.size();
    const double max_rank = *std::max_element(rank.begin(), rank.end());
    // (x * 1, x * 0.5 and x * 0 are exactly what scaling or zeroing x gives.)
    for (std::size_t i = 0; i < n; ++i) {
        const double central = max_rank > 0 ? rank[i] / max_rank : 0.0;
        score_[i] = ((1.0 - kPriorWeight) * central + weighted_prior_[i]) * shape_factor_[i];
    }
    picked_.clear();
    std::fill(max_sim_.begin(), max_sim_.end(), 0.0);
    std::fill(used_.begin(), used_.end(), 0);
    // Half the maximum at most: the final maximum stays above half of this
    // one (kMarginRounding).
    double tolerance = bounded && max_rank > 0 ? max_rank / 2 : 0;
    while (static_cast<int>(picked_.size()) < count_) {
        // Candidates are in reading order: '>' keeps the earlier on ties.
        // Every value in the running is finite, so the first of them beats
        // the starting kOutOfRunning, and no candidate out of the running
        // ever does: no test of which kind a candidate is (a branch that
        // goes either way) on the way.
        std::size_t best = n;
        double best_value = kOutOfRunning;
        const double* const score = score_.data();
        const double* const max_sim = max_sim_.data();
        const unsigned char* const used = used_.data();
        double* const value = value_.data();
        for (std::size_t i = 0; i < n; ++i) {
            const bool out = (used[i] != 0) | (max_sim[i] >= kDuplicateSimilarity);
            const double v = out ? kOutOfRunning : kMmrLambda * score[i] - (1.0 - kMmrLambda) * max_sim[i];
            value[i] = v;
            if (v > best_value) {
                best = i;
                best_value = v;
            }
        }
        if (best == n) break;
        if (tolerance > 0) tolerance = rival_tolerance(best, max_rank, tolerance);
        used_[best] = 1;
        picked_.push_back(best);
        // Sentences sharing no term with it have similarity 0, which raises no maximum.
        if (similar_[best].empty()) similarity_.similarities_of(best, similar_[best]);
        for (const auto& [j, sim] : similar_[best]) max_sim_[j] = std::max(max_sim_[j], sim);
        // Identical text counts as a duplicate even when it has no tokens.
        if (same_text_[best].empty())
            for (std::size_t i = 0; i < n; ++i)
                if (candidates_[i].text == candidates_[best].text) same_text_[best].push_back(static_cast<std::uint32_t>(i));
        for (std::uint32_t i : same_text_[best]) used_[i] = 1;
    }
    return tolerance;
}

}  // namespace sift
