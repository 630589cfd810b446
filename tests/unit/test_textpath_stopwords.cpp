// The stopword languages a word's key finds are the ones its text finds, and
// the language guess from them is the guess from the words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "feature_word.h"
#include "stopwords.h"

namespace {

const std::vector<std::string_view> kWords = {
    "the", "de", "a", "en", "die", "und", "der", "le", "la", "les", "que", "el", "il", "è", "é", "não",
    "don't", "don\xE2\x80\x99t", "can\xE2\x80\x99t", "haven't", "themselves", "yourself", "cat", "x", "",
    "qwertyuiopasdfghjk", "über", "più", "perché", "était", "\xE2\x80\x99", "zijn", "wordt", "również",
};

}  // namespace

TEST_CASE("stopword_languages agrees with is_stopword, through a word's key too", "[textpath][stopwords]") {
    for (std::string_view w : kWords) {
        INFO(std::string(w));
        const sift::StopwordLanguages languages = sift::stopword_languages(w);
        CHECK((languages != 0) == sift::is_stopword(w));
        sift::LowerWord word;
        for (char b : w) word.push_byte(b);
        CHECK(word.stopword_languages() == languages);
        CHECK(word.stopword_languages() == languages);  // asked again: the same
        if (!w.empty() && w.size() <= sift::kStopwordKeyBytes) {
            sift::StopwordKey key;
            char bytes[sift::kStopwordKeyBytes] = {};
            std::memcpy(bytes, w.data(), w.size());
            std::memcpy(&key.low, bytes, 8);
            std::memcpy(&key.high, bytes + 8, 8);
            key.size = w.size();
            CHECK(sift::key_stopword_languages(key) == languages);
        }
    }
    CHECK(sift::stopword_languages("de") != sift::stopword_languages("the"));  // shared words carry several languages
}

TEST_CASE("guess_latin_language_from the words' languages is guess_latin_language", "[textpath][stopwords]") {
    const std::vector<std::vector<std::string_view>> texts = {
        {"the", "cat", "is", "on", "the", "mat"},
        {"le", "chat", "est", "sur", "la", "table", "et", "il", "dort"},
        {"de", "la", "que", "el", "en", "a", "o", "e", "di", "het"},
        {"de", "de", "de", "a", "a"},
        {},
        kWords,
    };
    for (const auto& words : texts) {
        std::vector<sift::StopwordLanguages> languages;
        for (std::string_view w : words) languages.push_back(sift::stopword_languages(w));
        CHECK(sift::guess_latin_language_from(languages) == sift::guess_latin_language(words));
        std::vector<sift::StopwordLanguages> stopwords_only;
        for (sift::StopwordLanguages l : languages)
            if (l != 0) stopwords_only.push_back(l);
        CHECK(sift::guess_latin_language_from(stopwords_only) == sift::guess_latin_language(words));
    }
}

// LatinVote adds 1/k to the k languages of each word by visiting the set
// bits only: the sums must be bit for bit those of adding to all seven
// languages in turn, whatever the masks (several languages share words, so
// thirds and fifths round, and near-ties must still come out the same).
TEST_CASE("LatinVote: the vote of a plain all-languages loop", "[textpath][stopwords]") {
    const std::string_view codes[] = {"en", "fr", "de", "es", "it", "pt", "nl"};
    std::uint32_t state = 12345;
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    for (int round = 0; round < 3000; ++round) {
        sift::LatinVote vote;
        double score[7] = {};
        const int words = static_cast<int>(next() % 60);
        // Few distinct masks per round, so two languages often end close.
        const unsigned a = 1 + next() % 127, b = 1 + next() % 127;
        for (int w = 0; w < words; ++w) {
            const unsigned mask = next() % 3 == 0 ? a : next() % 2 ? b : 1 + next() % 127;
            vote.add(static_cast<sift::StopwordLanguages>(mask));
            int k = 0;
            for (int l = 0; l < 7; ++l) k += (mask >> l) & 1;
            for (int l = 0; l < 7; ++l)
                if (mask & (1u << l)) score[l] += 1.0 / k;
        }
        int best = 0;
        for (int l = 1; l < 7; ++l)
            if (score[l] > score[best]) best = l;
        double second = 0;
        for (int l = 0; l < 7; ++l)
            if (l != best) second = std::max(second, score[l]);
        const std::string_view expected = score[best] < 3.0 || score[best] < 1.25 * second ? std::string_view() : codes[best];
        REQUIRE(vote.guess() == expected);
    }
}
