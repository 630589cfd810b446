// Section headings in context: the rules of headings.cpp on small pastes.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "block_features.h"
#include "classify.h"
#include "headings.h"
#include "segment.h"
#include "sift.h"

namespace {

const std::string kParagraph =
    "The river rose through the night and by morning it had reached the doors of the houses along the lower street, "
    "where people carried what they could up the stairs.";

std::vector<sift::Block> classify(const std::string& text) {
    std::vector<sift::Block> blocks = sift::segment_lines(text);
    sift::compute_features(blocks);
    sift::classify_blocks(blocks);
    return blocks;
}

const sift::Block* find(const std::vector<sift::Block>& blocks, const std::string& text) {
    for (const sift::Block& b : blocks)
        if (b.text == text) return &b;
    return nullptr;
}

std::vector<std::string> outline_texts(const sift::Article& a) {
    std::vector<std::string> texts;
    for (const sift::OutlineEntry& e : a.outline) texts.push_back(e.text);
    return texts;
}

// Each of `lines` is a block of `blocks`, labelled a heading or (`headings`
// false) anything but.
void check_headings(const std::vector<sift::Block>& blocks, std::initializer_list<const char*> lines, bool headings = true) {
    for (const char* line : lines) {
        const sift::Block* b = find(blocks, line);
        REQUIRE(b != nullptr);
        INFO(line << " -> " << sift::rule_text(*b));
        CHECK((b->label == sift::Label::Heading) == headings);
    }
}

}  // namespace

TEST_CASE("a page's table of contents names its headings", "[headings]") {
    // A wiki-style page: the list at the top is the outline; a section heading
    // directly above its first subsection is found through it, and an image
    // description between sections is not a heading.
    const std::string text = kParagraph + "\n\nContents\n1 History\n1.1 Early years\n2 Geography\n3 Economy\n\n" +
                             "History[edit]\nEarly years[edit]\n" + kParagraph + "\n" +
                             "A smiling woman wearing a black dress\n" + kParagraph + "\n" +
                             "Geography[edit]\n" + kParagraph + "\nEconomy[edit]\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    for (const char* heading : {"History[edit]", "Early years[edit]", "Geography[edit]", "Economy[edit]"}) {
        const sift::Block* b = find(blocks, heading);
        REQUIRE(b != nullptr);
        INFO(heading << " -> " << sift::rule_text(*b));
        CHECK(b->label == sift::Label::Heading);
        CHECK(sift::rule_text(*b) == "heading:toc");
    }
    const sift::Block* title = find(blocks, "Contents");
    REQUIRE(title != nullptr);
    CHECK(sift::rule_text(*title) == "heading:toc-title");
    const sift::Block* alt = find(blocks, "A smiling woman wearing a black dress");
    REQUIRE(alt != nullptr);
    CHECK(alt->label == sift::Label::Content);

    // The entries' numbering gives the levels: "1.1 Early years" sits under "1 History".
    const sift::Article a = sift::extract(text, "", {});
    std::vector<std::pair<int, std::string>> outline;
    for (const sift::OutlineEntry& e : a.outline) outline.emplace_back(e.level, e.text);
    const std::vector<std::pair<int, std::string>> expected = {
        {2, "Contents"}, {2, "History[edit]"}, {3, "Early years[edit]"}, {2, "Geography[edit]"}, {2, "Economy[edit]"}};
    CHECK(outline == expected);
}

TEST_CASE("without a table of contents, short lines that introduce prose are headings", "[headings]") {
    const std::string text = "Floods in the valley\n\n" + kParagraph + "\n\nWhat happens next\n\n" + kParagraph +
                             "\n\nScreenshot\n\n" + kParagraph + "\n\nScreenshot\n\n" + kParagraph + "\n\nScreenshot\n\n" + kParagraph +
                             "\n\nScreenshot\n\n" + kParagraph;
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"What happens next"});
    for (const sift::Block& b : blocks) {
        INFO(b.text << " -> " << sift::rule_text(b));
        if (b.text == "Screenshot") CHECK(b.label != sift::Label::Heading);  // a placeholder under every image
    }
}

TEST_CASE("HTML: permalinked section headings stay, linked teaser headings go", "[headings]") {
    const std::string para = "<p>" + kParagraph + " " + kParagraph + "</p>";
    const std::string html = "<html><body><nav><h3><a href='/a'>Other story one</a></h3><h3><a href='/b'>Other story two</a></h3></nav>"
                             "<article><h1>Floods in the valley</h1>" + para +
                             "<h2><a href='#what-next'>What happens next</a></h2>" + para +
                             "<h2><a href='#repairs'>Repairs</a></h2>" + para +
                             "<aside><h3><a href='/c'>How the last flood was handled, and what the council learned from it</a></h3>" + para +
                             "</aside></article></body></html>";
    const sift::Article a = sift::extract("", html, {});
    REQUIRE(a.ok);
    CHECK(outline_texts(a) == std::vector<std::string>{"What happens next", "Repairs"});
}

