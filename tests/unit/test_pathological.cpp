// Pathological pastes: every family must come back as a result or as a clear
// error (Article::ok == false with a machine-readable code), never a crash, a
// hang or an exception. No timing assertions here (bench/bench_scaling.cpp
// measures time and memory per family); the sizes are the real ones, so a
// super-linear stage shows up as a slow test run.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "html_reader.h"
#include "json_output.h"
#include "segment.h"
#include "sift.h"

namespace {

std::string repeat(std::string_view unit, std::size_t times) {
    std::string s;
    s.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) s += unit;
    return s;
}

// Every result must serialise to JSON, and that JSON must hold no raw NUL or
// invalid UTF-8 (nlohmann replaces, but the core should not emit it).
// `text_path`: segment.h promises no text block over kMaxBlockBytes (the HTML
// reader makes no such promise: one <p> is one block, however long).
void check_shape(const sift::Article& a, bool text_path = false) {
    const std::string json = sift::article_to_json(a);
    REQUIRE(!json.empty());
    CHECK(json.front() == '{');
    CHECK(json.find('\0') == std::string::npos);
    if (!a.ok) CHECK(!a.error.code.empty());
    for (const auto& b : a.body) {
        CHECK(b.text.find('\0') == std::string::npos);
        if (text_path) CHECK(b.text.size() <= sift::kMaxBlockBytes + 8);  // no unbounded block reaches the output
    }
    for (const auto& s : a.summary) {
        REQUIRE(s.block >= 0);
        REQUIRE(static_cast<std::size_t>(s.block) < a.body.size());
    }
    for (const auto& o : a.outline) {
        REQUIRE(o.block >= 0);
        REQUIRE(static_cast<std::size_t>(o.block) < a.body.size());
    }
}

sift::Article run_text(std::string_view text) {
    sift::Options o;
    o.input = sift::InputKind::Text;
    sift::Article a = sift::extract(text, {}, o);
    check_shape(a, /*text_path=*/true);
    return a;
}

sift::Article run_html(std::string_view html) {
    sift::Options o;
    o.input = sift::InputKind::Html;
    sift::Article a = sift::extract({}, html, o);
    check_shape(a);
    return a;
}

sift::Article run_auto(std::string_view text) {
    sift::Article a = sift::extract(text, {}, {});
    check_shape(a);
    return a;
}

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        unsigned cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (std::size_t k = 1; k < n; ++k) {
            const unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

void check_all_utf8(const sift::Article& a) {
    CHECK(valid_utf8(a.title));
    CHECK(valid_utf8(a.byline));
    for (const auto& b : a.body) CHECK(valid_utf8(b.text));
    for (const auto& k : a.keywords) CHECK(valid_utf8(k));
    for (const auto& s : a.summary) CHECK(valid_utf8(s.text));
    for (const auto& o : a.outline) CHECK(valid_utf8(o.id));
}

const std::string kSentence = "The council met on Tuesday to discuss the new library budget for next year.";

}  // namespace

TEST_CASE("Pathological: empty input is a clear error", "[pathological]") {
    for (auto kind : {sift::InputKind::Auto, sift::InputKind::Text, sift::InputKind::Html}) {
        sift::Options o;
        o.input = kind;
        const sift::Article a = sift::extract("", "", o);
        check_shape(a);
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "empty_input");
    }
}

TEST_CASE("Pathological: whitespace only", "[pathological]") {
    const std::string ws = repeat(" \t\n\r\n\xC2\xA0\xE3\x80\x80\xE2\x80\x8B\n", 100000);  // ~1.4 MB
    const sift::Article a = run_text(ws);
    CHECK(a.body.empty());
    if (!a.ok) CHECK(a.error.code == "empty_input");
    run_html(ws);
}

TEST_CASE("Pathological: one 10 MB line", "[pathological]") {
    SECTION("words and spaces") {
        const std::string line = repeat("lorem ipsum dolor sit amet, ", (10u << 20) / 28);
        const sift::Article a = run_text(line);
        CHECK(a.ok);
    }
    SECTION("sentences") {
        const sift::Article a = run_text(repeat(kSentence + " ", (10u << 20) / (kSentence.size() + 1)));
        CHECK(a.ok);
    }
    SECTION("no space at all") {
        const sift::Article a = run_text(std::string(10u << 20, 'x'));
        CHECK(a.ok);
    }
    SECTION("CJK without spaces") {
        const sift::Article a = run_text(repeat("中文文本没有空格。", (10u << 20) / 27));
        CHECK(a.ok);
        check_all_utf8(a);
    }
}

