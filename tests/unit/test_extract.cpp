// End to end on pastes written for these tests (tests/fixtures/): what a
// reader must see, and what must never leak into the body.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "json_output.h"
#include "render.h"
#include "sift.h"

namespace {

std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(SIFT_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string body_text(const sift::Article& a) {
    std::string all;
    for (const auto& b : a.body) all += b.text + "\n";
    return all;
}

}  // namespace

TEST_CASE("English news paste: metadata, body, headings, no chrome", "[extract]") {
    const sift::Article a = sift::extract(read_fixture("en-news.txt"), "", {});
    REQUIRE(a.ok);
    CHECK(a.title == "River otters return to the city after fifty years");
    CHECK(a.byline == "Maria Okafor");
    CHECK(a.site_name == "The Harbour Gazette");
    CHECK(a.published == "2024-03-05T09:30");
    CHECK(a.lang == "en");
    CHECK(a.dir == "ltr");
    const std::string body = body_text(a);
    for (const char* must : {"Wildlife officers confirmed", "Cleaner water, slowly", "lose their fear of traffic"})
        CHECK(body.find(must) != std::string::npos);
    for (const char* never : {"Subscribe", "Advertisement", "Related stories", "Heron colony", "Comments", "All rights reserved",
                              "Maria Okafor", "Privacy Policy"})
        CHECK(body.find(never) == std::string::npos);
    REQUIRE(a.outline.size() == 2);
    CHECK(a.outline[0].text == "Cleaner water, slowly");
    CHECK(a.outline[1].text == "What happens next");
    CHECK(a.body[a.outline[0].block].text == a.outline[0].text);
}

TEST_CASE("Chinese news paste: title behind a prefix, source, date, editor", "[extract]") {
    const sift::Article a = sift::extract(read_fixture("zh-news.txt"), "", {});
    REQUIRE(a.ok);
    CHECK(a.title == "江畔湿地公园迎来候鸟越冬高峰");
    CHECK(a.source == "滨江晚报");
    CHECK(a.published == "2023-12-18T08:45");
    CHECK(a.editor == "李明");
    CHECK(a.lang == "zh");
    const std::string body = body_text(a);
    CHECK(body.find("入冬以来") != std::string::npos);
    CHECK(body.find("共同守护候鸟的越冬家园") != std::string::npos);
    for (const char* never : {"责编", "相关阅读", "城市公园新增", "您此时的心情", "版权所有", "正在阅读", "首页"})
        CHECK(body.find(never) == std::string::npos);
    REQUIRE(a.outline.size() == 2);
    CHECK(a.outline[0].text == "生态修复见成效");
    CHECK(a.outline[1].text == "文明观鸟需注意");
    CHECK(a.outline[0].level == a.outline[1].level);
}

TEST_CASE("Chinese portal page, both clipboard flavours: credits in one line, bracketed editor, bold section numbers", "[extract]") {
    // The credit line holds the date, the publication (unlabelled) and the
    // author; the picture's caption credits a photographer, not the author;
    // the share buttons are glued into one line.
    const std::string text = read_fixture("zh-portal.txt");
    const std::string html = read_fixture("zh-portal.html");
    for (const sift::Article& a : {sift::extract(text, "", {}), sift::extract("", html, {})}) {
        REQUIRE(a.ok);
        INFO("input: " << a.input_kind);
        CHECK(a.title == "江城推进老旧小区改造 两万户居民受益");
        CHECK(a.byline == "李明");
        CHECK(a.source == "江城日报");
        CHECK(a.editor == "王芳");
        CHECK(a.published == "2026-03-15T08:30");
        const std::string body = body_text(a);
        for (const char* never : {"责任编辑", "分享到", "相关新闻", "网友评论", "当前位置", "作者"})
            CHECK(body.find(never) == std::string::npos);
        REQUIRE(a.outline.size() == 2);
        CHECK(a.outline[0].text == "一、问需于民 改出居民满意度");
        CHECK(a.outline[1].text == "二、长效管理 守住改造成果");
    }
}

TEST_CASE("Errors come back in the result, never as a crash", "[extract]") {
    SECTION("empty") {
        const sift::Article a = sift::extract("", "", {});
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "empty_input");
    }
    SECTION("whitespace only") {
        const sift::Article a = sift::extract(" \n\t\n\xE3\x80\x80\n", "", {});
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "empty_input");
    }
    SECTION("over the size limit") {
        sift::Options options;
        options.max_input_bytes = 10;
        const sift::Article a = sift::extract("this is longer than ten bytes", "", options);
        CHECK_FALSE(a.ok);
        CHECK(a.error.code == "input_too_large");
    }
    SECTION("binary junk") {
        std::string junk;
        for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
        const sift::Article a = sift::extract(junk, "", {});
        CHECK(sift::article_to_json(a).find("\"schema\":1") != std::string::npos);
    }
}

