// Stages 3-5 on small inputs: chrome phrases, heading look-alikes, credit
// lines, the main region, title cleaning and language detection.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "block_features.h"
#include "classify.h"
#include "headings.h"
#include "language.h"
#include "metadata.h"
#include "patterns.h"
#include "segment.h"
#include "sift.h"
#include "utf8.h"

namespace {

sift::Block block(const std::string& text) {
    sift::Block b;
    b.text = text;
    b.f = sift::text_features(text);
    const std::string lower = sift::utf8::to_lower(text);
    sift::PatternKind kind = sift::match_boilerplate_line(lower);
    if (kind == sift::PatternKind::None) kind = sift::match_boilerplate_contained(lower);
    if (kind == sift::PatternKind::None) kind = sift::match_structural(lower);
    if (kind != sift::PatternKind::None) b.f.pattern = sift::pattern_kind_name(kind);
    return b;
}

}  // namespace

TEST_CASE("chrome phrases are recognised in many languages", "[patterns]") {
    struct Case {
        const char* line;
        const char* kind;
    };
    const Case cases[] = {
        {"Share", "share"},           {"Share this:", "share"},         {"分享到:", "share"},
        {"Log in", "account"},        {"登录", "account"},              {"Sign in / Sign up", "account"},              {"Skip to main content", "navigation"},
        {"首页", "navigation"},       {"Advertisement", "advert"},      {"广告", "advert"},
        {"© 2024 Example Media", "legal"}, {"京ICP备12345678号", "legal"}, {"Comments (12)", "comments"},
        {"There are 13 comments", "comments"}, {"发表评论", "comments"}, {"Related stories", "related"},
        {"相关阅读", "related"},      {"Lire aussi", "related"},        {"您此时的心情", "reaction"},
        {"阅读全文", "read-more"},    {"3/50 A caption for a slide", "gallery"}, {"photo-2.jpg", "image-file"},
        {"6 min read", "reading-time"}, {"12 minute read", "reading-time"}, {"Reading time: 4", "reading-time"},
        {"3 分钟阅读", "reading-time"}, {"5 Min. Lesezeit", "reading-time"},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        CHECK(block(c.line).f.pattern == c.kind);
    }
    for (const char* prose : {"He shared the prize with two colleagues.", "The search for survivors continued overnight.",
                              "历史上首页文献记载了这一事件的经过。", "1/2 cup of sugar", "March 2024",
                              "By Jane Doe · 6 min read", "Give it a 5 minute read before the meeting."}) {
        INFO(prose);
        CHECK(block(prose).f.pattern.empty());
    }
}

TEST_CASE("heading look-alikes: headings yes, captions and bylines no", "[classify]") {
    for (const char* heading : {"What happens next", "狠抓基层党建 解决困难诉求", "Why does it matter?", "一、总体要求", "Cleaner water, slowly",
                                "21) Star Wars: The Last Jedi", "History[edit]", "Examining the 'a-ha!' moment",
                                "Stand by your river", "Media coverage"}) {
        INFO(heading);
        CHECK(sift::looks_like_heading_text(block(heading)));
    }
    for (const char* not_heading : {"Photograph: Jane Smith/Getty Images", "By Maria Okafor", "来源:马鞍山日报", "Advertisement",
                                    "and then he left", "The council will keep dogs on leads.", "• A list item",
                                    "A very long line that goes on and on and keeps going well past any length a heading would ever have",
                                    "J", "^ French, Todd (July 1996). Reviews", "[QGIS main interface]", "WITH series AS (",
                                    "3 \u2502 f", "Attach moss. (Lucy Akins)", "Who did it? A new theory. Controversial",
                                    "Edited by Betsy Beyer", "Written by Rob Ewaschuk", "Media caption The river at dawn"}) {
        INFO(not_heading);
        CHECK_FALSE(sift::looks_like_heading_text(block(not_heading)));
    }
}

TEST_CASE("prose: punctuated text, and CJK clauses set off by spaces", "[classify]") {
    for (const char* prose : {"The council will keep the coastal road closed until the sea wall has been checked.",
                              "一波波接续性低温寒流报到 已将新竹尖石乡后山一带层层山峦染成金黄 楓红时期游客络绎不绝"}) {
        INFO(prose);
        CHECK(sift::is_prose(block(prose)));
    }
    for (const char* not_prose : {"首页 新闻 体育 财经 娱乐 科技 汽车 房产 旅游 教育 时尚 健康 游戏 动漫 星座",
                                  "慈湖高新区党建引领强动力 办实事开新局", "Home News Sport Weather Travel Culture Business"}) {
        INFO(not_prose);
        CHECK_FALSE(sift::is_prose(block(not_prose)));
    }
}

