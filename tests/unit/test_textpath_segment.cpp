// segment_lines reserves from the line count and reflow_hard_wrapped joins
// in place; both give the blocks the plain construction gives.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "decode.h"
#include "segment.h"
#include "utf8.h"

namespace {

// The join rule of segment.h written out plainly: widths in code points, a
// new vector, texts grown by appending; table rows are never joined.
std::vector<sift::Block> reflow_reference(std::vector<sift::Block> blocks) {
    if (blocks.size() < 20) return blocks;
    std::vector<std::size_t> lengths;
    for (const sift::Block& b : blocks) lengths.push_back(sift::utf8::length(b.text) + (b.indented ? 3 : 0));
    std::vector<std::size_t> sorted = lengths;
    const std::size_t p90 = sorted.size() * 9 / 10;
    std::nth_element(sorted.begin(), sorted.begin() + p90, sorted.end());
    const std::size_t width = sorted[p90];
    if (width < 50 || width > 100) return blocks;
    std::size_t long_lines = 0, near_width = 0;
    for (std::size_t len : lengths) {
        if (len < 37) continue;
        ++long_lines;
        if (len + width / 8 >= width && len <= width + width / 8) ++near_width;
    }
    if (long_lines == 0 || near_width < 0.5 * long_lines) return blocks;
    std::vector<sift::Block> merged;
    bool joinable = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto row = [](const sift::Block& b) { return b.shape == sift::SourceShape::TableRow; };
        if (joinable && !blocks[i].blank_before && !merged.empty() && !row(blocks[i]) && !row(merged.back()) &&
            merged.back().text.size() + 1 + blocks[i].text.size() <= sift::kMaxBlockBytes) {
            merged.back().text += ' ' + blocks[i].text;
        } else {
            merged.push_back(blocks[i]);
        }
        joinable = lengths[i] >= 0.75 * width;
    }
    return merged;
}

void check_same(const std::vector<sift::Block>& a, const std::vector<sift::Block>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].blank_before == b[i].blank_before);
        CHECK(a[i].indented == b[i].indented);
    }
}

// Lines of `width` code points drawn from `alphabet`, a blank line now and
// then, some indented, some short, a few overlong.
std::string wrapped_text(std::mt19937& rng, const std::vector<std::string>& alphabet, std::size_t width, std::size_t lines) {
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> die(0, 99);
    std::string text;
    for (std::size_t l = 0; l < lines; ++l) {
        const int roll = die(rng);
        if (roll < 8) text += '\n';
        if (roll >= 8 && roll < 12) text += "   ";
        std::size_t n = roll >= 12 && roll < 20 ? width / 3 : width - static_cast<std::size_t>(die(rng) % 6);
        if (roll == 99) n = 40000;  // some lines near and over kMaxBlockBytes once joined
        for (std::size_t k = 0; k < n; ++k) text += alphabet[pick(rng)];
        text += '\n';
    }
    return text;
}

// Segments `text`, reflows it, checks the result against the plain rule, and
// returns how many lines were joined.
std::size_t reflow_as_reference(const std::string& text) {
    std::vector<sift::Block> blocks = sift::segment_lines(sift::decode_text(text));
    const std::vector<sift::Block> expected = reflow_reference(blocks);
    const std::size_t before = blocks.size();
    sift::reflow_hard_wrapped(blocks);
    check_same(blocks, expected);
    return before - blocks.size();
}

}  // namespace

TEST_CASE("reflow_hard_wrapped joins as the plain rule does", "[textpath][segment]") {
    std::mt19937 rng(7);
    const std::vector<std::vector<std::string>> alphabets = {
        {"a", "b", "e", " ", "t", "."},
        {"\xE4\xB8\xAD", "\xE6\x96\x87", "\xE3\x80\x82", "\xEF\xBC\x8C"},
        {"\xC3\xA9", "a", " ", "\xD0\xB4", "\xF0\x9F\x98\x80", "z"},
        {"a", "b", " ", "e", "\t", "o"},  // some lines are rows of cells
    };
    std::size_t joined = 0;
    for (const auto& alphabet : alphabets)
        for (std::size_t width : {45, 60, 72, 80, 99, 120})
            for (int round = 0; round < 4; ++round) {
                joined += reflow_as_reference(wrapped_text(rng, alphabet, width, 30 + 40 * round));
            }
    CHECK(joined > 0);  // the cases do exercise joining
}

// reflow_hard_wrapped first bounds the wrap width by byte sizes (a line of b
// bytes is b/4 to b code points wide) and leaves the lines alone without
// counting code points when the bounds exclude [50, 100]: at the edges of
// that range, in one- to four-byte scripts, it must still join as the rule does.
TEST_CASE("reflow_hard_wrapped: widths at the edges, in scripts of one to four bytes", "[textpath][segment]") {
    std::mt19937 rng(8);
    const std::vector<std::vector<std::string>> alphabets = {
        {"a", "b", "e", " ", "t", "."},
        {"\xC3\xA9", "\xD0\xB4"},                            // two bytes each: é д
        {"\xE4\xB8\xAD", "\xE6\x96\x87", "\xE3\x80\x82"},  // three: 中 文 。
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x8C\x8D"},            // four: two emoji
    };
    std::size_t joined = 0;
    for (const auto& alphabet : alphabets)
        for (std::size_t width : {13, 17, 25, 26, 34, 49, 50, 51, 55, 99, 100, 101, 102, 106})
            for (int round = 0; round < 2; ++round) {
                joined += reflow_as_reference(wrapped_text(rng, alphabet, width, 25 + 30 * round));
            }
    CHECK(joined > 0);
}

