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
namespace {
// The automaton's rows hold their transitions as byte offsets (see PhraseWalk).
constexpr std::size_t kRowEntryBytes = sizeof(std::uint32_t);
}  // namespace

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
    return probe(text);
}

int ExactPhraseTable::probe(std::string_view text) const {
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
    // Eight bytes at a time; the last partial eight as the text's last eight
    // bytes again (folded the same), or a short text in one word: no byte
    // loop whose length follows the text's.
    if (text.size() < 8) {
        const std::uint64_t x = bytes::lower_ascii_lanes(load_short_le(text.data(), text.size()));
        std::memcpy(folded, &x, 8);  // its bytes past the text are zero, inside on_stack
        return probe(std::string_view(folded, text.size()));  // size and initial asked above
    }
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t x = bytes::lower_ascii_lanes(bytes::load8(text, i));
        std::memcpy(folded + i, &x, 8);
    }
    if (i < text.size()) {
        const std::uint64_t x = bytes::lower_ascii_lanes(bytes::load8(text, text.size() - 8));
        std::memcpy(folded + text.size() - 8, &x, 8);
        i = text.size();
    }
#endif
    for (; i < text.size(); ++i) folded[i] = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + ('a' - 'A')) : text[i];
    return probe(std::string_view(folded, text.size()));  // size and initial asked above
}

ContainedPhraseSearch::ContainedPhraseSearch(const std::vector<std::string_view>& phrases, bool fold_ascii_case, std::size_t optional) {
    for (std::string_view p : phrases) longest_phrase_ = std::max(longest_phrase_, p.size());
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
    // States that end a phrase are laid out last (the root stays first), so
    // find can tell them by their row alone and skip the match slot of all
    // the others; their rows start at a power of two, so that one OR of the
    // rows a few bytes passed through tells whether any of them ended a phrase.
    const std::size_t width = classes_ + 2;
    std::vector<std::uint32_t> row_of(states);
    std::size_t next_row = 0;
    row_of[0] = 0;
    next_row += width;
    const bool root_matches = best[0] != INT32_MAX;  // only with an empty phrase: every text matches
    for (std::size_t state = 1; state < states; ++state)
        if (best[state] == INT32_MAX) {
            row_of[state] = static_cast<std::uint32_t>(next_row);
            next_row += width;
        }
    std::size_t first_matching = 1;
    while (first_matching < next_row) first_matching *= 2;
    if (root_matches) first_matching = 0;
    next_row = std::max(next_row, first_matching);
    for (std::size_t state = 1; state < states; ++state)
        if (best[state] != INT32_MAX) {
            row_of[state] = static_cast<std::uint32_t>(next_row);
            next_row += width;
        }
    first_matching_row_ = static_cast<std::uint32_t>(first_matching);
    rows_.assign(next_row, kNoMatch);  // the rows between the two groups are never reached
    for (std::size_t state = 0; state < states; ++state) {
        const std::size_t row = row_of[state];
        for (std::size_t c = 0; c < classes_; ++c) rows_[row + c] = row_of[next[state * classes_ + c]] * kRowEntryBytes;
        rows_[row + classes_] = best[state] == INT32_MAX ? kNoMatch : static_cast<std::uint32_t>(best[state]);
        rows_[row + classes_ + 1] = best_required[state] == INT32_MAX ? kNoMatch : static_cast<std::uint32_t>(best_required[state]);
    }
    zero_returns_to_root_ = first_matching != 0;
    for (std::size_t state = 0; state < states; ++state)
        if (row_of[next[state * classes_ + byte_class_[0]]] != 0) zero_returns_to_root_ = false;
}

namespace {

// Bytes per loop test of the phrase walk: one test of the rows passed
// through (matching rows are the only ones at or past a power of two, so
// their OR tells): phrases end in few places, and only there are the bytes
// stepped through again with a test each. (Eight per group left longer tails
// to the byte loop: more work over these short lines, not less.)
constexpr std::size_t kGroup = 4;
static_assert(kPhrasePadding >= kGroup - 1, "a padded text's last group may start at its last byte");
// Texts shorter than twice the longest phrase and this are read in one walk.
constexpr std::size_t kMinSplitBytes = 16;

// The automaton walked over a text, keeping the best (lowest) match seen.
// Rows are reached by byte offset (the table holds them so): the byte's
// column, which does not wait on the walk, plus the row is one load's
// address, so each byte's step is a load alone, not an add and then a load
// (as an index, the compiler adds row and class first: a cycle per byte on
// the chain of dependent loads that bounds this walk).
struct PhraseWalk {
    const unsigned char* table;  // rows_, as bytes
    const std::uint8_t* byte_class;
    std::size_t first_matching;  // byte offset of the first matching row
    std::size_t answer;     // byte offset in a row of the match slot this search reads
    std::size_t row = 0;    // byte offset of the state's row; size_t: no zero-extension per byte
    std::uint32_t best;

