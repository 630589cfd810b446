// test_keyword_scan.cpp — the keywords' own word scanner (keyword_scan.h)
// must give exactly scan_words' spans: on prose in several scripts, on the
// corpus bodies' kinds of punctuation, and on random mixtures of letters,
// digits, apostrophes, hyphens, spaces, CJK and broken UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "keyword_index.h"
#include "keyword_scan.h"
#include "tokens.h"

namespace {

// The sentence-start rule read backwards from the word, as the counter
// once did: skip blanks, quotes and opening brackets, then a sentence end,
// a colon, a line break or the start of the text starts a sentence.
bool starts_sentence(const std::string& text, std::size_t begin) {
    std::size_t k = begin;
    while (k > 0) {
        const char c = text[k - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t') { --k; continue; }
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t start = k - 1;
            while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
            std::size_t j = start;
            const char32_t cp = sift::utf8::next_codepoint(text, j);
            if (cp == 0x201C || cp == 0x2018 || cp == 0xA0) { k = start; continue; }
            return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
    }
    return true;
}

// `valid`: the text is well-formed UTF-8 (read backwards, broken UTF-8 may
// decode differently, and the counter only ever sees decoded text).
void check_same_spans(const std::string& text, bool valid = true) {
    std::vector<sift::WordSpan> expected;
    std::vector<sift::KeywordSpan> actual;
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
        if (valid) CHECK(actual[k].sentence_start == starts_sentence(text, actual[k].begin));
        if (actual[k].has_packed) {
            const std::size_t n = actual[k].end - actual[k].begin;
            REQUIRE(n <= 16);
            CHECK(actual[k].packed == (n <= 8 ? sift::pack_short(text.data() + actual[k].begin, n)
                                              : sift::pack_wide(text.data() + actual[k].begin, n).first));
        }
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

TEST_CASE("keyword scan: the last words of a text are packed too", "[keywords]") {
    // Words within eight bytes of the text's end are read from its last
    // eight bytes; those the text ends, or an ASCII byte, are packed; an
    // apostrophe or other character after them leaves them to word_end.
    // (A text shorter than eight bytes is not packed at all.)
    const auto last = [](const std::string& text) {
        std::vector<sift::KeywordSpan> spans;
        sift::scan_keyword_spans(text, spans);
        REQUIRE(!spans.empty());
        return spans.back();
    };
    for (const std::string text : {"this is the end", "a quick fox.", "ends with tariffs", "abc x yz", "long text, ab!"}) {
        INFO(text);
        check_same_spans(text);
        const sift::KeywordSpan span = last(text);
        CHECK(span.has_packed);
        CHECK(span.packed == sift::pack_short(text.data() + span.begin, span.end - span.begin));
    }
    for (const std::string text : {"the dogs'", "the dog's", "a caf\xC3\xA9", "the word\xE2\x80\x94"}) {
        INFO(text);
        check_same_spans(text);
        CHECK_FALSE(last(text).has_packed);
    }
}

TEST_CASE("keyword scan: words of 8..16 bytes are packed whole", "[keywords]") {
    // Packed (8 bytes whole, 9..16 their first eight), also at the text's
    // end; past 16 bytes, or before an apostrophe or another character, they
    // are left to word_end.
    const auto spans_of = [](const std::string& text) {
        std::vector<sift::KeywordSpan> spans;
        sift::scan_keyword_spans(text, spans);
        return spans;
    };
    for (const std::string text : {"an industry report", "industry", "the governments", "Administration.",
                                    "two thousandths", "a telecommunicate x", "abcdefghijklmnop", "abcdefghijklmnop q",
                                    "abcdefghijklmnop, x"}) {
        INFO(text);
        check_same_spans(text);
        for (const sift::KeywordSpan& span : spans_of(text)) CHECK(span.has_packed);
    }
    for (const std::string text : {"internationalisation", "the administration's", "governments\xE2\x80\x99", "caf\xC3\xA9terias",
                                    "administrative\xC3\xA9", "abcdefghijklmnopq"}) {
        INFO(text);
        check_same_spans(text);
        const std::vector<sift::KeywordSpan> spans = spans_of(text);
        REQUIRE(!spans.empty());
        CHECK_FALSE(spans.back().has_packed);
    }
}

TEST_CASE("keyword scan: words of every length up to 20 bytes, with room after them, are packed up to 16", "[keywords]") {
    // Each word has at least sixteen bytes of text from its start (read in
    // one step where SSE2 is there, in two eight-byte steps elsewhere).
    // Packed when at most 16 bytes long and an ASCII byte that is no
    // apostrophe follows; left to word_end otherwise.
    const std::string letters = "Abcdefghij0123456789";
    for (std::size_t n = 1; n <= letters.size(); ++n) {
        for (const std::string after : {" ", ",", ".", "-", "'", "\xE2\x80\x99", "\xC3\xA9"}) {
            const std::string text = letters.substr(0, n) + after + " and some more words after it";
            INFO(text);
            check_same_spans(text);
            std::vector<sift::KeywordSpan> spans;
            sift::scan_keyword_spans(text, spans);
            REQUIRE(!spans.empty());
            const bool ascii_after = static_cast<unsigned char>(after[0]) < 0x80 && after != "'";
            CHECK(spans[0].has_packed == (n <= 16 && ascii_after));
        }
    }
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
        "!", "?", ":", "\xE3\x80\x82", "\xEF\xBC\x81", "\xE2\x80\x9C", "\xE2\x80\x98",  // sentence ends, opening quotes
        "Administration", "rates", "12345678",                          // words past eight bytes, and at eight
        "\xE2\x80", "\x80", "\xC3", "\xF5", "\xED\xA0\x80",              // broken UTF-8 (kept last)
    };
    const std::size_t first_broken = pieces.size() - 5;
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        bool valid = true;
        for (int k = length(rng); k > 0; --k) {
            const std::size_t piece = pick(rng);
            text += pieces[piece];
            valid = valid && piece < first_broken;
        }
        check_same_spans(text, valid);
    }
}
