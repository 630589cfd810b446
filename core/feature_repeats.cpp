// feature_repeats.cpp — see feature_repeats.h.
#include "feature_repeats.h"

#include <cstdint>

#include "feature_hash.h"

namespace sift {
namespace {

constexpr std::uint32_t kEmpty = UINT32_MAX;

}  // namespace

void count_repeats(std::vector<Block>& blocks) {
    // Open addressing at most half full; each slot holds the first block of a
    // group of equal texts.
    std::size_t slots = 16;
    while (slots < blocks.size() * 2) slots *= 2;
    std::vector<std::uint64_t> slot_hash(slots);
    std::vector<std::uint32_t> slot_first(slots, kEmpty);
    std::vector<std::uint32_t> group_size(blocks.size(), 0);  // indexed by a group's first block
    std::vector<std::uint32_t> group_of(blocks.size());
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const std::string& text = blocks[k].text;
        const std::uint64_t h = sampled_hash(text);  // equal texts are told apart by the compare below
        std::size_t s = static_cast<std::size_t>(h) & (slots - 1);
        while (slot_first[s] != kEmpty && !(slot_hash[s] == h && blocks[slot_first[s]].text == text)) s = (s + 1) & (slots - 1);
        if (slot_first[s] == kEmpty) {
            slot_hash[s] = h;
            slot_first[s] = static_cast<std::uint32_t>(k);
        }
        group_of[k] = slot_first[s];
        ++group_size[slot_first[s]];
    }
    for (std::size_t k = 0; k < blocks.size(); ++k) blocks[k].f.repeats = static_cast<int>(group_size[group_of[k]]) - 1;
}

}  // namespace sift
