// The fast paths of the feature stage give the answers of the plain loops
// they replace: earliest-in-list phrase matches, stopwords by key, the
// eight-byte ASCII word step at every distance from the end of a text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "block_features.h"
#include "feature_hash.h"
#include "feature_phrase_search.h"
#include "feature_repeats.h"
#include "feature_word.h"
#include "stopwords.h"

namespace {

// The loop ContainedPhraseSearch replaces.
int first_contained_by_loop(const std::vector<std::string_view>& phrases, std::string_view text) {
    for (std::size_t k = 0; k < phrases.size(); ++k)
        if (text.find(phrases[k]) != std::string_view::npos) return static_cast<int>(k);
    return sift::kNoPhrase;
}

}  // namespace

TEST_CASE("contained phrases: the earliest phrase in the list wins, not the earliest in the text", "[features]") {
    const std::vector<std::string_view> phrases = {"rights reserved", "all", "he", "she", "hers", "\xC2\xA9", "ushe"};
    const sift::ContainedPhraseSearch search(phrases);
    const char* texts[] = {"",           "ushers",          "all rights reserved", "she sells", "\xC2\xA9 2024",
                           "h",          "her",             "xushex",              "rights reserve", "a ll",
                           "hershe all", "\xC2\xA9 hers all"};
    for (const char* t : texts) CHECK(search.find(t) == first_contained_by_loop(phrases, t));
}

TEST_CASE("exact phrases: a repeated phrase answers with its first position", "[features]") {
    const sift::ExactPhraseTable table({"share", "tweet", "share", "log in"});
    CHECK(table.find("share") == 0);
    CHECK(table.find("log in") == 3);
    CHECK(table.find("shar") == sift::kNoPhrase);
    CHECK(table.find("") == sift::kNoPhrase);
    CHECK(table.find("a phrase longer than every phrase in the table") == sift::kNoPhrase);
}

TEST_CASE("exact phrases: the size-and-initial filter rejects only texts no phrase could equal", "[features]") {
    const sift::ExactPhraseTable table({"share", "print", "\xE5\x88\x86\xE4\xBA\xAB", "", "log in"});
    CHECK(table.find("share") == 0);
    CHECK(table.find("print") == 1);
    CHECK(table.find("\xE5\x88\x86\xE4\xBA\xAB") == 2);  // 分享: a non-ASCII initial
    CHECK(table.find("") == 3);                               // the empty phrase bypasses the filter
    CHECK(table.find("shard") == sift::kNoPhrase);            // size and initial pass, the text differs
    CHECK(table.find("trint") == sift::kNoPhrase);            // an initial no five-byte phrase has
    CHECK(table.find("log") == sift::kNoPhrase);              // an initial with no phrase of this size
    CHECK(table.find_ascii_ci("PRINT") == 1);                 // folded before the filter is asked
    CHECK(table.find_ascii_ci("Log In") == 4);
    CHECK(table.find_ascii_ci("Lag In") == sift::kNoPhrase);
}

TEST_CASE("LowerWord::is_stopword is is_stopword, repeated, long and spilled words included", "[features]") {
    const std::string words[] = {"the", "they", "them", "theirs", "a", "aa", "und", "über", "ourselves",
                                 std::string(16, 'x'), std::string(17, 'x'), std::string(70, 'y')};
    for (int pass = 0; pass < 2; ++pass) {
        for (const std::string& w : words) {
            sift::LowerWord word;
            for (char c : w) word.push_byte(c);
            CHECK(word.view() == w);
            CHECK(word.is_stopword() == sift::is_stopword(w));
            word.clear();
            CHECK(word.empty());
        }
    }
}

TEST_CASE("LowerWord: ASCII letters taken eight bytes at a time near the end of a text", "[features]") {
    for (std::size_t length = 1; length <= 20; ++length) {
        for (std::size_t tail = 0; tail <= 17; ++tail) {
            const std::string text = std::string(length, 'T') + std::string(tail, '!');
            sift::LowerWord word;
            word.push_ascii_letters(text, 0, length);
            CHECK(word.view() == std::string(length, 't'));
            CHECK(word.is_stopword() == sift::is_stopword(std::string(length, 't')));
        }
    }
}

