// The class-driven ASCII scan of text_features, the in-place append_lower and
// the phrase automaton's renumbered states give the plain answers.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "block_features.h"
#include "feature_ascii.h"
#include "feature_padding.h"
#include "feature_phrase_search.h"
#include "feature_word.h"
#include "stopwords.h"
#include "utf8.h"

TEST_CASE("text features: a word of ASCII letters ends or goes on as the next character says", "[features]") {
    // "the" then a digit, a joiner or a Latin letter: one word, not "the" + more.
    CHECK(sift::text_features("the-cat").words == 1);
    for (const char* text : {"the9 cat", "the's cat", "theé cat", "the\xE2\x80\x99s cat"}) {
        const sift::Features f = sift::text_features(text);
        CHECK(f.words == 2);
        CHECK(f.stopword_share == 0.0);
    }
    // ...while a space, punctuation, CJK or the end closes it.
    for (const char* text : {"the cat", "the, cat", "the. Cat", "the(cat", "the\xE4\xB8\xAD cat"}) {
        const sift::Features f = sift::text_features(text);
        CHECK(f.words == 2);
        CHECK(f.stopword_share == Approx(0.5));
    }
    const sift::Features f = sift::text_features("Ends here. 3.5 m, then 12 more; done! \"Quoted.\" x.y");
    CHECK(f.sentence_ends == 3);
    CHECK(f.commas == 2);
    CHECK(f.digits == 4);
    CHECK(f.units == 12);  // 9 words, 3, 5 and 12
}