    static std::uint32_t entry(const unsigned char* at) {
        std::uint32_t value;
        std::memcpy(&value, at, sizeof value);
        return value;
    }
    std::size_t next_row(char c) const {
        const unsigned char* column = table + byte_class[static_cast<unsigned char>(c)] * kRowEntryBytes;
        return entry(column + row);
    }
    void step(char c) {
        row = next_row(c);
        if (row >= first_matching) best = std::min(best, entry(table + row + answer));
    }
    // `groups` groups of kGroup bytes from `p`; returns where they end.
    const char* step_groups(const char* p, std::size_t groups) {
        for (; groups > 0; --groups, p += kGroup) {
            const std::size_t from = row;
            std::size_t passed = 0;
            for (std::size_t k = 0; k < kGroup; ++k) {
                row = next_row(p[k]);
                passed |= row;
            }
            if (passed >= first_matching) {
                row = from;
                for (std::size_t k = 0; k < kGroup; ++k) step(p[k]);
            }
        }
        return p;
    }
};

// Two walks at once, `first` over first_groups groups from p and `second`
// over second_groups from q: each walk is a chain of dependent loads, and
// two chains interleaved take about the time of one. Inlined, so that the
// walks' rows stay in registers (through references, each step would store
// and reload them).
[[gnu::always_inline]] inline void step_both(PhraseWalk& first, const char* p, std::size_t first_groups, PhraseWalk& second, const char* q, std::size_t second_groups) {
    const std::size_t both = std::min(first_groups, second_groups);
    for (std::size_t k = 0; k < both; ++k, p += kGroup, q += kGroup) {
        first.step_groups(p, 1);
        second.step_groups(q, 1);
    }
    first.step_groups(p, first_groups - both);
    second.step_groups(q, second_groups - both);
}

// The groups a padded text is read in, the last running into the padding.
std::size_t padded_groups(std::string_view text) { return (text.size() + kGroup - 1) / kGroup; }

int found_phrase(const PhraseWalk& walk, std::uint32_t no_match) { return walk.best == no_match ? kNoPhrase : static_cast<int>(walk.best); }

// A walk from the root of rows whose match slot `answer_slot` it reads.
PhraseWalk walk_from_root(const std::vector<std::uint32_t>& rows, const std::uint8_t* byte_class, std::size_t first_matching_row,
                          std::size_t answer_slot, std::uint32_t no_match) {
    return PhraseWalk{reinterpret_cast<const unsigned char*>(rows.data()), byte_class, first_matching_row * kRowEntryBytes,
                      answer_slot * kRowEntryBytes, 0, no_match};
}

}  // namespace

int ContainedPhraseSearch::find_from_slot(std::string_view text, std::size_t slot) const {
    PhraseWalk walk = walk_from_root(rows_, byte_class_, first_matching_row_, classes_ + slot, kNoMatch);
    const char* p = walk.step_groups(text.data(), text.size() / kGroup);
    for (const char* const end = text.data() + text.size(); p != end; ++p) walk.step(*p);
    return found_phrase(walk, kNoMatch);
}

int ContainedPhraseSearch::find_padded_from_slot(std::string_view text, std::size_t slot) const {
    if (!zero_returns_to_root_) return find_from_slot(text, slot);
    // As find_from_slot, the last group running into the padding: its zeros
    // lead back to the root, which is below first_matching and matches nothing.
    PhraseWalk walk = walk_from_root(rows_, byte_class_, first_matching_row_, classes_ + slot, kNoMatch);
    const std::size_t overlap = longest_phrase_ > 0 ? longest_phrase_ - 1 : 0;
    if (text.size() >= 2 * overlap + kMinSplitBytes) {
        // Two walks at once (step_both): the first from the start, the
        // second from the middle (from the root: it finds every occurrence
        // that starts there or later), the first reading on past the middle
        // far enough to see every occurrence that starts before it end.
        const std::size_t middle = (text.size() - overlap) / 2;
        PhraseWalk second = walk;
        const std::size_t first_groups = (middle + overlap + kGroup - 1) / kGroup;
        step_both(walk, text.data(), first_groups, second, text.data() + middle, padded_groups(text.substr(middle)));
        walk.best = std::min(walk.best, second.best);
    } else {
        walk.step_groups(text.data(), padded_groups(text));
    }
    return found_phrase(walk, kNoMatch);
}

void ContainedPhraseSearch::find_padded_pair(PaddedQuery& first, PaddedQuery& second) const {
    if (!zero_returns_to_root_) {
        first.found = find_from_slot(first.text, first.without_optional);
        second.found = find_from_slot(second.text, second.without_optional);
        return;
    }
    PhraseWalk first_walk = walk_from_root(rows_, byte_class_, first_matching_row_, classes_ + first.without_optional, kNoMatch);
    PhraseWalk second_walk = walk_from_root(rows_, byte_class_, first_matching_row_, classes_ + second.without_optional, kNoMatch);
    step_both(first_walk, first.text.data(), padded_groups(first.text), second_walk, second.text.data(), padded_groups(second.text));
    first.found = found_phrase(first_walk, kNoMatch);
    second.found = found_phrase(second_walk, kNoMatch);
}

}  // namespace sift