TEST_CASE("text features count ASCII words at every distance from the end", "[features]") {
    for (std::size_t length = 1; length <= 20; ++length) {
        const std::string word(length, 'W');
        for (const std::string& text : {word, word + ".", "The " + word, word + " the", word + "'s end."}) {
            const sift::Features f = sift::text_features(text);
            std::size_t letters = 0;
            for (char c : text) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            CHECK(f.letters == static_cast<int>(letters));
            CHECK(f.latin_letters == static_cast<int>(letters));
            CHECK(f.words == (text.find(' ') == std::string::npos ? 1 : 2));
            CHECK(!f.starts_lower);
        }
    }
    const sift::Features f = sift::text_features("the cat and the dog.");
    CHECK(f.words == 5);
    CHECK(f.stopword_share == Approx(3.0 / 5));
    CHECK(f.sentence_ends == 1);
    CHECK(f.ends_with_terminal);
}

TEST_CASE("count_repeats: texts alike in the sampled bytes are still told apart", "[features]") {
    // One size, the same first, middle and last eight bytes (all sampled_hash
    // reads), different elsewhere: equal hashes, different texts.
    const std::string base = "The first eight. middle!! and the last eight";
    std::string other = base;
    other[10] = 'X';
    std::string third = base;
    third[30] = 'Y';
    REQUIRE(sift::sampled_hash(base) == sift::sampled_hash(other));
    REQUIRE(sift::sampled_hash(base) == sift::sampled_hash(third));
    std::vector<sift::Block> blocks(7);
    const std::string texts[] = {base, other, base, third, "short", "short", other};
    for (std::size_t k = 0; k < blocks.size(); ++k) blocks[k].text = texts[k];
    sift::count_repeats(blocks);
    const int expected[] = {1, 1, 1, 0, 1, 1, 1};
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        INFO(k);
        CHECK(blocks[k].f.repeats == expected[k]);
    }
    CHECK(sift::sampled_hash(base) != sift::sampled_hash(base + "!"));
}

TEST_CASE("count_repeats: many look-alike texts (the whole-text fallback) are counted exactly", "[features]") {
    // 3000 rows alike in every sampled byte, differing at bytes 9..12, each
    // twice: far more compares than the page's bytes, so the fallback runs.
    std::vector<sift::Block> blocks;
    for (int copy = 0; copy < 2; ++copy)
        for (int row = 0; row < 3000; ++row) {
            sift::Block b;
            b.text = "row data " + std::to_string(1000 + row) + " middle!! padding padding ends here";
            blocks.push_back(b);
        }
    blocks.push_back(sift::Block{});
    blocks.back().text = "a line of its own, not like the others at all";
    REQUIRE(sift::sampled_hash(blocks[0].text) == sift::sampled_hash(blocks[1].text));
    sift::count_repeats(blocks);
    for (std::size_t k = 0; k + 1 < blocks.size(); ++k) REQUIRE(blocks[k].f.repeats == 1);
    CHECK(blocks.back().f.repeats == 0);
}

TEST_CASE("contained phrases: leaving out the optional leading phrases answers as the shorter list would", "[features]") {
    // "he" and "comment" optional: a text holding only them finds nothing
    // without them, and a later phrase that a suffix link reaches still counts.
    const std::vector<std::string_view> phrases = {"he", "comment", "rights reserved", "all", "she", "hers", "\xC2\xA9", "ushe"};
    const std::vector<std::string_view> required(phrases.begin() + 2, phrases.end());
    const sift::ContainedPhraseSearch search(phrases, /*fold_ascii_case=*/true, /*optional=*/2);
    const char* texts[] = {"",          "ushers",     "All Rights Reserved", "she sells", "\xC2\xA9 2024", "h",        "her",
                           "xushex",    "comments",   "the comment",         "a ll",      "hershe all",    "COMMENT", "\xC2\xA9 hers all"};
    for (const char* t : texts) {
        INFO(t);
        std::string lower(t);
        for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        CHECK(search.find(t) == first_contained_by_loop(phrases, lower));
        const int k = first_contained_by_loop(required, lower);
        CHECK(search.find_without_optional(t) == (k == sift::kNoPhrase ? k : k + 2));
    }
}

