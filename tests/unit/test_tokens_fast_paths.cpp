// The fast paths of tokens.cpp held to plain definitions.
// stem_light_length tests its suffixes as one packed number and its letters
// eight at a time: it is held to the rules as plainly stated (a slow,
// obvious stemmer written out below) over every short word of the letters
// the rules read, and over suffix-heavy longer words. tokenize_like skips
// words by the first two bytes of their keys: it must keep every token
// whose key was asked about, and add none tokenize would not give.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.h"
#include "utf8.h"

namespace {

bool ends(std::string_view w, std::string_view suffix) {
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool any_vowel(std::string_view w) { return w.find_first_of("aeiouy") != std::string_view::npos; }

// The light stemmer's rules, one at a time, on a std::string.
std::string plain_stem(std::string w) {
    if (w.size() < 4) return w;
    for (const char c : w)
        if (c < 'a' || c > 'z') return w;
    const std::string_view not_adverbs[] = {"anomaly", "apply", "assembly", "belly", "bully", "holy",
                                            "italy", "monopoly", "rally", "reply", "supply", "ugly"};
    bool verbal = false;
    if (ends(w, "ings") && w.size() >= 7 && any_vowel(std::string_view(w).substr(0, w.size() - 4))) {
        w.resize(w.size() - 4);
        verbal = true;
    } else if (ends(w, "ies") && w.size() >= 5) {
        w.resize(w.size() - 2);
        w.back() = 'y';
    } else if (ends(w, "sses") || ends(w, "shes") || ends(w, "ches") || ends(w, "xes") || ends(w, "zes")) {
        w.resize(w.size() - 2);
    } else if (ends(w, "s") && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is")) {
        w.resize(w.size() - 1);
    } else if (ends(w, "ing") && w.size() >= 6 && any_vowel(std::string_view(w).substr(0, w.size() - 3))) {
        w.resize(w.size() - 3);
        verbal = true;
    } else if (ends(w, "ed") && !ends(w, "eed") && w.size() >= 5 && any_vowel(std::string_view(w).substr(0, w.size() - 2))) {
        w.resize(w.size() - 2);
        verbal = true;
    } else if (ends(w, "ly") && w.size() >= 6 && w[w.size() - 3] != 'i' &&
               std::find(std::begin(not_adverbs), std::end(not_adverbs), w) == std::end(not_adverbs)) {
        w.resize(w.size() - 2);
    }
    if (verbal && w.size() >= 2) {
        const char last = w.back();
        if (last == w[w.size() - 2] && std::string_view("aeiouylsz").find(last) == std::string_view::npos) w.pop_back();
    }
    if (w.size() > 3 && w.back() == 'e') w.pop_back();
    return w;
}

void check_stem(const std::string& w) {
    std::string buffer = w + "##";  // bytes past the word stay untouched
    const std::size_t n = sift::stem_light_length(&buffer[0], w.size());
    INFO(w);
    REQUIRE(buffer.substr(0, n) == plain_stem(w));
    REQUIRE(buffer.substr(w.size()) == "##");
}

}  // namespace

TEST_CASE("stem_light_length: every word of up to five of the letters its rules read", "[tokens]") {
    constexpr std::string_view kLetters = "abdegilnsuxyz";  // every suffix letter, vowels, a doubled-consonant case
    std::string w;
    for (std::size_t length = 1; length <= 5; ++length) {
        std::size_t combos = 1;
        for (std::size_t k = 0; k < length; ++k) combos *= kLetters.size();
        w.assign(length, 'a');
        for (std::size_t code = 0; code < combos; ++code) {
            std::size_t rest = code;
            for (std::size_t k = 0; k < length; ++k, rest /= kLetters.size()) w[k] = kLetters[rest % kLetters.size()];
            check_stem(w);
        }
    }
}

TEST_CASE("stem_light_length: longer words, the not-adverbs and non-letters", "[tokens]") {
    for (const char* w : {"strandings", "stoppings", "running", "stopped", "buzzing", "falling", "agreed", "classes",
                          "wishes", "churches", "boxes", "waltzes", "studies", "families", "quickly", "family",
                          "anomaly", "assembly", "monopoly", "italy", "supply", "supplies", "rally", "really",
                          "status", "analysis", "dress", "naïve", "cafés", "x2es", "Rates", "rate's", "e-mailed"})
        check_stem(w);
    std::mt19937 rng(61);
    constexpr std::string_view kTails[] = {"ings", "ing", "ies", "sses", "shes", "ches", "xes", "zes", "ss", "us",
                                           "is", "s", "ed", "eed", "ly", "ily", "e", "tted", "lled", "ssing"};
    for (int round = 0; round < 20000; ++round) {
        std::string w;
        const std::size_t stem = rng() % 9;
        for (std::size_t k = 0; k < stem; ++k) w += static_cast<char>('a' + rng() % 26);
        w += kTails[rng() % std::size(kTails)];
        check_stem(w);
    }
}

namespace {

std::vector<std::string> keys_of(std::string_view text, const std::vector<sift::Token>& tokens) {
    std::vector<std::string> keys;
    for (const sift::Token& t : tokens) keys.push_back(sift::token_key(text, t));
    return keys;
}


// The key prefixes of a headline's tokens (what the headline search wants),
// and, when asked, the keys themselves.
sift::AsciiKeyPrefixes prefixes_of(const std::string& headline, std::set<std::string>* keys = nullptr) {
    std::vector<sift::Token> tokens;
    sift::tokenize(headline, tokens);
    sift::AsciiKeyPrefixes wanted;
    for (const sift::Token& t : tokens) {
        wanted.add_key_of(headline, t);
        if (keys) keys->insert(sift::token_key(headline, t));
    }
    return wanted;
}
}  // namespace

TEST_CASE("tokenize_like: every token with a wanted key, nothing tokenize would not give", "[tokens]") {
    const std::string_view pieces[] = {"Rates ", "rates ", "RATING ", "the ", "The ", "d’accord ", "d'accord ", "l’état ",
                                       "État ", "état ", "naïve ", "Über ", "über ", "2024 ", "x2 ", "ab ", "Ab's ",
                                       "中国经济 ", "的是 ", "日本語 ", "Москва ", "москва ", "o'clock ", ", ", ". ",
                                       "-", "studies ", "Study ", "a ", "İstanbul ", "istanbul "};
    std::mt19937 rng(6);
    for (int round = 0; round < 2000; ++round) {
        std::string headline, opening;
        for (int k = 0, n = 1 + static_cast<int>(rng() % 6); k < n; ++k) headline += pieces[rng() % std::size(pieces)];
        for (int k = 0, n = static_cast<int>(rng() % 30); k < n; ++k) opening += pieces[rng() % std::size(pieces)];
        std::vector<sift::Token> all, liked;
        std::set<std::string> wanted_keys;
        const sift::AsciiKeyPrefixes wanted = prefixes_of(headline, &wanted_keys);
        sift::tokenize(opening, all);
        sift::tokenize_like(opening, wanted, liked);
        INFO(headline << " / " << opening);
        // liked is all with some tokens left out, in order...
        std::size_t at = 0;
        for (const sift::Token& t : liked) {
            while (at < all.size() && !(all[at].begin == t.begin && all[at].end == t.end && all[at].id == t.id)) ++at;
            REQUIRE(at < all.size());
            ++at;
        }
        // ...and none of them with a wanted key.
        std::vector<std::string> all_wanted, liked_wanted;
        for (const std::string& k : keys_of(opening, all)) if (wanted_keys.count(k)) all_wanted.push_back(k);
        for (const std::string& k : keys_of(opening, liked)) if (wanted_keys.count(k)) liked_wanted.push_back(k);
        REQUIRE(liked_wanted == all_wanted);
    }
}

TEST_CASE("tokenize_like: words of unwanted prefixes are skipped", "[tokens]") {
    std::vector<sift::Token> liked;
    const sift::AsciiKeyPrefixes wanted = prefixes_of("Inflation rates");
    const std::string opening = "Rates of inflation rose; bakers complained";
    sift::tokenize_like(opening, wanted, liked);
    REQUIRE(keys_of(opening, liked) == std::vector<std::string>{"rat", "inflation"});
}

namespace {

// Keeps the tokens it is handed, and stops after `limit` of them.
class KeepingSink final : public sift::TokenSink {
public:
    explicit KeepingSink(std::size_t limit) : limit_(limit) {}
    bool take(const sift::Token& token) override {
        kept.push_back(token);
        return kept.size() < limit_;
    }
    std::vector<sift::Token> kept;

private:
    std::size_t limit_;
};

bool same_tokens(const std::vector<sift::Token>& a, const std::vector<sift::Token>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const sift::Token& x, const sift::Token& y) {
        return x.id == y.id && x.kind == y.kind && x.begin == y.begin && x.end == y.end;
    });
}

}  // namespace

