// The headline search of the metadata stage (metadata_title.h) on its own:
// which block becomes the title, what the title reads, and where the page's
// own title takes over.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "block_features.h"
#include "classify.h"
#include "metadata_title.h"
#include "segment.h"
#include "sift.h"

namespace {

const std::string kBody =
    "The city council voted on Tuesday to close the coastal road until engineers have inspected the sea wall, "
    "after a winter of storms that flooded the lower village twice.\n"
    "Residents said they had been asking for repairs for years, and the council promised a decision on funding next month.\n"
    "Engineers expect the inspection of the coastal road and the sea wall to take at least six weeks.\n";

struct TitleRun {
    std::vector<sift::Block> blocks;
    sift::Article article;
    int index = -1;
};

// Stages 2-4 on a paste, then the headline search alone.
TitleRun run_title(const std::string& text, const sift::PageMeta& meta = {}) {
    TitleRun r;
    r.blocks = sift::segment_lines(text);
    sift::compute_features(r.blocks);
    const sift::Region region = sift::classify_blocks(r.blocks);
    const int anchor = region.end > region.begin ? region.begin : 0;
    r.index = sift::extract_title(r.blocks, region, anchor, meta, r.article);
    return r;
}

}  // namespace

TEST_CASE("the headline above the body becomes the title, its site suffix the site name", "[metadata]") {
    const TitleRun r = run_title("Home\nCouncil closes the coastal road after winter storms | Harbour Gazette\nBy Jane Doe, March 3, 2024\n" + kBody);
    REQUIRE(r.index == 1);
    CHECK(r.article.title == "Council closes the coastal road after winter storms");
    CHECK(r.article.site_name == "Harbour Gazette");
    CHECK(r.blocks[1].label == sift::Label::Title);
    CHECK(sift::rule_text(r.blocks[1]) == "title");
}

TEST_CASE("a row of table cells above the body is not the headline", "[metadata]") {
    // A line right above the body that would be taken as the headline...
    const TitleRun line = run_title("Home\nCoastal Road East and the Lower Village\n" + kBody);
    CHECK(line.article.title == "Coastal Road East and the Lower Village");
    // ...is not when it is an infobox row, label and value joined by a tab.
    const TitleRun row = run_title("Home\nCoastal Road\tEast and the Lower Village\n" + kBody);
    CHECK(row.article.title.empty());
}

TEST_CASE("the headline repeated at the top of the body is not body text", "[metadata]") {
    const std::string first = kBody.substr(0, kBody.find('\n') + 1);
    const TitleRun r = run_title("Council closes the coastal road after winter storms\nBy Jane Doe, March 3, 2024\n" + first +
                                 "Council closes the coastal road after winter storms - Harbour Gazette\n" + kBody.substr(first.size()));
    REQUIRE(r.index == 0);
    CHECK(r.blocks[3].label == sift::Label::Title);
    CHECK(sift::rule_text(r.blocks[3]) == "title-repeat");
}

TEST_CASE("the page's own title names a line too short to score, or stands in for none", "[metadata]") {
    sift::PageMeta meta;
    meta.headline = "Otters";  // one word is no headline by its shape, but the page names it
    const TitleRun named = run_title("Menu\nOtters\n" + kBody, meta);
    CHECK(named.index == 1);
    CHECK(named.article.title == "Otters");
    CHECK(named.blocks[1].label == sift::Label::Title);

    meta.headline.clear();
    meta.title = "Coastal road to close for inspection - Harbour Gazette";
    const TitleRun unnamed = run_title("Menu\nSearch\n" + kBody, meta);
    CHECK(unnamed.index == -1);
    CHECK(unnamed.article.title == "Coastal road to close for inspection");
    CHECK(unnamed.article.site_name.empty());  // only a headline line's own suffix names the site
}
