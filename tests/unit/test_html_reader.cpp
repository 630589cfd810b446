// Unit tests for html_reader: HTML in, blocks out. Block lists are written
// compactly as "shape:text" joined by " / " (shape p, h2, li, quote, pre, tr,
// cap); "\n" and "\t" inside a block appear as themselves.
#include <catch2/catch.hpp>

#include <string>

#include "html_reader.h"

namespace {

std::string shape_name(const sift::Block& b) {
    switch (b.shape) {
        case sift::SourceShape::Heading: return "h" + std::to_string(b.html_heading_level);
        case sift::SourceShape::ListItem: return "li";
        case sift::SourceShape::Quote: return "quote";
        case sift::SourceShape::Pre: return "pre";
        case sift::SourceShape::TableRow: return "tr";
        case sift::SourceShape::Caption: return "cap";
        case sift::SourceShape::Paragraph: return "p";
        case sift::SourceShape::Line: return "line";
    }
    return "?";
}

std::string blocks_of(std::string_view html) {
    const sift::Page page = sift::read_html(html);
    std::string out;
    for (const sift::Block& b : page.blocks) {
        if (!out.empty()) out += " / ";
        out += shape_name(b) + ":" + b.text;
    }
    return out;
}

const sift::Block* find_block(const sift::Page& page, std::string_view text) {
    for (const sift::Block& b : page.blocks)
        if (b.text == text) return &b;
    return nullptr;
}

}  // namespace

TEST_CASE("blocks follow the rendered paragraphs", "[html_reader]") {
    struct Case { const char* in; const char* out; };
    const Case cases[] = {
        {"<p>One</p><p>Two</p>", "p:One / p:Two"},
        {"<p>One<p>Two<div>Three</div>", "p:One / p:Two / p:Three"},                  // implied </p>
        {"  <p>  a \n\t b  </p>  ", "p:a b"},                                           // collapsing
        {"<p>a <b>bold</b>, <i> x </i>y</p>", "p:a bold, x y"},
        {"<p>a&nbsp;&nbsp;b</p>", "p:a b"},
        {"<P>Upper</P><H2>Head</H2>", "p:Upper / h2:Head"},
        {"</p>stray<p>x", "p:stray / p:x"},                                             // </p> without start
        {"<div>a<div>b<div>c", "p:a / p:b / p:c"},                                      // never closed
        {"<p>line one<br>line two<br><br><br>three<br></p>", "p:line one\nline two\n\nthree"},
        {"<p>a <br> b</p>", "p:a\nb"},
        {"<p>x</br>y</p>", "p:x\ny"},
        {"<h1>T</h1><h3>S</h3><h2>x<h4>y</h4>", "h1:T / h3:S / h2:x / h4:y"},
        {"<ul><li>a<li>b</ul><ol><li>c</li></ol>", "li:a / li:b / li:c"},
        {"<dl><dt>term<dd>def</dl>", "li:term / li:def"},
        {"<ul><li>outer<ul><li>inner</ul>tail</li></ul>", "li:outer / li:inner / li:tail"},
        {"<blockquote><p>q1</p>q2</blockquote>", "quote:q1 / quote:q2"},
        {"<pre>\n  int x;\n\n  y  =  1;\n</pre>", "pre:  int x;\n\n  y  =  1;"},
        {"<pre><b>a</b>  b</pre>", "pre:a  b"},
        {"<div style=\"white-space: pre-wrap\">a  b\nc</div>", "p:a  b\nc"},
        {"<table><tr><th>Name<th>Age<tr><td>Ann</td><td> 31 </td></tr></table>", "tr:Name\tAge / tr:Ann\t31"},
        {"<table><caption>Cap</caption><tr><td>x</td></tr></table>", "cap:Cap / tr:x"},
        {"<table><tr><td><p>long layout text</p>more</td></tr></table>", "p:long layout text / tr:more"},
        {"<figure><img alt=\"ALT\" src=x><figcaption>Caption</figcaption></figure>", "cap:Caption"},
        {"<p>a<script>var s='</div><p>x';</script>b</p>", "p:ab"},
        {"<p>a<style>p{}</style><template><p>t</p></template><svg><title>s</title><text>t</text></svg>b</p>", "p:ab"},
        {"<noscript><p>enable js</p></noscript><p>x</p>", "p:x"},
        {"<head><title>T</title><meta name=description content=d></head><body><p>x", "p:x"},
        {"<select><option>One<option>Two</select>", "p:One / p:Two"},
        {"<p>a<span style=\"display:none\">HIDDEN</span>b</p>", "p:ab"},
        {"<p>a<span hidden>HIDDEN</span> b</p>", "p:a b"},
        {"<span style=\"display: block\">x</span><span>y</span>", "p:x / p:y"},
        {"<div style=\"display:inline\">a</div><div style=\"display:inline\">b</div>", "p:ab"},
        {"<p>bad \xFF\xC3 utf8\x01</p>", "p:bad \xEF\xBF\xBD\xEF\xBF\xBD utf8"},
        {"<p>\xEF\xBB\xBF" "bom\xC2\xAD" "shy</p>", "p:bom\xC2\xAD" "shy"},
        {"<p>x <math><mi>a</mi><mo>=</mo><mn>1</mn></math> y</p>", "p:x a=1 y"},
        {"<p>unterminated <a href='x", "p:unterminated"},
        {"<p>x<!-- never closed <p>y", "p:x"},
        {"", ""},
        {"plain text only", "p:plain text only"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.in);
        CHECK(blocks_of(c.in) == c.out);
    }
}