TEST_CASE("tokenize_like_while hands over tokenize_like's tokens until told to stop", "[tokens]") {
    const sift::AsciiKeyPrefixes wanted = prefixes_of("Inflation rates in 中国经济");
    const std::string opening = "Rates of inflation rose in 中国经济 this year; bakers complained about rates.";
    std::vector<sift::Token> liked;
    sift::tokenize_like(opening, wanted, liked);
    REQUIRE(liked.size() >= 4);
    KeepingSink all(liked.size() + 1);  // never stops
    CHECK(sift::tokenize_like_while(opening, wanted, all));
    CHECK(same_tokens(all.kept, liked));
    for (std::size_t limit = 1; limit <= liked.size(); ++limit) {
        KeepingSink some(limit);
        CHECK(sift::tokenize_like_while(opening, wanted, some) == (limit > liked.size()));
        CHECK(same_tokens(some.kept, std::vector<sift::Token>(liked.begin(), liked.begin() + static_cast<std::ptrdiff_t>(limit))));
    }
}

TEST_CASE("tokenize_like_while: every token with a wanted key, nothing tokenize would not give", "[tokens]") {
    // Words whose keys lose or change their third byte: possessives, undone
    // doubled letters, "-es" and "-ies" cuts, apostrophes straight and curly.
    const std::string_view pieces[] = {"axes ", "Axes's ", "ax ", "AX ", "abbed ", "abbing ", "ab ", "studies ", "Study ",
                                       "abies ", "aby ", "abi ", "EU's ", "eu ", "EU’s ", "d’accord ", "d'accord ",
                                       "o'clock ", "O’clock ", "rates ", "RATING ", "rat ", "the ", "them ", "2024 ",
                                       "x2y ", "naïve ", "nai ", "Über ", "中国经济 ", "Москва ", ", ", ". ", "-",
                                       "classes ", "class ", "boxes ", "box ", "running ", "run ", "runs "};
    std::mt19937 rng(11);
    for (int round = 0; round < 3000; ++round) {
        std::string headline, opening;
        for (int k = 0, n = 1 + static_cast<int>(rng() % 5); k < n; ++k) headline += pieces[rng() % std::size(pieces)];
        for (int k = 0, n = static_cast<int>(rng() % 30); k < n; ++k) opening += pieces[rng() % std::size(pieces)];
        std::vector<sift::Token> all;
        std::set<std::string> wanted_keys;
        const sift::AsciiKeyPrefixes wanted = prefixes_of(headline, &wanted_keys);
        sift::tokenize(opening, all);
        KeepingSink handed(all.size() + 1);
        REQUIRE(sift::tokenize_like_while(opening, wanted, handed));
        INFO(headline << " / " << opening);
        std::size_t at = 0;
        for (const sift::Token& t : handed.kept) {
            while (at < all.size() && !(all[at].begin == t.begin && all[at].end == t.end && all[at].id == t.id)) ++at;
            REQUIRE(at < all.size());
            ++at;
        }
        std::vector<std::string> all_wanted, handed_wanted;
        for (const std::string& k : keys_of(opening, all)) if (wanted_keys.count(k)) all_wanted.push_back(k);
        for (const std::string& k : keys_of(opening, handed.kept)) if (wanted_keys.count(k)) handed_wanted.push_back(k);
        REQUIRE(handed_wanted == all_wanted);
    }
}

