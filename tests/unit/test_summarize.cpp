// test_summarize.cpp — properties of the extractive summary and the stats:
// determinism, verbatim items, block types, counts by article length, the
// graph cap on a very long input, and units/reading time.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <string>
#include <vector>

#include "stats.h"
#include "summarize.h"

using sift::BodyBlock;
using sift::BodyType;

namespace {


// A small news story: the lead states the gist, later sentences repeat it.
std::vector<BodyBlock> news_story() {
    return {
        block(BodyType::Paragraph, "The city council approved a new budget for public libraries on Tuesday after months of debate. "
                                   "The vote was seven to two."),
        block(BodyType::H2, "What the library budget changes"),
        block(BodyType::Paragraph, "Under the new budget, public libraries will open on Sundays and extend evening hours across the city. "
                                   "Library staff welcomed the decision."),
        block(BodyType::Paragraph, "Council members who opposed the library budget said the city cannot afford longer hours. "
                                   "They proposed cutting other programs instead."),
        block(BodyType::Pre, "budget = libraries * hours; // public libraries budget code that must never be summarised"),
        block(BodyType::Quote, "Libraries are the living rooms of our city, and this budget finally treats them that way, said the mayor."),
        block(BodyType::ListItem, "Sunday opening starts in March at every public library in the city."),
        block(BodyType::Paragraph, "The budget also funds new books, computers and children's programs at public libraries. "
                                   "Some residents had asked for exactly that at public hearings last year."),
        block(BodyType::Paragraph, "Weather tomorrow will be sunny with light winds from the west in the afternoon."),
        block(BodyType::Paragraph, "The council will review how the library budget is spent next spring. "
                                   "A report on visitor numbers is expected in June."),
    };
}

bool is_summary_type(BodyType t) {
    return t == BodyType::Paragraph || t == BodyType::ListItem || t == BodyType::Quote;
}

void check_items(const std::vector<BodyBlock>& body, const std::vector<sift::SummaryItem>& items) {
    int last_block = -1;
    std::size_t last_offset = 0;
    for (const auto& item : items) {
        REQUIRE(item.block >= 0);
        REQUIRE(item.block < static_cast<int>(body.size()));
        CHECK(is_summary_type(body[item.block].type));
        const std::size_t at = body[item.block].text.find(item.text);
        CHECK(at != std::string::npos);  // verbatim substring
        CHECK(!item.text.empty());
        // reading order
        CHECK((item.block > last_block || (item.block == last_block && at > last_offset)));
        last_block = item.block;
        last_offset = at;
    }
}

}  // namespace

TEST_CASE("summarise: empty and trivial bodies", "[summarize]") {
    CHECK(sift::summarise({}, "en", 0).empty());
    CHECK(sift::summarise({block(BodyType::H2, "Only a heading here, nothing else at all.")}, "en", 0).empty());
    const std::vector<BodyBlock> one = {block(BodyType::Paragraph, "Short.")};
    const auto items = sift::summarise(one, "en", 0);
    REQUIRE(items.size() == 1);  // nothing fits the length limits: fall back rather than return nothing
    CHECK(items[0].text == "Short.");
}

TEST_CASE("summarise: deterministic, verbatim, right block types", "[summarize]") {
    const auto body = news_story();
    const auto first = sift::summarise(body, "en", 0);
    const auto second = sift::summarise(body, "en", 0);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].text == second[i].text);
        CHECK(first[i].block == second[i].block);
    }
    check_items(body, first);
    for (const auto& item : first) CHECK(item.text.find("Weather") == std::string::npos);  // off-topic
}

TEST_CASE("summarise: count follows the article's length", "[summarize]") {
    // Sentences of made-up words, all different, so none is a near-duplicate.
    const auto word = [](int n) {
        std::string w;
        for (int k = 0; k < 4; ++k, n /= 26) w += static_cast<char>('a' + n % 26);
        return w;
    };
    const auto body_of = [&](int sentences) {
        std::vector<BodyBlock> body;
        for (int i = 0; i < sentences; ++i) {
            std::string text = "Then";
            for (int k = 0; k < 8; ++k) text += " " + word(i * 8 + k + 1000);
            body.push_back(block(BodyType::Paragraph, text + "."));
        }
        return body;
    };
    CHECK(sift::summarise(body_of(2), "en", 0).size() == 1);   // very short: one
    CHECK(sift::summarise(body_of(4), "en", 0).size() == 1);
    CHECK(sift::summarise(body_of(10), "en", 0).size() == 2);  // short: two
    CHECK(sift::summarise(body_of(40), "en", 0).size() == 3);  // long: three
    CHECK(sift::summarise(body_of(40), "en", 5).size() == 5);  // an explicit request is honoured
    CHECK(sift::summarise(body_of(2), "en", 5).size() == 2);   // ... as far as there are sentences
}