TEST_CASE("is_ascii_letter is 'a'..'z' and 'A'..'Z', of all 256 bytes", "[features]") {
    for (int b = 0; b < 256; ++b) {
        INFO(b);
        CHECK(sift::is_ascii_letter(static_cast<unsigned char>(b)) == ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')));
    }
}

TEST_CASE("ascii_letter_run_end stops at every non-letter byte, in every lane of the 16- and 8-byte steps", "[features]") {
    // Letters on both sides of the case bit and the ends of 'a'..'z' next to
    // the stop; every byte value as the stop, at offsets across both step widths.
    const std::string letters = "azAZmQazAZbYcXdWazAZeVfUgThSiRjQ";
    for (int stop = 0; stop < 256; ++stop) {
        const unsigned char b = static_cast<unsigned char>(stop);
        const bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
        for (std::size_t run = 1; run < letters.size(); ++run) {
            const std::string text = letters.substr(0, run) + static_cast<char>(b) + "a bcdefghijklmnopqrstuvwxyz";
            INFO("stop byte " << stop << " after " << run << " letters");
            CHECK(sift::ascii_letter_run_end(text, 0) == (letter ? run + 2 : run));
        }
    }
    CHECK(sift::ascii_letter_run_end("", 0) == 0);
    CHECK(sift::ascii_letter_run_end(std::string(40, 'q'), 3) == 40);
}

TEST_CASE("ascii_stopword_key is the key LowerWord builds, near the end of a text too", "[features]") {
    for (std::size_t length = 1; length <= sift::kStopwordKeyBytes; ++length) {
        for (std::size_t tail = 0; tail <= 17; ++tail) {
            const std::string text = std::string(length, 'A') + std::string(tail, 'b');
            const sift::StopwordKey key = sift::ascii_stopword_key(text, 0, length);
            char bytes[16];
            std::memcpy(bytes, &key.low, 8);
            std::memcpy(bytes + 8, &key.high, 8);
            CHECK(std::string(bytes, length) == std::string(length, 'a'));
            CHECK(std::string(bytes + length, 16 - length) == std::string(16 - length, '\0'));
            CHECK((sift::key_stopword_languages(key) != 0) == sift::is_stopword(std::string(length, 'a')));
        }
    }
}

TEST_CASE("the padded readers answer as the bounded ones, up to the padding's zero", "[features]") {
    // Letters of mixed case then a stop or the end, read from a copy followed
    // by zero padding: the run ends and the keys must be the bounded answers.
    const std::string letters = "azAZmQazAZbYcXdWazAZeVfUgThSiRjQazAZ";
    for (std::size_t run = 1; run < letters.size(); ++run) {
        for (const char* after : {"", " x", ".", "1", "\xC3\xA9"}) {
            const std::string text = letters.substr(0, run) + after;
            std::string padded = text + std::string(sift::kLetterRunPadding + sift::kStopwordKeyBytes, '\0');
            const std::string_view view(padded.data(), text.size());
            INFO(text);
            CHECK(sift::padded_ascii_letter_run_end(view, 0) == sift::ascii_letter_run_end(text, 0));
            CHECK(sift::padded_ascii_letter_run_end(view, run - 1) == run);
            if (run > sift::kStopwordKeyBytes) continue;
            const sift::StopwordKey bounded = sift::ascii_stopword_key(text, 0, run);
            const sift::StopwordKey key = sift::padded_ascii_stopword_key(view.data(), run);
            CHECK(key.low == bounded.low);
            CHECK(key.high == bounded.high);
            CHECK(key.size == run);
        }
    }
}

TEST_CASE("an ASCII . ! ? ends a sentence before the end, a space, a closing mark or CJK, and a full stop not after a digit", "[features]") {
    struct Case {
        const char* before;
        const char* follower;
        bool counts_after_letter;
    };
    const Case followers[] = {
        {"", "", true}, {"", " x", true}, {"", "\tx", true}, {"", "\"", true}, {"", "'", true}, {"", ")", true},
        {"", "]", true}, {"", "\xE4\xB8\xAD", true} /* 中 */, {"", "\xE2\x80\x99", true} /* ’ */,
        {"", "\xE3\x80\x80x", true} /* ideographic space */, {"", "x", false}, {"", ",", false}, {"", "(", false},
        {"", "\xC3\xA9", false} /* é */, {"", "5", false}, {"", "-", false},
    };
    for (const char* ender : {".", "!", "?", ",", ";", ":"}) {
        const bool is_ender = ender[0] == '.' || ender[0] == '!' || ender[0] == '?';
        for (const char* before : {"word", "3", "\xEF\xBC\x93" /* full-width 3 */, "\xE4\xB8\xAD"}) {
            const bool after_digit = before[0] == '3' || before[0] == '\xEF';
            for (const Case& c : followers) {
                const std::string text = std::string(before) + ender + c.follower;
                INFO(text);
                const bool counts = is_ender && c.counts_after_letter && !(ender[0] == '.' && after_digit);
                CHECK(sift::text_features(text).sentence_ends == (counts ? 1 : 0));
            }
        }
    }
}

TEST_CASE("a space after punctuation counts as any space does, after a joiner too", "[features]") {
    // Each mark with and without the one space after it: the word and unit
    // counts follow the text, not the shortcut over ", " and ". ".
    CHECK(sift::text_features("one, two").words == 2);
    CHECK(sift::text_features("one,two").words == 2);
    CHECK(sift::text_features("well- known").words == 2);  // the space after a joiner ends the word
    CHECK(sift::text_features("well-known").words == 1);
    CHECK(sift::text_features("don' t").words == 2);
    CHECK(sift::text_features("3, 4").units == 2);
    CHECK(sift::text_features("3. 4").units == 2);
    CHECK(sift::text_features("3.4").units == 2);
    CHECK(sift::text_features("a. ").ends_with_terminal);
    CHECK(sift::text_features("a.  b").words == 2);
    const sift::Features f = sift::text_features("x1, 2 y");
    CHECK(f.units == 3);  // x1, 2, y
    CHECK(f.digits == 2);
}

TEST_CASE("LowerWord: letters pushed from a padded text make the word pushed letter by letter", "[features]") {
    const std::string letters = "DoNtAbCdEfGhIjKlMnOpQrStUvWxYz";
    for (std::size_t before = 0; before <= 20; ++before) {
        for (std::size_t n = 1; n <= 20; ++n) {
            const std::string text = "x" + letters.substr(0, n) + "-";
            const std::string padded = text + std::string(sift::kStopwordKeyBytes, '\0');
            sift::LowerWord plain, fast;
            for (std::size_t k = 0; k < before; ++k) {
                plain.push_byte('0');
                fast.push_byte('0');
            }
            plain.push_ascii_letters(text, 1, n);
            fast.push_padded_ascii_letters(std::string_view(padded.data(), text.size()), 1, n);
            INFO(before << " then " << n);
            CHECK(fast.view() == plain.view());
            CHECK(fast.stopword_languages() == plain.stopword_languages());
        }
    }
    sift::LowerWord word;  // a stopword through the key bytes: "don" then "t" is "dont", "the" is one
    const std::string padded = std::string("THE") + std::string(sift::kStopwordKeyBytes, '\0');
    word.push_padded_ascii_letters(std::string_view(padded.data(), 3), 0, 3);
    CHECK(word.view() == "the");
    CHECK(word.is_stopword());
}

TEST_CASE("PaddedText: the copy is the text, zeros follow it, after a longer text too", "[features]") {
    sift::PaddedText padded;
    for (const std::string text : {"a longer line of text than the next", "short", "", "x"}) {
        const std::string_view copy = padded.copy(text);
        CHECK(copy == text);
        for (std::size_t k = 0; k < sift::kScanPadding; ++k) CHECK(copy.data()[copy.size() + k] == '\0');
    }
}

TEST_CASE("append_lower maps code point by code point, malformed bytes included", "[features]") {
    const std::string texts[] = {"", "ABC", "Hello WORLD, ÉTÉ ÀÖ ĀĂ ΑΒΓ АБВ ＡＢ", "\xC3", "ab\xFF" "CD\xE2\x82", "\xED\xA0\x80XY" "0123456789ABCDEFGH"};
    for (const std::string& s : texts) {
        std::string expected = "prefix";
        for (std::size_t i = 0; i < s.size();) sift::utf8::append(expected, sift::utf8::to_lower(sift::utf8::next_codepoint(s, i)));
        std::string out = "prefix";
        sift::utf8::append_lower(out, s);
        CHECK(out == expected);
    }
}

TEST_CASE("contained phrases: a phrase ending at the root's successors and a one-byte phrase", "[features]") {
    const sift::ContainedPhraseSearch search({"b", "abc", "c"});
    CHECK(search.find("a") == sift::kNoPhrase);
    CHECK(search.find("xc") == 2);
    CHECK(search.find("abc") == 0);
    CHECK(search.find("ac") == 2);
}

TEST_CASE("contained phrases: find_padded answers as find, at every length and offset of a match", "[features]") {
    using namespace std::string_view_literals;
    const std::vector<std::vector<std::string_view>> lists = {
        {"all rights", "cookie", "\xE5\x88\x86\xE4\xBA\xAB", "ab", "b", "rights reserved", "x"},
        {"", "ab"},               // an empty phrase: every text matches (the root ends a phrase)
        {"a\0b"sv, "zz"},        // a phrase with a zero byte: the padding is no longer inert
    };
    const std::string alphabet = "abxz rightscookie\xE5\x88\x86\xE4\xBA\xAB";
    std::uint32_t state = 5;
    for (const auto& phrases : lists) {
        for (std::size_t optional : {std::size_t{0}, std::size_t{2}}) {
            const sift::ContainedPhraseSearch search(phrases, /*fold_ascii_case=*/true, optional);
            for (int round = 0; round < 3000; ++round) {
                state = state * 1664525u + 1013904223u;
                const std::size_t size = (state >> 8) % 23;
                std::string text;
                for (std::size_t k = 0; k < size; ++k) {
                    state = state * 1664525u + 1013904223u;
                    text += alphabet[(state >> 8) % alphabet.size()];
                }
                const std::string padded = text + std::string(sift::kPhrasePadding, '\0');
                const std::string_view view(padded.data(), text.size());
                INFO(text);
                CHECK(search.find_padded(view) == search.find(text));
                CHECK(search.find_padded_without_optional(view) == search.find_without_optional(text));
            }
        }
    }
    const sift::ContainedPhraseSearch search({"b", "abc", "c"});
    for (std::string text : {"", "c", "ab", "abc", "xabc", "xxabc", "xxxabc", "xxxxabc"}) {
        const std::string padded = text + std::string(sift::kPhrasePadding, '\0');
        CHECK(search.find_padded(std::string_view(padded.data(), text.size())) == search.find(text));
    }
}

TEST_CASE("starts_lower: the first letter or digit decides, whatever comes before it", "[features]") {
    struct Case {
        const char* text;
        bool starts_lower;
    };
    const Case cases[] = {
        {"hello World", true}, {"Hello world", false}, {"  - (quoted) text", true}, {"...and then", true},
        {"3 apples", false}, {"\xE2\x80\x9Cquoted\xE2\x80\x9D", true},  // a curly quote is punctuation
        {"\xC3\xA9t\xC3\xA9", false},                                   // é: a letter, not ASCII a..z
        {"\xE4\xB8\xAD abc", false},                                    // CJK first
        {"\xCC\x81" "abc", false},                                      // a combining mark counts as a letter
        {"\xEF\xBC\x91 abc", false},                                    // a full-width digit
        {"\xE3\x80\x80 abc", true},                                     // an ideographic space is skipped
        {"", false}, {"!!!", false},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(sift::text_features(c.text).starts_lower == c.starts_lower);
    }
}

TEST_CASE("stopword keys tell apart words that are prefixes of each other", "[features]") {
    // Asked twice: the answer is the same. A word and its prefixes differ
    // only in how many bytes are padding.
    const std::vector<std::string> words = {"a", "an", "and", "andy", "i", "in", "into", "intoxicated", "the", "then", "thence",
                                            "themselves", "themselvesx", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "d", "de",
                                            "des", "dess"};
    for (int round = 0; round < 2; ++round)
        for (const std::string& w : words) {
            INFO(w);
            const sift::StopwordKey key = sift::ascii_stopword_key(w, 0, w.size() < 16 ? w.size() : 16);
            if (w.size() > 16) continue;
            CHECK(sift::key_stopword_languages(key) == sift::stopword_languages(w));
        }
}

TEST_CASE("bullets and terminal punctuation, ASCII and not", "[features]") {
    struct Case {
        const char* text;
        bool bullet, terminal;
    };
    const Case cases[] = {
        {"- item", true, false},        {"-item", false, false},           {"* Item.", true, true},
        {"+ one!", true, true},         {"-", false, false},                {"\xE2\x80\xA2 dot", true, false},
        {"\xC2\xB7 middle", true, false}, {"\xE2\x80\x94 dash", false, false}, {"He said \"yes.\"", false, true},
        {"(Really?)", false, true},     {"end.]", false, true},             {"word'", false, false},
        {"\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82", false, true},           // 中文。
        {"\xE4\xB8\xAD\xE3\x80\x82\xE3\x80\x8D", false, true},           // 中。」
        {"quoted\xE2\x80\x9D", false, false},                             // closing curly quote after a letter
        {"so.\xE2\x80\x9D", false, true},                                 // .” : the ender before the closing quote
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const sift::Features f = sift::text_features(c.text);
        CHECK(f.starts_with_bullet == c.bullet);
        CHECK(f.ends_with_terminal == c.terminal);
    }
}
