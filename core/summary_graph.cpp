// summary_graph.cpp — sparse cosine similarities and PageRank for the summary.
//
// Input: candidates as term runs. Output: the symmetric sparse graph of the
// strong similarities, one candidate's similarities on request, and the
// centrality of each candidate. See summary_graph.h for why the sums come out
// the same as in a dense computation.
#include "summary_graph.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "summary_bytes.h"

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

// The graph's arrays are sized up front for this many edges to later
// candidates per candidate (corpus pages keep 9 on average, all but five of
// them at most 13), so that they rarely regrow.
constexpr std::size_t kExpectedEdgesPerCandidate = 16;

}  // namespace

SentenceSimilarity::SentenceSimilarity(const std::vector<TermRange>& candidates,
                                       const std::vector<std::uint32_t>& terms,
                                       const std::vector<std::uint32_t>& counts, std::size_t term_count) {
    const std::size_t n = candidates.size();
    posting_begin_.assign(term_count + 1, 0);
    std::uint32_t* const frequency_after = posting_begin_.data() + 1;  // document frequencies first, then their sums
    // (Indices here and below are size_t: a uint32's wrap-around costs an
    // instruction per use. A copy of each range: the loop's own stores could
    // be to r.end, as far as the compiler knows.)
    for (const TermRange r : candidates)
        for (std::size_t x = r.begin, end = r.end; x < end; ++x) ++frequency_after[terms[x]];
    for (std::size_t t = 0; t < term_count; ++t) posting_begin_[t + 1] += posting_begin_[t];
    const std::uint32_t postings = posting_begin_[term_count];
    posting_candidate_.reset(new std::uint32_t[postings]);
    posting_weight_.reset(new double[postings]);
    occurrences_.reset(new Occurrence[postings]);

    // idf depends on the document frequency alone (at most n): one log per
    // frequency that occurs, taken when a term first needs it.
    std::vector<double> idf_of_df(n + 1, -1.0);
    const double nd = static_cast<double>(n);
    // Weights and norms; a candidate's terms come in ascending token id, the
    // order its squared weights are summed in. Raw pointers and a hoisted
    // end: through the vectors, every store of a uint32 (which could be any
    // of them, as far as the compiler knows) would reload them all.
    std::vector<std::uint32_t> fill(posting_begin_.begin(), posting_begin_.end() - 1);
    first_occurrence_.assign(n + 1, 0);
    norm_.assign(n, 0.0);
    const std::uint32_t* const term_of = terms.data();
    const std::uint32_t* const count_of = counts.data();
    const std::uint32_t* const posting_begin = posting_begin_.data();
    std::uint32_t* const next_posting = fill.data();
    std::uint32_t* const posting_candidate = posting_candidate_.get();
    double* const posting_weight = posting_weight_.get();
    Occurrence* const occurrence = occurrences_.get();
    double* const idf = idf_of_df.data();
    std::size_t o = 0;  // candidates' terms so far
    for (std::size_t k = 0; k < n; ++k) {
        first_occurrence_[k] = static_cast<std::uint32_t>(o);
        double norm2 = 0;
        const std::size_t end = candidates[k].end;
        for (std::size_t x = candidates[k].begin; x < end; ++x) {
            const std::size_t t = term_of[x];
            const std::uint32_t df = posting_begin[t + 1] - posting_begin[t];
            if (idf[df] < 0) idf[df] = std::log(1.0 + nd / static_cast<int>(df));
            const double w = count_of[x] * idf[df];
            const std::uint32_t at = next_posting[t]++;
            posting_candidate[at] = static_cast<std::uint32_t>(k);
            posting_weight[at] = w;
            occurrence[o++] = Occurrence{static_cast<std::uint32_t>(t), at, w};
            norm2 += w * w;
        }
        norm_[k] = std::sqrt(norm2);
    }
    first_occurrence_[n] = static_cast<std::uint32_t>(o);
}

