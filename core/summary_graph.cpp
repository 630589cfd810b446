// summary_graph.cpp — sparse cosine similarities for the summary.
//
// Input: candidates as term runs. Output: the symmetric sparse graph of the
// strong similarities, and one candidate's similarities on request. See
// summary_graph.h for why the sums come out the same as in a dense
// computation. PageRank over the graph is in summary_pagerank.cpp.
#include "summary_graph.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "summary_bytes.h"

namespace sift {
namespace {

// The graph's arrays are sized up front for this many edges to later
// candidates per candidate (corpus pages keep 9 on average, all but five of
// them at most 13), so that they rarely regrow.
constexpr std::size_t kExpectedEdgesPerCandidate = 16;

}  // namespace

SentenceSimilarity::SentenceSimilarity(const std::vector<TermRange>& candidates, const std::uint32_t* terms,
                                       const std::uint32_t* counts, std::size_t term_count) {
    const std::size_t n = candidates.size();
    posting_begin_.assign(term_count + 1, 0);
    std::uint32_t* const frequency_after = posting_begin_.data() + 1;  // document frequencies first, then their sums
    // (Indices here and below are size_t: a uint32's wrap-around costs an
    // instruction per use. A copy of each range: the loop's own stores could
    // be to r.end, as far as the compiler knows.) Usually the candidates'
    // runs lie back to back (the eligible sentences in order): then they are
    // counted in one loop, without an exit per candidate (which
    // mispredicted about once a candidate).
    bool back_to_back = true;
    for (std::size_t k = 0; k + 1 < n; ++k) back_to_back &= candidates[k].end == candidates[k + 1].begin;
    if (back_to_back && n > 0) {
        for (std::size_t x = candidates[0].begin, end = candidates[n - 1].end; x < end; ++x) ++frequency_after[terms[x]];
    } else {
        for (const TermRange r : candidates)
            for (std::size_t x = r.begin, end = r.end; x < end; ++x) ++frequency_after[terms[x]];
    }
    // idf depends on the document frequency alone (at most n): one log per
    // frequency that occurs, taken when a term first needs it; looked up
    // once per term here, with the sums (not once per candidate's term).
    std::vector<double> idf_of_df(n + 1, -1.0);
    const std::unique_ptr<double[]> idf_of_term(new double[term_count + 1]);  // every one written below
    const double nd = static_cast<double>(n);
    for (std::size_t t = 0; t < term_count; ++t) {
        const std::uint32_t df = posting_begin_[t + 1];
        double& idf = idf_of_df[df];
        if (idf < 0) idf = df == 0 ? 0.0 : std::log(1.0 + nd / static_cast<int>(df));  // df 0: no candidate reads it
        idf_of_term[t] = idf;
        posting_begin_[t + 1] += posting_begin_[t];
    }
    const std::uint32_t postings = posting_begin_[term_count];
    posting_candidate_.reset(new std::uint32_t[postings]);
    posting_weight_.reset(new double[postings]);
    occurrences_.reset(new Occurrence[postings]);
    later_postings_.reset(new LaterPostings[postings]);

    // Weights and norms; a candidate's terms come in ascending token id, the
    // order its squared weights are summed in. Raw pointers and a hoisted
    // end: through the vectors, every store of a uint32 (which could be any
    // of them, as far as the compiler knows) would reload them all.
    std::vector<std::uint32_t> fill(posting_begin_.begin(), posting_begin_.end() - 1);
    first_occurrence_.assign(n + 1, 0);
    first_later_.assign(n + 1, 0);
    norm_.assign(n, 0.0);
    const std::uint32_t* const term_of = terms;
    const std::uint32_t* const count_of = counts;
    const std::uint32_t* const posting_begin = posting_begin_.data();
    std::uint32_t* const next_posting = fill.data();
    std::uint32_t* const posting_candidate = posting_candidate_.get();
    double* const posting_weight = posting_weight_.get();
    Occurrence* const occurrence = occurrences_.get();
    LaterPostings* const later = later_postings_.get();
    const double* const idf = idf_of_term.get();
    std::size_t o = 0;  // candidates' terms so far
    std::size_t l = 0;  // of them, those that later candidates hold too
    for (std::size_t k = 0; k < n; ++k) {
        first_occurrence_[k] = static_cast<std::uint32_t>(o);
        first_later_[k] = static_cast<std::uint32_t>(l);
        double norm2 = 0;
        const std::size_t end = candidates[k].end;
        for (std::size_t x = candidates[k].begin; x < end; ++x) {
            const std::size_t t = term_of[x];
            const double w = count_of[x] * idf[t];
            const std::uint32_t at = next_posting[t]++;
            posting_candidate[at] = static_cast<std::uint32_t>(k);
            posting_weight[at] = w;
            occurrence[o++] = Occurrence{static_cast<std::uint32_t>(t), at};
            // Written always, kept when not empty (l <= o - 1 here: in bounds),
            // without a branch on it.
            const std::uint32_t term_end = posting_begin[t + 1];
            later[l] = LaterPostings{at + 1, term_end};
            l += at + 1 < term_end;
            norm2 += w * w;
        }
        norm_[k] = std::sqrt(norm2);
    }
    first_occurrence_[n] = static_cast<std::uint32_t>(o);
    first_later_[n] = static_cast<std::uint32_t>(l);
}

// add_dot_products(i, true, ...) over the later postings alone (the same
// sums, in the same order): each run holds at least one posting.
void SentenceSimilarity::add_later_dot_products(std::size_t i, double* const sums, unsigned char* const marked) const {
    const std::uint32_t* const posting_candidate = posting_candidate_.get();
    const double* const posting_weight = posting_weight_.get();
    const LaterPostings* const later = later_postings_.get();
    const std::size_t last = first_later_[i + 1];
    for (std::size_t l = first_later_[i]; l < last; ++l) {
        const LaterPostings run = later[l];
        std::size_t p = run.begin;
        const std::size_t end = run.end;
        const double weight = posting_weight[p - 1];  // i's own
        do {
            const std::uint32_t j = posting_candidate[p];
            sums[j] += weight * posting_weight[p];
            marked[j] = 1;
        } while (++p < end);
    }
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
        const double weight = posting_weight[occ.posting];
        // The term's postings except i's own: those after it, and unless
        // `later_only` those before it too (in ascending order either way).
        const auto add = [&](std::size_t begin, std::size_t end) {
            for (std::size_t p = begin; p < end; ++p) {
                const std::uint32_t j = posting_candidate[p];
                sums[j] += weight * posting_weight[p];
                marked[j] = 1;
            }
        };
        if (!later_only) add(posting_begin[occ.term], occ.posting);
        add(occ.posting + std::size_t{1}, posting_begin[occ.term + 1]);
    }
}

