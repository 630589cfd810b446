// feature_repeats.cpp — see feature_repeats.h.
#include "feature_repeats.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

#include "feature_hash.h"

namespace sift {
namespace {

constexpr std::uint32_t kEmpty = UINT32_MAX;

// Groups equal texts: group_of[k] becomes the first block of k's group and
// group_size[first] the group's size. Open addressing at most half full; each
// slot holds the first block of a group, and equal hashes are confirmed by
// comparing the texts. Gives up (returns false) once texts that hash alike
// but differ have cost more than `compare_budget` bytes of compares.
template <class Hash>
bool group_equal_texts(const std::vector<Block>& blocks, Hash hash, std::size_t compare_budget, std::vector<std::uint32_t>& group_of,
                       std::vector<std::uint32_t>& group_size) {
    std::size_t slots = 16;
    while (slots < blocks.size() * 2) slots *= 2;
    // Read only where slot_first is set: left uninitialised (no page-sized memset).
    const std::unique_ptr<std::uint64_t[]> slot_hash(new std::uint64_t[slots]);
    std::vector<std::uint32_t> slot_first(slots, kEmpty);
    std::size_t wasted = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const std::string& text = blocks[k].text;
        const std::uint64_t h = hash(text);
        std::size_t s = static_cast<std::size_t>(h) & (slots - 1);
        for (; slot_first[s] != kEmpty; s = (s + 1) & (slots - 1)) {
            if (slot_hash[s] != h) continue;
            const std::string& first = blocks[slot_first[s]].text;
            if (first == text) break;
            wasted += first.size();
            if (wasted > compare_budget) return false;
        }
        if (slot_first[s] == kEmpty) {
            slot_hash[s] = h;
            slot_first[s] = static_cast<std::uint32_t>(k);
        }
        group_of[k] = slot_first[s];
        ++group_size[slot_first[s]];
    }
    return true;
}

}  // namespace

EqualTexts group_equal_texts(const std::vector<Block>& blocks) {
    EqualTexts groups;
    groups.first.resize(blocks.size());
    groups.size.assign(blocks.size(), 0);
    // A sampled_hash reads a few bytes of a paragraph, not all of them. Texts
    // that agree in those bytes but differ (rows of a log or a table) cost a
    // compare each; should those compares come to more bytes than the page
    // holds, every text is hashed whole instead, so the stage stays linear.
    std::size_t page_bytes = 0;
    for (const Block& b : blocks) page_bytes += b.text.size();
    if (!group_equal_texts(blocks, [](std::string_view t) { return sampled_hash(t); }, page_bytes, groups.first, groups.size)) {
        std::fill(groups.size.begin(), groups.size.end(), 0);
        group_equal_texts(blocks, [](std::string_view t) { return fast_hash(t); }, std::numeric_limits<std::size_t>::max(), groups.first,
                          groups.size);
    }
    return groups;
}

void set_repeats(std::vector<Block>& blocks, const EqualTexts& groups) {
    for (std::size_t k = 0; k < blocks.size(); ++k) blocks[k].f.repeats = static_cast<int>(groups.size[groups.first[k]]) - 1;
}

void count_repeats(std::vector<Block>& blocks) { set_repeats(blocks, group_equal_texts(blocks)); }

}  // namespace sift