TEST_CASE("a heading-like line right above the article that is not its headline heads the first section", "[headings]") {
    const sift::Article a = sift::extract("Log in\nLorem\n" + kParagraph + "\n" + kParagraph + "\nNext part\n" + kParagraph + "\n", "", {});
    REQUIRE(a.ok);
    CHECK(a.title.empty());  // one word is a section name, not a headline
    REQUIRE(!a.outline.empty());
    CHECK(a.outline.front().text == "Lorem");
    REQUIRE(!a.body.empty());
    CHECK(a.body.front().text == "Lorem");
}

TEST_CASE("an unnumbered table of contents at the top is the outline; a list further down is not", "[headings]") {
    // The contents list repeats the section names; "A note on method" below
    // introduces prose too, but the page's own list does not name it.
    const std::string text = "Floods in the valley\nIntroduction\nThe night of the flood\nRepairs\nWhat comes next\n\n" + kParagraph +
                             "\n\nIntroduction\n" + kParagraph + "\n\nThe night of the flood\n" + kParagraph +
                             "\n\nA note on method\n" + kParagraph + "\n\nRepairs\n" + kParagraph + "\n\nWhat comes next\n" +
                             kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    for (const char* heading : {"Introduction", "The night of the flood", "Repairs", "What comes next"}) {
        int marked = 0;
        for (const sift::Block& b : blocks) marked += b.text == heading && sift::rule_text(b) == "heading:toc";
        INFO(heading);
        CHECK(marked == 1);  // the section line, not the contents entry
    }
    check_headings(blocks, {"A note on method"}, /*headings=*/false);

    // The same shape far down the article, after many paragraphs, is a list of
    // components with a paragraph each: left to the shape rules.
    std::string late;
    for (int i = 0; i < 8; ++i) late += kParagraph + "\n\n";
    late += "Pumps\nGates\nWalls\nSensors\n\nPumps\n" + kParagraph + "\n\nGates\n" + kParagraph + "\n\nWalls\n" + kParagraph +
            "\n\nSensors\n" + kParagraph + "\n";
    for (const sift::Block& b : classify(late)) {
        INFO(b.text << " -> " << sift::rule_text(b));
        CHECK(sift::rule_text(b) != "heading:toc");
    }
}

TEST_CASE("a heading glued under a figure's caption starts a section", "[headings]") {
    // Paragraphs are set off by blank lines, but the paste glues the image
    // placeholder, its caption and the next heading together.
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nImage\nWorkers clear the lower street.Credit Jane Roe for The Daily\n"
                             "Salt eats the cables\n" + kParagraph + "\n\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Salt eats the cables"});
    check_headings(blocks, {"Workers clear the lower street.Credit Jane Roe for The Daily"}, /*headings=*/false);
}

TEST_CASE("wiki section headings carry an edit link, whatever follows them", "[headings]") {
    const std::string text = kParagraph + "\n" + kParagraph + "\npdf.js[edit]\n" + kParagraph + "\n" + kParagraph +
                             "\nReception[edit]\nFlood control\nRiver engineering\n" + kParagraph + "\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"pdf.js[edit]", "Reception[edit]"});
    // A citation mark is not an edit link.
    const std::vector<sift::Block> cited = classify(kParagraph + "\nThe river in 1913[4]\nFlood control\n" + kParagraph + "\n");
    const sift::Block* b = find(cited, "The river in 1913[4]");
    REQUIRE(b != nullptr);
    CHECK(sift::rule_text(*b) != "heading:wiki-edit-link");
}

TEST_CASE("an author's name above the byline is not a section heading", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nImage\nThe lower street at dawn.Credit Jane Roe\nJohn Smith\n"
                             "By John Smith\n" + kParagraph + "\n\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"John Smith"}, /*headings=*/false);
}

TEST_CASE("a heading right after a code listing starts a section; FAQ questions may hold two sentences", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nfetch(url).then(function(r) {\n  return r.json();\n});\n"
                             "Reading the response\n" + kParagraph + "\n\nGreat! How does it work?\n" + kParagraph + "\n\n" +
                             "It rained. It rained again.\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Reading the response", "Great! How does it work?"});
    check_headings(blocks, {"It rained. It rained again."}, /*headings=*/false);
}

TEST_CASE("a section heading directly followed by its first sub-heading: both are headings", "[headings]") {
    const std::string text = kParagraph + "\nProject updates\nAdd-ons and extensions\n" + kParagraph + "\nPrinting\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Project updates", "Add-ons and extensions", "Printing"});
}

TEST_CASE("photo credits, doubled lines and cross-references are not headings", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nDevindra Hardawar/AOL\n" + kParagraph + "\n\nSky\nSky\n" +
                             kParagraph + "\n\nLire aussi : Les crues de la Seine en 1910\n" + kParagraph + "\n\n" +
                             "Flood mapFlood map\n" + kParagraph + "\n\nWhy TCP/IP won\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Devindra Hardawar/AOL", "Sky", "Lire aussi : Les crues de la Seine en 1910", "Flood mapFlood map"}, /*headings=*/false);
    check_headings(blocks, {"Why TCP/IP won"});  // a slash between capitals is not a credit
}