TEST_CASE("Pathological: segment_lines bounds every block", "[pathological]") {
    const std::string line = std::string(1u << 20, 'x') + " " + repeat("é", 200000);
    for (const auto& b : sift::segment_lines(line)) CHECK(b.text.size() <= sift::kMaxBlockBytes + 8);
}

TEST_CASE("Pathological: 10^6 short lines", "[pathological]") {
    std::string s;
    s.reserve(12u << 20);
    for (int i = 0; i < 1000000; ++i) {
        s += "line ";
        s += std::to_string(i);
        s += '\n';
    }
    const sift::Article a = run_text(s);
    CHECK(a.ok);
}

TEST_CASE("Pathological: 10^5 identical lines", "[pathological]") {
    SECTION("prose") {
        const sift::Article a = run_text(repeat(kSentence + "\n", 100000));
        CHECK(a.ok);
    }
    SECTION("chrome") {
        const sift::Article a = run_text(repeat("Share on Facebook\n", 100000));
        CHECK(a.ok);
    }
    SECTION("10^5 identical headings") {  // outline ids were quadratic here (fixed in 0390f96)
        // In plain text a line repeated this often is a placeholder, not a
        // heading, so the family goes through HTML, where <h2> says so.
        const sift::Article a = run_html(repeat("<h2>Introduction</h2><p>" + kSentence + "</p>", 100000));
        CHECK(a.ok);
        CHECK(a.outline.size() > 1000);
    }
}

// 10^5 lines of one width look hard-wrapped: reflow must still keep every
// block under kMaxBlockBytes (it once joined them into one 7.6 MB block).
TEST_CASE("Pathological: hard-wrapped lines stay under kMaxBlockBytes", "[pathological]") {
    const sift::Article a = run_text(repeat(kSentence + "\n", 100000));
    CHECK(a.ok);
}

TEST_CASE("Pathological: 10^5 sentences without a newline", "[pathological]") {
    SECTION("identical") {
        const sift::Article a = run_text(repeat(kSentence + " ", 100000));
        CHECK(a.ok);
    }
    SECTION("distinct") {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "Sentence number " + std::to_string(i) + " talks about topic " + std::to_string(i % 977) + ". ";
        const sift::Article a = run_text(s);
        CHECK(a.ok);
        CHECK(a.summary.size() <= 20);
    }
    SECTION("10^5 sentences as 10^5 paragraphs") {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "Paragraph " + std::to_string(i) + " says something about item " + std::to_string(i % 1013) + " and more.\n\n";
        const sift::Article a = run_text(s);
        CHECK(a.ok);
    }
}

TEST_CASE("Pathological: invalid UTF-8 of every kind", "[pathological]") {
    struct Case { const char* name; std::string bytes; };
    const Case cases[] = {
        {"lone continuation", "\x80\x81\xBF"},
        {"truncated 2-byte", "\xC3"},
        {"truncated 3-byte", "\xE2\x82"},
        {"truncated 4-byte", "\xF0\x9F\x98"},
        {"overlong 2-byte", "\xC0\xAF"},
        {"overlong 3-byte", "\xE0\x80\xAF"},
        {"overlong 4-byte", "\xF0\x80\x80\xAF"},
        {"UTF-16 surrogate", "\xED\xA0\x80"},
        {"surrogate pair in UTF-8", "\xED\xA0\xBD\xED\xB8\x80"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"F5..F7 lead", "\xF5\x80\x80\x80"},
        {"5-byte form", "\xF8\x88\x80\x80\x80"},
        {"6-byte form", "\xFC\x84\x80\x80\x80\x80"},
        {"FE FF", "\xFE\xFF"},
        {"lead then ASCII", "\xE2" "A" "\xF0" "BC"},
        {"at end of input", std::string("ok \xE2\x82", 5)},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        std::string text;
        for (int i = 0; i < 200; ++i) text += kSentence.substr(0, 30) + c.bytes + kSentence.substr(30) + "\n";
        const sift::Article a = run_text(text);
        REQUIRE(a.ok);
        check_all_utf8(a);
        bool warned = false;
        for (const auto& w : a.warnings) warned = warned || w.find("invalid UTF-8") != std::string::npos;
        CHECK(warned);
        const sift::Article h = run_html("<p>" + text + "</p><p title=\"" + c.bytes + "\">" + c.bytes + "</p>");
        check_all_utf8(h);
        // alone, and at the very end (a truncated sequence must not read past the end)
        run_text(c.bytes);
        run_html(c.bytes);
    }
}

