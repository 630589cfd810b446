// ContainedPhraseSearch reads four bytes between match tests and steps back
// through them only when a phrase may have ended there: it must still give
// the earliest phrase in list order wherever, and however often, phrases end.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "block.h"
#include "block_features.h"
#include "feature_phrase_search.h"
#include "patterns.h"

namespace {

// The plain answer: the first phrase in list order found anywhere in text.
int first_listed_phrase_in(const std::vector<std::string_view>& phrases, const std::string& text, std::size_t skip = 0) {
    for (std::size_t k = skip; k < phrases.size(); ++k)
        if (text.find(phrases[k]) != std::string::npos) return static_cast<int>(k);
    return sift::kNoPhrase;
}

}  // namespace

TEST_CASE("contained phrases: matches at every offset of a four-byte group, several in one group", "[features]") {
    const std::vector<std::string_view> phrases = {"ab", "b", "xyz", "bc", "q"};
    const sift::ContainedPhraseSearch search(phrases);
    for (std::size_t pad = 0; pad < 9; ++pad) {
        const std::string before(pad, '.');
        INFO("padding " << pad);
        CHECK(search.find(before + "b") == 1);
        CHECK(search.find(before + "bc") == 1);   // "b" and "bc" end in one group: the earlier listed wins
        CHECK(search.find(before + "xyzab") == 0);  // "ab", listed first, ends after "xyz"
        CHECK(search.find(before + "q....xyz") == 2);
        CHECK(search.find(before + "xy.z") == sift::kNoPhrase);
        CHECK(search.find(before + "cq") == 4);
    }
}

TEST_CASE("contained phrases: random texts against the plain search, with and without the optional phrases", "[features]") {
    // Enough phrases that the matching states start well past the first
    // power of two above the others, over a small alphabet so that phrases
    // overlap and end often.
    std::mt19937 random(11);
    std::vector<std::string> owned;
    for (int k = 0; k < 60; ++k) {
        std::string p;
        const int length = 1 + static_cast<int>(random() % 6);
        for (int j = 0; j < length; ++j) p += static_cast<char>('a' + random() % 5);
        if (k < 20 && p.size() < 3) p += "ee";  // keep the leading phrases from matching almost every text
        owned.push_back(p);
    }
    const std::vector<std::string_view> phrases(owned.begin(), owned.end());
    constexpr std::size_t kOptional = 3;
    const sift::ContainedPhraseSearch search(phrases, false, kOptional);
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 40);
        for (int j = 0; j < length; ++j) text += static_cast<char>('a' + random() % 7);  // 'f', 'g': in no phrase
        INFO("text " << text);
        CHECK(search.find(text) == first_listed_phrase_in(phrases, text));
        CHECK(search.find_without_optional(text) == first_listed_phrase_in(phrases, text, kOptional));
    }
}

// find_padded of a long text walks its two halves at once, the first reading
// on past the middle by a phrase's length less one: an occurrence across the
// middle, or at either end, must be found as by one walk.
TEST_CASE("contained phrases: padded texts long enough to be walked in two halves", "[features]") {
    const std::vector<std::string_view> phrases = {"needle", "abcdefghijklmnopqrst", "zz", "q"};
    const sift::ContainedPhraseSearch search(phrases, /*fold_ascii_case=*/false, /*optional=*/1);
    const auto padded_find = [&](const std::string& text, bool optional) {
        const std::string padded = text + std::string(sift::kPhrasePadding, '\0');
        const std::string_view view(padded.data(), text.size());
        return optional ? search.find_padded(view) : search.find_padded_without_optional(view);
    };
    for (std::size_t size : {std::size_t{54}, std::size_t{55}, std::size_t{80}, std::size_t{131}}) {
        for (const std::string_view phrase : phrases) {
            for (std::size_t at = 0; at + phrase.size() <= size; ++at) {
                std::string text(size, '.');
                text.replace(at, phrase.size(), phrase);
                INFO("size " << size << ", " << phrase << " at " << at);
                CHECK(padded_find(text, true) == first_listed_phrase_in(phrases, text));
                CHECK(padded_find(text, false) == first_listed_phrase_in(phrases, text, 1));
            }
        }
    }
    std::mt19937 random(7);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int length = 40 + static_cast<int>(random() % 120);
        for (int j = 0; j < length; ++j) text += "abcdeq.z"[random() % 8];
        if (random() % 2) text.replace(random() % (text.size() - 20), 20, phrases[1]);
        INFO("text " << text);
        CHECK(padded_find(text, true) == first_listed_phrase_in(phrases, text));
        CHECK(padded_find(text, false) == first_listed_phrase_in(phrases, text, 1));
    }
}

