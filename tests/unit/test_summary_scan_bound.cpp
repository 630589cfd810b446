// test_summary_scan_bound.cpp — past kMaxSummaryScanBytes of source text,
// sentences are no candidates but still count toward the automatic length.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <string>
#include <vector>

#include "summarize.h"

using sift::BodyBlock;
using sift::BodyType;

namespace {

// Two summary-worthy sentences, then a run-on block (one sentence far too
// long to be a candidate) that reaches past the scan bound.
std::vector<BodyBlock> opening() {
    std::string run_on;
    while (run_on.size() <= sift::kMaxSummaryScanBytes) run_on += "and then the river kept rising past the old mill ";
    return {
        block(BodyType::Paragraph, "The river flooded the lower town after three days of heavy rain."),
        block(BodyType::Paragraph, "Volunteers filled sandbags along the river through the whole night."),
        block(BodyType::Paragraph, run_on),
    };
}

}  // namespace

TEST_CASE("summarise: sentences past the scan bound count but are never picked", "[summarize]") {
    std::vector<BodyBlock> body = opening();
    CHECK(sift::summarise(body, "en", 0).size() == 1);  // three sentences: one summary sentence

    for (int i = 0; i < 20; ++i)
        body.push_back(block(BodyType::Paragraph, "The river flooded the lower town again, said volunteer number " +
                                                      std::to_string(i) + " at the river bank."));
    const auto items = sift::summarise(body, "en", 0);
    REQUIRE(items.size() == 2);  // 23 sentences ask for three; only two are candidates
    CHECK(items[0].block == 0);
    CHECK(items[1].block == 1);
    CHECK(sift::summarise(body, "en", 10).size() == 2);
}
