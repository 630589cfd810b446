// summary_runs.cpp — a sentence's entries sorted and counted into term
// runs (summary_terms.h), and the page-wide TermRuns buffer they go to.
//
// Input: a sentence's (token id << 32 | term) entries, one per word
// occurrence. Output: its distinct terms in ascending token-id order, each
// with how often it occurs, appended to TermRuns. Up to
// branchless::kSortEntries entries go through the branch-free sort of their
// size class (summary_sort.h); longer sentences through std::sort.
#include "summary_terms.h"

#include <algorithm>
#include <memory>

#include "summary_sort.h"

namespace sift {

void TermRuns::grow(std::size_t wanted) {
    std::size_t capacity = std::max<std::size_t>(capacity_, branchless::kSortEntries);
    while (capacity < wanted) capacity *= 2;
    std::unique_ptr<std::uint32_t[]> terms(new std::uint32_t[capacity]), counts(new std::uint32_t[capacity]);
    std::copy(terms_.get(), terms_.get() + size, terms.get());
    std::copy(counts_.get(), counts_.get() + size, counts.get());
    terms_ = std::move(terms);
    counts_ = std::move(counts);
    capacity_ = capacity;
}

void SentenceTerms::sort_and_count(TermRuns& runs) {
    const std::size_t size = sentence_.size() - 1;
    sentence_.resize(sentence_.size() + branchless::kNetworkEntries);  // room for the padding
    sort_and_count(sentence_.data() + 1, sentence_.data() + 1 + size, runs);
}

namespace {

// The runs of sorted[0, 8 * kBlocks) (sorted, padding last) written to
// run_term and run_count, and how many there are (a run of padding keys
// among them): one pass, run r's term and count to slot r (a run's count
// grows in place while it lasts). A fixed trip count: an exit at the
// sentence's own size mispredicted about once a sentence.
template <std::size_t kBlocks>
std::size_t count_runs(const std::uint64_t* keys, std::uint32_t* run_term, std::uint32_t* run_count) {
    constexpr std::size_t kKeys = kBlocks * branchless::kNetworkEntries;
    std::uint64_t sorted[kKeys];
    branchless::sort<kBlocks>(keys, sorted);
    std::size_t runs = 0;  // the run of sorted[i], counted from 0
    std::uint64_t previous = sorted[0];
    std::size_t run_begin = 0;
    for (std::size_t i = 0; i < kKeys; ++i) {
        const std::uint64_t entry = sorted[i];
        const bool next_run = entry != previous;
        runs += next_run;
        run_begin = next_run ? i : run_begin;
        previous = entry;
        run_term[runs] = static_cast<std::uint32_t>(entry & 0xFFFFFFFFu);
        run_count[runs] = static_cast<std::uint32_t>(i + 1 - run_begin);
    }
    return runs + 1;
}

}  // namespace

void SentenceTerms::sort_and_count(std::uint64_t* first, std::uint64_t* last, TermRuns& runs) {
    // Sorted by token id; equal ids are one term, so runs of equal entries are one term's count.
    const std::size_t size = static_cast<std::size_t>(last - first);
    if (size <= branchless::kSortEntries) {
        // Most sentences: sorted and counted without a branch on the entries
        // (summary_sort.h), in their size class.
        if (size == 0) return;
        for (std::size_t k = 0; k < branchless::kNetworkEntries; ++k) last[k] = branchless::kPadding;
        runs.make_room(branchless::kSortEntries);
        std::uint32_t* const run_term = runs.terms() + runs.size;
        std::uint32_t* const run_count = runs.counts() + runs.size;
        const std::size_t padded = branchless::padded_size(size);
        // The class by conditional branches, the common ones first (a
        // switch made a jump table, whose target mispredicted more often).
        constexpr std::size_t kNet = branchless::kNetworkEntries;
        const std::size_t counted = padded == kNet       ? count_runs<1>(first, run_term, run_count)
                                    : padded == 2 * kNet ? count_runs<2>(first, run_term, run_count)
                                    : padded == 3 * kNet ? count_runs<3>(first, run_term, run_count)
                                    : padded == 4 * kNet ? count_runs<4>(first, run_term, run_count)
                                    : padded == 5 * kNet ? count_runs<5>(first, run_term, run_count)
                                                         : count_runs<6>(first, run_term, run_count);
        runs.size += counted - (size < padded);  // not the padding's run
        return;
    }
    std::sort(first, last);
    runs.make_room(size);
    std::uint32_t* const run_term = runs.terms();
    std::uint32_t* const run_count = runs.counts();
    for (const std::uint64_t* a = first; a != last;) {
        const std::uint64_t* e = a + 1;
        while (e != last && *e == *a) ++e;
        run_term[runs.size] = static_cast<std::uint32_t>(*a & 0xFFFFFFFFu);
        run_count[runs.size] = static_cast<std::uint32_t>(e - a);
        ++runs.size;
        a = e;
    }
}

}  // namespace sift