TEST_CASE("block fields: hints, hidden, article, link share, path", "[html_reader]") {
    const sift::Page page = sift::read_html(
        "<body><nav><ul><li><a href=/>Home</a></li></ul></nav>"
        "<header class=site-header><p>Site name</p></header>"
        "<main><article><header><h1>Headline</h1></header>"
        "<p>Body with <a href=x>link</a> text.</p>"
        "<div class=\"share-bar\"><p>Share this</p></div>"
        "<div class=\"post-content share\"><p>Positive wins</p></div>"
        "<div class=\"top-ad\"><p>Ad text</p></div>"
        "<div class=\"thread shadow\"><p>Not an ad</p></div>"
        "<div aria-hidden=\"true\"><p>Aria hidden</p></div>"
        "<div style=\"visibility:hidden\"><p>Invisible</p><p style=\"visibility:visible\">Visible again</p></div>"
        "<p><a name=anchor>No href</a></p>"
        "</article></main>"
        "<div class=\"article-body\"><p>Marked body</p></div>"
        "<aside><p>Aside</p></aside><footer><p>Footer</p></footer>"
        "<div role=\"navigation\"><p>Role nav</p></div>"
        "<div aria-label=\"Breadcrumb\"><p>Crumbs</p></div>"
        "<div id=\"adContainer\"><p>Camel ad</p></div>");
    struct Expect { const char* text; const char* hint; bool hidden; bool in_article; };
    const Expect expects[] = {
        {"Home", "nav", false, false},
        {"Site name", "header", false, false},
        {"Headline", "", false, true},          // the article's own header is not chrome
        {"Body with link text.", "", false, true},
        {"Share this", "share", false, true},
        {"Positive wins", "", false, true},
        {"Ad text", "ad", false, true},
        {"Not an ad", "", false, true},
        {"Aria hidden", "", true, true},
        {"Invisible", "", true, true},
        {"Visible again", "", false, true},
        {"No href", "", false, true},
        {"Marked body", "", false, true},
        {"Aside", "aside", false, false},
        {"Footer", "footer", false, false},
        {"Role nav", "nav", false, false},
        {"Crumbs", "breadcrumb", false, false},
        {"Camel ad", "ad", false, false},
    };
    REQUIRE(page.blocks.size() == sizeof(expects) / sizeof(expects[0]));
    for (const Expect& e : expects) {
        INFO("block: " << e.text);
        const sift::Block* b = find_block(page, e.text);
        REQUIRE(b != nullptr);
        CHECK(b->html_hint == e.hint);
        CHECK(b->html_hidden == e.hidden);
        CHECK(b->html_in_article == e.in_article);
    }
    CHECK(find_block(page, "Home")->link_share == Approx(1.0));
    CHECK(find_block(page, "No href")->link_share == Approx(0.0));
    CHECK(find_block(page, "Body with link text.")->link_share == Approx(4.0 / 17.0));
    CHECK(find_block(page, "Body with link text.")->tag_path == "body>main>article>p");
    CHECK(find_block(page, "Home")->tag_path == "body>nav>ul>li");
    CHECK(find_block(page, "Headline")->html_heading_level == 1);
    CHECK(page.from_html);
}

