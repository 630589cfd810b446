// language_figures.h — a block's share of the language census (see
// language_census.h), taken by the block features' scan so that
// detect_language need not read the body's text a second time.
//
// The census of a body sample is the sum of its blocks' censuses (a word never
// spans two blocks), so a block read once by compute_features gives its counts
// and its stopword vote, and detect_language adds them up.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "summary_bytes.h"  // swar::lowest_bit
namespace sift {

enum CensusScript {
    kLatinScript, kHanScript, kKanaScript, kHangulScript, kCyrillicScript, kArabicScript,
    kHebrewScript, kGreekScript, kThaiScript, kDevanagariScript, kScripts
};

// The Latin stopword vote kept exactly. A word that is a stopword of k
// languages gives each of them 1/k, counted here in 1/420ths (420 is the least
// common multiple of 1..7): integer shares add up to the same total in any
// order, so blocks can be voted apart and summed. (LatinVote sums doubles in
// text order, which rounds differently when regrouped.)
class ExactVote {
public:
    static constexpr std::size_t kLanguages = 7;  // bit l of a StopwordLanguages is language l
    static constexpr int kWhole = 420;            // one whole vote: lcm(1..7) shares

    // languages: a StopwordLanguages (stopwords.h) mask.
    void add(std::uint8_t languages) {
        const std::uint32_t share = kShareByMask[languages & (kShareByMask.size() - 1)];
        for (unsigned rest = languages; rest != 0; rest &= rest - 1) shares_[swar::lowest_bit(rest)] += share;
    }
    void add(const ExactVote& other) {
        for (std::size_t l = 0; l < kLanguages; ++l) shares_[l] += other.shares_[l];
    }
    // The shares one word of these languages gives each of them (0 for none).
    static std::uint32_t share_of(std::uint8_t languages) { return kShareByMask[languages & (kShareByMask.size() - 1)]; }
    // Adds votes gathered in 16-bit lanes (VoteLanes): lane l of `low` is
    // language l's, lane l of `high` language 4 + l's.
    void add_lanes(std::uint64_t low, std::uint64_t high) {
        // Written out: a loop here is a loop exit per block to predict.
        static_assert(kLanguages == 7, "four lanes in low, three in high");
        shares_[0] += static_cast<std::uint32_t>(low & 0xFFFF);
        shares_[1] += static_cast<std::uint32_t>(low >> 16 & 0xFFFF);
        shares_[2] += static_cast<std::uint32_t>(low >> 32 & 0xFFFF);
        shares_[3] += static_cast<std::uint32_t>(low >> 48);
        shares_[4] += static_cast<std::uint32_t>(high & 0xFFFF);
        shares_[5] += static_cast<std::uint32_t>(high >> 16 & 0xFFFF);
        shares_[6] += static_cast<std::uint32_t>(high >> 32 & 0xFFFF);
    }
    // Language l's score so far, in 1/kWhole votes. Exact for up to ten
    // million words, far past a sample; a longer block's figures (which are
    // never summed: the sample cuts it) wrap harmlessly, being unsigned.
    std::uint32_t shares(std::size_t language) const { return shares_[language]; }

private:
    // kWhole / (languages in the mask), per mask.
    static constexpr std::array<std::uint16_t, std::size_t{1} << kLanguages> kShareByMask = [] {
        std::array<std::uint16_t, std::size_t{1} << kLanguages> share{};
        for (std::size_t m = 1; m < share.size(); ++m) {
            int languages = 0;
            for (std::size_t rest = m; rest != 0; rest &= rest - 1) ++languages;
            share[m] = static_cast<std::uint16_t>(kWhole / languages);
        }
        return share;
    }();

    std::array<std::uint32_t, kLanguages> shares_{};
};

// What one word of a StopwordLanguages mask adds to VoteLanes' two
// registers: its share in the 16-bit lane of each of its languages. Two loads
// and two adds per word (a share, two 4-bit spreads and two multiplies were
// twice the instructions). Filled at start-up (language_census.cpp): as
// constexpr data its 2 KB put ~500 B gzip into the wasm download.
// Lane 3 of `high` (no language's) counts the stopwords: VoteLanes::add_counted
// keeps it, add drops it.
struct VoteLaneAdds {
    std::uint64_t low = 0, high = 0;  // lane l of low: language l; lane l of high: language 4 + l
};
inline constexpr unsigned kStopwordCountShift = 48;  // lane 3 of VoteLaneAdds::high
inline constexpr std::uint64_t kVoteLanesOfHigh = (std::uint64_t{1} << kStopwordCountShift) - 1;
extern std::array<VoteLaneAdds, std::size_t{1} << ExactVote::kLanguages> g_vote_lane_adds;

// Adds words to an ExactVote for the feature scan without a branch per word
// (whether a word is a stopword, and of how many languages, is the text's
// whim and so a costly branch: with one on "is it a stopword" the scan ran a
// third slower on hardware, though valgrind's predictor hardly minds). Each
// word's share goes to its languages' 16-bit lanes of two registers at once
// (mask 0 adds zeros), moved into the vote before a lane could overflow and
// at flush(). Same totals as ExactVote::add.
class VoteLanes {
public:
    explicit VoteLanes(ExactVote& vote) : vote_(vote) {}
    // languages: a StopwordLanguages mask; 0 (not a stopword) adds nothing.
    void add(std::uint8_t languages) {
        const VoteLaneAdds& adds = g_vote_lane_adds[languages & (g_vote_lane_adds.size() - 1)];
        low_ += adds.low;
        high_ += adds.high & kVoteLanesOfHigh;
        if (++pending_ == kMaxPending) flush();
    }
    // add, and one more for counted() if it is a stopword: the feature scan's
    // stopword count of its lone words rides in the vote's spare lane.
    void add_counted(std::uint8_t languages) {
        const VoteLaneAdds& adds = g_vote_lane_adds[languages & (g_vote_lane_adds.size() - 1)];
        low_ += adds.low;
        high_ += adds.high;
        if (++pending_ == kMaxPending) flush();
    }
    void flush() {
        vote_.add_lanes(low_, high_);  // lanes 0-2 of high: lane 3 is the count
        counted_ += static_cast<int>(high_ >> kStopwordCountShift);
        low_ = high_ = 0;
        pending_ = 0;
    }
    // The stopwords given to add_counted, up to the last flush().
    int counted() const { return counted_; }

private:
    // Words a lane can take before it might overflow: each adds at most one whole vote.
    static constexpr int kMaxPending = 0xFFFF / ExactVote::kWhole;
    ExactVote& vote_;
    std::uint64_t low_ = 0, high_ = 0;
    int pending_ = 0;
    int counted_ = 0;
};

// One block's census, as compute_features read it.
struct CensusFigures {
    std::array<int, kScripts> counts{};  // code points per script
    ExactVote vote;                      // the stopword vote of its Latin words
    std::size_t bytes = 0;               // the size of the text they were read from
};

}  // namespace sift