// Candidate i's dot products with the candidates that share a term with it
// (only those after it if `later_only`), added into `dot` and marked with a 1
// in `marks` (a byte per candidate: one store per posting, where a bit set
// took a load, a shift and an or), which for_each_marked() hands back in
// ascending order. A pair's products are added in ascending token id (the
// order of i's terms), and w_i * w_j is w_j * w_i: the same sums whichever
// of the two asks.
void SentenceSimilarity::add_dot_products(std::size_t i, bool later_only, std::vector<double>& dot,
                                          std::vector<unsigned char>& marks) const {
    // Everything in locals: a byte store may alias anything, so through the
    // members each mark would reload the arrays' addresses and the weight.
    double* const sums = dot.data();
    unsigned char* const marked = marks.data();
    const std::uint32_t* const posting_candidate = posting_candidate_.get();
    const double* const posting_weight = posting_weight_.get();
    const std::uint32_t* const posting_begin = posting_begin_.data();
    const Occurrence* const occurrences = occurrences_.get();
    const std::size_t last = first_occurrence_[i + 1];
    for (std::size_t o = first_occurrence_[i]; o < last; ++o) {
        const Occurrence occ = occurrences[o];
        // The term's postings except i's own: those after it, and unless
        // `later_only` those before it too (in ascending order either way).
        const auto add = [&](std::size_t begin, std::size_t end) {
            for (std::size_t p = begin; p < end; ++p) {
                const std::uint32_t j = posting_candidate[p];
                sums[j] += occ.weight * posting_weight[p];
                marked[j] = 1;
            }
        };
        if (!later_only) add(posting_begin[occ.term], occ.posting);
        add(occ.posting + std::size_t{1}, posting_begin[occ.term + 1]);
    }
}

namespace {

// Marks for `n` candidates, padded to whole chunks (for_each_marked reads
// them eight at a time), all clear.
std::vector<unsigned char> clear_marks(std::size_t n) {
    return std::vector<unsigned char>((n + swar::kChunk - 1) / swar::kChunk * swar::kChunk, 0);
}

// Calls visit(j) for every marked j, ascending, and clears the marks: eight
// candidates a step, most of them unmarked. No mark may be set before `from`
// (where the scan starts).
template <typename Visit>
void for_each_marked(std::vector<unsigned char>& marks, std::size_t from, Visit&& visit) {
    for (std::size_t base = from / swar::kChunk * swar::kChunk; base < marks.size(); base += swar::kChunk) {
        std::uint64_t chunk = swar::load_chunk(reinterpret_cast<const char*>(marks.data() + base));
        if (chunk == 0) continue;
        swar::store_chunk(reinterpret_cast<char*>(marks.data() + base), 0);
        // Each mark is its byte's lowest bit: bit 8k is candidate base + k.
        for (; chunk != 0; chunk &= chunk - 1) visit(base + swar::lowest_bit(chunk) / 8);
    }
}

}  // namespace

SimilarityGraph SentenceSimilarity::graph(double min_edge) const {
    const std::size_t n = size();
    std::vector<double> dot(n, 0.0);
    std::vector<unsigned char> marks = clear_marks(n);
    SimilarityGraph graph;
    graph.row_begin.assign(n + 1, 0);
    const std::size_t expected_edges = std::min(n * (n - (n > 0)) / 2, n * kExpectedEdgesPerCandidate);
    graph.neighbour.reserve(expected_edges);
    graph.similarity.reserve(expected_edges);
    // A row is gathered in these first, every pair written and only the
    // strong ones counted (no branch on the similarity, which goes either
    // way at random), then appended in one piece.
    std::vector<std::uint32_t> row_neighbour(n);
    std::vector<double> row_similarity(n);
    for (std::size_t i = 0; i < n; ++i) {
        graph.row_begin[i] = static_cast<std::uint32_t>(graph.neighbour.size());
        add_dot_products(i, true, dot, marks);
        std::size_t kept = 0;
        for_each_marked(marks, i + 1, [&](std::size_t j) {
            const double s = dot[j] / (norm_[i] * norm_[j]);
            dot[j] = 0;
            row_neighbour[kept] = static_cast<std::uint32_t>(j);
            row_similarity[kept] = s;
            kept += s >= min_edge;  // never NaN: both norms are positive where a term is shared
        });
        if (kept == 0) continue;
        graph.neighbour.insert(graph.neighbour.end(), row_neighbour.begin(), row_neighbour.begin() + static_cast<std::ptrdiff_t>(kept));
        graph.similarity.insert(graph.similarity.end(), row_similarity.begin(), row_similarity.begin() + static_cast<std::ptrdiff_t>(kept));
    }
    graph.row_begin[n] = static_cast<std::uint32_t>(graph.neighbour.size());
    return graph;
}