TEST_CASE("Pathological: NUL bytes", "[pathological]") {
    SECTION("between words") {
        std::string s;
        for (int i = 0; i < 2000; ++i) s += kSentence.substr(0, 20) + std::string(1, '\0') + kSentence.substr(20) + "\n";
        const sift::Article a = run_text(s);
        CHECK(a.ok);
    }
    SECTION("only NULs") {
        const sift::Article a = run_text(std::string(1u << 20, '\0'));
        CHECK(a.body.empty());
    }
    SECTION("in HTML tags and attributes") {
        std::string s;
        for (int i = 0; i < 2000; ++i) s += std::string("<p\0 class=\"a\0b\">te\0xt</p\0>", 26);
        run_html(s);
    }
}

TEST_CASE("Pathological: deeply nested never-closed HTML", "[pathological]") {
    SECTION("100k <div>") {
        const sift::Article a = run_html(repeat("<div>", 100000) + "Some text. " + kSentence);
        CHECK(a.ok);
    }
    SECTION("100k <div> each with text") {
        run_html(repeat("<div>" + kSentence, 100000));
    }
    SECTION("100k mixed inline and block") {
        run_html(repeat("<p><b><i><ul><li><table><tr><td><blockquote><span>", 10000) + kSentence);
    }
    SECTION("100k nested then closed") {
        const sift::Article a = run_html(repeat("<div>", 100000) + kSentence + repeat("</div>", 100000));
        CHECK(a.ok);
    }
    SECTION("100k stray close tags") {
        run_html(repeat("</div></p></li></table>", 100000) + kSentence);
    }
    SECTION("auto-detected HTML in the text flavour") {
        run_auto(repeat("<div>", 100000) + kSentence);
    }
}

TEST_CASE("Pathological: unterminated constructs at EOF", "[pathological]") {
    const std::string before = "<html><body><p>" + kSentence + "</p>";
    const std::string tails[] = {
        "<!-- never closed " + std::string(100000, 'x'),
        "<!--",
        "<!",
        "<",
        "</",
        "<a href=\"" + std::string(100000, 'y'),
        "<a href='" + std::string(100000, 'y'),
        "<a href=",
        "<a href",
        "<div class=\"x",
        "<script>var a = 1; " + std::string(100000, 'z'),
        "<style>p { color: red } " + repeat("<p>", 10000),
        "<title>" + repeat("<b>&amp;", 10000),
        "<textarea>" + repeat("</text", 10000),
        "&",
        "&#",
        "&#x",
        "&amp",
        "&#99999999999999999999999",
        "<![CDATA[ " + std::string(10000, 'c'),
        "<?xml " + std::string(10000, 'p'),
        "<!DOCTYPE html PUBLIC \"",
    };
    for (const std::string& tail : tails) {
        INFO(tail.substr(0, 40));
        run_html(before + tail);
        run_html(tail);
    }
}

TEST_CASE("Pathological: huge entity runs", "[pathological]") {
    run_html("<p>" + repeat("&amp;&lt;&#x1F600;&#128512;&nbsp;&hellip;&NotAnEntity;&#xD800;&#0;&#x110000;", 100000) + "</p>");
    run_html("<p>&" + std::string(1u << 20, 'a') + "</p>");
    run_html("<p>&#" + std::string(1u << 20, '9') + "</p>");
}

TEST_CASE("Pathological: huge attribute lists and tags", "[pathological]") {
    run_html("<div " + repeat("a=b ", 250000) + ">" + kSentence + "</div>");
    run_html("<p>" + repeat("<br>", 1000000) + "</p>");
    run_html("<table><tr>" + repeat("<td>c</td>", 200000) + "</tr></table>");
    run_html("<p>" + repeat("< <a <! </ <!- <? <<", 100000));
}

