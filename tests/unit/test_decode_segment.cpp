// Stage 1 and 2: decoding raw bytes and cutting text into line blocks.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "decode.h"
#include "segment.h"

using namespace std::string_literals;

namespace {

struct DecodeCase {
    std::string input, expected;
    const char* why;
};

template <std::size_t N>
void check_decodes(const DecodeCase (&cases)[N]) {
    for (const DecodeCase& c : cases) {
        INFO(c.why);
        CHECK(sift::decode_text(c.input) == c.expected);
        sift::DecodeReport report;  // counting what changed must not change the text
        CHECK(sift::decode_text(c.input, &report) == c.expected);
        std::string storage;  // the viewing form: same text, a copy only when something changed
        const std::string_view view = sift::decode_text(c.input, storage, &report);
        CHECK(view == c.expected);
        const bool points_into_input = view.data() >= c.input.data() && view.data() <= c.input.data() + c.input.size();
        CHECK(points_into_input == (c.input == c.expected || c.input == "\xEF\xBB\xBF" + c.expected));
    }
}

}  // namespace

TEST_CASE("decode_text repairs and normalises raw bytes", "[decode]") {
    const DecodeCase cases[] = {
        {"plain", "plain", "ASCII passes through"},
        {"\xEF\xBB\xBFhello", "hello", "a leading BOM is dropped"},
        {"a\r\nb\rc", "a\nb\nc", "CRLF and CR become LF"},
        {"a\0b"s, "ab", "NUL is dropped"},
        {"a\x01\x7f" "b", "ab", "C0 controls and DEL are dropped"},
        {"a\xC2\xA0" "b", "a b", "NBSP becomes a space"},
        {"\xE3\x80\x80\xE3\x80\x80正文", "  正文", "ideographic spaces become spaces"},
        {"zero\xE2\x80\x8Bwidth", "zerowidth", "zero-width space is removed"},
        {"bad\xFFpart", "bad\xEF\xBF\xBDpart", "invalid byte becomes U+FFFD"},
        {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", "overlong lead bytes are invalid"},
        {"\xED\xA0\x80", "\xEF\xBF\xBD", "a UTF-16 surrogate is invalid"},
        {"end\xE4\xB8", "end\xEF\xBF\xBD", "a truncated sequence at the end"},
        {"\x80\x80x", "\xEF\xBF\xBD\xEF\xBF\xBDx", "stray continuation bytes"},
        {"line\xE2\x80\xA8next", "line\nnext", "U+2028 is a line break"},
        {"\xEF\xBF\xBD", "\xEF\xBF\xBD", "a real U+FFFD stays"},
    };
    check_decodes(cases);
}

// Runs of characters that pass unchanged are stepped through together: a
// changed character right after such a run (or cut off by the end) must
// still be found.
TEST_CASE("decode_text: what ends a run of unchanged CJK and accented characters", "[decode]") {
    const DecodeCase cases[] = {
        {"中文正文\xE3\x80\x80后", "中文正文 后", "an ideographic space after Han"},
        {"éèçà\xC2\xA0x", "éèçà x", "NBSP after accented Latin"},
        {"中文\xE2\x80\x8B文", "中文文", "a zero-width space after Han"},
        {"中文\xFF文", "中文\xEF\xBF\xBD文", "an invalid byte after Han"},
        {"中文\xE4\xB8", "中文\xEF\xBF\xBD", "a truncated character at the end"},
        {"中文\xC2", "中文\xEF\xBF\xBD", "a lone lead byte at the end"},
        {"한국어\r\n日本語\x01", "한국어\n日本語", "CRLF and a control after Hangul and Han"},
        {"ÄÖÜ\xE2\x80\xA8ß", "ÄÖÜ\nß", "U+2028 after accented Latin"},
        {"“quoted”—dash…\xE2\x80\xA8x", "“quoted”—dash…\nx", "U+2028 right after the dashes and quotes that pass"},
        {"‘a’\xE2\x80\x8B–\xE2\x80\xAF‧\xE2\x80\xA9", "‘a’– ‧\n", "zero-width, narrow no-break space and U+2029 among them"},
        {"—\xE2\x80", "—\xEF\xBF\xBD", "a truncated dash at the end"},
    };
    check_decodes(cases);
}

TEST_CASE("decode_text finds a changed byte in every lane of an 8-, a 16- and a 32-byte step", "[decode]") {
    // The printable-ASCII skip reports the exact lane of the first byte that
    // is not; borrows and carries between lanes must not move it, so each
    // stop byte is tried at every offset, with printable bytes around it
    // that sit next to the lane limits (space, '~') and a second stop after it.
    struct Stop {
        std::string bytes, becomes;
    };
    const Stop stops[] = {{"\x1F", ""}, {"\x7F", ""}, {"\r", "\n"}, {"\xFF", "\xEF\xBF\xBD"}, {"\xC2\xA0", " "},
                          {"\xE2\x80\x8B", ""}, {"\n", "\n"}, {"\xC3\xA9", "\xC3\xA9"},
                          // The 16-byte step passes newlines; tabs stop it and are kept; neighbours 0x08, 0x0B, 0x0C are dropped.
                          {"\t", "\t"}, {"\n\t\n", "\n\t\n"}, {"\x08", ""}, {"\x0B", ""}, {"\x0C", ""},
                          {"\n\x1F", "\n"}, {"\t\x01\n", "\t\n"}, {"\n\r\n", "\n\n"}};
    for (const Stop& stop : stops) {
        for (std::size_t before = 0; before < 72; ++before) {  // the 32-, 16- and 8-byte steps, every lane
            std::string prefix;
            for (std::size_t k = 0; k < before; ++k) prefix += k % 2 ? '~' : ' ';
            const std::string input = prefix + stop.bytes + "~ x" + stop.bytes + "y~ ~ ~ ~ ~";
            const std::string expected = prefix + stop.becomes + "~ x" + stop.becomes + "y~ ~ ~ ~ ~";
            INFO("stop byte(s) after " << before << " printable bytes");
            CHECK(sift::decode_text(input) == expected);
        }
    }
}

TEST_CASE("decode_text counts what it repaired", "[decode]") {
    sift::DecodeReport report;
    sift::decode_text("a\xFF" "b\0c"s, &report);
    CHECK(report.invalid_sequences == 1);
    CHECK(report.dropped_controls == 1);
}

TEST_CASE("decode_text's view: the input itself when nothing changes, else the storage", "[decode]") {
    std::string storage = "left over";
    const std::string clean = "Plain line\n\u4e2d\u6587 caf\u00e9 \u201cquoted\u201d\ttab";
    std::string_view view = sift::decode_text(clean, storage);
    CHECK(view.data() == clean.data());
    CHECK(view.size() == clean.size());

    const std::string with_bom = "\xEF\xBB\xBFText";  // a dropped BOM is only a shorter view
    view = sift::decode_text(with_bom, storage);
    CHECK(view.data() == with_bom.data() + 3);
    CHECK(view == "Text");

    const std::string crlf = "a\r\nb";
    view = sift::decode_text(crlf, storage);
    CHECK(view.data() == storage.data());
    CHECK(view == "a\nb");

    const std::string only_controls = "\x01\x02"s;  // everything dropped: an empty text, from the storage
    sift::DecodeReport report;
    view = sift::decode_text(only_controls, storage, &report);
    CHECK(view.empty());
    CHECK(view.data() == storage.data());
    CHECK(report.dropped_controls == 2);
}

TEST_CASE("segment_lines makes one block per non-empty line", "[segment]") {
    const auto blocks = sift::segment_lines("Title\n\n  Indented   paragraph\twith tabs\n\n\nLast");
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text == "Title");
    CHECK(blocks[0].blank_before);
    CHECK(blocks[1].text == "Indented paragraph with tabs");
    CHECK(blocks[1].indented);
    CHECK(blocks[1].blank_before);
    CHECK(blocks[2].text == "Last");
    CHECK_FALSE(blocks[2].indented);
}

