// test_sentences.cpp — split_sentences as a data table: input, expected sentences.
// Covers CJK enders and closers, ASCII punctuation inside CJK text, and the
// Latin guards (abbreviations, initials, decimals, ellipses, lower-case
// continuations, quotes, list numbers, citation marks, German ordinals).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sentences.h"

namespace {

struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> expected;
};

const std::vector<Case> kCases = {
    {"simple English", "The sky is blue. The grass is green.", {"The sky is blue.", "The grass is green."}},
    {"titles before names", "Dr. Smith met Mrs. Jones. They talked.", {"Dr. Smith met Mrs. Jones.", "They talked."}},
    {"initials", "J. K. Rowling wrote a book. It sold well.", {"J. K. Rowling wrote a book.", "It sold well."}},
    {"decimal", "Pi is about 3.14 in most uses. Fine.", {"Pi is about 3.14 in most uses.", "Fine."}},
    {"time abbreviation mid-sentence", "We met at 3 p.m. on Friday. Then we left.", {"We met at 3 p.m. on Friday.", "Then we left."}},
    {"dotted abbreviation then a function word", "She moved to the U.S. The move was hard.",
     {"She moved to the U.S.", "The move was hard."}},
    {"dotted abbreviation then a name", "The U.S. Army arrived. Good.", {"The U.S. Army arrived.", "Good."}},
    {"abbreviations of every length", "Prof. Xavier met Capt. Rogers approx. once. Sept. 5 was the day. They left.",
     {"Prof. Xavier met Capt. Rogers approx. once.", "Sept. 5 was the day.", "They left."}},
    {"e.g. before lower case", "Use a tool, e.g. a hammer. Done.", {"Use a tool, e.g. a hammer.", "Done."}},
    {"number abbreviations", "See Fig. 2 and No. 7 here. The answer is no. We left.",
     {"See Fig. 2 and No. 7 here.", "The answer is no.", "We left."}},
    {"quotes after the period", "He said \"stop.\" Then he left.", {"He said \"stop.\"", "Then he left."}},
    {"curly quotes", "\xE2\x80\x9C" "We won.\xE2\x80\x9D The crowd cheered.", {"\xE2\x80\x9C" "We won.\xE2\x80\x9D", "The crowd cheered."}},
    {"question then lower case", "\"Really?\" she asked. Yes!", {"\"Really?\" she asked.", "Yes!"}},
    {"ellipsis", "Wait... what? I thought so... Then it rained.", {"Wait... what?", "I thought so...", "Then it rained."}},
    {"unicode ellipsis", "It went on\xE2\x80\xA6 and on. Stop.", {"It went on\xE2\x80\xA6 and on.", "Stop."}},
    {"exclamation run", "No way?! Yes way.", {"No way?!", "Yes way."}},
    {"list number", "1. Preheat the oven. 2. Mix the flour.", {"1. Preheat the oven.", "2. Mix the flour."}},
    {"citation marks", "It is large.[12] It is cold.[a][3] End.", {"It is large.[12]", "It is cold.[a][3]", "End."}},
    {"line breaks end sentences", "First line\nSecond line", {"First line", "Second line"}},
    {"no final punctuation", "A title without a period", {"A title without a period"}},
    {"French", "Le président a parlé. M. Dupont a répondu à 14 h. C\xE2\x80\x99" "est fini !",
     {"Le président a parlé.", "M. Dupont a répondu à 14 h.", "C\xE2\x80\x99" "est fini !"}},
    {"German ordinal date", "Am 3. Oktober ist Feiertag. Das ist z.B. schön.", {"Am 3. Oktober ist Feiertag.", "Das ist z.B. schön."}},
    {"Chinese", "今天天气很好。我们去公园吧！你去吗？", {"今天天气很好。", "我们去公园吧！", "你去吗？"}},
    {"Chinese closing quote", "他说：“我们赢了。”大家都笑了。", {"他说：“我们赢了。”", "大家都笑了。"}},
    {"Chinese semicolon and ellipsis", "办实事；开新局……下一步。", {"办实事；", "开新局……", "下一步。"}},
    {"ASCII punctuation in Chinese", "办实事开新局;推动融合!继续努力.好", {"办实事开新局;", "推动融合!", "继续努力.", "好"}},
    {"Chinese book title brackets", "他读了《红楼梦》。很好。", {"他读了《红楼梦》。", "很好。"}},
    {"Chinese version number", "版本2.0发布了。", {"版本2.0发布了。"}},
    {"stars are no enders", "A *bold* claim. Next **one** here*", {"A *bold* claim.", "Next **one** here*"}},
    {"Devanagari danda", "यह पहला वाक्य है। यह दूसरा है।", {"यह पहला वाक्य है।", "यह दूसरा है।"}},
    {"Arabic question mark", "هل أنت هنا؟ نعم.", {"هل أنت هنا؟", "نعم."}},
    {"long dotted word then a function word", "Visit www.example.com. The site is new.", {"Visit www.example.com.", "The site is new."}},
    {"long dotted word then a name", "Visit www.example.com. Alice runs it.", {"Visit www.example.com. Alice runs it."}},
    {"long word before the period", "It was extraordinarily. Fine indeed.", {"It was extraordinarily.", "Fine indeed."}},
    {"accented word before the period", "Das ist ein Café. Neu hier.", {"Das ist ein Café.", "Neu hier."}},
    {"white space only", "   \n  ", {}},
    {"empty", "", {}},
};

}  // namespace

