// test_summary_terms.cpp — SentenceTerms gives exactly what tokenize() gives:
// the same distinct token ids, in ascending order, with the same counts, for
// prose in several scripts and for random mixtures of words, apostrophes,
// CJK, separators and malformed UTF-8. (Its ASCII word path repeats
// tokenize()'s word rules; this is what keeps the two in step.)
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

const std::vector<std::string> kSentences = {
    "The council's budget rates rose; rating agencies rated the rates as rising.",
    "Obama\xE2\x80\x99s aides didn't say, but O'Brien's staff (and the U.S. Army) did: 2024, 3.14, x y z.",
    "Classes, boxes, studies and strandings: quickly, supply, rally, holy; stopped running.",
    "Le pr\xC3\xA9sident a parl\xC3\xA9 \xC3\xA0 l'\xC3\xA9tat, aujourd\xE2\x80\x99hui \xC3\x89T\xC3\x89 \xC3\xA9t\xC3\xA9.",
    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xB8 \xD0\x9F\xD0\xB5\xD1\x82\xD0\xB5\xD1\x80\xD0\xB1\xD1\x83\xD1\x80\xD0\xB3 \xE2\x80\x94 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1.",
    "\xE4\xBB\x8A\xE5\xA4\xA9\xE7\x9A\x84\xE5\xA4\xA9\xE6\xB0\x94\xE5\xBE\x88\xE5\xA5\xBD\xEF\xBC\x8C\xE6\x88\x91\xE4\xBB\xAC\xE5\x8E\xBB\xE5\x85\xAC\xE5\x9B\xADpark\xE5\x90\xA7\xE3\x80\x82",
    "\xE3\x81\x93\xE3\x82\x8C\xE3\x81\xAF\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xA7\xE3\x81\x99 \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xE7\x9A\x84 \xE6\x98\xAF",
    "Caf\xC3\xA9 na\xC3\xAFve re\xCC\x81sume\xCC\x81 \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 \xEF\xBC\x91\xEF\xBC\x92 rock'n'roll ''quoted'' it's its",
    "supercalifragilisticexpialidocious internationalization internationalisation antidisestablishmentarianism",
    // Words of 8 to 17 bytes, which end in the first, the second or past the second chunk.
    "Accounts ACCOUNTABILITY accountability. Governments' Wednesday's WEDNESDAYS abcdefghijklmnop abcdefghijklmnopq",
    "Researchers\xE2\x80\x99 newspapers'x 12345678 123456789 Statements\xC3\xA9 Statements",
};

// Pieces that stress word boundaries: apostrophes at edges, marks, digits,
// scripts side by side, malformed and truncated UTF-8.
const std::vector<std::string> kPieces = {
    "a", "The", "rates", "Rating", "don", "'", "\xE2\x80\x99", "s", "'s", " ", "-", ".", "3", "42", "x1",
    "\xC3\xA9", "\xC3\x89", "\xCC\x81", "\xE4\xBD\xA0", "\xE5\xA5\xBD", "\xE7\x9A\x84", "\xE3\x81\x82",
    "\xEA\xB0\x80", "\xEF\xBC\x91", "\xEF\xBC\xA1", "\x80", "\xE2", "\xE2\x80", "\xC3", "\xF0\x9F\x98\x80",
    "studies", "boxes", "the", "and", "\xD0\x90\xD0\xB1", "\t", "\xC2\xA0", "supply", "ly", "Ies",
};

}  // namespace

TEST_CASE("SentenceTerms: the ids and counts of tokenize()", "[summarize]") {
    sift::SentenceTerms terms(0);  // grows from its smallest tables
    for (const std::string& s : kSentences) {
        INFO(s);
        CHECK(through_terms(terms, s) == reference(s));
        CHECK(through_terms(terms, s) == reference(s));  // the second time from remembered words
    }
}

TEST_CASE("SentenceTerms: random mixtures match tokenize()", "[summarize]") {
    std::mt19937 rng(20240607);
    std::vector<std::string> texts;  // kept alive: SentenceTerms holds views into them
    texts.reserve(3000);
    sift::SentenceTerms terms(0);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int pieces = static_cast<int>(rng() % 30);
        for (int k = 0; k < pieces; ++k) {
            if (rng() % 10 == 0) text += static_cast<char>(rng() % 256);
            else text += kPieces[rng() % kPieces.size()];
        }
        texts.push_back(std::move(text));
        INFO(texts.back());
        REQUIRE(through_terms(terms, texts.back()) == reference(texts.back()));
    }
}

TEST_CASE("SentenceTerms: long sentences, words at every offset of the sixteen-byte windows", "[summarize]") {
    // Words of 1 to 20 bytes in both cases, some running past a window's end
    // or filling one whole, apostrophes and non-ASCII bytes right after a
    // word and right at a window's edge, and a lead-in of 0..17 bytes that
    // moves everything along.
    const std::vector<std::string> words = {
        "a", "of", "The", "rates", "RATING", "Council's", "governments", "accountability", "ABCDEFGHIJKLMNOP",
        "abcdefghijklmnopq", "internationalization", "x1", "2024", "don't", "it\xE2\x80\x99s", "caf\xC3\xA9",
        "\xC3\xA9t\xC3\xA9", "\xE4\xBB\x8A\xE5\xA4\xA9", "'quoted'", "studies", "Wednesday's",
    };
    const std::vector<std::string> gaps = {" ", "  ", ", ", ". ", " - ", "(", ")", "\t", "\xE2\x80\x94", "'", ""};
    std::mt19937 rng(1616);
    std::vector<std::string> texts;  // kept alive: SentenceTerms holds views into them
    texts.reserve(2000);
    sift::SentenceTerms terms(0);
    for (int round = 0; round < 2000; ++round) {
        std::string text(rng() % 18, ' ');
        const int n = 1 + static_cast<int>(rng() % 40);
        for (int k = 0; k < n; ++k) {
            text += words[rng() % words.size()];
            text += gaps[rng() % gaps.size()];
        }
        texts.push_back(std::move(text));
        INFO(texts.back());
        REQUIRE(through_terms(terms, texts.back()) == reference(texts.back()));
    }
}

// The buffer form of the stemmer that SentenceTerms uses for short words:
// the same stems as stem_light, whichever rule (or none) applies, including
// the one that rewrites a byte ("ies" -> "y") and the undoubling after -ing/-ed.
TEST_CASE("stem_light_length: the stems of stem_light, on a buffer", "[summarize]") {
    const char* words[] = {"rates", "rating", "rated", "rate", "studies", "ties", "boxes", "running", "stopped",
                           "falling", "quickly", "family", "families", "supply", "bus", "status", "analysis",
                           "strandings", "classes", "wishes", "agreed", "sing", "ring", "red", "the", "abc",
                           "ugly", "holy", "monopoly", "naïve", "cafés", "x2es", "dressed", "buzzing"};
    for (const char* w : words) {
        INFO(w);
        std::string buffer = w;
        buffer += "#####";  // bytes past the word must stay untouched
        const std::size_t n = sift::stem_light_length(&buffer[0], std::string(w).size());
        CHECK(buffer.substr(0, n) == sift::stem_light(w));
        CHECK(buffer.substr(std::string(w).size()) == "#####");
    }
}
