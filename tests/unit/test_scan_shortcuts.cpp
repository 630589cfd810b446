// The shortcuts of the feature, classify and metadata scans give exactly the
// plain answers: find_ascii_ci eight bytes at a time against a byte loop.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "ascii_case.h"
#include "dates.h"
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
