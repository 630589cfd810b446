// test_keyword_tables.cpp — the interning behind extract_keywords: short keys
// packed into one number must never meet (a word and its doubled self, a
// word and its prefix), and reused tables must forget the previous article.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "keyword_index.h"
#include "keywords.h"

using sift::BodyType;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("keyword tables: packed short keys are distinct", "[keywords]") {
    // Every prefix of a few words, and each word doubled: overlapping loads
    // must not make "rate" and "raterate" (or "ab" and "abab") one key.
    std::set<std::string> strings;
    for (const std::string word : {"rate", "abcdefgh", "zzzzzzzz", "abab", "\xC3\xA9t\xC3\xA9"}) {
        for (std::size_t n = 1; n <= word.size(); ++n) strings.insert(word.substr(0, n));
        if (word.size() <= 4) strings.insert(word + word);
    }
    std::set<std::uint64_t> keys;
    for (const std::string& s : strings) {
        INFO(s);
        REQUIRE(s.size() <= 8);
        CHECK(keys.insert(sift::pack_short(s.data(), s.size())).second);
    }

    sift::KeyIndex index;
    index.reset(4);
    for (std::uint64_t k = 0; k < 1000; ++k) CHECK(index.find_or_add(k * 0x10001, static_cast<int>(k)).second);
    for (std::uint64_t k = 0; k < 1000; ++k) CHECK(index.find(k * 0x10001) == static_cast<int>(k));
    CHECK(index.find(7) == -1);
}

TEST_CASE("keyword tables: a word and its doubled self stay apart", "[keywords]") {
    const std::vector<sift::BodyBlock> body = {
        block(BodyType::Paragraph, "raterate, raterate, raterate; tariff rate, tariff rate."),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    CHECK(has(kw, "raterate"));
    CHECK(has(kw, "tariff rate"));
}

TEST_CASE("keyword tables: nothing carries over from the previous article", "[keywords]") {
    const std::vector<sift::BodyBlock> first = {
        block(BodyType::Paragraph, "Glaciers retreat. Glaciers melt, and glaciers shrink every summer."),
    };
    const std::vector<sift::BodyBlock> second = {
        block(BodyType::Paragraph, "Volcanoes erupt. Volcanoes rumble, and volcanoes sleep for centuries."),
    };
    const auto alone = sift::extract_keywords(second, "en", 8);
    sift::extract_keywords(first, "en", 8);
    CHECK(sift::extract_keywords(second, "en", 8) == alone);
    CHECK(!has(alone, "Glaciers"));
    CHECK(!has(alone, "glaciers"));
}
