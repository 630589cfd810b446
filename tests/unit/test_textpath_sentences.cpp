// count_sentences(text) is split_sentences(text).size(): on sentences that
// exercise every guard of the splitter, on the corpus, and on random text
// built from the pieces the guards look at.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "sentences.h"

namespace {

std::size_t split_count(std::string_view text) { return sift::split_sentences(text).size(); }

// Fragments the splitter's guards react to: enders and their runs, closers,
// citation marks, abbreviations, initials, decimals, list numbers, German
// ordinals, CJK text and closers, line separators, white space of every kind,
// zero-width marks and malformed UTF-8.
const std::vector<std::string> kFragments = {
    ".", "!", "?", ";", "...", "?!", "\xE2\x80\xA6", "\xE2\x80\xA6\xE2\x80\xA6", "\xEF\xBC\x8E", "\xE2\x80\xBC",
    "\xD8\x9F", "\xDB\x94", "\xE0\xA5\xA4", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xEF\xBC\x9B", "\xEF\xBD\xA1",
    "\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xE3\x80\x8D", "\xE3\x80\x8F", "\xE3\x80\x89", "\xE3\x80\x8B", "\xEF\xBC\x89",
    "[12]", "[a]", "[note 3]", "[", "[123456789]",
    " ", "  ", "\t", "\n", "\r", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xC2\xAD",
    "Dr", "dr", "Mr", "e.g", "i.e", "U.S", "u.k", "etc", "vs", "No", "no", "Fig", "Jan", "p", "pp", "St",
    "J", "K", "I", "a", "A", "The", "the", "In", "in", "She", "It", "Und",
    "3", "14", "3.14", "1", "12", "123", "1234", "20", "Oktober", "Jahrhundert", "M\xC3\xA4rz", "J\xC3\xA4nner",
    "Caf\xC3\xA9", "\xC3\x89t\xC3\xA9", "\xC3\xA9t\xC3\xA9", "\xCE\xB1", "\xCE\x91", "\xD0\xB4", "\xD0\x94",
    "\xE4\xB8\xAD\xE6\x96\x87", "\xE7\x89\x88\xE6\x9C\xAC", "v2", "\xE3\x81\x82", "\xED\x95\x9C",
    "\xE2\x80", "\x80", "\xFF", "\xE3\x80",
    "word", "Word", "WORD", "Yahoo", "News",
};

std::string random_text(std::mt19937& rng, std::size_t pieces) {
    std::uniform_int_distribution<std::size_t> pick(0, kFragments.size() - 1);
    std::uniform_int_distribution<int> space(0, 2);
    std::string text;
    for (std::size_t k = 0; k < pieces; ++k) {
        text += kFragments[pick(rng)];
        if (space(rng) == 0) text += ' ';
    }
    return text;
}

}  // namespace

TEST_CASE("count_sentences: tricky multi-script sentences", "[textpath][sentences]") {
    const std::vector<std::string> texts = {
        "",
        "   ",
        "\xE2\x80\x8B \xE3\x80\x80",
        "Dr. Smith arrived. He said hello.",
        "Prices rose 3.14 percent. Then fell.",
        "He lives in the U.S. The weather is fine.",
        "He lives in the U.S. and likes it.",
        "See Fig. 3 for details. No. 5 is next. No. It is not.",
        "J. K. Rowling wrote it. I. Then me.",
        "1. Introduction\n2. Methods",
        "Am 3. Oktober 1990. Im 20. Jahrhundert. Am 3. M\xC3\xA4rz.",
        "\"Really?\" she asked. \"Yes!\" He left.",
        "He said (quietly.) Then left.[12] Next one.[note 3] And more.",
        "Niue.[65] The island.",
        "\xE4\xBB\x8A\xE5\xA4\xA9\xE5\xA4\xA9\xE6\xB0\x94\xE5\xBE\x88\xE5\xA5\xBD\xE3\x80\x82\xE6\x88\x91\xE4\xBB\xAC\xE5\x8E\xBB\xE5\x85\xAC\xE5\x9B\xAD\xE5\x90\xA7\xEF\xBC\x81\xE5\xA5\xBD\xE5\x90\x97\xEF\xBC\x9F",
        "\xE2\x80\x9C\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE2\x80\x9D\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82",
        "\xE3\x80\x8C\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF\xE3\x80\x82\xE3\x80\x8D\xE3\x81\xA8\xE8\xA8\x80\xE3\x81\x86\xE3\x80\x82",
        "\xE7\x89\x88\xE6\x9C\xAC.v2 \xE5\xBC\x80\xE6\x96\xB0\xE5\xB1\x80;\xE6\x8E\xA8\xE5\x8A\xA8 \xE6\xB4\xBB\xE5\x8A\x9B\xE2\x80\xA6\xE2\x80\xA6\xE7\x84\xB6\xE5\x90\x8E",
        "Wait... What?! Really\xE2\x80\xA6 Yes\xE2\x80\xBC No.",
        "\xD9\x87\xD9\x84 \xD8\xB0\xD9\x87\xD8\xA8\xD8\xAA\xD8\x9F \xD9\x86\xD8\xB9\xD9\x85\xDB\x94 \xE0\xA4\xB9\xE0\xA4\xBE\xE0\xA4\x81\xE0\xA5\xA4 \xE0\xA4\xA8\xE0\xA4\xB9\xE0\xA5\x80\xE0\xA4\x82",
        "Line one\xE2\x80\xA8Line two\xE2\x80\xA9Line three\n\n\nLine four",
        ". . . ! ?",
        "e.g. the cat. i.e. The dog. etc. And so on.",
        "Mr. and Mrs. Smith. Yahoo!News is a site. 3.5. End",
        "\xE2\x80\x8B.\xE2\x80\x8B \xC2\xA0.\xC2\xA0",
        "Broken \xE2\x80 bytes. \xFF More.\x80",
    };
    for (const std::string& text : texts) {
        INFO(text);
        CHECK(sift::count_sentences(text) == split_count(text));
    }
}

TEST_CASE("count_sentences: random text of splitter-sensitive pieces", "[textpath][sentences]") {
    std::mt19937 rng(20240601);
    for (int round = 0; round < 20000; ++round) {
        const std::string text = random_text(rng, 1 + round % 40);
        INFO(text);
        REQUIRE(sift::count_sentences(text) == split_count(text));
    }
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 5000; ++round) {  // arbitrary bytes, malformed UTF-8 included
        std::string text(1 + round % 64, ' ');
        for (char& c : text) c = static_cast<char>(byte(rng));
        REQUIRE(sift::count_sentences(text) == split_count(text));
    }
}

TEST_CASE("count_sentences: every line of the corpus", "[textpath][sentences]") {
    const std::filesystem::path corpus = std::filesystem::path(SIFT_SHARED_DIR) / "corpus";
    if (!std::filesystem::is_directory(corpus)) return;
    std::size_t lines = 0;
    for (const auto& set : std::filesystem::directory_iterator(corpus)) {
        if (!set.is_directory()) continue;
        for (const auto& page : std::filesystem::directory_iterator(set.path())) {
            std::ifstream in(page.path() / "pasted.txt", std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            const std::string text = ss.str();
            CHECK(sift::count_sentences(text) == split_count(text));
            std::istringstream by_line(text);
            for (std::string line; std::getline(by_line, line); ++lines)
                if (sift::count_sentences(line) != split_count(line)) FAIL(line);
        }
    }
    CHECK(lines > 0);
}