TEST_CASE("JSON output has the schema-1 shape", "[json]") {
    const sift::Article a = sift::extract(read_fixture("en-news.txt"), "", {});
    const std::string json = sift::article_to_json(a);
    for (const char* key : {"\"schema\":1", "\"ok\":true", "\"title\":", "\"byline\":", "\"published\":", "\"lang\":\"en\"",
                            "\"dir\":\"ltr\"", "\"body\":[", "\"outline\":[", "\"summary\":[", "\"keywords\":[", "\"stats\":{",
                            "\"warnings\":["})
        CHECK(json.find(key) != std::string::npos);
}

TEST_CASE("the compact JSON is the pretty JSON without white space, and stays valid on a stray invalid byte", "[json]") {
    const sift::Article a = sift::extract(read_fixture("zh-portal.txt"), "", {});
    const std::string compact = sift::article_to_compact_json(a);
    CHECK(compact == sift::article_to_json(a));
    const nlohmann::ordered_json from_pretty = nlohmann::ordered_json::parse(sift::article_to_json(a, /*pretty=*/true));
    CHECK(nlohmann::ordered_json::parse(compact) == from_pretty);
    CHECK(from_pretty.dump() == compact);  // nlohmann's own compact form, byte for byte

    // The stages never hand over invalid UTF-8; if one did, the byte becomes U+FFFD.
    sift::Article broken = a;
    broken.title = "Tit\xFFle \"q\"";
    const std::string json = sift::article_to_compact_json(broken);
    CHECK(json.find("\"title\":\"Tit\xEF\xBF\xBDle \\\"q\\\"\"") != std::string::npos);
    CHECK(nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false).is_object());
}

TEST_CASE("options_from_json validates at the boundary", "[json]") {
    std::vector<std::string> warnings;
    sift::Options o = sift::options_from_json(R"({"input":"html","maxInputBytes":1000,"explain":true})", warnings);
    CHECK(warnings.empty());
    CHECK(o.input == sift::InputKind::Html);
    CHECK(o.max_input_bytes == 1000);
    CHECK(o.explain);
    warnings.clear();
    o = sift::options_from_json(R"({"input":"pdf","maxInputBytes":-1,"colour":"red"})", warnings);
    CHECK(warnings.size() == 3);
    CHECK(o.input == sift::InputKind::Auto);
    warnings.clear();
    sift::options_from_json("{not json", warnings);
    CHECK(warnings.size() == 1);
}

TEST_CASE("Markdown rendering escapes body text that would become markup", "[render]") {
    sift::Article a;
    a.title = "T";
    a.body = {{sift::BodyType::Paragraph, "# not a heading"}, {sift::BodyType::H2, "Section"}, {sift::BodyType::Paragraph, "1. not a list"}};
    const std::string md = sift::article_to_markdown(a);
    CHECK(md.find("\\# not a heading") != std::string::npos);
    CHECK(md.find("## Section") != std::string::npos);
    CHECK(md.find("1\\. not a list") != std::string::npos);
}

TEST_CASE("HTML: a blank line (<br><br>) inside one element splits it into blocks, in order, each with the element's context", "[extract][html]") {
    const std::string html =
        "<html><body><nav><a href=\"/\">Home</a></nav><article>"
        "<p class=\"lead\">First paragraph of the story, long enough to read as prose.<br><br>"
        "Second paragraph follows after a blank line.<br><br><br>  <br><br>Third and last paragraph.</p>"
        "<p>A paragraph without any blank line.</p><pre>code line\n\nstays one block</pre>"
        "<div>Tail one.<br><br>Tail two.</div></article></body></html>";
    sift::Options o;
    o.input = sift::InputKind::Html;
    o.explain = true;
    const sift::Article a = sift::extract("", html, o);
    REQUIRE(a.ok);
    std::vector<std::string> texts;
    for (const auto& e : a.explain) texts.push_back(e.text);
    const std::vector<std::string> expected = {"Home",
                                               "First paragraph of the story, long enough to read as prose.",
                                               "Second paragraph follows after a blank line.",
                                               "Third and last paragraph.",
                                               "A paragraph without any blank line.",
                                               "code line\n\nstays one block",
                                               "Tail one.",
                                               "Tail two."};
    CHECK(texts == expected);
}
