// keyword_stem.cpp — stem_light_chars: the rules of stem_light_in_place
// (tokens.cpp), read off the end of a buffer.
#include "keyword_stem.h"

#include <array>
#include <string_view>

namespace sift {
namespace {

constexpr std::size_t kMinStem = 3;  // as in tokens.cpp: "bus", "gas", "is" must not shrink

// Words ending in "ly" that are no adverbs (the list of tokens.cpp; the
// agreement test covers every one of them).
constexpr std::array<std::string_view, 12> kNotAdverbs = {
    "anomaly", "apply", "assembly", "belly", "bully", "holy",
    "italy", "monopoly", "rally", "reply", "supply", "ugly",
};

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool any_vowel(const char* w, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k)
        if (vowel(w[k])) return true;
    return false;
}

// Whether w[0..n) ends in `tail` (1-4 bytes: a byte loop beats a memcmp call).
bool ends(const char* w, std::size_t n, std::string_view tail) {
    if (n < tail.size()) return false;
    const char* p = w + (n - tail.size());
    for (std::size_t k = 0; k < tail.size(); ++k)
        if (p[k] != tail[k]) return false;
    return true;
}

}  // namespace

std::size_t stem_light_chars(char* w, std::size_t n, bool az_only) {
    if (n < 4) return n;
    if (!az_only)
        for (std::size_t k = 0; k < n; ++k)
            if (w[k] < 'a' || w[k] > 'z') return n;  // not an English-looking word: kept
    // The rules in stem_light_in_place's order; each suffix's last letter
    // picks the only rules that can apply (a word ends in one letter).
    bool verbal = false;
    switch (w[n - 1]) {
    case 's':
        if (ends(w, n, "ings") && n >= kMinStem + 4 && any_vowel(w, n - 4)) {
            n -= 4;
            verbal = true;
        } else if (ends(w, n, "ies") && n >= 5) {
            n -= 2;
            w[n - 1] = 'y';
        } else if (ends(w, n, "sses")) {
            n -= 2;
        } else if (ends(w, n, "shes") || ends(w, n, "ches") || ends(w, n, "xes") || ends(w, n, "zes")) {
            n -= 2;
        } else if (w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
            n -= 1;
        }
        break;
    case 'g':
        if (ends(w, n, "ing") && n >= kMinStem + 3 && any_vowel(w, n - 3)) {
            n -= 3;
            verbal = true;
        }
        break;
    case 'd':
        if (w[n - 2] == 'e' && w[n - 3] != 'e' && n >= kMinStem + 2 && any_vowel(w, n - 2)) {
            n -= 2;
            verbal = true;
        }
        break;
    case 'y':
        if (w[n - 2] == 'l' && n >= 6 && w[n - 3] != 'i') {
            const std::string_view word(w, n);
            bool adverb = true;
            for (const std::string_view not_adverb : kNotAdverbs) adverb = adverb && word != not_adverb;
            if (adverb) n -= 2;
        }
        break;
    default:
        break;
    }
    // "stopp" -> "stop"; "fall", "pass", "buzz" keep their doubled letter.
    if (verbal && n >= 2 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' &&
        w[n - 1] != 'z')
        --n;
    if (n > kMinStem && w[n - 1] == 'e') --n;  // a silent e: "rate", "rated", "rates" meet at "rat"
    return n;
}

}  // namespace sift
