// text_features counts runs of common CJK ideographs (U+4E00..U+9FFF) without
// decoding each: the counts, the neighbours of a run and the bytes at the
// edges of that range must come out as a character-by-character reading gives.
#include <catch2/catch.hpp>

#include <string>

#include "block_features.h"

namespace {

struct Expected {
    const char* text;
    int units, chars, cjk_chars, letters, words, digits, punct, sentence_ends, commas;
    bool ends_with_terminal;
};

}  // namespace

TEST_CASE("text features: runs of CJK ideographs and what borders them", "[features]") {
    const Expected cases[] = {
        // 中文 / 一 (U+4E00, the first of the range) / 鿿 (U+9FFF, the last)
        {"\xE4\xB8\xAD\xE6\x96\x87", 2, 2, 2, 2, 0, 0, 0, 0, 0, false},
        {"\xE4\xB8\x80\xE9\xBF\xBF", 2, 2, 2, 2, 0, 0, 0, 0, 0, false},
        // 中文。 and 中文，好 (full-width punctuation after a run)
        {"\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82", 2, 3, 2, 2, 0, 0, 1, 1, 0, true},
        {"\xE4\xB8\xAD\xE6\x96\x87\xEF\xBC\x8C\xE5\xA5\xBD", 3, 4, 3, 3, 0, 0, 1, 0, 1, false},
        // abc中def: a run ends the word before it
        {"abc\xE4\xB8\xAD" "def", 3, 7, 1, 7, 2, 0, 0, 0, 0, false},
        // caf\xC3\xA9中: a word of a non-ASCII Latin letter, then a run
        {"caf\xC3\xA9\xE4\xB8\xAD", 2, 5, 1, 5, 1, 0, 0, 0, 0, false},
        // 3中4 and 2024年5月: digits around runs are units of their own
        {"3\xE4\xB8\xAD" "4", 3, 3, 1, 1, 0, 2, 0, 0, 0, false},
        {"2024\xE5\xB9\xB4" "5\xE6\x9C\x88", 4, 7, 2, 2, 0, 5, 0, 0, 0, false},
        // A full stop after a run ends a sentence (CJK or space after it)
        {"\xE5\xA5\xBD.\xE5\xA5\xBD. ", 2, 4, 2, 2, 0, 0, 2, 2, 0, true},
        // U+4DC0 (a hexagram, E4 B7 80: just below the range) is a symbol, not CJK
        {"\xE4\xB7\x80\xE4\xB8\xAD", 1, 2, 1, 1, 0, 0, 1, 0, 0, false},
        // U+3400 (Extension A, E3 90 80) is CJK but outside the run's range
        {"\xE3\x90\x80\xE4\xB8\xAD", 2, 2, 2, 2, 0, 0, 0, 0, 0, false},
        // Cut short or malformed: the replacement character, punctuation
        {"\xE4\xB8\xAD\xE5\xA5", 1, 2, 1, 1, 0, 0, 1, 0, 0, false},
        {"\xE4\xB8\xAD\xE5\x41\x80", 2, 4, 1, 2, 1, 0, 2, 0, 0, false},
        {"\xE4\xB8", 0, 1, 0, 0, 0, 0, 1, 0, 0, false},
        // A closing quote after a run and a full stop: the ender before it counts
        {"\xE5\xA5\xBD\xE3\x80\x82\xE2\x80\x9D", 1, 3, 1, 1, 0, 0, 2, 1, 0, true},
        {"\xE5\xA5\xBD\xE2\x80\x9D", 1, 2, 1, 1, 0, 0, 1, 0, 0, false},
    };
    for (const Expected& e : cases) {
        INFO("text: " << e.text);
        const sift::Features f = sift::text_features(e.text);
        CHECK(f.units == e.units);
        CHECK(f.chars == e.chars);
        CHECK(f.cjk_chars == e.cjk_chars);
        CHECK(f.letters == e.letters);
        CHECK(f.words == e.words);
        CHECK(f.digits == e.digits);
        CHECK(f.punct == e.punct);
        CHECK(f.sentence_ends == e.sentence_ends);
        CHECK(f.commas == e.commas);
        CHECK(f.ends_with_terminal == e.ends_with_terminal);
    }
}
