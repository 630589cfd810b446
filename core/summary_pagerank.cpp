// summary_pagerank.cpp — PageRank over the summary's similarity graph.
//
// Input: the graph (summary_graph.h) and the candidates left out of it.
// Output: the centrality of each candidate, one iteration at a time, and how
// far the ranks so far can still be from the final ones (summary_graph.h
// declares Centrality).
#include <algorithm>
#include <cmath>
#include <limits>

#include "summary_graph.h"

namespace sift {
namespace {

// PageRank: the classic damping (the iteration count is in the header).
constexpr double kDamping = 0.85;
// Bounds the rounding error of one floating-point operation on a value of at
// most 1 (2^-52: twice double's unit round-off, to be safe).
constexpr double kRoundingSlack = 2.220446049250313e-16;
// The weighted distance bound takes a dozen operations of its own: scaled by
// this, their rounding cannot make it too small.
constexpr double kOwnRounding = 1 + 1e-9;

}  // namespace

// Missing edges are skipped (adding 0 changes no sum), so each iteration
// costs the number of edges, not n^2. Each rank receives its shares from the
// other sentences in ascending order, as a push from every row in turn would
// add them: candidates are visited in ascending order, and candidate i first
// has received every earlier neighbour's share (pushed along their rows),
// then pulls its later neighbours' along its own row while pushing its share
// to them. One pass over the upper triangle serves both directions.
Centrality::Centrality(const SimilarityGraph& graph, const std::vector<unsigned char>& excluded)
    : n_(graph.size()), row_sum_(n_, 0.0) {
    // Row sums in ascending neighbour order too: earlier neighbours (pushed
    // from their rows) before later ones. The same pass lays the kept edges
    // out in step()'s padded blocks: without the edges that touch an
    // excluded candidate (the sums add the kept edges in row order).
    const unsigned char* const out = excluded.data();
    const bool any_out = std::find_if(excluded.begin(), excluded.end(), [](unsigned char x) { return x != 0; }) != excluded.end();
    const std::uint32_t* const row_begin = graph.row_begin.data();
    const std::uint32_t* const neighbour = graph.neighbour.data();
    const double* const similarity = graph.similarity.data();
    double* const sum = row_sum_.data();
    // Every row's padding fits in kEdgesPerBlock - 1 slots; the last row's
    // padding stores reach that far past its edges even when it has none.
    const std::size_t slots = graph.neighbour.size() + (n_ + 1) * (kEdgesPerBlock - 1);
    // Uninitialised (new T[], not a vector's zeroing resize): every slot
    // step() reads is written below.
    block_later_.reset(new std::uint32_t[slots]);
    block_weight_.reset(new double[slots]);
    block_row_.reset(new std::uint32_t[slots / kEdgesPerBlock + 1]);
    std::uint32_t* const block_later = block_later_.get();
    double* const block_weight = block_weight_.get();
    std::uint32_t* const block_row = block_row_.get();
    std::size_t at = 0;  // the next edge slot
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n_; ++i) {
        if (any_out && out[i]) continue;
        double own = sum[i];  // its neighbours are all later: no store below touches it
        const std::size_t row_start = at;
        // The row's end and each weight in locals: the stores below could
        // be to them, as far as the compiler knows, and would reload them.
        const std::uint32_t row_end = row_begin[i + 1];
        for (std::uint32_t e = row_begin[i]; e < row_end; ++e) {
            const std::uint32_t j = neighbour[e];
            if (any_out && out[j]) continue;
            const double w = similarity[e];
            own += w;
            sum[j] += w;
            block_later[at] = j;
            block_weight[at] = w;
            block_row[at / kEdgesPerBlock] = static_cast<std::uint32_t>(i);
            ++at;
        }
        sum[i] = own;
        kept += at - row_start;
        // Pad the row's last block (stores past a full block, or for a row
        // without edges, are overwritten by the next row or lie past the end).
        for (std::size_t k = 0; k < kEdgesPerBlock - 1; ++k) {
            block_later[at + k] = static_cast<std::uint32_t>(i);
            block_weight[at + k] = 0.0;
        }
        at = (at + kEdgesPerBlock - 1) / kEdgesPerBlock * kEdgesPerBlock;
    }
    blocks_ = at / kEdgesPerBlock;
    edges_ = 2 * kept;  // both directions
    // A dangling row has no edges: dividing by infinity gives it a share of
    // 0 without a test per row (no one reads it), and leaves it out of the
    // weighted distance below.
    for (std::size_t j = 0; j < n_; ++j) {
        if (row_sum_[j] != 0) {
            min_row_sum_ = std::min(min_row_sum_, row_sum_[j]);
            max_row_sum_ = std::max(max_row_sum_, row_sum_[j]);
            continue;
        }
        dangling_rows_.push_back(static_cast<std::uint32_t>(j));
        row_sum_[j] = std::numeric_limits<double>::infinity();
    }
    rank_.assign(n_, 1.0 / static_cast<double>(n_));
    previous_.assign(n_, 0.0);
    share_.assign(n_, 0.0);  // what sentence j hands each unit of edge weight
}

