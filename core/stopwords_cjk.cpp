// stopwords_cjk.cpp — the Chinese function characters of stopwords.h
// (is_cjk_function_char), apart from the Latin-script word tables: a CJK
// bigram's test is one load from a bit set built at compile time.
#include <array>
#include <cstddef>
#include <cstdint>

#include "stopwords.h"

namespace sift {
namespace {

// Chinese function characters, sorted by code point for binary search.
// Particles, copulas, conjunctions, prepositions, pronouns, negation: the
// glue between terms, never the start or end of one.
constexpr std::array<char32_t, 48> kCjkFunctionChars = [] {
    std::array<char32_t, 48> a = {
        U'的', U'了', U'是', U'在', U'和', U'与', U'及', U'也', U'就', U'都', U'而', U'之',
        U'等', U'对', U'把', U'被', U'从', U'向', U'为', U'以', U'于', U'或', U'并', U'但',
        U'又', U'还', U'这', U'那', U'其', U'该', U'此', U'着', U'过', U'吗', U'呢', U'吧',
        U'啊', U'个', U'将', U'不', U'我', U'你', U'他', U'她', U'它', U'们', U'即', U'则',
    };
    // constexpr insertion sort: the list above stays in a readable order.
    for (std::size_t i = 1; i < a.size(); ++i)
        for (std::size_t j = i; j > 0 && a[j] < a[j - 1]; --j) {
            const char32_t t = a[j]; a[j] = a[j - 1]; a[j - 1] = t;
        }
    return a;
}();

// The same set as bits over its span (in the Han block: about 2 KB of
// bits), so a CJK bigram's test is one load, not a binary search.
constexpr char32_t kFirstFunctionChar = kCjkFunctionChars.front();
constexpr char32_t kLastFunctionChar = kCjkFunctionChars.back();
constexpr std::size_t kFunctionCharWords = (kLastFunctionChar - kFirstFunctionChar) / 64 + 1;
constexpr std::array<std::uint64_t, kFunctionCharWords> kFunctionCharBits = [] {
    std::array<std::uint64_t, kFunctionCharWords> bits{};
    for (const char32_t c : kCjkFunctionChars) bits[(c - kFirstFunctionChar) / 64] |= std::uint64_t{1} << ((c - kFirstFunctionChar) % 64);
    return bits;
}();

}  // namespace

bool is_cjk_function_char(char32_t cp) {
    if (cp < kFirstFunctionChar || cp > kLastFunctionChar) return false;
    const char32_t k = cp - kFirstFunctionChar;
    return (kFunctionCharBits[k / 64] >> (k % 64)) & 1;
}

}  // namespace sift
