// The shortcuts of the feature, classify and metadata scans give exactly the
// plain answers: find_ascii_ci eight bytes at a time against a byte loop.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ascii_case.h"
#include "dates.h"
#include "decode.h"
#include "block_features.h"
#include "feature_phrase_search.h"
#include "patterns.h"
#include "stopwords.h"
#include "utf8.h"

namespace {

std::size_t naive_find_ascii_ci(std::string_view text, std::string_view phrase, std::size_t from) {
    for (std::size_t i = from; i + phrase.size() <= text.size(); ++i)
        if (sift::starts_with_ascii_ci(text.substr(i), phrase)) return i;
    return std::string_view::npos;
}

// A small deterministic generator: the texts mix letters of both cases, the
// bytes around them ('@', '`', '[', '{'), digits and UTF-8 lead/continuation bytes.
struct Bytes {
    std::uint32_t state = 12345;
    char next() {
        static constexpr char kAlphabet[] = "aAbBpPoOtT@`[{ .0\xC3\xA9\xE2\x80";
        state = state * 1103515245u + 12345u;
        return kAlphabet[(state >> 16) % (sizeof kAlphabet - 1)];
    }
};

}  // namespace

TEST_CASE("find_ascii_ci finds what a byte loop finds, at every offset and length", "[features]") {
    Bytes gen;
    for (std::string_view phrase : {"a", "photo", "bo", ".0", "@p", "`a", "{t"}) {
        for (int round = 0; round < 400; ++round) {
            std::string text;
            const std::size_t length = static_cast<std::size_t>(round % 37);
            for (std::size_t k = 0; k < length; ++k) text += gen.next();
            if (round % 5 == 0 && length > phrase.size()) text.replace(length / 2, phrase.size(), phrase);
            for (std::size_t from = 0; from <= text.size(); from += 3)
                CHECK(sift::find_ascii_ci(text, phrase, from) == naive_find_ascii_ci(text, phrase, from));
        }
    }
    CHECK(sift::find_ascii_ci("A Getty Images photo", "getty") == 2);
    CHECK(sift::find_ascii_ci("PHOTO", "photo") == 0);
    CHECK(sift::find_ascii_ci("phot", "photo") == std::string_view::npos);
}

TEST_CASE("stopword_languages_packed answers as stopword_languages", "[features]") {
    for (std::string_view word : {"the", "de", "a", "und", "über", "qu'il", "don't", "don\xE2\x80\x99t", "can\xE2\x80\x99t", "cat",
                                  "themselves", "ourselves", "abcdefghijklmnop", "é", "d'une", "aren\xE2\x80\x99t"}) {
        std::uint64_t low = 0, high = 0;
        char bytes[16] = {};
        std::memcpy(bytes, word.data(), word.size());
        std::memcpy(&low, bytes, 8);
        std::memcpy(&high, bytes + 8, 8);
        CAPTURE(word);
        CHECK(sift::stopword_languages_packed(low, high, word.size()) == sift::stopword_languages(word));
    }
}

TEST_CASE("append_lower copies three-byte characters as to_lower maps them, malformed ones too", "[features]") {
    const unsigned char seconds[] = {0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBC, 0xBF, 0xC0};
    for (int lead = 0xE0; lead <= 0xEF; ++lead) {
        for (unsigned char b1 : seconds) {
            for (unsigned char b2 : seconds) {
                for (std::size_t keep = 1; keep <= 4; ++keep) {
                    std::string s = "A";
                    s += static_cast<char>(lead);
                    s += static_cast<char>(b1);
                    s += static_cast<char>(b2);
                    s += 'B';
                    s.resize(keep + 1);
                    std::string expected;
                    for (std::size_t i = 0; i < s.size();) sift::utf8::append(expected, sift::utf8::to_lower(sift::utf8::next_codepoint(s, i)));
                    std::string out;
                    sift::utf8::append_lower(out, s);
                    CHECK(out == expected);
                }
            }
        }
    }
}

TEST_CASE("contains_date is find_date(...).found", "[dates]") {
    for (std::string_view text : {"", "no digits here", "2022-07-08 10:27", "Jan. 13, 2017", "13 de enero de 2017", "07/08/2022",
                                  "来源:马鞍山日报2022-07-08", "Chapter 12", "1066 and all that", "March 10, 2017 at 1:26 AM",
                                  "Released 13. Januar 2017", "page 3 of 12", "May 5"})
        CHECK(sift::contains_date(text) == sift::find_date(text).found);
}

