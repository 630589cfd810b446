// test_stats_units.cpp — count_scripts (eight bytes at a time, CJK decoded
// inline) against the plain definition, one code point at a time, on random
// mixtures of words, apostrophes, scripts and malformed UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "body_blocks.h"
#include "sentences.h"
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

TEST_CASE("count_scripts: long plain ASCII stretches, whole and in pieces", "[stats]") {
    // Mostly ASCII prose, so that the sixteen- and eight-byte paths (and the
    // short tails of a text) carry most of it; counted whole and again cut
    // at random places (never inside a UTF-8 sequence: the pieces are whole)
    // with the word state carried across the cuts.
    const std::vector<std::string> pieces = {
        "the ", "council ", "Approved ", "budget", " rates", "1234567890", "  ", ", ", ". ", "x", "Q",
        "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "-", "	", "'", "it's ", "\xC3\xA9" /* é */,
        "\xE4\xBD\xA0" /* 你 */, "\xE2\x80\x99" /* ’ */,
    };
    std::mt19937 rng(61);
    for (int round = 0; round < 3000; ++round) {
        std::vector<std::string> parts;
        const int n = static_cast<int>(rng() % 60);
        for (int k = 0; k < n; ++k) parts.push_back(pieces[rng() % (k % 7 == 0 ? pieces.size() : pieces.size() - 4)]);
        std::string text;
        for (const std::string& p : parts) text += p;
        INFO(text);
        const sift::ScriptCounts slow = reference(text);
        sift::ScriptCounts whole;
        sift::count_scripts(text, whole);
        CHECK(whole.words == slow.words);
        CHECK(whole.han == slow.han);
        sift::ScriptCounts cut;
        unsigned in_word = 0;
        std::string piece;
        for (const std::string& p : parts) {
            piece += p;
            if (rng() % 3 != 0) continue;
            sift::count_scripts_continued(piece, cut, in_word);
            piece.clear();
        }
        sift::count_scripts_continued(piece, cut, in_word);
        CHECK(cut.words == slow.words);
        CHECK(cut.han == slow.han);
    }
}

TEST_CASE("compute_stats: counts handed over by summarise", "[stats]") {
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
    std::vector<sift::KnownBlockCounts> known;
    sift::summarise(body, "en", 0, &known);
    REQUIRE(known.size() == body.size());
    CHECK(known[0].sentences == -1);  // not a summary source
    CHECK(!known[0].scripts_known);
    CHECK(known[1].sentences == 3);
    CHECK(known[1].scripts_known);
    CHECK(known[1].scripts.words == 9);
    const sift::Stats reused = sift::compute_stats(body, &known);
    CHECK(reused.sentences == counted.sentences);
    CHECK(reused.units == counted.units);
    CHECK(reused.reading_minutes == counted.reading_minutes);

    // What is known is taken as it is; the rest is counted here.
    std::vector<sift::KnownBlockCounts> given(body.size());
    given[1].sentences = 10;
    given[2].scripts_known = true;
    given[2].scripts.words = 100;
    const sift::Stats mixed = sift::compute_stats(body, &given);
    CHECK(mixed.sentences == 10 + 1 + 2);
    CHECK(mixed.units == counted.units - 6 + 100);  // "A list item without an end": 6 words
}

TEST_CASE("summarise's block script counts are count_scripts' on random blocks", "[stats]") {
    // Sentence breaks without spaces, apostrophes and words at the breaks,
    // CJK enders, malformed UTF-8 next to them: the handed-over counts must
    // be exact wherever they are given.
    const std::vector<std::string> pieces = {
        "Word", "word", "it's", "'", "\xE2\x80\x99", ". ", ".", "!", "? ", ";", "\n", " ", "  ", "3", "No. 5",
        "Dr. Smith", "\xE3\x80\x82", "\xE4\xBD\xA0", "\xE5\xA5\xBD", "\xE3\x81\x82", "\xEA\xB0\x80",
        "\xEF\xBC\x81", "\x80", "\xE3\x80", "\xE2", "\xC3\xA9", "\xCC\x81", "(1)", "\"", "rates",
        "The council met", "[12]", "\xE2\x80\xA6",
    };
    std::mt19937 rng(20261129);
    int exact_blocks = 0;
    for (int round = 0; round < 2000; ++round) {
        const std::vector<sift::BodyBlock> body = random_body(rng, pieces);
        std::vector<sift::KnownBlockCounts> known;
        sift::summarise(body, "en", 0, &known);
        REQUIRE(known.size() == body.size());
        for (std::size_t b = 0; b < body.size(); ++b) {
            if (!known[b].scripts_known) continue;
            ++exact_blocks;
            INFO(body[b].text);
            const sift::ScriptCounts want = reference(body[b].text);
            CHECK(known[b].scripts.words == want.words);
            CHECK(known[b].scripts.han == want.han);
            CHECK(known[b].scripts.kana == want.kana);
            CHECK(known[b].scripts.hangul == want.hangul);
            CHECK(known[b].sentences == static_cast<int>(sift::count_sentences(body[b].text)));
        }
        const sift::Stats counted = sift::compute_stats(body);
        const sift::Stats reused = sift::compute_stats(body, &known);
        CHECK(reused.units == counted.units);
        CHECK(reused.sentences == counted.sentences);
        CHECK(reused.reading_minutes == counted.reading_minutes);
    }
    CHECK(exact_blocks > 1000);  // the handed-over counts are used, not given up on
}
