// feature_phrase_search.cpp — see feature_phrase_search.h.
#include "feature_phrase_search.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <queue>
#include <string>

#include "feature_bytes.h"
#include "feature_hash.h"

namespace sift {

ExactPhraseTable::ExactPhraseTable(const std::vector<std::string_view>& phrases) : phrases_(phrases) {
    std::size_t size = 16;
    while (size < phrases.size() * 2) size *= 2;  // at most half full: short probes
    slots_.assign(size, kNoPhrase);
    mask_ = size - 1;
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        longest_ = std::max(longest_, phrases[k].size());
        std::size_t s = fast_hash(phrases[k]) & mask_;
        while (slots_[s] != kNoPhrase && phrases_[slots_[s]] != phrases[k]) s = (s + 1) & mask_;
        if (slots_[s] == kNoPhrase) slots_[s] = static_cast<std::int32_t>(k);  // a repeated phrase keeps its first position
    }
    initials_by_size_.assign(longest_ + 1, {});
    for (std::string_view p : phrases) {
        if (p.empty()) continue;
        const unsigned char first = static_cast<unsigned char>(p[0]);
        initials_by_size_[p.size()][first >> 6] |= std::uint64_t{1} << (first & 63);
    }
}

int ExactPhraseTable::find(std::string_view text) const {
    if (text.size() > longest_) return kNoPhrase;
    if (!text.empty() && !may_match(text.size(), static_cast<unsigned char>(text[0]))) return kNoPhrase;
    for (std::size_t s = fast_hash(text) & mask_;; s = (s + 1) & mask_) {
        const std::int32_t k = slots_[s];
        if (k == kNoPhrase || phrases_[k] == text) return k;
    }
}

int ExactPhraseTable::find_ascii_ci(std::string_view text) const {
    // Phrases are short (whole lines of chrome): longer texts never match,
    // and a phrase-sized text is lower-cased on the stack.
    constexpr std::size_t kMaxFolded = 128;
    if (text.size() > longest_) return kNoPhrase;
    if (!text.empty()) {
        const char first = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + ('a' - 'A')) : text[0];
        if (!may_match(text.size(), static_cast<unsigned char>(first))) return kNoPhrase;
    }
    char on_stack[kMaxFolded];
    std::string on_heap;  // a table of longer phrases: not one of Sift's
    char* folded = on_stack;
    if (text.size() > kMaxFolded) {
        on_heap.resize(text.size());
        folded = on_heap.data();
    }
    std::size_t i = 0;
#if SIFT_BYTE_LANES
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t x = bytes::lower_ascii_lanes(bytes::load8(text, i));
        std::memcpy(folded + i, &x, 8);
    }
#endif
    for (; i < text.size(); ++i) folded[i] = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + ('a' - 'A')) : text[i];
    return find(std::string_view(folded, text.size()));
}