TEST_CASE("segment_lines collapses blank runs at every offset, in lines with and without tabs", "[segment]") {
    // Lines without a tab take a spaces-only scan: a double space, a
    // trailing space and a space before a tab must collapse the same way.
    for (std::size_t before = 1; before < 80; ++before) {  // every lane of the 31-, 15- and 7-byte steps
        const std::string word(before, 'w');
        INFO("blank run after " << before << " bytes");
        CHECK(sift::segment_lines(word + "  x y").at(0).text == word + " x y");
        CHECK(sift::segment_lines(word + " x  y ").at(0).text == word + " x y");
        CHECK(sift::segment_lines(word + " \tx y").at(0).text == word + " x y");
        CHECK(sift::segment_lines(word + "\tx y  ").at(0).text == word + " x y");
        CHECK(sift::segment_lines(word + " x y z").at(0).text == word + " x y z");
        CHECK(sift::segment_lines(word + " x y ").at(0).text == word + " x y");  // the one stop: a last-byte space
        CHECK(sift::segment_lines("x y " + word + "\tz").at(0).text == "x y " + word + " z");
        // Followed by another line: the scan that finds a clean line's end in one pass.
        CHECK(sift::segment_lines(word + " x\nnext").at(0).text == word + " x");
        CHECK(sift::segment_lines(word + " \nnext").at(0).text == word);
        CHECK(sift::segment_lines(word + "  x\nnext").at(0).text == word + " x");
        CHECK(sift::segment_lines(word + "\tx\nnext").at(1).text == "next");
    }
}