TEST_CASE("page-wide classes and script links say nothing about a block", "[html_reader]") {
    const sift::Page page = sift::read_html(
        "<html class=\"ads-enabled\"><body class=\"bbccom_outbrain_ar_5\">"
        "<p>Article paragraph</p><p><a href=\"javascript:void(0)\">Script target</a></p>"
        "<p><a href=\" JavaScript:go()\">Spaced script</a></p><p><a href=\"https://example.com/\">Real link</a></p>"
        "<div class=\"MathJax CtxtMenu_Attached_0\">E = mc2</div><div class=\"CtxtMenu_Attached_0\">Menu item</div>"
        "</body></html>");
    CHECK(find_block(page, "E = mc2")->html_hint.empty());  // a rendered formula, whatever its menu class says
    CHECK(find_block(page, "Menu item")->html_hint == "menu");
    REQUIRE(find_block(page, "Article paragraph") != nullptr);
    CHECK(find_block(page, "Article paragraph")->html_hint.empty());
    CHECK(find_block(page, "Script target")->link_share == Approx(0.0));
    CHECK(find_block(page, "Spaced script")->link_share == Approx(0.0));
    CHECK(find_block(page, "Real link")->link_share == Approx(1.0));
}

TEST_CASE("deep nesting is linear and capped", "[html_reader]") {
    std::string html;
    for (int i = 0; i < 10000; ++i) html += "<div>";
    html += "deep";
    for (int i = 0; i < 10000; ++i) html += "<span>";
    html += "text";
    const sift::Page page = sift::read_html(html);
    REQUIRE(page.blocks.size() == 1);
    CHECK(page.blocks[0].text == "deeptext");
    CHECK(page.blocks[0].tag_path == "div>div>div>div");

    std::string closed;
    for (int i = 0; i < 10000; ++i) closed += "<div><p>x";
    for (int i = 0; i < 10000; ++i) closed += "</div></span></b>";
    closed += "<p>end";
    const sift::Page p2 = sift::read_html(closed);
    REQUIRE(p2.blocks.size() == 10001);
    CHECK(p2.blocks.back().text == "end");
}

