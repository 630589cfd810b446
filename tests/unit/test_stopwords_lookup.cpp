// is_stopword's table (filled at start-up: words of 1..16 bytes in one perfect hash,
// apostrophe words in both spellings) answer every word, longer ones and
// curly apostrophes included, and the packed entry point agrees.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stopwords.h"

namespace {

// The bytes of a word of at most 16 bytes zero padded, as stopword_languages_packed takes them.
sift::StopwordLanguages packed_languages(std::string_view w) {
    char bytes[16] = {};
    std::memcpy(bytes, w.data(), w.size());
    std::uint64_t low, high;
    std::memcpy(&low, bytes, 8);
    std::memcpy(&high, bytes + 8, 8);
    return sift::stopword_languages_packed(low, high, w.size());
}

}  // namespace

TEST_CASE("short stopwords of every length and language are found", "[stopwords]") {
    for (std::string_view w : {"a", "à", "of", "the", "über", "with", "which", "perché", "although", "wouldn't", "yourself"}) {
        INFO(w);
        CHECK(sift::is_stopword(w));
        CHECK(packed_languages(w) == sift::stopword_languages(w));
    }
    CHECK(sift::is_stopword("ourselves"));  // nine bytes and more: the 9..16-byte table
    CHECK(sift::is_stopword("themselves"));
}

TEST_CASE("near misses of stopwords are no stopwords", "[stopwords]") {
    // Prefixes, extensions, a trailing NUL (packs like the word without it),
    // capitals (the input must be lower-cased), one byte changed.
    for (std::string_view w : {"th", "thee", "theirs1", "yourselfs", "The", "ab", "whicg", "wouldn'", "x", ""}) {
        INFO(w);
        CHECK_FALSE(sift::is_stopword(w));
        CHECK(sift::stopword_languages(w) == 0);
    }
    CHECK_FALSE(sift::is_stopword(std::string_view("the\0", 4)));
    CHECK_FALSE(sift::is_stopword(std::string_view("a\0\0", 3)));
}

TEST_CASE("a word in several languages carries all of them", "[stopwords]") {
    const sift::StopwordLanguages a = sift::stopword_languages("a");
    const sift::StopwordLanguages the = sift::stopword_languages("the");
    const sift::StopwordLanguages und = sift::stopword_languages("und");
    CHECK((a & the) == the);  // "a" is English too...
    CHECK(a != the);          // ...and French, Spanish, Italian, Portuguese
    CHECK((the & und) == 0);
}

TEST_CASE("curly apostrophes read as straight ones, short or long", "[stopwords]") {
    CHECK(sift::is_stopword("don\xE2\x80\x99t"));       // 7 bytes with the curly one, 5 without
    CHECK(sift::is_stopword("i\xE2\x80\x99m"));
    CHECK(sift::is_stopword("shouldn\xE2\x80\x99t"));   // 11 bytes
    CHECK(packed_languages("don\xE2\x80\x99t") == sift::stopword_languages("don't"));
    CHECK_FALSE(sift::is_stopword("\xE2\x80\x99"));
    CHECK_FALSE(sift::is_stopword("dog\xE2\x80\x99s"));
}

// Words of 9..16 bytes have a table of their own: found through every entry
// point, with the languages the short spelling would give, and near misses
// (a byte more or less, a byte changed, a longer word with the same start) not.
TEST_CASE("stopwords of nine bytes and more, and their near misses", "[stopwords]") {
    for (std::string_view w : {"ourselves", "themselves", "shouldn't"}) {
        INFO(w);
        CHECK(sift::is_stopword(w));
        CHECK(packed_languages(w) == sift::stopword_languages(w));
        CHECK(packed_languages(w) != 0);
        std::string longer(w);
        longer += 's';
        CHECK(packed_languages(longer) == 0);
        CHECK(sift::stopword_languages(longer) == 0);
        std::string changed(w);
        changed[4] = 'x';
        CHECK(packed_languages(changed) == 0);
        CHECK(sift::stopword_languages(changed) == 0);
        CHECK(packed_languages(w.substr(0, w.size() - 1)) == sift::stopword_languages(w.substr(0, w.size() - 1)));
    }
    for (std::string_view w : {"themselvesthem", "administration", "internationally", "sixteenbyteword!", "ninebytes"}) {
        INFO(w);
        CHECK(packed_languages(w) == 0);
        CHECK(sift::stopword_languages(w) == 0);
    }
    CHECK(packed_languages("shouldn\xE2\x80\x99t") == sift::stopword_languages("shouldn't"));
}

