// The language census (language_census.h) reads ASCII 32 or 16 bytes at a
// time; its counts and its stopword vote must be those of reading every code
// point in turn, whatever the mix of scripts, word sizes and piece ends.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "language_census.h"
#include "stopwords.h"
#include "utf8.h"

namespace {

// The census as language_census.h defines it, one code point at a time.
struct ReferenceCensus {
    std::array<int, sift::kScripts> counts{};
    sift::LatinVote vote;

    void scan(std::string_view text) {
        std::string word;
        for (std::size_t i = 0; i < text.size();) {
            const char32_t c = sift::utf8::next_codepoint(text, i);
            const int s = sift::script_of(c);
            if (s >= 0) ++counts[s];
            if (s == sift::kLatinScript) {
                sift::utf8::append(word, sift::utf8::to_lower(c));
            } else if (!word.empty()) {
                vote.add(sift::stopword_languages(word));
                word.clear();
            }
        }
        if (!word.empty()) vote.add(sift::stopword_languages(word));
    }
};

void require_same(const sift::Census& census, const ReferenceCensus& reference) {
    for (int s = 0; s < sift::kScripts; ++s) REQUIRE(census.counts[s] == reference.counts[s]);
    for (std::size_t l = 0; l < sift::LatinVote::kLanguages; ++l) REQUIRE(census.vote().score(l) == reference.vote.score(l));
    REQUIRE(census.latin_language() == reference.vote.guess());
}

// Pieces of text: stopwords of several languages in several cases, plain
// words of 1..24 letters (so some cross a sixteen-byte chunk and some are
// too long to be keys), accented letters inside and next to ASCII words,
// other scripts, punctuation, curly quotes and a few malformed bytes.
const std::vector<std::string_view> kTokens = {
    "the", "The", "THE", "and", "of", "de", "a", "que", "und", "der", "les", "het", "il", "che", "não",
    "themselves", "yourself", "because", "through", "über", "très", "für", "été", "Été", "perché",
    "\xC3\xA9", "\xC3\x89", "\xC3\x9F", "\xC3\x97", "\xC5\x93", "\xC8\xB7", "\xC9\x90",  // é É ß × œ ȷ ɐ (U+0250: not Latin)
    "的", "の", "カ", "한", "д", "Ж", "ع", "ש", "λ", "ก", "क", "\xE2\x80\x99", "\xE2\x80\x94",
    " ", " ", " ", ", ", ". ", "\n", "'", "-", "0", "42", "\t", "\xFF", "\x80", "\xE6\x97",
};

std::string random_piece(std::uint32_t& state) {
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    std::string piece;
    const std::size_t tokens = next() % 80;
    for (std::size_t t = 0; t < tokens; ++t) {
        if (next() % 3 == 0) {  // a plain word, in lower, upper or mixed case
            const std::size_t letters = 1 + next() % 24;
            for (std::size_t k = 0; k < letters; ++k) piece += static_cast<char>((next() % 4 == 0 ? 'A' : 'a') + next() % 26);
        } else {
            piece += kTokens[next() % kTokens.size()];
        }
    }
    return piece;
}

}  // namespace

TEST_CASE("the census counts and votes as a code-point-by-code-point reading does", "[language]") {
    std::uint32_t state = 2024;
    for (int round = 0; round < 3000; ++round) {
        sift::Census census;
        ReferenceCensus reference;
        const std::size_t pieces = 1 + round % 4;
        for (std::size_t p = 0; p < pieces; ++p) {
            const std::string piece = random_piece(state);
            INFO(piece);
            census.scan(piece);
            reference.scan(piece);
        }
        require_same(census, reference);
    }
}

TEST_CASE("the census: words at chunk edges, long words and accents next to ASCII", "[language]") {
    const std::string_view texts[] = {
        "",
        "the",
        "abcdefghijklmno the",                         // a 15-letter word, then a stopword crossing the chunk
        "abcdefghijklmnop the",                        // exactly sixteen letters
        "abcdefghijklmnopq the and of",                // seventeen: never a key
        "xxxxxxxxxxxxxxthe the the the the the",       // a stopword glued to a long word is no stopword
        "               the",                          // the word starts late in the first chunk
        "les enfants \xC3\xA9taient l\xC3\xA0 et les parents aussi",  // "étaient", "là": words with accents
        "caf\xC3\xA9 the caf\xC3\xA9s de the tr\xC3\xA8s tr\xC3\xA8s tr\xC3\xA8s",
        "the\xE2\x80\x99s don\xE2\x80\x99t the\xE2\x80\x94" "and the",   // curly apostrophes and dashes end words
        "THE AND OF THE AND OF THE AND OF THE AND OF",
        "\xC3\x89T\xC3\x89 \xC3\x89T\xC3\x89 \xC3\xA9t\xC3\xA9 de la de la",
        "日本語の文章 and the 中文的 text of the",
    };
    for (std::string_view text : texts) {
        INFO(std::string(text));
        sift::Census census;
        ReferenceCensus reference;
        census.scan(text);
        reference.scan(text);
        require_same(census, reference);
    }
}

TEST_CASE("the census reads a stopword that crosses a chunk", "[language]") {
    // "the" at every offset around the chunk boundary, in English-only text:
    // each must be counted, or the vote falls short of three hits.
    for (std::size_t pad = 0; pad < 80; ++pad) {  // both chunk widths (32 and 16 bytes), every lane
        const std::string text = std::string(pad, '.') + "the cat and the dog";
        INFO(text);
        sift::Census census;
        census.scan(text);
        CHECK(census.vote().score(0) == 3.0);  // "the", "and", "the": English only
        CHECK(census.counts[sift::kLatinScript] == 15);
    }
    CHECK(sift::detect_language(std::string_view("....................the cat and the dog")).lang == "en");
}

TEST_CASE("a body's language is that of its blocks joined by line breaks, cut at the sample size", "[language]") {
    // The body is read block by block and its line breaks are never read (they
    // only use up the sample budget): the guess must be the joined text's,
    // also when the 64 KB cut falls inside a block or on a line break.
    std::uint32_t state = 99;
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    const std::string_view sentences[] = {
        "The council said that the river is clean again. ", "Le conseil a dit que la rivière est propre. ",
        "Der Rat sagt, dass der Fluss wieder sauber ist. ", "Il consiglio ha detto che il fiume è pulito. ",
        "这是一个关于城市公园和候鸟的新闻报道。", "Это предложение на русском языке. ", "12 34 56 ", "x",
    };
    for (int round = 0; round < 60; ++round) {
        std::vector<sift::BodyBlock> body;
        std::string joined;
        const std::size_t blocks = 1 + next() % 40;
        const std::size_t repeat = round % 3 == 0 ? 400 : 1 + next() % 4;  // some bodies pass 64 KB
        for (std::size_t b = 0; b < blocks; ++b) {
            std::string text;
            const std::size_t first = next() % std::size(sentences);
            for (std::size_t r = 0; r < repeat; ++r) text += sentences[(first + (next() % 5 == 0)) % std::size(sentences)];
            if (!joined.empty()) joined += '\n';
            joined += text;
            body.push_back({sift::BodyType::Paragraph, text});
        }
        INFO("round " << round << ", " << joined.size() << " bytes");
        const sift::LanguageGuess from_body = sift::detect_language(body);
        const sift::LanguageGuess from_text = sift::detect_language(std::string_view(joined));
        CHECK(from_body.lang == from_text.lang);
        CHECK(from_body.dir == from_text.dir);
    }
}