// find_padded_pair walks two texts side by side, each to its own length and
// with its own list (with or without the optional phrases): each answer must
// be what find_padded alone gives.
TEST_CASE("contained phrases: two padded texts searched at once answer as one at a time", "[features]") {
    const std::vector<std::string_view> phrases = {"zz", "needle", "abcdefghij", "dab", "q"};
    const sift::ContainedPhraseSearch search(phrases, /*fold_ascii_case=*/true, /*optional=*/1);
    std::mt19937 random(5);
    const auto random_text = [&] {
        std::string text;
        const int length = static_cast<int>(random() % 90);
        for (int j = 0; j < length; ++j) text += "abcdDeqz. "[random() % 10];
        if (!text.empty() && random() % 3 == 0) text.replace(random() % text.size(), 0, phrases[1 + random() % 2]);
        return text + std::string(sift::kPhrasePadding, '\0');
    };
    for (int round = 0; round < 4000; ++round) {
        const std::string a = random_text(), b = random_text();
        sift::ContainedPhraseSearch::PaddedQuery first{std::string_view(a.data(), a.size() - sift::kPhrasePadding), random() % 2 == 0};
        sift::ContainedPhraseSearch::PaddedQuery second{std::string_view(b.data(), b.size() - sift::kPhrasePadding), random() % 2 == 0};
        search.find_padded_pair(first, second);
        INFO(first.text << " | " << second.text);
        CHECK(first.found == (first.without_optional ? search.find_padded_without_optional(first.text) : search.find_padded(first.text)));
        CHECK(second.found == (second.without_optional ? search.find_padded_without_optional(second.text) : search.find_padded(second.text)));
        std::string lowered(first.text);
        for (char& c : lowered) c = c == 'D' ? 'd' : c;
        CHECK(first.found == first_listed_phrase_in(phrases, lowered, first.without_optional ? 1 : 0));
    }
}

// compute_features matches its short lines two at a time: every pair (a
// prefix phrase on either side, an empty line, a line long enough to skip
// the comment words) must answer as the lines one at a time.
TEST_CASE("match_boilerplate_contained_padded_pair: each line as alone", "[features]") {
    const std::vector<std::string> lines = {
        "", "Posted in News, Politics", "\xC2\xA9 2024 The Paper", "12 comments", "All rights reserved.",
        "We use cookies to improve this site", "Pasta, tomatoes and a long walk home after the rain",
        "A long line about a comment that a reader left below the article yesterday", "Skip to main content", "plain words",
        "\xE4\xBA\xAC" "ICP\xE5\xA4\x87 12345", "Tags: one, two"};
    std::vector<std::string> padded;
    for (const std::string& line : lines) padded.push_back(line + std::string(sift::kPhrasePadding, '\0'));
    const auto view = [&](std::size_t k) { return std::string_view(padded[k].data(), lines[k].size()); };
    for (std::size_t a = 0; a < lines.size(); ++a)
        for (std::size_t b = 0; b < lines.size(); ++b) {
            sift::PatternKind first = sift::PatternKind::None, second = sift::PatternKind::None;
            sift::match_boilerplate_contained_padded_pair(view(a), view(b), first, second);
            INFO(lines[a] << " | " << lines[b]);
            CHECK(first == sift::match_boilerplate_contained_padded(view(a)));
            CHECK(second == sift::match_boilerplate_contained_padded(view(b)));
        }
    // Not every line is none: the pairs above test answers, not only silence.
    CHECK(sift::match_boilerplate_contained_padded(view(2)) == sift::PatternKind::Legal);
    CHECK(sift::match_boilerplate_contained_padded(view(3)) == sift::PatternKind::Comments);
    CHECK(sift::match_boilerplate_contained_padded(view(1)) == sift::PatternKind::Related);
}

// compute_features seeks the short lines' contained phrases in batches of
// bounded size: a page of many short lines (several batches) must get, line
// by line, the pattern each line gets when it is the only block.
TEST_CASE("compute_features: short lines past one batch keep their patterns", "[features]") {
    // Lines of one length, a prefix phrase (found only as a contained one)
    // or none before a five-digit number, so that a batch read from stale
    // offsets would find other lines' phrases (and give their patterns to
    // the wrong blocks).
    constexpr int kLines = 12000;  // ~200 KB of short lines: several batches
    std::vector<sift::Block> page;
    for (int i = 0; i < kLines; ++i) {
        std::string number = std::to_string(10000 + i);
        page.emplace_back((i % 37 == 0 ? "Posted in News " : "Parked in Nice ") + number, false, false);
    }
    sift::compute_features(page);
    int with_pattern = 0;
    for (int i = 0; i < kLines; ++i) {
        std::vector<sift::Block> alone;
        alone.emplace_back(page[static_cast<std::size_t>(i)].text, false, false);
        sift::compute_features(alone);
        INFO(page[static_cast<std::size_t>(i)].text);
        CHECK(page[static_cast<std::size_t>(i)].f.pattern == alone[0].f.pattern);
        with_pattern += !alone[0].f.pattern.empty();
    }
    CHECK(with_pattern >= kLines / 37);  // the comparison is of answers, not only of silence
}
