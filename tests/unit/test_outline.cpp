// test_outline.cpp — build_outline (levels, block links, slugs, de-duplication)
// and numbered_heading_level as a table of numbering styles, positive and negative.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "outline.h"

using sift::BodyBlock;
using sift::BodyType;


TEST_CASE("build_outline: entries, levels, ids", "[outline]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "Intro."),
        block(BodyType::H2, "What's New in 2.0?"),
        block(BodyType::H3, "  Faster   parsing  "),
        block(BodyType::Paragraph, "Text."),
        block(BodyType::H4, "What's new in 2.0"),
        block(BodyType::H2, "狠抓基层党建 解决困难诉求"),
        block(BodyType::H2, "★ ★ ★"),
        block(BodyType::H2, "Café & Crème"),
        block(BodyType::ListItem, "Not a heading"),
        block(BodyType::H2, "What's new in 2.0"),
    };
    const auto outline = sift::build_outline(body);
    REQUIRE(outline.size() == 7);
    const struct { int level; int block; const char* id; const char* text; } expected[] = {
        {2, 1, "whats-new-in-2-0", "What's New in 2.0?"},
        {3, 2, "faster-parsing", "Faster   parsing"},
        {4, 4, "whats-new-in-2-0-2", "What's new in 2.0"},
        {2, 5, "狠抓基层党建-解决困难诉求", "狠抓基层党建 解决困难诉求"},
        {2, 6, "section-5", "★ ★ ★"},
        {2, 7, "café-crème", "Café & Crème"},
        {2, 9, "whats-new-in-2-0-3", "What's new in 2.0"},
    };
    for (std::size_t i = 0; i < outline.size(); ++i) {
        INFO(i);
        CHECK(outline[i].level == expected[i].level);
        CHECK(outline[i].block == expected[i].block);
        CHECK(outline[i].id == expected[i].id);
        CHECK(outline[i].text == expected[i].text);
    }
    CHECK(sift::heading_slug(std::string(300, 'a')).size() <= sift::kMaxSlugBytes);
    CHECK(sift::build_outline({}).empty());
}

TEST_CASE("numbered_heading_level: numbering styles", "[outline]") {
    const struct { const char* line; int depth; } cases[] = {
        // Chinese
        {"一、总体要求", 1},
        {"十二、附则", 1},
        {"（一）主要目标", 2},
        {"(二) 工作措施", 2},
        {"（1）具体任务", 3},
        {"第一章 总则", 1},
        {"第3章", 1},
        {"第二部分 背景", 1},
        {"第五节 方法", 2},
        {"第十条 本办法自发布之日起施行", 3},
        {"1、加强组织领导", 1},
        {"一是加强领导", 0},
        {"一个好消息", 0},
        {"第一次见面", 0},
        // Arabic
        {"1. Introduction", 1},
        {"2.3 Results", 2},
        {"1.1.1 Setup", 3},
        {"1.2. Scope", 2},
        {"1. This is a long sentence with a full stop.", 1},  // numbering style only
        {"\xEF\xBC\x91\xEF\xBC\x8E 概述", 1},                   // full-width "１．"
        {"3.5 million people live there", 0},
        {"3 apples and a pear", 0},
        {"2024. The year of change", 0},
        {"1.5% growth", 0},
        {"1.", 0},
        {"1)", 0},
        {"12", 0},
        // Roman
        {"I. Background", 1},
        {"IV. Discussion", 1},
        {"XII. Appendix", 1},
        {"IIII. Nope", 0},
        {"It was late.", 0},
        // Keywords
        {"Chapter 3", 1},
        {"CHAPTER IV: The Return", 1},
        {"Part Two", 1},
        {"Part of the problem is money", 0},
        {"Step 4: Bake for 20 minutes", 2},
        {"Section 2.1 Methods", 2},
        {"Question 1", 2},
        {"Q: How does it work?", 2},
        {"Q1. Why?", 2},
        {"Questions remain about the plan", 0},
        {"Chapters of history", 0},
        {"Appendix B", 2},
        {"kapitel 2", 1},
        {"Unit 7: Fractions", 2},
        {"  Teil 2", 1},                 // opening white space is trimmed first
        {"Stepping 4 paces back", 0},     // a longer word that starts with a keyword
        {"Appendixes 4", 0},              // longer than any keyword
        {"Book2", 0},
        {"\xE2\x80\x9C" "Chapter 3", 0},  // an opening quote is no numbering
        {"\xEF\xBC\x88" "3" "\xEF\xBC\x89" "细则", 3},  // full-width brackets around an ASCII digit
        // Not numbered
        {"Introduction", 0},
        {"", 0},
        {"   ", 0},
    };
    for (const auto& c : cases) {
        INFO(c.line);
        CHECK(sift::numbered_heading_level(c.line) == c.depth);
    }
}

TEST_CASE("build_outline: ids stay unique over many repeats and look-alikes", "[outline]") {
    // Long headings (ids past the small-string buffer) and short ones, each
    // repeated, and a heading whose slug is an id already given to a repeat.
    const std::string long_heading = "A rather long section heading that repeats";
    std::vector<BodyBlock> body;
    for (int k = 0; k < 40; ++k) {
        body.push_back(block(BodyType::H2, long_heading));
        body.push_back(block(BodyType::H3, "Notes"));
    }
    body.push_back(block(BodyType::H2, "Notes 2"));
    const auto outline = sift::build_outline(body);
    REQUIRE(outline.size() == 81);
    CHECK(outline[0].id == "a-rather-long-section-heading-that-repeats");
    CHECK(outline[2].id == "a-rather-long-section-heading-that-repeats-2");
    CHECK(outline[78].id == "a-rather-long-section-heading-that-repeats-40");
    CHECK(outline[1].id == "notes");
    CHECK(outline[3].id == "notes-2");
    CHECK(outline[80].id == "notes-2-2");  // "notes-2" is taken by the second "Notes"
    std::vector<std::string> ids;
    for (const auto& e : outline) ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("heading_slug: dashes, lower case, CJK kept, the byte limit reached on every kind of piece", "[outline]") {
    CHECK(sift::heading_slug("Hello, World!") == "hello-world");
    CHECK(sift::heading_slug("  Don't  Panic  ") == "dont-panic");
    CHECK(sift::heading_slug("Ünïcode Ärger") == "ünïcode-ärger");
    CHECK(sift::heading_slug("第１章 概述") == "第1章-概述");
    CHECK(sift::heading_slug("...") == "");
    // At the limit: an ASCII letter, a dash and a letter, a two-byte and a
    // three-byte character each stop where the next would pass it.
    const std::string a79(79, 'a');
    CHECK(sift::heading_slug(a79 + "bc") == a79 + "b");
    CHECK(sift::heading_slug(a79 + " b") == a79);
    CHECK(sift::heading_slug(a79 + "é") == a79);
    CHECK(sift::heading_slug(std::string(78, 'a') + "é") == std::string(78, 'a') + "é");
    CHECK(sift::heading_slug(std::string(78, 'a') + "中") == std::string(78, 'a'));
    CHECK(sift::heading_slug(std::string(77, 'a') + "中") == std::string(77, 'a') + "中");
    CHECK(sift::heading_slug(std::string(76, 'a') + " 中") == std::string(76, 'a') + "-中");
    CHECK(sift::heading_slug(std::string(77, 'a') + " 中") == std::string(77, 'a'));
}