TEST_CASE("tokenize_like_while skips words whose third key byte is not wanted", "[tokens]") {
    const sift::AsciiKeyPrefixes wanted = prefixes_of("Rates");
    const std::string opening = "Raw rates rose; radios rated";
    std::vector<sift::Token> liked;
    sift::tokenize_like(opening, wanted, liked);
    CHECK(keys_of(opening, liked) == std::vector<std::string>{"raw", "rat", "radio", "rat"});
    KeepingSink handed(100);
    sift::tokenize_like_while(opening, wanted, handed);
    CHECK(keys_of(opening, handed.kept) == std::vector<std::string>{"rat", "rat"});
}

// AsciiKeyPrefixes reads a key's first two bytes off the surface, which
// holds only because lower-casing never turns another character into ASCII.
TEST_CASE("utf8::to_lower maps no character outside ASCII into it", "[tokens]") {
    char32_t into_ascii = 0;
    for (char32_t c = 0x80; c <= 0x10FFFF; ++c)
        if (sift::utf8::to_lower(c) < 0x80) { into_ascii = c; break; }
    CHECK(into_ascii == 0);
}

TEST_CASE("scan_words: a word after one space (read without decoding) is joined like any other", "[tokens]") {
    struct Expected { std::uint32_t begin, end; bool joined, hyphenated; };
    const auto spans_of = [](std::string_view text) {
        std::vector<sift::WordSpan> spans;
        sift::scan_words(text, spans);
        return spans;
    };
    const auto check = [&](std::string_view text, std::vector<Expected> expected) {
        const std::vector<sift::WordSpan> spans = spans_of(text);
        INFO(text);
        REQUIRE(spans.size() == expected.size());
        for (std::size_t k = 0; k < spans.size(); ++k) {
            CHECK(spans[k].begin == expected[k].begin);
            CHECK(spans[k].end == expected[k].end);
            CHECK(spans[k].joined == expected[k].joined);
            CHECK(spans[k].hyphenated == expected[k].hyphenated);
            CHECK_FALSE(spans[k].cjk);
        }
    };
    check("ab cd", {{0, 2, false, false}, {3, 5, true, false}});
    check("ab  cd", {{0, 2, false, false}, {4, 6, true, false}});
    check("ab-cd ef", {{0, 2, false, false}, {3, 5, true, true}, {6, 8, true, false}});
    check("ab, cd", {{0, 2, false, false}, {4, 6, false, false}});
    check("ab \xC3\xA9t\xC3\xA9 x", {{0, 2, false, false}, {3, 8, true, false}, {9, 10, true, false}});
    check("abcdefghij klm 42x", {{0, 10, false, false}, {11, 14, true, false}, {15, 18, true, false}});
    check("don't stop ", {{0, 5, false, false}, {6, 10, true, false}});
    check("a b", {{0, 1, false, false}, {2, 3, true, false}});
}