TEST_CASE("credit lines", "[classify]") {
    for (const char* credit : {"By Jane Doe", "来源:新华社", "作者：张三", "记者 李四", "Updated March 5, 2024", "Reviewed by Dr. Lee"}) {
        INFO(credit);
        CHECK(sift::is_byline_like(block(credit)));
    }
    CHECK_FALSE(sift::is_byline_like(block("Standing by the river, she counted the birds one by one until dusk fell.")));
}

TEST_CASE("the main region is the article, not the menus around it", "[classify]") {
    std::vector<sift::Block> blocks = sift::segment_lines(
        "Home\nNews\nSport\nWeather\nLog in\n"
        "Storm closes the coastal road\n"
        "Heavy rain and strong winds closed the coastal road on Tuesday, and the council said it would stay shut until engineers had checked the sea wall.\n"
        "Residents in the lower village were asked to move their cars to higher ground before the evening tide, which is expected to be the highest this year.\n"
        "Related stories\nFloods in the valley\nBridge repairs delayed\n"
        "© 2024 Example Media\n");
    sift::compute_features(blocks);
    const sift::Region region = sift::classify_blocks(blocks);
    CHECK(region.begin == 6);
    CHECK(region.end == 8);
    for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
        INFO(blocks[i].text << " -> " << sift::rule_text(blocks[i]));
        CHECK((blocks[i].label == sift::Label::Content) == (i == 6 || i == 7));
    }
}

TEST_CASE("a block's rule is spelled out from its name or its evidence", "[classify]") {
    sift::Block b;
    CHECK(sift::rule_text(b).empty());
    b.rule = "credits";
    CHECK(sift::rule_text(b) == "credits");
    sift::Why why{sift::WhyReason::Short};
    why.mark(sift::kWhyDated);
    why.mark(sift::kWhyInContainer);
    why.teaser_cards = 2;
    b.rule = sift::BlockRule::with_why("main-region(", why, ")");
    CHECK(sift::rule_text(b) == "main-region(short+dated+teaser-card+teaser-card+container)");
    b.f.pattern = "share";
    b.rule = sift::BlockRule::with_why("", sift::Why{sift::WhyReason::Pattern}, "");
    CHECK(sift::rule_text(b) == "pattern:share");
    b.html_hint = "sidebar";
    b.rule = sift::BlockRule::with_why("outside-main-region(", sift::Why{sift::WhyReason::HtmlHint}, ")");
    CHECK(sift::rule_text(b) == "outside-main-region(html-hint:sidebar)");
    b.rule = "title";  // a fixed name replaces the evidence
    CHECK(sift::rule_text(b) == "title");
}

TEST_CASE("a rule too long for the stack is spelled out all the same", "[classify]") {
    sift::Block b;
    b.html_hint = std::string(300, 'h');  // an html hint of any length
    b.rule = sift::BlockRule::with_why("outside-main-region(", sift::Why{sift::WhyReason::HtmlHint}, ")");
    CHECK(sift::rule_text(b) == "outside-main-region(html-hint:" + b.html_hint + ")");
    sift::Why why{sift::WhyReason::Short};  // every mark, and many teaser cards
    for (sift::WhyMark m : {sift::kWhyDated, sift::kWhyTimestamped, sift::kWhyRepeated, sift::kWhyInArticle, sift::kWhyFeed,
                            sift::kWhySlideCaption, sift::kWhyInContainer, sift::kWhyOutsideContainer})
        why.mark(m);
    for (int cards : {0, 5, 6, 40}) {
        why.teaser_cards = static_cast<std::uint8_t>(cards);
        b.rule = sift::BlockRule::with_why("outside-main-region(", why, ")");
        std::string expected = "outside-main-region(short+dated+timestamped+repeated+in-article";
        for (int k = 0; k < cards; ++k) expected += "+teaser-card";
        expected += "+feed+slide-caption+container-container)";
        CHECK(sift::rule_text(b) == expected);
    }
}

