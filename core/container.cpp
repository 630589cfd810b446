// container.cpp — see container.h. Input: HTML blocks with their ancestor ids
// and the classifier's local weights. Output: the blocks of the best element.
// Linear: each block credits at most Block::kAncestorLevels elements.
#include "container.h"

#include <algorithm>
#include <unordered_map>

namespace sift {
namespace {

// Credit to the k-th enclosing element: the block's own element and its
// parent get all of it, the grandparent half, further ones 1/(3k) — deep
// wrappers (body, page divs) collect everything and must not win by default.
double credit_factor(int level) {
    if (level <= 1) return 1.0;
    if (level == 2) return 0.5;
    return 1.0 / (3.0 * level);
}

constexpr int kFirstScoredLevel = 1;  // a lone <p> is not a container: start at its parent
constexpr double kSiblingShare = 0.2;  // a sibling with this share of the winner's prose belongs to the article
constexpr double kMinSiblingScore = 10; // ... and at least a sentence's worth
constexpr double kWrapperSlack = 0.05;  // a parent adding under 5% more prose is just a wrapper ...
constexpr int kWrapperChromeBlocks = 3; // ... if it adds no more than a byline and a share bar

}  // namespace

Region best_container_region(const std::vector<Block>& blocks, const std::vector<double>& weights) {
    std::unordered_map<int, double> score;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // Slide counters ("3/50") count against their element: a slideshow's
        // captions can outweigh the article they sit beside.
        const bool slideshow = b.f.pattern == "gallery";
        if ((weights[i] <= 0 && !slideshow) || b.ancestors[0] < 0 || b.tag_path.empty()) continue;
        const double credit = weights[i] * (1.0 - b.link_share);
        for (int level = kFirstScoredLevel; level < Block::kAncestorLevels && b.ancestors[level] >= 0; ++level)
            score[b.ancestors[level]] += credit * credit_factor(level);
    }
    int best = -1;
    double best_score = 0;
    for (const auto& [id, s] : score)
        if (s > best_score || (s == best_score && id < best)) { best_score = s; best = id; }
    if (best < 0) return Region{0, 0};

    // Climb through wrappers that add no prose of their own (a column div
    // inside a column div), so siblings are looked for at the level where the
    // article's parts actually sit side by side.
    struct Content {
        double prose = 0;  // total positive weight
        int chrome = 0;    // blocks with no positive weight
    };
    auto content_under = [&](int element) {
        Content c;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto& a = blocks[i].ancestors;
            if (std::find(a.begin(), a.end(), element) == a.end()) continue;
            if (weights[i] > 0) c.prose += weights[i];
            else ++c.chrome;
        }
        return c;
    };
    auto parent_of = [&](int element) {
        for (const Block& b : blocks) {
            const auto at = std::find(b.ancestors.begin(), b.ancestors.end(), element);
            if (at != b.ancestors.end()) return at + 1 != b.ancestors.end() ? *(at + 1) : -1;
        }
        return -1;
    };
    Content own = content_under(best);
    int parent = parent_of(best);
    for (int climb = 0; climb < Block::kAncestorLevels && parent >= 0 && parent != Block::kDocumentRoot; ++climb) {
        const Content up = content_under(parent);
        if (up.prose > own.prose * (1.0 + kWrapperSlack) || up.chrome > own.chrome + kWrapperChromeBlocks) break;
        best = parent;
        own = up;
        parent = parent_of(best);
    }
    const double own_total = own.prose;
    // Siblings under the same parent join when they carry enough prose of
    // their own (an article split into several divs, a lead outside the body div).
    std::unordered_map<int, double> sibling_total;
    if (parent >= 0) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto& a = blocks[i].ancestors;
            const auto at = std::find(a.begin(), a.end(), parent);
            if (at == a.end() || at == a.begin() || weights[i] <= 0) continue;
            sibling_total[*(at - 1)] += weights[i] * (1.0 - blocks[i].link_share);
        }
    }
    const double sibling_threshold = std::max(kMinSiblingScore, kSiblingShare * own_total);
    Region r{-1, -1};
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto& a = blocks[i].ancestors;
        bool inside = std::find(a.begin(), a.end(), best) != a.end();
        if (!inside && parent >= 0) {
            const auto at = std::find(a.begin(), a.end(), parent);
            if (at != a.end() && at != a.begin()) {
                const auto it = sibling_total.find(*(at - 1));
                inside = it != sibling_total.end() && it->second >= sibling_threshold;
            }
        }
        if (!inside) continue;
        if (r.begin < 0) r.begin = static_cast<int>(i);
        r.end = static_cast<int>(i) + 1;
    }
    return r.begin < 0 ? Region{0, 0} : r;
}

}  // namespace sift
