// The language census a block's features carry (language_figures.h) must be
// the census's own reading of that text, Latin letters beyond ASCII and all, and
// detect_language must guess the same from those figures as from the text.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "block_features.h"
#include "language.h"
#include "language_census.h"
#include "stopwords.h"

namespace {

// Stopwords of several languages, words that are one with a digit or an
// apostrophe for the features but two for the census, letters beyond ASCII
// of the Latin ranges (é, ×: the census joins them) and outside them (ế, ɐ,
// Cyrillic, Greek: they end a census word), CJK runs, bullets, curly quotes
// and malformed bytes.
const std::vector<std::string_view> kTokens = {
    "the", "The", "THE", "and", "of", "de", "a", "que", "und", "der", "les", "het", "il", "che", "la", "en", "y",
    "don't", "it's", "l'", "well-known", "abc123", "3rd", "e-mail", "the1the", "and'of", "of-the",
    "\xC3\xA9", "\xC3\x97", "\xC3\xA0", "\xE1\xBA\xBF", "\xC9\x90",               // é × à ế ɐ
    "\xD0\xB4", "\xD0\x96", "\xCE\xBB", "\xD8\xB9", "\xD7\xA9", "\xE0\xB8\x81", "\xE0\xA4\x95",  // д Ж λ ع ש ก क
    "的", "中文的文章", "の", "カタカナ", "한국", "\xE3\x80\x82", "\xEF\xBC\x8C", "\xE3\x80\x80",  // 。 ， ideographic space
    "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\xA2 ", "\xC2\xA0", "- ", "* ",
    " ", " ", " ", ", ", ". ", "'", "-", "0", "42", "\t", "!", "\xFF", "\x80", "\xE6\x97", "\xE4\xB8",
};

struct Random {
    std::uint32_t state;
    std::uint32_t next() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
};

// Mostly ASCII prose-like text, with the tokens above mixed in at a rate
// that varies from piece to piece (many pieces hold none of them).
std::string random_text(Random& r) {
    std::string text;
    const std::size_t tokens = r.next() % 60;
    const std::uint32_t odd_rate = 1 + r.next() % 12;
    for (std::size_t t = 0; t < tokens; ++t) {
        if (r.next() % odd_rate != 0) {
            if (r.next() % 2 == 0) {
                text += kTokens[r.next() % 17];  // a stopword
            } else {
                const std::size_t letters = 1 + r.next() % 20;
                for (std::size_t k = 0; k < letters; ++k) text += static_cast<char>((r.next() % 5 == 0 ? 'A' : 'a') + r.next() % 26);
            }
            text += ' ';
        } else {
            text += kTokens[r.next() % kTokens.size()];
        }
    }
    return text;
}

void require_same_vote(const sift::ExactVote& a, const sift::ExactVote& b) {
    for (std::size_t l = 0; l < sift::ExactVote::kLanguages; ++l) REQUIRE(a.shares(l) == b.shares(l));
}

}  // namespace

namespace {

// script_of as first written: one range test after another, in this order.
int plain_script_of(char32_t c) {
    using namespace sift;
    if (utf8::is_han(c)) return kHanScript;
    if (utf8::is_kana(c)) return kKanaScript;
    if (utf8::is_hangul(c)) return kHangulScript;
    if (c >= 0x400 && c <= 0x52F) return kCyrillicScript;
    if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFEFC)) return kArabicScript;
    if (c >= 0x590 && c <= 0x5FF) return kHebrewScript;
    if (c >= 0x370 && c <= 0x3FF) return kGreekScript;
    if (c >= 0xE00 && c <= 0xE7F) return kThaiScript;
    if (c >= 0x900 && c <= 0x97F) return kDevanagariScript;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) return kLatinScript;
    return -1;
}

}  // namespace

TEST_CASE("script_of answers every code point as the plain chain of range tests does", "[language]") {
    for (char32_t c = 0; c <= 0x110000; ++c) {
        if (sift::script_of(c) != plain_script_of(c)) FAIL("U+" << std::hex << static_cast<unsigned>(c));
    }
    SUCCEED();
}