TEST_CASE("a removed block's rule outlives its block and reads as the block's did", "[classify]") {
    std::vector<sift::RemovedRule> rules;
    std::vector<std::string> expected;
    {
        sift::Block b;
        b.rule = "credits";
        rules.push_back(sift::removed_rule(b));
        expected.push_back(sift::rule_text(b));
        b.f.pattern = "share";
        b.html_hint = "sidebar";  // not named by a Pattern reason: not kept
        b.rule = sift::BlockRule::with_why("", sift::Why{sift::WhyReason::Pattern}, "");
        rules.push_back(sift::removed_rule(b));
        expected.push_back(sift::rule_text(b));
        CHECK(rules.back().html_hint.empty());
        sift::Why why{sift::WhyReason::HtmlHint};
        why.mark(sift::kWhyRepeated);
        why.teaser_cards = 40;  // longer than the stack holds
        b.html_hint = std::string(100, 'h');
        b.rule = sift::BlockRule::with_why("outside-main-region(", why, ")");
        rules.push_back(sift::removed_rule(b));
        expected.push_back(sift::rule_text(b));
        b.html_hint.assign(100, 'x');  // the block changes or goes: the removed rule kept its own copy
    }
    REQUIRE(rules.size() == expected.size());
    CHECK(expected[0] == "credits");
    CHECK(expected[1] == "pattern:share");
    CHECK(expected[2].rfind("outside-main-region(html-hint:" + std::string(100, 'h') + "+repeated+teaser-card", 0) == 0);
    for (std::size_t i = 0; i < rules.size(); ++i) CHECK(rules[i].text() == expected[i]);
}

TEST_CASE("a live feed after the article is not the article", "[classify]") {
    const std::string para =
        "Heavy rain and strong winds closed the coastal road on Tuesday, and the council said it would stay shut until "
        "engineers had checked the sea wall, which was damaged twice this winter.";
    std::string text = "Storm closes the coastal road\n";
    for (int i = 0; i < 4; ++i) text += para + "\n";
    text += "Live\n";
    for (int minute = 50; minute > 10; minute -= 10) {
        text += "14:" + std::to_string(minute) + " Minister visits the flooded valley towns\n";
        text += "The minister promised money for repairs and said the army would help clear the roads this week, officials said.\n";
    }
    const sift::Article a = sift::extract(text, "", {});
    REQUIRE(a.ok);
    for (const sift::BodyBlock& b : a.body) {
        INFO(b.text);
        CHECK(b.text.find("minister") == std::string::npos);
        CHECK(b.text.find("14:") == std::string::npos);
    }
}

TEST_CASE("a slideshow's captions do not carry the region past the article", "[classify]") {
    const std::string para =
        "<p>Heavy rain and strong winds closed the coastal road on Tuesday, and the council said it would stay shut until "
        "engineers had checked the sea wall, which was damaged twice this winter.</p>";
    std::string html = "<html><body><article><h1>Storm closes the coastal road</h1>";
    for (int i = 0; i < 3; ++i) html += para;
    html += "<div class=gallery><h2>Business news in pictures</h2>";
    for (int slide = 1; slide <= 12; ++slide) {
        html += "<p>" + std::to_string(slide) + "/12 Markets in pictures</p>";
        html += "<p>Shares in the largest retailers rose sharply on Monday after a strong quarter, with investors betting that "
                "spending would hold up through the winter despite higher prices, analysts at several banks said.</p>";
        html += "<p>Getty Images</p>";
    }
    html += "</div></article></body></html>";
    const sift::Article a = sift::extract("", html, {});
    REQUIRE(a.ok);
    REQUIRE(!a.body.empty());
    CHECK(a.body.front().text.find("Heavy rain") == 0);
    for (const sift::BodyBlock& b : a.body) {
        INFO(b.text);
        CHECK(b.text.find("retailers") == std::string::npos);
    }
}