TEST_CASE("summarise: near-duplicate sentences are not both chosen", "[summarize]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "The river flooded the lower town after three days of heavy rain."),
        block(BodyType::Paragraph, "The river flooded the lower town after three days of heavy rain."),
        block(BodyType::Paragraph, "Volunteers filled sandbags along the river through the night."),
        block(BodyType::Paragraph, "Schools in the lower town stayed closed while the water receded."),
        block(BodyType::Paragraph, "The mayor promised new flood barriers before next winter's rains."),
        block(BodyType::Paragraph, "Insurance claims from the flood are expected to be large."),
        block(BodyType::Paragraph, "Heavy rain is forecast again for the end of the week."),
        block(BodyType::Paragraph, "Residents of the lower town were moved to the sports hall."),
        block(BodyType::Paragraph, "The water level fell slowly on Sunday afternoon."),
        block(BodyType::Paragraph, "Engineers inspected the old bridge for damage after the flood."),
    };
    const auto items = sift::summarise(body, "en", 3);
    REQUIRE(items.size() == 3);
    int copies = 0;
    for (const auto& item : items)
        if (item.text == body[0].text) ++copies;
    CHECK(copies <= 1);
}

TEST_CASE("summarise: Chinese", "[summarize]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "高新区今年推进党建工作与产业发展深度融合，成立了三个产业链党建联盟。联盟覆盖企业三十八家。"),
        block(BodyType::Paragraph, "党建联盟定期召开座谈会，帮助企业解决发展中遇到的困难和问题。企业负责人对此表示欢迎。"),
        block(BodyType::Paragraph, "下一步，高新区将继续发挥党建联盟的作用，促进党建工作与经济发展深度融合。"),
        block(BodyType::Paragraph, "此外，高新区团工委组织青年志愿者参加植树活动。"),
    };
    const auto items = sift::summarise(body, "zh", 0);
    REQUIRE(items.size() == 1);
    check_items(body, items);
}

TEST_CASE("summarise: 20k sentences complete and respect the graph cap", "[summarize][slow]") {
    std::vector<BodyBlock> body;
    const char* topics[] = {"harbour", "railway", "museum", "factory", "orchard", "bridge", "library", "stadium"};
    for (int i = 0; i < 20000; ++i) {
        const std::string t = topics[i % 8];
        body.push_back(block(BodyType::Paragraph, "Report " + std::to_string(i) + " notes that the " + t +
                                                      " near district " + std::to_string(i % 97) +
                                                      " needs repairs before the coming winter season."));
    }
    const auto items = sift::summarise(body, "en", 0);
    CHECK(items.size() == 3);
    check_items(body, items);
    CHECK(sift::kMaxGraphSentences <= 300);
}

TEST_CASE("compute_stats: units, sentences and reading time", "[stats]") {
    CHECK(sift::compute_stats({}).units == 0);
    CHECK(sift::compute_stats({}).reading_minutes == 0);

    const std::vector<BodyBlock> english = {block(BodyType::H2, "Two words"),
                                            block(BodyType::Paragraph, "Don't stop now. We are close!")};
    const sift::Stats s = sift::compute_stats(english);
    CHECK(s.units == 8);      // "Don't" is one word
    CHECK(s.sentences == 2);  // headings hold no sentences
    CHECK(s.reading_minutes == 1);

    const std::vector<BodyBlock> chinese = {block(BodyType::Paragraph, std::string("党建引领发展。") )};
    CHECK(sift::compute_stats(chinese).units == 6);

    std::string long_text;
    for (int i = 0; i < 460; ++i) long_text += "word ";
    const sift::Stats l = sift::compute_stats({block(BodyType::Paragraph, long_text)});
    CHECK(l.units == 460);
    CHECK(l.reading_minutes == 2);  // 460 / 230 words per minute

    std::string han;
    for (int i = 0; i < 401; ++i) han += "党";
    CHECK(sift::compute_stats({block(BodyType::Paragraph, han)}).reading_minutes == 2);  // 401 / 400, rounded up
}
