// test_stats_units.cpp — count_scripts (eight bytes at a time, CJK decoded
// inline) against the plain definition, one code point at a time, on random
// mixtures of words, apostrophes, scripts and malformed UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "stats.h"
#include "summarize.h"
#include "utf8.h"

namespace {

// The definition: a word is a run of letters (not CJK), digits and
// combining marks, which apostrophes (' and U+2019) do not interrupt; each
// Han, Kana and Hangul code point counts by itself.
sift::ScriptCounts reference(std::string_view text) {
    sift::ScriptCounts n;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = sift::utf8::next_codepoint(text, i);
        if (sift::utf8::is_han(c)) { ++n.han; in_word = false; continue; }
        if (sift::utf8::is_kana(c)) { ++n.kana; in_word = false; continue; }
        if (sift::utf8::is_hangul(c)) { ++n.hangul; in_word = false; continue; }
        const bool word = (sift::utf8::is_letter(c) && !sift::utf8::is_cjk(c)) || sift::utf8::is_digit(c) ||
                          (c >= 0x300 && c <= 0x36F);
        if (word) {
            n.words += in_word ? 0 : 1;
            in_word = true;
        } else if (c != '\'' && c != 0x2019) {
            in_word = false;
        }
    }
    return n;
}

const std::vector<std::string> kPieces = {
    "a", "The", "rates", "don", "'", "''", "\xE2\x80\x99", "s", " ", "  ", "-", ".", "3", "42", "x1", "\n",
    "abcdefgh", "ABCDEFGHIJ", "\xC3\xA9", "\xC3\x89", "\xCC\x81", "\xE4\xBD\xA0", "\xE5\xA5\xBD", "\xE3\x81\x82",
    "\xEA\xB0\x80", "\xEF\xBC\x91", "\xEF\xBC\xA1", "\xE3\x80\x82", "\xE2\x80\x94", "\x80", "\xE2", "\xE2\x80",
    "\xC3", "\xED\xA0\x80", "\xE0\x80\x80", "\xE0\xA4\x85", "\xF0\x9F\x98\x80", "\xF0\xA0\x80\x80", "\xD0\x90\xD0\xB1",
    "\t", "\xC2\xA0",
};

}  // namespace

TEST_CASE("count_scripts: the plain definition on random mixtures", "[stats]") {
    std::mt19937 rng(5);
    std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1), length(0, 40);
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        for (std::size_t k = length(rng); k > 0; --k) text += kPieces[piece(rng)];
        INFO(text);
        sift::ScriptCounts fast;
        sift::count_scripts(text, fast);
        const sift::ScriptCounts slow = reference(text);
        CHECK(fast.words == slow.words);
        CHECK(fast.han == slow.han);
        CHECK(fast.kana == slow.kana);
        CHECK(fast.hangul == slow.hangul);
    }
}

TEST_CASE("compute_stats: sentence counts handed over by summarise", "[stats]") {
    using sift::BodyType;
    const std::vector<sift::BodyBlock> body = {
        {BodyType::H2, "A heading. With two parts."},
        {BodyType::Paragraph, "One sentence here. Another one there! And a third?"},
        {BodyType::ListItem, "A list item without an end"},
        {BodyType::Quote, "\xE4\xBB\x8A\xE5\xA4\xA9\xE5\xBE\x88\xE5\xA5\xBD\xE3\x80\x82\xE6\x88\x91\xE4\xBB\xAC\xE5\x8E\xBB\xE5\x90\xA7\xE3\x80\x82"},
    };
    const sift::Stats counted = sift::compute_stats(body);
    CHECK(counted.sentences == 3 + 1 + 2);  // headings are not counted

    // What summarise hands over agrees with counting here.
    std::vector<int> per_block;
    sift::summarise(body, "en", 0, &per_block);
    REQUIRE(per_block.size() == body.size());
    CHECK(per_block[0] == -1);  // not a summary source
    const sift::Stats reused = sift::compute_stats(body, &per_block);
    CHECK(reused.sentences == counted.sentences);
    CHECK(reused.units == counted.units);
    CHECK(reused.reading_minutes == counted.reading_minutes);

    // A known count is taken as it is; -1 is counted here.
    const std::vector<int> known = {-1, 10, -1, -1};
    CHECK(sift::compute_stats(body, &known).sentences == 10 + 1 + 2);
}