namespace {

// next_codepoint by the book: the lead says how many continuation bytes
// follow; a missing one, an overlong form, a surrogate or a value past
// U+10FFFF is U+FFFD, resynchronising at the first byte that does not fit.
char32_t reference_next_codepoint(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) { ++i; return b0; }
    int extra = 0;
    char32_t cp = 0, min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { extra = 1; cp = b0 & 0x1F; min = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { extra = 2; cp = b0 & 0x0F; min = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { extra = 3; cp = b0 & 0x07; min = 0x10000; }
    else { ++i; return 0xFFFD; }
    if (i + extra >= s.size()) {
        ++i;
        while (i < s.size() && (byte(i) & 0xC0) == 0x80) ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) { i += k; return 0xFFFD; }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += extra + 1;
    return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp;
}

}  // namespace

TEST_CASE("next_codepoint's fast two- and three-byte paths decode as the general one", "[features]") {
    const unsigned char tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4};
    for (int lead = 0x80; lead <= 0xFF; ++lead) {
        for (unsigned char b1 : tails) {
            for (unsigned char b2 : tails) {
                for (std::size_t size = 1; size <= 4; ++size) {
                    std::string s;
                    s += static_cast<char>(lead);
                    s += static_cast<char>(b1);
                    s += static_cast<char>(b2);
                    s += '\x80';
                    s.resize(size);
                    std::size_t i = 0, j = 0;
                    while (i < s.size() && j < s.size()) {
                        CHECK(sift::utf8::next_codepoint(s, i) == reference_next_codepoint(s, j));
                        CHECK(i == j);
                    }
                }
            }
        }
    }
}

TEST_CASE("decode_text keeps two- and three-byte characters as the code point rules say", "[decode]") {
    // Every two-byte and every three-byte character, each between ASCII letters:
    // what decode_text keeps, replaces or drops follows from the code point alone.
    for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string s = "a";
        sift::utf8::append(s, cp);
        s += "b";
        std::string expected = "a";
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) expected += '\n';
        else if (cp < 0xA0 || sift::utf8::is_zero_width(cp)) {}
        else if (sift::utf8::is_space(cp)) expected += ' ';
        else sift::utf8::append(expected, cp);
        expected += "b";
        CAPTURE(static_cast<std::uint32_t>(cp));
        REQUIRE(sift::decode_text(s) == expected);
    }
}

TEST_CASE("phrase matchers ignore the case of ASCII letters as lower-casing first would", "[features]") {
    const auto lowered_pattern = [](const std::string& text) {
        const std::string lower = sift::utf8::to_lower(text);
        sift::PatternKind kind = sift::match_boilerplate_line(lower);
        if (kind == sift::PatternKind::None) kind = sift::match_boilerplate_contained(lower);
        if (kind == sift::PatternKind::None) kind = sift::match_structural(lower);
        return kind == sift::PatternKind::None ? std::string() : std::string(sift::pattern_kind_name(kind));
    };
    const std::string lines[] = {"SHARE THIS", "Share This:", "Comments (12)", "12 COMMENTS", "PHOTO-2.JPG", "logo.Png", "3 OF 50 Caption",
                                 "© 2024 ACME. ALL RIGHTS RESERVED", "Posted In News", "Tagged Rust, C++", "ÉTÉ Share", "Ünïcode KOMMENTAR",
                                 "Share", "ＳＨＡＲＥ", "Advertisement", "ADVERTISEMENT", "Read More", "Sign In / Sign Up", "Log In",
                                 "The committee met on Tuesday and said nothing of note about the plan.", "分享到:", "ΑΒΓ Share",
                                 "Continue Reading", "SKIP TO MAIN CONTENT", "Was This Helpful?"};
    std::vector<sift::Block> blocks;
    for (const std::string& text : lines) blocks.emplace_back().text = text;
    sift::compute_features(blocks);
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        CAPTURE(lines[k]);
        CHECK(blocks[k].f.pattern == lowered_pattern(lines[k]));
    }
    CHECK(blocks[0].f.pattern == "share");
    CHECK(blocks[4].f.pattern == "image-file");
    CHECK(blocks[6].f.pattern == "gallery");
    CHECK(blocks[7].f.pattern == "legal");
    CHECK(blocks[8].f.pattern == "related");
    CHECK(blocks[11].f.pattern == "comments");
    // The folded tables themselves.
    const sift::ExactPhraseTable table({"share", "log in"});
    CHECK(table.find_ascii_ci("SHARE") == 0);
    CHECK(table.find_ascii_ci("Log In") == 1);
    CHECK(table.find_ascii_ci("Log_In") == sift::kNoPhrase);
    const sift::ContainedPhraseSearch search({"rights", "©"}, true);
    CHECK(search.find("ALL RIGHTS") == 0);
    CHECK(search.find("© ACME") == 1);
    CHECK(search.find("RIGHT") == sift::kNoPhrase);
}

TEST_CASE("is_cjk_function_char by bits is the listed set", "[features]") {
    const std::u32string listed = U"的了是在和与及也就都而之等对把被从向为以于或并但又还这那其该此着过吗呢吧啊个将不我你他她它们即则";
    int found = 0;
    for (char32_t c = 0; c < 0x11000; ++c) {
        const bool expected = listed.find(c) != std::u32string::npos;
        if (sift::is_cjk_function_char(c) != expected) FAIL("code point " << static_cast<std::uint32_t>(c));
        found += expected;
    }
    CHECK(found == 48);
}