TEST_CASE("never crashes on arbitrary input", "[html_reader]") {
    const std::string nasty =
        "<table><td><tr><th><li><dd><option><h1><h2><pre>\r\n<svg/><math><title>x</title></math>"
        "<a href><a href><br></br></table></td>\0\xff\xfe<ul><li><p><!--<!doctype><![CDATA[<</";
    for (std::size_t n = 0; n <= nasty.size(); ++n) sift::read_html(std::string_view(nasty).substr(0, n));
    std::uint32_t seed = 12345;  // deterministic pseudo-random soup of markup pieces
    const char* pieces[] = {"<p>", "</p>", "<div class=ad>", "</div>", "<li>", "<td>", "<tr>", "<table>",
                            "</table>", "<br>", "<pre>", "</pre>", "x ", "&amp", "<a href=1>", "</a>",
                            "<script>", "</script>", "<!--", "-->", "\n", "<h2>", "</h2>", "\xC3", "<"};
    std::string soup;
    for (int i = 0; i < 20000; ++i) {
        seed = seed * 1103515245u + 12345u;
        soup += pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    const sift::Page page = sift::read_html(soup);
    for (const sift::Block& b : page.blocks) {
        CHECK_FALSE(b.text.empty());
        CHECK(b.text.find('\0') == std::string::npos);
    }
}

TEST_CASE("page metadata from meta tags, JSON-LD, time and html", "[html_reader]") {
    const sift::Page page = sift::read_html(
        "<!DOCTYPE html><html lang=\"fr\" dir=\"RTL\"><head>"
        "<title> Page  title | Site </title>"
        "<meta property=\"og:title\" content=\"OG title\">"
        "<meta name=\"twitter:title\" content=\"Twitter title\">"
        "<meta property=\"og:site_name\" content=\"Site\">"
        "<meta name=\"author\" content=\"Meta Author\">"
        "<meta property=\"article:published_time\" content=\"2020-01-02T03:04:05Z\">"
        "<meta name=\"description\" content=\"Meta description\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Not it\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"LD &amp; headline\",\"datePublished\":\"2021-05-06\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann\"},\"Bob\"],\"publisher\":{\"name\":\"LD Pub\"}}]}"
        "</script></head><body><article><p>x <time datetime=\"1999-01-01\">then</time></p></article></body></html>");
    CHECK(page.meta.title == "Page title | Site");
    CHECK(page.meta.headline == "LD & headline");
    CHECK(page.meta.author == "Ann, Bob");
    CHECK(page.meta.published == "2021-05-06");
    CHECK(page.meta.site_name == "LD Pub");
    CHECK(page.meta.description == "Meta description");
    CHECK(page.meta.lang == "fr");
    CHECK(page.meta.dir == "rtl");
    CHECK(blocks_of("<title>T</title><p>x") == "p:x");

    struct Case { const char* in; const char* headline; const char* author; const char* published; };
    const Case cases[] = {
        {"<meta property=\"og:title\" content=\"A\"><meta name=\"twitter:title\" content=\"B\">", "A", "", ""},
        {"<meta property=\"x:title dc:title\" content=\"Pref\"><meta property=\"og:title twitter:title\" content=\"O\">", "Pref", "", ""},
        {"<meta name=\"article:author\" content=\"https://x.com/a\"><meta name=\"parsely-author\" content=\"P\">", "", "P", ""},
        {"<script type=application/ld+json>[{\"@type\":\"BlogPosting\",\"name\":\"N\",\"author\":\"S\"}]</script>", "N", "S", ""},
        {"<script type=application/ld+json>{broken json</script>", "", "", ""},
        {"<script type=application/ld+json>[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>", "", "", ""},
        {"<script type=application/ld+json>{\"@type\":\"Article\",\"author\":{\"name\":7}}</script>", "", "", ""},
        {"<article><time datetime=\"2001-02-03\">x</time></article>", "", "", "2001-02-03"},
        {"<aside><time datetime=\"2001-02-03\">x</time></aside>", "", "", ""},
        {"<time pubdate datetime=\"2002\">x</time>", "", "", "2002"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.in);
        const sift::Page p = sift::read_html(c.in);
        CHECK(p.meta.headline == c.headline);
        CHECK(p.meta.author == c.author);
        CHECK(p.meta.published == c.published);
    }
}

TEST_CASE("JSON-LD over a megabyte is a data dump and is not read", "[html_reader]") {
    // Valid JSON-LD whose headline follows a long array of small numbers.
    const auto page_with_ld_of = [](std::size_t bytes) {
        const std::string head = "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"H\",\"n\":[0";
        const std::string tail = "]}</script><p>x";
        std::string html = head;
        while (html.size() + 2 + tail.size() < head.size() - 33 + bytes) html += ",0";  // 33: the bytes before '{'
        return html + tail;
    };
    CHECK(sift::read_html(page_with_ld_of(1000 * 1000)).meta.headline == "H");
    CHECK(sift::read_html(page_with_ld_of(1100 * 1000)).meta.headline.empty());
}

TEST_CASE("looks_like_html tells HTML from text with angle brackets", "[html_reader]") {
    struct Case { const char* in; bool html; };
    const Case cases[] = {
        {"<!DOCTYPE html><html><body>x", true},
        {"  <html lang=en>", true},
        {"<meta charset='utf-8'><span style=\"color: red\">x</span>", true},
        {"<meta charset=\"utf-8\">", true},
        {"<span style=\"font-size: medium\">Hello</span><br>", true},
        {"<div><p>One</p><p>Two</p></div>", true},
        {"Intro text <p>a</p> more <p>b</p> end <br> done", true},
        {"\xEF\xBB\xBF<p>x</p><p>y</p>", true},
        {"a < b and c > d", false},
        {"x<y", false},
        {"Write to Bob <bob@example.com> today", false},
        {"std::vector<int> v; std::map<std::string, int> m;", false},
        {"if (a<b && c>d) { return; }", false},
        {"Use the <p> tag for paragraphs.", false},
        {"", false},
        {"plain text\nwith lines", false},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.in);
        CHECK(sift::looks_like_html(c.in) == c.html);
    }
}

TEST_CASE("a comment thread stays a comment thread whatever article words it borrows", "[html_reader]") {
    const sift::Page page = sift::read_html(
        "<article class=\"post commented\"><div class=\"entry-content\"><p>Article paragraph</p></div>"
        "<div id=\"comment-text\" class=\"user-post-text\"><ul class=\"single-post\"><li class=\"post-text\">Reader reply</li></ul></div>"
        "</article>");
    REQUIRE(find_block(page, "Article paragraph") != nullptr);
    CHECK(find_block(page, "Article paragraph")->html_hint.empty());  // "commented" is the post's state, not a thread
    REQUIRE(find_block(page, "Reader reply") != nullptr);
    CHECK(find_block(page, "Reader reply")->html_hint == "comment");
}