TEST_CASE("clean_title removes reading prefixes and site suffixes", "[metadata]") {
    struct Case {
        const char* raw;
        const char* title;
        const char* site;
    };
    const Case cases[] = {
        {"正在阅读:慈湖高新区:党建引领强动力", "慈湖高新区:党建引领强动力", ""},
        {"Storm closes the coastal road | The Daily Example", "Storm closes the coastal road", "The Daily Example"},
        {"Storm closes the coastal road - BBC News", "Storm closes the coastal road", "BBC News"},
        {"DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", "腾讯网"},
        {"Left - Right", "Left - Right", ""},
        {"Lorem ipsum\ndolor sit", "Lorem ipsum dolor sit", ""},  // a headline set with <br>
        {"Evolve: Shared Mutable History\xC2\xB6", "Evolve: Shared Mutable History", ""},  // a docs page's anchor mark
        // The last separator is the one cut at, and what comes before it is cleaned again.
        {"Storm - closes the coastal road - BBC News", "Storm - closes the coastal road", "BBC News"},
        {"Storm closes the coastal road | Weather | The Daily Example", "Storm closes the coastal road", "The Daily Example"},
        {"Storm closes the - - coastal road - BBC", "Storm closes the -", "BBC"},
        {"Storm closes the coastal road - BBC -", "Storm closes the coastal road", "BBC -"},
        {" - Storm closes the coastal road", "- Storm closes the coastal road", ""},  // nothing before the separator
        {"Storm closes the coastal road_BBC_", "Storm closes the coastal road", ""},
        {"a_b_c_d_e f g h i_j", "a_b_c_d_e f g h i", "j"},
    };
    for (const Case& c : cases) {
        INFO(c.raw);
        std::string site;
        CHECK(sift::clean_title(c.raw, &site) == c.title);
        CHECK(site == c.site);
    }
}

TEST_CASE("the headline among the lines above the article", "[metadata]") {
    const std::string body =
        "The city council voted on Tuesday to close the coastal road until engineers have inspected the sea wall, "
        "after a winter of storms that flooded the lower village twice.\n"
        "Residents said they had been asking for repairs for years, and the council promised a decision on funding next month.\n"
        "Engineers expect the inspection of the coastal road and the sea wall to take at least six weeks.\n";
    struct Case {
        const char* top;
        const char* title;
    };
    const Case cases[] = {
        // a blog's name above a date line is not the headline below it
        {"Harbour Notes\nMarch 3, 2024\nCouncil closes the coastal road after winter storms\n", "Council closes the coastal road after winter storms"},
        // the final full stop of an abbreviation does not make the headline a sentence
        {"Sections\nCoastal road closes for repairs to sea wall, says U.S.\n", "Coastal road closes for repairs to sea wall, says U.S."},
        // an infobox row with a reference mark is not a headline
        {"Population 4,933,210[5]\nCoastal road to close after storms\n", "Coastal road to close after storms"},
    };
    for (const Case& c : cases) {
        INFO(c.top);
        CHECK(sift::extract(std::string(c.top) + body, "", {}).title == c.title);
    }
}

TEST_CASE("language and direction from scripts and stopwords", "[language]") {
    struct Case {
        const char* text;
        const char* lang;
        const char* dir;
    };
    const Case cases[] = {
        {"这是一个关于城市公园和候鸟的新闻报道。", "zh", "ltr"},
        {"これは日本語の文章です。ひらがなとカタカナがあります。", "ja", "ltr"},
        {"이것은 한국어 문장입니다.", "ko", "ltr"},
        {"The river otters have returned to the city and the council is pleased with the news.", "en", "ltr"},
        {"Les loutres sont revenues dans la ville et le conseil est très content de la nouvelle.", "fr", "ltr"},
        {"Die Otter sind in die Stadt zurückgekehrt und der Rat ist mit der Nachricht sehr zufrieden.", "de", "ltr"},
        {"هذه جملة باللغة العربية عن المدينة والنهر.", "ar", "rtl"},
        {"זהו משפט בעברית על העיר והנהר.", "he", "rtl"},
        {"Это предложение на русском языке о городе и реке.", "ru", "ltr"},
        {"12345 67890", "und", "ltr"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const sift::LanguageGuess g = sift::detect_language(std::string_view(c.text));
        CHECK(g.lang == c.lang);
        CHECK(g.dir == c.dir);
    }
}

TEST_CASE("block_has_date agrees with contains_date on the block's text", "[classify]") {
    // Dates with just enough digits, full-width digits (not ASCII: no date),
    // and look-alikes with too few digits.
    for (const char* text : {"Jan. 3, 2017", "3 mai 2021", "2021年3月5日", "Posted 2019/5/17 by Jane", "Jan. 3, 201", "2021年3月",
                             "２０２１年３月５日", "Chapter 12345", "no digits here", "1:39 PM ET"}) {
        INFO(text);
        CHECK(sift::block_has_date(block(text)) == sift::contains_date(text));
    }
    CHECK(sift::block_has_date(block("Jan. 3, 2017")));
    CHECK_FALSE(sift::block_has_date(block("Jan. 3, 201")));
}