TEST_CASE("compute_features: a repeated text gets the features of its first copy, patterns and repeats included", "[features]") {
    const std::vector<std::string> texts = {"Share",       "A paragraph of prose, with a comma. And an end.", "Reply", "Share",
                                            "\xC2\xA9 2024 Example Inc. All rights reserved.", "Reply", "share",
                                            "A paragraph of prose, with a comma. And an end.", "3/50 Caption", "3/50 Caption", "Share"};
    std::vector<sift::Block> blocks(texts.size());
    for (std::size_t k = 0; k < texts.size(); ++k) blocks[k].text = texts[k];
    sift::compute_features(blocks);
    for (std::size_t k = 0; k < texts.size(); ++k) {
        INFO(texts[k]);
        std::vector<sift::Block> alone(1);
        alone[0].text = texts[k];
        sift::compute_features(alone);
        const sift::Features& f = blocks[k].f;
        const sift::Features& g = alone[0].f;
        CHECK(f.units == g.units);
        CHECK(f.chars == g.chars);
        CHECK(f.letters == g.letters);
        CHECK(f.words == g.words);
        CHECK(f.sentence_ends == g.sentence_ends);
        CHECK(f.stopword_share == g.stopword_share);
        CHECK(f.ends_with_terminal == g.ends_with_terminal);
        CHECK(std::string_view(f.pattern) == std::string_view(g.pattern));
        int same = 0;
        for (const std::string& t : texts) same += t == texts[k];
        CHECK(f.repeats == same - 1);
    }
    CHECK(std::string_view(blocks[3].f.pattern) == "share");
    CHECK(std::string_view(blocks[4].f.pattern) == "legal");
}

TEST_CASE("load_short_le: a short text's bytes as a word, the same as gathering them one by one", "[features]") {
    const std::string bytes = "\x01\xFF" "abcdefg\x80";
    for (std::size_t start = 0; start + 7 <= bytes.size(); ++start)
        for (std::size_t size = 0; size < 8; ++size) {
            std::uint64_t expected = 0;
            for (std::size_t k = 0; k < size; ++k) expected |= std::uint64_t{static_cast<unsigned char>(bytes[start + k])} << (8 * k);
            CHECK(sift::load_short_le(bytes.data() + start, size) == expected);
        }
}

TEST_CASE("exact phrases: find_ascii_ci answers as find on the lower-cased text, at every size", "[features]") {
    // Phrases of every size from 1 to 40 bytes, each followed in `all` by
    // other letters, so a read past a text's end would see a different text.
    const std::string all = "abcdefghijklmnopqrstuvwxyz0123456789 -.,qrs";  // 40 bytes, then more
    std::vector<std::string> owned;
    for (std::size_t size = 1; size <= 40; ++size) owned.push_back(all.substr(0, size));
    const std::vector<std::string_view> phrases(owned.begin(), owned.end());
    const sift::ExactPhraseTable table(phrases);
    std::string upper = all;
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    for (std::size_t size = 1; size <= 40; ++size) {
        const std::string_view text(upper.data(), size);  // upper-case, more bytes after it
        CHECK(table.find_ascii_ci(text) == static_cast<int>(size - 1));
        CHECK(table.find(std::string_view(all.data(), size)) == static_cast<int>(size - 1));
        CHECK(table.find_ascii_ci(std::string_view(upper.data() + 1, size)) == sift::kNoPhrase);  // same size, shifted
    }
    CHECK(table.find_ascii_ci("") == sift::kNoPhrase);
}

TEST_CASE("sampled_hash: a text under 24 bytes is read whole, whatever its size", "[features]") {
    // Every byte of a short text is sampled: changing any one changes the hash
    // (a collision of the 64-bit mix on these few texts would be a fluke).
    const std::string all = "0123456789abcdefghijklm";  // 23 bytes
    for (std::size_t size = 1; size <= all.size(); ++size) {
        const std::string text = all.substr(0, size);
        CHECK(sift::sampled_hash(text) == sift::sampled_hash(std::string(text)));
        for (std::size_t at = 0; at < size; ++at) {
            std::string changed = text;
            changed[at] = '#';
            INFO(size << " " << at);
            CHECK(sift::sampled_hash(changed) != sift::sampled_hash(text));
        }
    }
    CHECK(sift::sampled_hash("") != sift::sampled_hash(std::string(1, '\0')));  // the size is mixed in
}