TEST_CASE("Pathological: every script's punctuation", "[pathological]") {
    const char32_t marks[] = {
        0x3002, 0xFF01, 0xFF1F, 0x061F, 0x06D4, 0x0964, 0x0965, 0x1362, 0x104A, 0x104B, 0x0F0D, 0x17D4,
        0x3001, 0xFF0C, 0x060C, 0x061B, 0x055C, 0x055D, 0x055E, 0x0589, 0x1803, 0x1809, 0xA60E, 0xA6F3,
        0x2026, 0x203D, 0x2047, 0x2048, 0x2049, 0xFE52, 0xFE56, 0xFE57, 0xFF0E, 0xFF61, 0x300C, 0x300D,
        0x300E, 0x300F, 0x3010, 0x3011, 0xFF08, 0xFF09, 0x00BF, 0x00A1, 0x2E2E, 0x0700, 0x0701, 0x0702,
        0x1C7E, 0x0DF4, 0x0E2F, 0x0E5A, 0x0E5B, 0x10FB, 0x166E, 0x16EB, 0x1AA8, 0x1B5E, 0x1C3B, 0xA4FF,
        0x00AB, 0x00BB, 0x2018, 0x2019, 0x201C, 0x201D, 0x2039, 0x203A, 0x05F3, 0x05F4, 0x0387, 0x037E,
    };
    auto enc = [](char32_t c) {
        std::string s;
        if (c < 0x80) s += static_cast<char>(c);
        else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) { s += static_cast<char>(0xE0 | (c >> 12)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
        else { s += static_cast<char>(0xF0 | (c >> 18)); s += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
        return s;
    };
    std::string all, text;
    for (char32_t m : marks) all += enc(m);
    for (char32_t m : marks) {
        text += "word" + enc(m) + " another" + enc(m) + enc(m) + " 中文" + enc(m) + "عربي" + enc(m) + "\n";
        text += repeat(enc(m), 500) + "\n";
        text += "Heading" + enc(m) + "\n\n";
    }
    text += repeat(all + " ", 2000);
    const sift::Article a = run_text(text);
    CHECK(a.ok);
    check_all_utf8(a);
    run_html("<p>" + text + "</p>");
}

TEST_CASE("Pathological: right-to-left and bidi controls", "[pathological]") {
    const std::string rtl = "\xE2\x80\xAE" "مرحبا بالعالم. هذا نص عربي طويل بما فيه الكفاية ليكون فقرة كاملة.\n"
                            "שלום עולם. זה טקסט בעברית שהוא ארוך מספיק כדי להיות פסקה.\xE2\x80\x8F\xE2\x80\x8E\xE2\x81\xA6\xE2\x81\xA9\n";
    const sift::Article a = run_text(repeat(rtl, 20000));
    CHECK(a.ok);
    check_all_utf8(a);
    run_html("<html dir=\"rtl\"><p>" + repeat(rtl, 2000) + "</p></html>");
}

TEST_CASE("Pathological: input over the size limit is input_too_large", "[pathological]") {
    SECTION("default 32 MiB cap, text") {
        const std::string big(sift::kDefaultMaxInputBytes + 1, 'a');
        const sift::Article a = sift::extract(big, "", {});
        check_shape(a);
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "input_too_large");
    }
    SECTION("text + html together over the cap") {
        const std::string half(sift::kDefaultMaxInputBytes / 2 + 1, 'a');
        const sift::Article a = sift::extract(half, half, {});
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "input_too_large");
    }
    SECTION("exactly at the cap is accepted") {
        sift::Options o;
        o.max_input_bytes = 1000;
        const sift::Article a = sift::extract(std::string(1000, 'a'), "", o);
        CHECK(a.error.code != "input_too_large");
    }
    SECTION("tiny cap from options JSON") {
        std::vector<std::string> warnings;
        const sift::Options o = sift::options_from_json("{\"maxInputBytes\": 10}", warnings);
        const sift::Article a = sift::extract(kSentence, "", o);
        check_shape(a);
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "input_too_large");
    }
}

TEST_CASE("Pathological: options JSON of the wrong shape never throws", "[pathological]") {
    const char* docs[] = {
        "", "{", "[1,2]", "null", "\"html\"", "{\"input\":5,\"maxInputBytes\":\"big\",\"explain\":\"yes\",\"summarySentences\":\"3\"}",
        "{\"maxInputBytes\":-1,\"summarySentences\":-5}", "{\"maxInputBytes\":0}", "{\"maxInputBytes\":1e400}",
        "{\"summarySentences\":2.5}", "{\"summarySentences\":99999999999999999999999}", "{\"input\":\"\xFF\"}",
    };
    for (const char* d : docs) {
        INFO(d);
        std::vector<std::string> warnings;
        sift::Options o;
        REQUIRE_NOTHROW(o = sift::options_from_json(d, warnings));
        check_shape(sift::extract(kSentence + "\n" + kSentence, "", o));
    }
    std::vector<std::string> warnings;
    REQUIRE_NOTHROW(sift::options_from_json(std::string(100000, '[') + std::string(100000, ']'), warnings));
}

// segment.cpp groups lines past kMaxBlocks so memory follows bytes, not lines
// (finding: 30 MB of "a\n" once took 9 GB as one Block per line).
TEST_CASE("Pathological: 5*10^6 one-letter lines are read in groups", "[pathological]") {
    const sift::Article a = run_text(repeat("a\n", 5000000));
    CHECK(a.ok);
    bool warned = false;
    for (const auto& w : a.warnings) warned = warned || w.find("in groups") != std::string::npos;
    CHECK(warned);
}