TEST_CASE("segment_lines bounds pathological lines", "[segment]") {
    std::string huge;
    for (int i = 0; i < 200000; ++i) huge += "word ";
    const auto blocks = sift::segment_lines(huge);
    REQUIRE(blocks.size() > 1);
    std::size_t total = 0;
    for (const auto& b : blocks) {
        CHECK(b.text.size() <= sift::kMaxBlockBytes);
        total += b.text.size();
    }
    CHECK(total > huge.size() * 9 / 10);
    // A line without spaces is cut too, never inside a UTF-8 sequence.
    std::string cjk;
    for (int i = 0; i < 60000; ++i) cjk += "中";
    for (const auto& b : sift::segment_lines(cjk)) CHECK(b.text.size() % 3 == 0);
}

TEST_CASE("segment_lines on empty and blank input", "[segment]") {
    CHECK(sift::segment_lines("").empty());
    CHECK(sift::segment_lines("   \n\t\n \n").empty());
}

TEST_CASE("segment_lines reports how many lines share a block", "[segment]") {
    std::size_t lines_per_block = 0;
    sift::segment_lines("one\ntwo\n\nthree", &lines_per_block);
    CHECK(lines_per_block == 1);
    std::string many;
    for (std::size_t k = 0; k < sift::kMaxBlocks; ++k) many += "a\n";  // kMaxBlocks newlines: one line more than kMaxBlocks
    const auto blocks = sift::segment_lines(many, &lines_per_block);
    CHECK(lines_per_block == 2);
    CHECK(blocks.size() == sift::kMaxBlocks / 2);
    sift::segment_lines(many.substr(2), &lines_per_block);  // exactly kMaxBlocks lines
    CHECK(lines_per_block == 1);
    // Newlines only: every byte counted, the counters at their fullest.
    const std::string newlines(sift::kMaxBlocks, '\n');
    CHECK(sift::segment_lines(newlines, &lines_per_block).empty());
    CHECK(lines_per_block == 2);
    sift::segment_lines(newlines.substr(1), &lines_per_block);
    CHECK(lines_per_block == 1);
}

// Lines copied as is are found in one pass over newlines, tabs and blank
// runs; lines that need collapsing take the general path. Both must give
// the blocks of the rule written out plainly, at every offset in a 16-byte step.
TEST_CASE("segment_lines: clean and collapsed lines as the plain rule makes them", "[segment]") {
    const auto plain = [](const std::string& text) {
        std::vector<sift::Block> blocks;
        bool blank_before = true;
        std::size_t start = 0;
        for (;;) {
            std::size_t end = text.find('\n', start);
            const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            std::string collapsed;
            bool pending_blank = false;
            for (char c : line) {
                if (c == ' ' || c == '\t') { pending_blank = !collapsed.empty(); continue; }
                if (pending_blank) collapsed += ' ';
                pending_blank = false;
                collapsed += c;
            }
            if (collapsed.empty()) {
                blank_before = true;
            } else {
                sift::Block b;
                b.text = collapsed;
                b.indented = line[0] == ' ' || line[0] == '\t';
                b.blank_before = blank_before;
                blank_before = false;
                blocks.push_back(b);
            }
            if (end == std::string::npos) return blocks;
            start = end + 1;
        }
    };
    const std::string pieces[] = {"word", "w", " ", "  ", "\t", "\n", "\n\n", "é", "中文", "longerwordhere", ".", " \n", "\t\n"};
    std::uint32_t state = 99;
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        for (int k = 0, n = static_cast<int>(next() % 40); k < n; ++k) text += pieces[next() % std::size(pieces)];
        INFO(text);
        const std::vector<sift::Block> blocks = sift::segment_lines(text), expected = plain(text);
        REQUIRE(blocks.size() == expected.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            REQUIRE(blocks[i].text == expected[i].text);
            REQUIRE(blocks[i].indented == expected[i].indented);
            REQUIRE(blocks[i].blank_before == expected[i].blank_before);
        }
    }
}