ContainedPhraseSearch::ContainedPhraseSearch(const std::vector<std::string_view>& phrases, bool fold_ascii_case, std::size_t optional) {
    for (std::string_view p : phrases)
        for (const char c : p) {
            std::uint8_t& cls = byte_class_[static_cast<unsigned char>(c)];
            if (cls == 0) cls = static_cast<std::uint8_t>(classes_++);
        }
    if (fold_ascii_case)
        for (int c = 'A'; c <= 'Z'; ++c) byte_class_[c] = byte_class_[c + ('a' - 'A')];
    // The trie: goto edges (0 = none yet; state 0 is the root and never a
    // target), and per state the earliest phrase ending there, and the
    // earliest that is not optional.
    std::vector<std::uint16_t> edges(classes_, 0);
    std::vector<std::int32_t> best(1, INT32_MAX), best_required(1, INT32_MAX);
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        std::size_t state = 0;
        for (const char c : phrases[k]) {
            const std::size_t edge = state * classes_ + byte_class_[static_cast<unsigned char>(c)];
            if (edges[edge] == 0) {
                edges[edge] = static_cast<std::uint16_t>(best.size());
                best.push_back(INT32_MAX);
                best_required.push_back(INT32_MAX);
                edges.resize(edges.size() + classes_, 0);
            }
            state = edges[edge];
        }
        best[state] = std::min<std::int32_t>(best[state], static_cast<std::int32_t>(k));
        if (k >= optional) best_required[state] = std::min<std::int32_t>(best_required[state], static_cast<std::int32_t>(k));
    }
    // Breadth first, so a state's failure state (its longest proper suffix in
    // the trie) is complete before the state itself: missing edges follow the
    // failure state's, and a state reports every phrase its suffixes end.
    const std::size_t states = best.size();
    std::vector<std::uint16_t> next(states * classes_, 0);
    std::vector<std::uint16_t> fail(states, 0);
    std::queue<std::uint16_t> order;
    for (std::size_t c = 0; c < classes_; ++c) {
        next[c] = edges[c];
        if (edges[c] != 0) order.push(edges[c]);
    }
    while (!order.empty()) {
        const std::uint16_t s = order.front();
        order.pop();
        best[s] = std::min(best[s], best[fail[s]]);
        best_required[s] = std::min(best_required[s], best_required[fail[s]]);
        for (std::size_t c = 0; c < classes_; ++c) {
            const std::uint16_t child = edges[s * classes_ + c];
            if (child != 0) {
                fail[child] = next[fail[s] * classes_ + c];
                next[s * classes_ + c] = child;
                order.push(child);
            } else {
                next[s * classes_ + c] = next[fail[s] * classes_ + c];
            }
        }
    }
    // States that end a phrase are numbered last (the root stays first), so
    // find can tell them by their row alone and skip the match slot of all
    // the others.
    std::vector<std::uint32_t> renumbered(states);
    std::uint32_t next_id = 0;
    renumbered[0] = next_id++;
    for (std::size_t state = 1; state < states; ++state)
        if (best[state] == INT32_MAX) renumbered[state] = next_id++;
    const std::uint32_t first_matching = best[0] == INT32_MAX ? next_id : 0;
    for (std::size_t state = 1; state < states; ++state)
        if (best[state] != INT32_MAX) renumbered[state] = next_id++;
    const std::size_t width = classes_ + 2;
    first_matching_row_ = static_cast<std::uint32_t>(first_matching * width);
    rows_.resize(states * width);
    for (std::size_t state = 0; state < states; ++state) {
        const std::size_t row = renumbered[state] * width;
        for (std::size_t c = 0; c < classes_; ++c)
            rows_[row + c] = static_cast<std::uint32_t>(renumbered[next[state * classes_ + c]] * width);
        rows_[row + classes_] = best[state] == INT32_MAX ? kNoMatch : static_cast<std::uint32_t>(best[state]);
        rows_[row + classes_ + 1] = best_required[state] == INT32_MAX ? kNoMatch : static_cast<std::uint32_t>(best_required[state]);
    }
}

int ContainedPhraseSearch::find_from_slot(std::string_view text, std::size_t slot) const {
    std::uint32_t row = 0;
    std::uint32_t best = kNoMatch;
    const std::size_t answer = classes_ + slot;  // the row's match slot this search reads
    const auto step = [&](char c) {
        row = rows_[row + byte_class_[static_cast<unsigned char>(c)]];
        if (row >= first_matching_row_) best = std::min(best, rows_[row + answer]);
    };
    // Four bytes per loop test: the loop's own compare and branch were a
    // third of the work per byte.
    const char* p = text.data();
    const char* const end = p + text.size();
    for (; end - p >= 4; p += 4) {
        step(p[0]);
        step(p[1]);
        step(p[2]);
        step(p[3]);
    }
    for (; p != end; ++p) step(*p);
    return best == kNoMatch ? kNoPhrase : static_cast<int>(best);
}

}  // namespace sift