namespace {

// Candidates per step of for_each_marked: one 64-bit word holds a bit for
// each. Per chunk of eight, a test and a loop over its marks mispredicted
// about once per chunk with marks; a group of 64 has far fewer exits.
constexpr std::size_t kMarkGroup = 64;

// Marks for `n` candidates, padded to whole groups, all clear.
std::vector<unsigned char> clear_marks(std::size_t n) {
    return std::vector<unsigned char>((n + kMarkGroup - 1) / kMarkGroup * kMarkGroup, 0);
}

// A chunk of eight marks (bytes 0 or 1) as eight bits, byte k in bit k:
// each mark moved to its byte's high bit, then the multiply gathers the
// eight high bits into the top byte without carries between them.
inline std::uint64_t mark_bits(std::uint64_t chunk) { return ((chunk << 7) * 0x0002040810204081ull) >> 56; }

// Calls visit(j) for every marked j, ascending, and clears the marks:
// 64 candidates a step, most of them unmarked. No mark may be set before
// `from` (where the scan starts).
template <typename Visit>
void for_each_marked(std::vector<unsigned char>& marks, std::size_t from, Visit&& visit) {
    unsigned char* const marked = marks.data();
    const std::size_t size = marks.size();
    for (std::size_t base = from / kMarkGroup * kMarkGroup; base < size; base += kMarkGroup) {
        std::uint64_t bits = 0;
        for (std::size_t k = 0; k < kMarkGroup / swar::kChunk; ++k)
            bits |= mark_bits(swar::load_chunk(reinterpret_cast<const char*>(marked + base + k * swar::kChunk)))
                    << (k * swar::kChunk);
        if (bits == 0) continue;
        std::memset(marked + base, 0, kMarkGroup);
        for (; bits != 0; bits &= bits - 1) visit(base + swar::lowest_bit(bits));
    }
}

}  // namespace

SimilarityGraph SentenceSimilarity::graph(double min_edge, double strong) const {
    const std::size_t n = size();
    std::vector<double> dot(n, 0.0);
    std::vector<unsigned char> marks = clear_marks(n);
    SimilarityGraph graph;
    graph.row_begin.assign(n + 1, 0);
    graph.strong_neighbours.assign(n, 0);
    std::uint32_t* const strong_count = graph.strong_neighbours.data();
    const std::size_t expected_edges = std::min(n * (n - (n > 0)) / 2, n * kExpectedEdgesPerCandidate);
    graph.neighbour.reserve(expected_edges);
    graph.similarity.reserve(expected_edges);
    // A row is gathered in these first, every pair written and only the
    // strong ones counted (no branch on the similarity, which goes either
    // way at random), then appended in one piece.
    // (Locals throughout: each double stored could be norm_[i], as far as the
    // compiler knows.)
    std::vector<std::uint32_t> row_neighbour(n);
    std::vector<double> row_similarity(n);
    std::uint32_t* const neighbour = row_neighbour.data();
    double* const similarity = row_similarity.data();
    double* const sums = dot.data();
    const double* const norms = norm_.data();
    for (std::size_t i = 0; i < n; ++i) {
        graph.row_begin[i] = static_cast<std::uint32_t>(graph.neighbour.size());
        add_later_dot_products(i, sums, marks.data());
        const double norm_i = norms[i];
        std::size_t kept = 0;
        std::uint32_t strong_i = 0;
        for_each_marked(marks, i + 1, [&](std::size_t j) {
            const double s = sums[j] / (norm_i * norms[j]);
            sums[j] = 0;
            neighbour[kept] = static_cast<std::uint32_t>(j);
            similarity[kept] = s;
            kept += s >= min_edge;  // never NaN: both norms are positive where a term is shared
            const bool is_strong = s >= strong;
            strong_i += is_strong;
            strong_count[j] += is_strong;
        });
        strong_count[i] += strong_i;
        if (kept == 0) continue;
        graph.neighbour.insert(graph.neighbour.end(), neighbour, neighbour + kept);
        graph.similarity.insert(graph.similarity.end(), similarity, similarity + kept);
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

}  // namespace sift