// reflow_hard_wrapped counts no code points for a line surely narrower than
// 37 (its bytes) or surely wider than 112 (its bytes / 4): every width there
// reflows alike. Lines on both sides of both limits, in scripts of one to
// four bytes, mixed with lines at the wrap width, must join as the rule does.
TEST_CASE("reflow_hard_wrapped: lines around the widths it does not count", "[textpath][segment]") {
    std::mt19937 rng(9);
    const std::vector<std::vector<std::string>> alphabets = {
        {"a", "b", "e", " ", "t", "."},
        {"\xC3\xA9", "\xD0\xB4", "a"},
        {"\xE4\xB8\xAD", "\xE6\x96\x87", "\xE3\x80\x82"},
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x8C\x8D"},
    };
    // Narrow edges often; wide ones rarely, so the wrap width stays the 90th percentile.
    const std::size_t narrow[] = {8, 9, 10, 12, 13, 18, 19, 35, 36, 37, 38, 74, 75, 76};
    const std::size_t wide[] = {110, 111, 112, 113, 114, 115, 120};
    std::uniform_int_distribution<int> die(0, 99);
    std::size_t joined = 0;
    for (const auto& alphabet : alphabets) {
        std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
        for (std::size_t width : {50, 60, 88, 90, 99, 100}) {
            for (int round = 0; round < 6; ++round) {
                std::string text;
                for (std::size_t l = 0; l < 60; ++l) {
                    const int roll = die(rng);
                    if (roll < 6) text += '\n';
                    if (roll >= 6 && roll < 10) text += "   ";
                    const std::size_t pick_edge = static_cast<std::size_t>(die(rng));
                    const std::size_t n = roll < 20 + 8 * round ? narrow[pick_edge % std::size(narrow)]
                                          : roll >= 95          ? wide[pick_edge % std::size(wide)]
                                                                : width;
                    for (std::size_t k = 0; k < n; ++k) text += alphabet[pick(rng)];
                    text += '\n';
                }
                joined += reflow_as_reference(text);
            }
        }
    }
    CHECK(joined > 0);
    // At the share limit: wrap width 99, 21 long lines, 10 near it. Two lines
    // of 112 four-byte characters are near no width (99 + 99 / 8 = 111), as
    // counted; were they taken for narrower, 12 of 21 would be near and the
    // lines joined.
    const std::string emoji = "\xF0\x9F\x98\x80";
    std::string text;
    const auto line = [&](std::size_t n) {
        for (std::size_t k = 0; k < n; ++k) text += emoji;
        text += '\n';
    };
    for (int k = 0; k < 10; ++k) line(99);
    for (int k = 0; k < 9; ++k) line(60);
    line(112);
    line(112);
    CHECK(reflow_as_reference(text) == 0);
}

TEST_CASE("reflow widths: decoded text is valid UTF-8, so code points are the non-continuation bytes", "[textpath][segment]") {
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string raw(1 + round % 200, ' ');
        for (char& c : raw) c = static_cast<char>(byte(rng));
        for (const sift::Block& b : sift::segment_lines(sift::decode_text(raw))) {
            std::size_t lead_bytes = 0;
            for (char c : b.text) lead_bytes += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            REQUIRE(sift::utf8::length(b.text) == lead_bytes);
        }
    }
}

TEST_CASE("segment_code_points counts code points at every length, past the 16-byte steps' counter sums", "[textpath][segment]") {
    // Lengths around the step widths and past 255 sixteen-byte steps (4080
    // bytes), where the per-byte counters are summed and restarted.
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> byte(0, 255);
    for (std::size_t size : {0, 1, 7, 8, 15, 16, 17, 31, 33, 100, 4079, 4080, 4081, 4096, 9000}) {
        std::string raw(size, ' ');
        for (char& c : raw) c = static_cast<char>(byte(rng));
        const std::string text = sift::decode_text(raw);
        INFO("raw size " << size);
        CHECK(sift::segment_code_points(text) == sift::utf8::length(text));
        const std::string cjk = [&] {  // all three-byte characters: every third byte leads
            std::string s;
            for (std::size_t k = 0; k < size; ++k) s += "\xE4\xB8\xAD";
            return s;
        }();
        CHECK(sift::segment_code_points(cjk) == size);
    }
}

TEST_CASE("segment_lines: overlong lines and blank input within the reserve bound", "[textpath][segment]") {
    // Blank lines, overlong lines cut at spaces or mid-text, and no final newline.
    const std::string long_words = [] {
        std::string s;
        while (s.size() < 3 * sift::kMaxBlockBytes) s += "word ";
        return s;
    }();
    const std::string long_run(3 * sift::kMaxBlockBytes + 5, 'x');
    for (const std::string& text : {std::string("a"), std::string("\n\n\n"), long_words, long_run, long_run + "\n" + long_words + "\n\nend"}) {
        const std::vector<sift::Block> blocks = sift::segment_lines(text);
        std::size_t bytes = 0;
        for (const sift::Block& b : blocks) {
            CHECK(b.text.size() <= sift::kMaxBlockBytes);
            bytes += b.text.size();
        }
        CHECK(bytes <= text.size());
    }
}

TEST_CASE("segment_lines: a line whose tab has text on both sides is a row of table cells", "[textpath][segment]") {
    const std::vector<sift::Block> blocks =
        sift::segment_lines("Currency\tNew Zealand dollar ($) (NZD)\n\tIndented by a tab\nA line ending in a tab\t\nPlain line\n");
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].shape == sift::SourceShape::TableRow);
    CHECK(blocks[0].text == "Currency New Zealand dollar ($) (NZD)");  // cells still read as one line of text
    CHECK(blocks[1].shape == sift::SourceShape::Line);
    CHECK(blocks[2].shape == sift::SourceShape::Line);
    CHECK(blocks[3].shape == sift::SourceShape::Line);
}
