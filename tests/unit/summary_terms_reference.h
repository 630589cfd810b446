// summary_terms_reference.h — for the SentenceTerms tests: the distinct token
// ids and counts of a text as tokenize() gives them (the reference), and as
// SentenceTerms gives them, in the same (id, count) form.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "summary_terms.h"
#include "tokens.h"

namespace summary_terms_test {

using IdCounts = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

inline IdCounts reference(std::string_view text) {
    std::vector<std::uint32_t> ids = sift::token_ids(text);
    std::sort(ids.begin(), ids.end());
    IdCounts out;
    for (std::uint32_t id : ids) {
        if (!out.empty() && out.back().first == id) ++out.back().second;
        else out.emplace_back(id, 1);
    }
    return out;
}

inline IdCounts through_terms(sift::SentenceTerms& terms, std::string_view text) {
    sift::TermRuns runs;
    terms.sorted_term_counts(text, runs);
    IdCounts out;
    for (std::size_t k = 0; k < runs.size; ++k) out.emplace_back(terms.token_id_of(runs.terms()[k]), runs.counts()[k]);
    return out;
}

}  // namespace summary_terms_test
