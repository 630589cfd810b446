// test_keyword_scan.cpp — the keywords' own word scanner (keyword_scan.h)
// must give exactly scan_words' spans: on prose in several scripts, on the
// corpus bodies' kinds of punctuation, and on random mixtures of letters,
// digits, apostrophes, hyphens, spaces, CJK and broken UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "keyword_scan.h"
#include "tokens.h"

namespace {

void check_same_spans(const std::string& text) {
    std::vector<sift::WordSpan> expected, actual;
    sift::scan_words(text, expected);
    sift::scan_keyword_spans(text, actual);
    INFO(text);
    REQUIRE(actual.size() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        INFO("span " << k);
        CHECK(actual[k].begin == expected[k].begin);
        CHECK(actual[k].end == expected[k].end);
        CHECK(actual[k].cjk == expected[k].cjk);
        CHECK(actual[k].joined == expected[k].joined);
        CHECK(actual[k].hyphenated == expected[k].hyphenated);
    }
}

}  // namespace

TEST_CASE("keyword scan: prose in several scripts matches scan_words", "[keywords]") {
    for (const std::string text : {
             std::string(""), std::string("   "), std::string("word"), std::string(" word "),
             std::string("Obama's administration, the two-year-old plan \xE2\x80\x94 don\xE2\x80\x99t stop."),
             std::string("rock 'n' roll; dogs' food; 'quoted' words' end'"),
             std::string("L'\xC3\xA9t\xC3\xA9 \xC3\xA0 Paris\xC2\xA0: 12\xE2\x80\x91" "000 caf\xC3\xA9s\xE2\x80\x90" "bars"),
             std::string("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"),
             std::string("\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x85\xB1\xE4\xBA\xA7\xE5\x85\x9A\xE7\x9A\x84" "AI\xE6\x8A\x80\xE6\x9C\xAF 2024\xE5\xB9\xB4"),
             std::string("\xE3\x82\xAB\xE3\x82\xBF\xE3\x82\xAB\xE3\x83\x8A\xE3\x81\xB2\xE3\x82\x89 \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text"),
             std::string("e\xCC\x81t\xCC\x81 \xEF\xBC\xA1\xEF\xBC\x91 tab\there\nnew\r\nline\f\v end-"),
             std::string("-lead --double - gap \xE2\x80\x90 word'"),
         })
        check_same_spans(text);
}

TEST_CASE("keyword scan: random mixtures match scan_words", "[keywords]") {
    const std::vector<std::string> pieces = {
        "a", "Z", "q", "7", "0", "word", "The", " ", "  ", "\t", "\n", "\r", "\v", "\f", "'", "\xE2\x80\x99", "-",
        "\xE2\x80\x90", ".", ",", "\"", "(", "_", "\x7F", "\x01",
        "\xC2\xA0", "\xE2\x80\x83", "\xE3\x80\x80", "\xC2\x85",          // Unicode spaces
        "\xC3\xA9", "\xC3\x89", "\xC3\x97", "\xCC\x81", "\xD0\x96", "\xCE\xB1", "\xD7\xA9", "\xE0\xA4\x95",
        "\xEF\xBC\x91", "\xEF\xBC\xA1",                                  // full-width digit and letter
        "\xE4\xB8\xAD", "\xE7\x9A\x84", "\xE3\x81\x82", "\xE3\x82\xA2", "\xE3\x83\xBB", "\xED\x95\x9C",
        "\xF0\xA0\x80\x80", "\xF0\x9F\x98\x80",                          // a supplementary Han, an emoji
        "\xE2\x80", "\x80", "\xC3", "\xF5", "\xED\xA0\x80",              // broken UTF-8
    };
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
        check_same_spans(text);
    }
}