TEST_CASE("split_sentences: table", "[sentences]") {
    for (const Case& c : kCases) {
        INFO(c.name);
        const std::vector<std::string_view> got = sift::split_sentences(c.text);
        std::vector<std::string> strings(got.begin(), got.end());
        CHECK(strings == c.expected);
    }
}

TEST_CASE("split_sentences: views point into the input, trimmed, non-empty", "[sentences]") {
    const std::string text = "  One here.   Two there!  三。 ";
    for (std::string_view s : sift::split_sentences(text)) {
        REQUIRE(!s.empty());
        CHECK(s.data() >= text.data());
        CHECK(s.data() + s.size() <= text.data() + text.size());
        CHECK(s.front() != ' ');
        CHECK(s.back() != ' ');
    }
}

TEST_CASE("split_sentences: pathological input stays linear", "[sentences]") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "a. [ ";
    const auto got = sift::split_sentences(text);
    CHECK(!got.empty());
}

TEST_CASE("split_sentences: every table case after a long lead-in, at every alignment", "[sentences]") {
    // The search for the next possible break goes sixteen, eight and one
    // byte at a time: each case, moved along by 0..40 bytes of a sentence of
    // plain words (no byte of it may end one), splits the same, with the
    // lead-in as one more sentence in front.
    for (const Case& c : kCases) {
        if (c.expected.empty()) continue;
        for (std::size_t pad = 1; pad <= 40; ++pad) {
            const std::string lead = std::string(pad, 'w') + " plain words without an end";
            const std::string text = lead + "\n" + c.text;
            INFO(c.name << " after " << pad << " bytes");
            const std::vector<std::string_view> got = sift::split_sentences(text);
            std::vector<std::string> strings(got.begin(), got.end());
            std::vector<std::string> want = {lead};
            want.insert(want.end(), c.expected.begin(), c.expected.end());
            CHECK(strings == want);
        }
    }
}

TEST_CASE("split_sentences: a break in the last bytes of a text of any length", "[sentences]") {
    // The sixteen-byte search ends with one overlapping read of the text's
    // last sixteen bytes: a break anywhere in them is found, and one before
    // them is not found twice.
    for (std::size_t words = 1; words <= 40; ++words) {
        const std::string lead(words, 'x');
        INFO(words << " bytes before the break");
        const std::string line_break = lead + "\nY", ideographic = lead + "\xE3\x80\x82" "Y", early = "A.\n" + lead;
        const std::string ideographic_first = lead + "\xE3\x80\x82";
        CHECK(sift::split_sentences(line_break) == std::vector<std::string_view>{lead, "Y"});
        CHECK(sift::split_sentences(ideographic) == std::vector<std::string_view>{ideographic_first, "Y"});
        CHECK(sift::split_sentences(early) == std::vector<std::string_view>{"A.", lead});
        CHECK(sift::count_sentences(lead + "! Yes") == 2);
    }
}