TEST_CASE("is_letter's early answers for punctuation blocks agree with the range list", "[features]") {
    // The range list is_letter walks, without its shortcuts: U+2000..U+303F
    // must answer as these ranges (and is_cjk) do.
    const auto listed = [](char32_t c) {
        return (c >= 0x1E00 && c <= 0x1FFF) || sift::utf8::is_cjk(c) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    };
    for (char32_t c = 0x1F00; c <= 0x3100; ++c) {
        INFO("U+" << std::hex << static_cast<std::uint32_t>(c));
        CHECK(sift::utf8::is_letter(c) == listed(c));
    }
    CHECK(sift::utf8::is_letter(0x3007));        // 〇
    CHECK_FALSE(sift::utf8::is_letter(0x3001));  // 、
    CHECK_FALSE(sift::utf8::is_letter(0x2019));  // ’
    CHECK(sift::utf8::is_letter(0x4E2D));        // 中
}

TEST_CASE("match_boilerplate_line finds a counter or alternative after phrases of every length", "[patterns]") {
    // The phrase's end, and so the counter's first byte, falls in every lane
    // of the sixteen-byte steps and of the overlapping last step.
    const char* const phrases[] = {"ad", "pin", "save", "share", "e-mail", "twitter", "facebook", "pinterest", "share this",
                                   "link copied", "next article", "subscribe now", "manage account", "share this page",
                                   "share this story", "share on facebook", "share this article", "join the discussion",
                                   "skip to main content", "join the conversation", "other people are reading",
                                   "sign up for our newsletter", "continue reading the main story",
                                   "story continues below advertisement"};
    for (const std::string phrase : phrases) {
        const sift::PatternKind kind = sift::match_boilerplate_line(phrase);
        REQUIRE(kind != sift::PatternKind::None);
        for (const char* counter : {" (12)", ": 3", " [4]", " | more", "/x", "(7)"}) {
            INFO(phrase << counter);
            CHECK(sift::match_boilerplate_line(phrase + counter) == kind);
        }
        CHECK(sift::match_boilerplate_line(phrase + " 12 more") == sift::PatternKind::None);  // no counter byte: the whole line is no phrase
    }
}

TEST_CASE("match_boilerplate_line trims exactly the ASCII bytes utf8 calls spaces, digits and punctuation", "[patterns]") {
    for (int c = 1; c < 0x80; ++c) {
        const char b = static_cast<char>(c);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) continue;
        const bool trimmed = sift::utf8::is_space(static_cast<char32_t>(c)) || sift::utf8::is_digit(static_cast<char32_t>(c)) ||
                             sift::utf8::is_punct(static_cast<char32_t>(c));
        INFO(c);
        // A decoration byte at both ends, then at one end only.
        const std::string both = std::string(1, b) + "share" + std::string(1, b);
        CHECK((sift::match_boilerplate_line(both) == sift::PatternKind::Share) == trimmed);
        CHECK((sift::match_boilerplate_line(std::string(1, b) + "tweet") == sift::PatternKind::Share) == trimmed);
        CHECK((sift::match_boilerplate_line("tweet" + std::string(1, b)) == sift::PatternKind::Share) == trimmed);
    }
    // Non-ASCII decoration still goes through the code point test: "分享到：", "« Previous", "© ".
    CHECK(sift::match_boilerplate_line("\xE5\x88\x86\xE4\xBA\xAB\xE5\x88\xB0\xEF\xBC\x9A") == sift::PatternKind::Share);
    CHECK(sift::match_boilerplate_line("\xC2\xAB previous") == sift::PatternKind::Navigation);
    CHECK(sift::match_boilerplate_line("\xC2\xA0\xC2\xA0share\xE3\x80\x80") == sift::PatternKind::Share);
}

TEST_CASE("prefix phrases: every phrase sharing a first byte is tried, in list order", "[patterns]") {
    using sift::PatternKind;
    struct Case {
        const char* line;
        PatternKind kind;
    };
    const Case cases[] = {
        {"Posted in News, Politics", PatternKind::Related}, {"Tagged economy", PatternKind::Related},
        {"Tags: one, two", PatternKind::Related},           {"tags; one", PatternKind::None},
        {"Categories: Misc", PatternKind::Related},         {"Click to share on Twitter", PatternKind::Share},
        {"Click to email a link", PatternKind::Share},      {"Click to print (Opens in new window)", PatternKind::Share},
        {"Clicked through the gallery of the week", PatternKind::None},
        {"Like this: Like Loading", PatternKind::Share},    {"Share this: Twitter", PatternKind::Share},
        {"In \"Essays\"", PatternKind::Related},            {"Filed under Opinion", PatternKind::Related},
        {"\xE5\x88\x86\xE4\xBA\xAB\xE5\x88\xB0\xE5\xBE\xAE\xE4\xBF\xA1", PatternKind::Share},  // 分享到微信
        {"\xE6\xA0\x87\xE7\xAD\xBE\xEF\xBC\x9A\xE7\xA7\x91\xE6\x8A\x80", PatternKind::Related},  // 标签：科技
        {"Pasta, tomatoes and a long walk home after the rain", PatternKind::None},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        CHECK(sift::match_boilerplate_contained(c.line) == c.kind);
    }
}