// The tables hold every apostrophe stopword twice, straight and curly: each
// curly spelling answers what the straight one does, through every entry
// point, and nothing else with a curly apostrophe is a stopword.
TEST_CASE("every apostrophe stopword, spelt with U+2019, carries the straight one's languages", "[stopwords]") {
    const std::string_view straight[] = {"don't", "can't", "couldn't", "shouldn't", "wouldn't", "they're", "there's",
                                         "i'm", "i've", "it's", "c'est", "d'un", "d'une", "j'ai", "l'a", "qu'il"};
    for (std::string_view w : straight) {
        INFO(std::string(w));
        std::string curly(w);
        curly.replace(curly.find('\''), 1, "\xE2\x80\x99");
        CHECK(sift::stopword_languages(w) != 0);
        CHECK(sift::stopword_languages(curly) == sift::stopword_languages(w));
        CHECK(packed_languages(curly) == sift::stopword_languages(w));
        std::string doubled = curly;  // two apostrophes: no stopword has two
        doubled.insert(doubled.find('\xE2'), "\xE2\x80\x99");
        CHECK(sift::stopword_languages(doubled) == 0);
        std::string other_mark = curly;  // U+201D, the closing double quote: not an apostrophe
        other_mark[other_mark.find('\xE2') + 2] = '\x9D';
        CHECK(sift::stopword_languages(other_mark) == 0);
        CHECK(packed_languages(other_mark) == 0);
    }
    CHECK(sift::stopword_languages("\xE2\x80\x99the") == 0);
    CHECK(sift::stopword_languages("the\xE2\x80\x99") == 0);
    CHECK(sift::stopword_languages("themselves\xE2\x80\x99s") == 0);  // 15 bytes: the long table's range, no entry
}

TEST_CASE("every word of the stopword table is found in its own slot, and only there", "[stopwords]") {
    // The perfect hash: each stored word's slot is the one its hash picks,
    // so a lookup of it (one probe) finds it; its size matches its padding.
    using namespace sift::stopword_tables;
    std::size_t words = 0;
    for (std::size_t slot = 0; slot < g_table.keys.size(); ++slot) {
        const unsigned entry = g_table.size_and_languages[slot];
        const WordKey& key = g_table.keys[slot];
        if (entry == 0) {
            CHECK((key.low | key.high) == 0);
            continue;
        }
        ++words;
        char bytes[16];
        std::memcpy(bytes, &key.low, 8);
        std::memcpy(bytes + 8, &key.high, 8);
        const std::size_t size = entry >> 8;
        const std::string word(bytes, size);
        INFO(word);
        REQUIRE(size >= 1);
        REQUIRE(size <= kLongestWordBytes);
        CHECK(word.find('\0') == std::string::npos);
        CHECK(std::string(bytes + size, 16 - size) == std::string(16 - size, '\0'));
        CHECK(slot_of(word_hash(key.low, key.high), g_table) == slot);
        CHECK((entry & 0xFF) != 0);
        CHECK(sift::stopword_languages(word) == (entry & 0xFF));
        CHECK(packed_languages(word) == (entry & 0xFF));
        CHECK(word_languages(key.low, key.high, size + (size < 16 ? 1 : -1)) == 0);  // the same bytes, another size
    }
    CHECK(words > 500);  // the seven lists, apostrophe words twice
    CHECK(words < g_table.keys.size());
}

TEST_CASE("words longer than the table's longest are no stopwords, whatever their first sixteen bytes", "[stopwords]") {
    CHECK(sift::stopword_languages("themselvesxxxxxxx") == 0);
    CHECK(packed_languages("themselves") != 0);
    char bytes[16] = {};
    std::memcpy(bytes, "themselves", 10);
    std::uint64_t low, high;
    std::memcpy(&low, bytes, 8);
    std::memcpy(&high, bytes + 8, 8);
    CHECK(sift::stopword_languages_packed(low, high, 17) == 0);
    CHECK(sift::stopword_languages_packed(low, high, 0) == 0);
}

TEST_CASE("all_ones_if_zero selects without a branch: all ones for 0 only", "[stopwords]") {
    using sift::stopword_tables::all_ones_if_zero;
    CHECK(all_ones_if_zero(0) == ~std::uint64_t{0});
    for (const std::uint64_t x : {std::uint64_t{1}, std::uint64_t{0x80}, std::uint64_t{1} << 32, std::uint64_t{1} << 63, ~std::uint64_t{0},
                                  std::uint64_t{0x7FFFFFFFFFFFFFFF}})
        CHECK(all_ones_if_zero(x) == 0);
}