void Centrality::step() {
    if (done()) return;
    const double n = static_cast<double>(n_);
    double dangling = 0;
    for (std::uint32_t j : dangling_rows_) dangling += rank_[j];
    const double base = (1.0 - kDamping) / n + kDamping * dangling / n;
    // previous_ becomes the next ranks: each starts at the base and collects
    // its earlier neighbours' shares before its own row comes up.
    double* const next = previous_.data();
    double* const share = share_.data();
    const double* const rank = rank_.data();
    const double* const row_sum = row_sum_.data();
    for (std::size_t j = 0; j < n_; ++j) {
        share[j] = kDamping * rank[j] / row_sum[j];
        next[j] = base;
    }
    // Row i's edges come in blocks of kEdgesPerBlock, its last block padded
    // with weightless edges back to i itself: one block is its row's sum so
    // far (next[i], which the block before stored) plus share[later] *
    // weight for each edge in row order (ascending neighbour), while each
    // later neighbour receives i's share times the weight. A padding edge
    // adds share[i] * 0 = +0 to a positive sum (no change) and pushes +0 to
    // next[i], which the block's own store then overwrites. No branch
    // depends on a row's length: a loop per row (and its remainder tests)
    // mispredicted about once a row. The neighbours of a row are distinct
    // and later than it, so the pushes are independent of each other and of
    // the row's own sum, which is one chain, in order.
    const std::uint32_t* const block_row = block_row_.get();
    const std::uint32_t* const later = block_later_.get();
    const double* const weight = block_weight_.get();
    static_assert(kEdgesPerBlock == 2, "the block loop below takes two edges");
    const std::size_t blocks = blocks_;
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t i = block_row[b];
        const std::uint32_t* const j = later + b * kEdgesPerBlock;
        const double* const w = weight + b * kEdgesPerBlock;
        const double own_share = share[i];
        double sum = next[i];
        sum += share[j[0]] * w[0];
        sum += share[j[1]] * w[1];
        next[j[0]] += own_share * w[0];
        next[j[1]] += own_share * w[1];
        next[i] = sum;
    }
    rank_.swap(previous_);
    ++iterations_;
}

double Centrality::step_length() const {
    double d = 0;
    for (std::size_t t = 0; t < n_; ++t) d += std::fabs(rank_[t] - previous_[t]);
    return d;
}

// Two bounds; both hold, so the smaller does.
//
// In L1: one iteration is a map whose linear part is kDamping times a
// column-stochastic matrix (each row hands out all its rank; dangling rows
// evenly), so it shrinks L1 distances by c = kDamping. Rounding adds at most
// r to each step (kRoundingSlack per operation: the ranks sum to 1, so every
// partial sum is at most 1). With d the last step's L1 length, step i of the
// m still to come is at most c^i d + 2r / (1 - c); their sum bounds the L1
// distance E to the final ranks. The ranks sum to 1 now and then, up to the
// rounding of the first ranks (1/n each) and of every iteration: so the
// differences sum to at most S = 2 (kRoundingSlack + kPageRankIterations r)
// in size, and no single one exceeds (E + S) / 2 (the positive ones and the
// negative ones each add up to at most that).
//
// Weighted, one rank at a time: a step v (difference of two iterates)
// becomes c W D^-1 v + (c / n) z 1, with W the symmetric edge weights, D
// their row sums and z the sum of v over the dangling rows. Let
// u = max |v_t| / D_t over the other rows and P = u + a |z| with
// a = 1 / (min D * (n - dangling)). Each row of W / D_t averages the v_j / D_j
// of its neighbours, so the next u is at most c u + c |z| / (n min D), and
// the next z is c (dangling / n) z: the next P is at most c P. A step's
// change of rank t is at most D_t P (a dangling rank's: P / (n a)); the steps
// still to come add up to at most c + c^2 + ... times that. Where the ranks
// are nearly proportional to the row sums (as a random walk's on a symmetric
// graph are), this is about 2 max D / sum D of the L1 bound: far tighter.
// Rounding adds 2r (1 / min D + a) to P per step, and r to each rank.
double Centrality::distance_to_final(double* step_length) const {
    double d = 0, per_weight = 0;
    for (std::size_t t = 0; t < n_; ++t) {
        const double change = std::fabs(rank_[t] - previous_[t]);
        d += change;
        per_weight = std::max(per_weight, change / row_sum_[t]);  // 0 for dangling rows (infinite sum)
    }
    if (step_length != nullptr) *step_length = d;
    if (done()) return 0;
    const int left = kPageRankIterations - iterations_;
    const double rounding = kRoundingSlack * static_cast<double>(2 * edges_ + 8 * n_ + 8);
    double shrink = 0, power = 1;
    for (int m = 0; m < left; ++m) {
        power *= kDamping;
        shrink += power;
    }
    const double l1 = d * shrink + left * 2 * rounding / (1 - kDamping);
    const double sum_drift = 2 * (kRoundingSlack + kPageRankIterations * rounding);
    const double by_l1 = (l1 + sum_drift) / 2;
    const std::size_t linked = n_ - dangling_rows_.size();
    if (linked == 0) return by_l1;

    double dangling_change = 0;
    for (std::uint32_t z : dangling_rows_) dangling_change += rank_[z] - previous_[z];
    const double a = 1 / (min_row_sum_ * static_cast<double>(linked));
    const double potential = per_weight + a * std::fabs(dangling_change);
    const double reach = std::max(max_row_sum_, 1 / (static_cast<double>(n_) * a));
    const double by_weight = ((potential * shrink + left * 2 * rounding * (1 / min_row_sum_ + a) / (1 - kDamping)) * reach +
                              left * rounding) * kOwnRounding;
    return std::min(by_l1, by_weight);
}

std::vector<double> centrality(const SimilarityGraph& graph, const std::vector<unsigned char>& excluded) {
    Centrality pagerank(graph, excluded);
    while (!pagerank.done()) pagerank.step();
    return pagerank.rank();
}

}  // namespace sift