TEST_CASE("a block's census figures are the census of its text", "[language]") {
    Random r{7};
    int beyond_ascii = 0;
    for (int round = 0; round < 20000; ++round) {
        const std::string text = random_text(r);
        INFO(text);
        const sift::CensusFigures figures = sift::text_features(text).census;
        REQUIRE(figures.bytes == text.size());
        sift::Census census;
        census.scan(text);
        for (int s = 0; s < sift::kScripts; ++s) REQUIRE(figures.counts[s] == census.counts[s]);
        require_same_vote(figures.vote, census.exact_vote());
        beyond_ascii += census.counts[sift::kLatinScript] > 0 && text.find_first_of("\xC3\xC9") != std::string::npos;
    }
    // Texts with Latin letters beyond ASCII are met often: the comparison is no empty promise.
    CHECK(beyond_ascii > 2000);
}

// The census vote of a text, from its block features and from the census itself.
struct BothVotes {
    sift::CensusFigures figures;
    sift::Census census;
    explicit BothVotes(std::string_view text) : figures(sift::text_features(text).census) { census.scan(text); }
};

TEST_CASE("Latin letters beyond ASCII join a census word, from either side", "[language]") {
    for (std::string_view text : {"the caf\xC3\xA9 and the", "a\xC3\x97" "b", "\xC3\xA0 la", "la \xC3\xA0", "d\xC3\xA9j\xC3\xA0 vu",
                                  "x\xC3\x97the", "\xC3\x97the", "the\xC3\x97", "\xC3\xA9t\xC3\xA9,the", "the \xD0\xB4the and of",
                                  "\xC3\xA9\xE4\xB8\xADthe", "\xC3\xA9t\xC3\xA9" "123the", "\xC3\xBC" "ber",
                                  "\xC3\x9C" "BER die", "abcdefghijklmnop\xC3\xA9", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"}) {
        INFO(std::string(text));
        const BothVotes both(text);
        for (int s = 0; s < sift::kScripts; ++s) CHECK(both.figures.counts[s] == both.census.counts[s]);
        for (std::size_t l = 0; l < sift::ExactVote::kLanguages; ++l) CHECK(both.figures.vote.shares(l) == both.census.exact_vote().shares(l));
    }
    // "à" and "über" are stopwords as whole census words; "caf" of "café" is not looked up alone.
    CHECK(BothVotes("\xC3\xA0").figures.vote.shares(1) > 0);
    CHECK(BothVotes("\xC3\xBC" "ber").figures.vote.shares(2) > 0);
    CHECK(BothVotes("\xC3\x9C" "BER").figures.vote.shares(2) > 0);  // lower-cased beyond ASCII too
    CHECK(BothVotes("the\xC3\x97").figures.vote.shares(0) == 0);   // "the×" is one census word, no stopword
}

TEST_CASE("the census of a text with CJK and an apostrophe word", "[language]") {
    const sift::CensusFigures f = sift::text_features("don't \xE4\xB8\xAD\xE6\x96\x87 the").census;  // "don't 中文 the"
    CHECK(f.counts[sift::kHanScript] == 2);
    CHECK(f.counts[sift::kLatinScript] == 7);
    CHECK(f.vote.shares(0) > 0);  // "the" (and "don", "t" are the census's words, not "dont")
}

TEST_CASE("exact shares give LatinVote's guess away from its thresholds", "[language]") {
    Random r{11};
    int decided = 0;
    for (int round = 0; round < 20000; ++round) {
        sift::LatinVote latin;
        sift::ExactVote exact;
        const std::size_t words = r.next() % 40;
        // Few distinct masks make ties and exact thresholds common.
        const std::uint32_t spread = 1 + r.next() % 127;
        for (std::size_t w = 0; w < words; ++w) {
            const auto mask = static_cast<sift::StopwordLanguages>(1 + r.next() % spread);
            latin.add(mask);
            exact.add(mask);
        }
        std::string_view language = "unset";
        if (sift::exact_latin_language(exact, language)) {
            ++decided;
            REQUIRE(language == latin.guess());
        }
    }
    CHECK(decided > 15000);
    // Exactly three English votes sit on the threshold: not decided by shares.
    sift::ExactVote three;
    for (int w = 0; w < 3; ++w) three.add(1);
    std::string_view language;
    CHECK_FALSE(sift::exact_latin_language(three, language));
    three.add(1);
    REQUIRE(sift::exact_latin_language(three, language));
    CHECK(language == "en");
}

TEST_CASE("detect_language guesses the same from blocks' figures as from their text", "[language]") {
    Random r{5};
    const std::string_view sentences[] = {
        "The council said that the river is clean again. ", "Le conseil a dit que la rivi\xC3\xA8re est propre. ",
        "Der Rat sagt, dass der Fluss wieder sauber ist. ", "Il consiglio ha detto che il fiume \xC3\xA8 pulito. ",
        "It's the end of the road and the start of it. ", "De raad zei dat de rivier weer schoon is. ",
        "这是一个关于城市公园和候鸟的新闻报道。", "Это предложение на русском языке. ", "هذه جملة عربية پ. ",
        "\xE2\x80\xA2 the list item of the page ", "- and the item ", "12 34 56 ", "x",
    };
    for (int round = 0; round < 400; ++round) {
        std::vector<std::string> texts;
        std::vector<sift::BodyBlock> body;
        std::string joined;
        const std::size_t blocks = 1 + r.next() % 30;
        const std::size_t repeat = round % 5 == 0 ? 500 : 1 + r.next() % 4;  // some bodies pass 64 KB
        for (std::size_t b = 0; b < blocks; ++b) {
            std::string text;
            const std::size_t first = r.next() % std::size(sentences);
            for (std::size_t k = 0; k < repeat; ++k) text += sentences[(first + (r.next() % 4 == 0)) % std::size(sentences)];
            if (r.next() % 3 == 0) text += random_text(r);
            texts.push_back(text);
            // Some blocks lose a leading bullet on their way into the body, as
            // extract.cpp's strip_bullet does: their figures no longer hold.
            std::string body_text = text;
            if (r.next() % 4 == 0 && body_text.size() > 2) body_text.erase(0, 2);
            if (!joined.empty()) joined += '\n';
            joined += body_text;
            body.push_back({sift::BodyType::Paragraph, body_text});
        }
        std::vector<sift::CensusFigures> figures;
        for (const std::string& text : texts) figures.push_back(sift::text_features(text).census);
        std::vector<const sift::CensusFigures*> pointers;
        for (std::size_t b = 0; b < figures.size(); ++b) pointers.push_back(r.next() % 8 == 0 ? nullptr : &figures[b]);
        INFO("round " << round << ", " << joined.size() << " bytes");
        const sift::LanguageGuess from_figures = sift::detect_language(body, pointers);
        const sift::LanguageGuess from_text = sift::detect_language(std::string_view(joined));
        CHECK(from_figures.lang == from_text.lang);
        CHECK(from_figures.dir == from_text.dir);
        CHECK(sift::detect_language(body).lang == from_text.lang);
    }
}

TEST_CASE("VoteLanes adds up to ExactVote::add, past the words a lane can hold", "[language]") {
    // Every mask, many times over (so the lanes are moved into the vote
    // mid-way), in an order that mixes them.
    sift::ExactVote by_lanes, by_add;
    sift::VoteLanes lanes(by_lanes);
    Random r{11};
    for (int word = 0; word < 5000; ++word) {
        const std::uint8_t mask = static_cast<std::uint8_t>(r.next() % 128);
        lanes.add(mask);
        by_add.add(mask);
    }
    for (int word = 0; word < 1000; ++word) {  // the heaviest shares: one language each
        lanes.add(static_cast<std::uint8_t>(1u << (word % 7)));
        by_add.add(static_cast<std::uint8_t>(1u << (word % 7)));
    }
    lanes.flush();
    require_same_vote(by_lanes, by_add);
    CHECK(by_add.shares(6) > 0xFFFF);  // more than one lane's worth
}

TEST_CASE("VoteLanes::add_counted votes as add and counts the stopwords; add counts none", "[language]") {
    // Words mixed with and without counting, past several flushes.
    sift::ExactVote by_lanes, by_add;
    sift::VoteLanes lanes(by_lanes);
    Random r{13};
    int stopwords = 0;
    for (int word = 0; word < 3000; ++word) {
        const std::uint8_t mask = static_cast<std::uint8_t>(r.next() % 3 == 0 ? 0 : r.next() % 128);
        if (r.next() % 4 == 0) {
            lanes.add(mask);
        } else {
            lanes.add_counted(mask);
            stopwords += mask != 0;
        }
        by_add.add(mask);
    }
    lanes.flush();
    require_same_vote(by_lanes, by_add);
    CHECK(lanes.counted() == stopwords);
    CHECK(stopwords > 1000);
}

TEST_CASE("a long block of stopwords keeps its census vote exact", "[language]") {
    std::string text;
    for (int k = 0; k < 1200; ++k) text += k % 3 == 0 ? "the " : k % 3 == 1 ? "de la " : "und, ";
    const sift::CensusFigures figures = sift::text_features(text).census;
    sift::Census census;
    census.scan(text);
    require_same_vote(figures.vote, census.exact_vote());
    CHECK(figures.vote.shares(0) > 0xFFFF);
}