TEST_CASE("dated stamps, breadcrumb trails and link arrows are not headings", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nRarst · March 10, 2017 at 1:26 AM\n" + kParagraph +
                             "\n\n首页 > 科技频道 > 正文\n" + kParagraph + "\n\nView all stories »\n" + kParagraph +
                             "\n\nLes « boîtes noires »\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Rarst · March 10, 2017 at 1:26 AM", "首页 > 科技频道 > 正文", "View all stories »"}, /*headings=*/false);
    check_headings(blocks, {"Les « boîtes noires »"});  // a closing French quote is no arrow
}

TEST_CASE("an alt text followed by its caption with a credit is not a heading", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nVarious foliage\nVarious foliage (Lucy Akins)\n" + kParagraph +
                             "\n\n河堤\n河堤（新华社记者 张三 摄）\n" + kParagraph + "\n\nStand by your river\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Various foliage", "Various foliage (Lucy Akins)", "河堤", "河堤（新华社记者 张三 摄）"}, /*headings=*/false);
    check_headings(blocks, {"Stand by your river"});
}

TEST_CASE("a picture's caption and credit between a heading and its text; a part heading over its first section", "[headings]") {
    const std::string text = kParagraph + "\n\n" + kParagraph + "\n\nPart One: The Wars in Heaven\nThe Living Planet\n"
                             "Illustration for the article about the river\nAdvertisement\n(Artist: Jane Roe)\n" + kParagraph +
                             "\n\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Part One: The Wars in Heaven", "The Living Planet"});
    // Without the part's numbering, a short line under a heading is its dek, not a section.
    const std::vector<sift::Block> dek = classify(kParagraph + "\n\n" + kParagraph + "\n\nTo quit smoking\nVape Wave (documentary, Netflix)\n" +
                                                  kParagraph + "\n\n" + kParagraph + "\n");
    check_headings(dek, {"Vape Wave (documentary, Netflix)"}, /*headings=*/false);
}

TEST_CASE("HTML: a bold paragraph with a CJK section number is a heading; a numbered step is not", "[headings]") {
    const std::string zh = "<p>　　今年以来，江城市把老旧小区改造作为重要民生工程，截至目前已完成改造小区一百二十个，涉及居民两万余户。"
                           "改造后的小区道路平整、路灯明亮，不少居民感慨家门口变了样。</p>";
    const std::string en = "<p>" + kParagraph + " " + kParagraph + "</p>";
    const std::string html = "<html><body><article><h1>江城推进老旧小区改造</h1>" + zh + zh +
                             "<p><strong>一、问需于民 改出居民满意度</strong></p>" + zh + zh +
                             "<p><strong>（二）长效管理</strong></p>" + zh + en +
                             "<p>1. Take the blankets off the bed</p>" + en + "</article></body></html>";
    const sift::Article a = sift::extract("", html, {});
    REQUIRE(a.ok);
    CHECK(outline_texts(a) == std::vector<std::string>{"一、问需于民 改出居民满意度", "（二）长效管理"});
}

TEST_CASE("the last item of a list without bullets is not a heading, though prose follows it", "[headings]") {
    // Lines without blank lines between them, as many pastes of lists come.
    const std::string text = kParagraph + "\n" + kParagraph + "\nFixed this week:\nBug 1681796 – Keep the player window in front\n"
                             "Bug 1678390 – Stop windows opening on top of one another\n" + kParagraph + "\n" + kParagraph + "\n";
    const std::vector<sift::Block> blocks = classify(text);
    check_headings(blocks, {"Bug 1678390 – Stop windows opening on top of one another"}, /*headings=*/false);
}

TEST_CASE("heading text: each phrase gate finds its phrase, and its bytes scattered are not it", "[headings]") {
    const auto judged = [](const std::string& text) {
        std::vector<sift::Block> blocks = sift::segment_lines(text);
        sift::compute_features(blocks);
        REQUIRE(blocks.size() == 1);
        return sift::looks_like_heading_text(blocks[0]);
    };
    // The phrase itself: not a heading.
    for (const char* line : {"Visit http://example.net today", "See www.example.net today", "Our example.com/news desk",
                             "Attach moss. (Lucy Akins)", "首页 > 科技 > 正文", "Home / News / World", "经济发展，社会进步",
                             "Read the rest »", "In Quebec »"}) {
        INFO(line);
        CHECK_FALSE(judged(line));
    }
    // Every byte of a phrase present, the phrase not: the gate lets the line
    // through to the search, which finds nothing.
    for (const char* line : {"Ww W and the moor", "Com and cord of the orchard", "Sam's (rock) song. Again",
                             "Home > News and the world", "A / B testing at scale", "Quotes «like this» matter"}) {
        INFO(line);
        CHECK(judged(line));
    }
}
