// test_summary_short_words.cpp — SentenceTerms' eight-bytes-at-a-time path
// for short ASCII words gives what tokenize() gives at its edges: words of
// 7, 8, 9, 16 and 17 bytes, every mix of case, a word cut by the end of the
// text (the last chunk is read short), and words that end at an apostrophe
// or at a non-ASCII byte, which leave the fast path.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "summary_terms.h"
#include "summary_terms_reference.h"
#include "tokens.h"

namespace {

using summary_terms_test::IdCounts;
using summary_terms_test::reference;
using summary_terms_test::through_terms;

// Letters (digits now and then) in random case, `size` bytes.
std::string random_word(std::mt19937& rng, std::size_t size) {
    static const std::string kLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string w;
    for (std::size_t k = 0; k < size; ++k) w += kLetters[rng() % (rng() % 8 == 0 ? kLetters.size() : 52)];
    return w;
}

}  // namespace

TEST_CASE("SentenceTerms: short-word edges match tokenize()", "[summarize]") {
    const std::vector<std::string> texts = {
        "Rational RATIONAL rational rationals Rationale",        // 8, 9 bytes, case
        "internationalize INTERNATIONALIZE internationalizes",   // 16, 17 bytes
        "seventy sevenths", "abcdefgh", "abcdefghi", "a", "ab", "The the THE tHe",
        "studies' studies's don't rock'n'roll O'Brien's Obama\xE2\x80\x99s",
        "caf\xC3\xA9s r\xC3\xA9sum\xC3\xA9 word\xE2\x80\x94word word\xC2\xA0word",
        "12345678 123456789 1234567a",
    };
    std::vector<std::string> prefixes;  // kept alive: SentenceTerms holds views into them
    for (const std::string& text : texts)
        for (std::size_t cut = 0; cut <= text.size(); ++cut) prefixes.push_back(text.substr(0, cut));  // the end falls everywhere
    sift::SentenceTerms terms(0);
    for (const std::string& prefix : prefixes) {
        INFO(prefix);
        CHECK(through_terms(terms, prefix) == reference(prefix));
    }
}

TEST_CASE("SentenceTerms: random short and long words match tokenize()", "[summarize]") {
    std::mt19937 rng(20250101);
    const std::vector<std::string> separators = {" ", "  ", ", ", ". ", "'", "-", "\xE2\x80\x99", "\xC3\xA9", "\n", "\xE4\xBD\xA0"};
    std::vector<std::string> texts;  // kept alive: SentenceTerms holds views into them
    texts.reserve(2000);
    sift::SentenceTerms terms(0);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int words = static_cast<int>(rng() % 12);
        for (int k = 0; k < words; ++k) {
            text += random_word(rng, 1 + rng() % 20);
            text += separators[rng() % separators.size()];
        }
        if (!text.empty() && rng() % 2) text.pop_back();  // sometimes end inside a word or separator
        texts.push_back(std::move(text));
        INFO(texts.back());
        REQUIRE(through_terms(terms, texts.back()) == reference(texts.back()));
    }
}