// norm_[i] * norm_[j] is norm_[j] * norm_[i]: the graph's numbers exactly.
void SentenceSimilarity::similarities_of(std::size_t i, std::vector<std::pair<std::uint32_t, double>>& out) const {
    const std::size_t n = size();
    std::vector<double> dot(n, 0.0);
    std::vector<unsigned char> marks = clear_marks(n);
    add_dot_products(i, false, dot, marks);
    out.clear();
    for_each_marked(marks, 0, [&](std::size_t j) {
        out.emplace_back(static_cast<std::uint32_t>(j), dot[j] / (norm_[i] * norm_[j]));
    });
}

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
    // from their rows) before later ones. Without exclusions the graph's own
    // rows are the edges; otherwise a copy without the edges that touch an
    // excluded candidate, made in the same pass (the sums then add the kept
    // edges in the order the copy lists them).
    const unsigned char* const out = excluded.data();
    const bool any_out = std::find_if(excluded.begin(), excluded.end(), [](unsigned char x) { return x != 0; }) != excluded.end();
    const std::uint32_t* const row_begin = graph.row_begin.data();
    const std::uint32_t* const neighbour = graph.neighbour.data();
    const double* const similarity = graph.similarity.data();
    double* const sum = row_sum_.data();
    if (!any_out) {
        for (std::size_t i = 0; i < n_; ++i) {
            double own = sum[i];  // its neighbours are all later: no store below touches it
            for (std::uint32_t e = row_begin[i]; e < row_begin[i + 1]; ++e) {
                own += similarity[e];
                sum[neighbour[e]] += similarity[e];
            }
            sum[i] = own;
        }
        edge_begin_ = row_begin;
        later_ = neighbour;
        weight_ = similarity;
        edges_ = graph.neighbour.size();
    } else {
        kept_begin_.assign(n_ + 1, 0);
        kept_later_.resize(graph.neighbour.size());
        kept_weight_.resize(graph.neighbour.size());
        std::uint32_t* const kept_later = kept_later_.data();
        double* const kept_weight = kept_weight_.data();
        std::uint32_t kept = 0;
        for (std::size_t i = 0; i < n_; ++i) {
            kept_begin_[i] = kept;
            if (out[i]) continue;
            double own = sum[i];
            for (std::uint32_t e = row_begin[i]; e < row_begin[i + 1]; ++e) {
                const std::uint32_t j = neighbour[e];
                if (out[j]) continue;
                kept_later[kept] = j;
                kept_weight[kept] = similarity[e];
                ++kept;
                own += similarity[e];
                sum[j] += similarity[e];
            }
            sum[i] = own;
        }
        kept_begin_[n_] = kept;
        kept_later_.resize(kept);
        kept_weight_.resize(kept);
        edge_begin_ = kept_begin_.data();
        later_ = kept_later_.data();
        weight_ = kept_weight_.data();
        edges_ = kept;
    }
    edges_ *= 2;
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
    const std::uint32_t* edge_begin = edge_begin_;
    const std::uint32_t* later = later_;
    const double* weight = weight_;
    // Row i: its rank so far (the base and its earlier neighbours' shares)
    // plus share[later[e]] * weight[e] in row order (ascending neighbour);
    // meanwhile each later neighbour receives i's share times the weight.
    // Four edges per loop turn: the hottest loop of the summary. The
    // neighbours of a row are distinct and later than it, so the pushes are
    // independent of each other and of the row's own sum, which is one
    // chain, in order. One edge index runs through all the rows: each row's
    // edges start where the previous row's end.
    // (A size_t index: with a uint32 one, whose wrap-around the compiler must
    // honour, each of e + 1, e + 2, e + 3 cost an instruction of its own.)
    std::size_t e = edge_begin[0];
    for (std::size_t i = 0; i < n_; ++i) {
        const std::size_t end = edge_begin[i + 1];
        double sum = next[i];
        const double own_share = share[i];
        for (; e + 4 <= end; e += 4) {
            const std::uint32_t j0 = later[e], j1 = later[e + 1], j2 = later[e + 2], j3 = later[e + 3];
            const double w0 = weight[e], w1 = weight[e + 1], w2 = weight[e + 2], w3 = weight[e + 3];
            sum += share[j0] * w0;
            sum += share[j1] * w1;
            sum += share[j2] * w2;
            sum += share[j3] * w3;
            next[j0] += own_share * w0;
            next[j1] += own_share * w1;
            next[j2] += own_share * w2;
            next[j3] += own_share * w3;
        }
        // The last zero to three edges: a pair, then one, without a loop.
        if (e + 2 <= end) {
            const std::uint32_t j0 = later[e], j1 = later[e + 1];
            const double w0 = weight[e], w1 = weight[e + 1];
            sum += share[j0] * w0;
            sum += share[j1] * w1;
            next[j0] += own_share * w0;
            next[j1] += own_share * w1;
            e += 2;
        }
        if (e < end) {
            sum += share[later[e]] * weight[e];
            next[later[e]] += own_share * weight[e];
            ++e;
        }
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
