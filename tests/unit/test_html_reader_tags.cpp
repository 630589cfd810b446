// Unit tests for html_reader_tags: the TagCache answers as a direct table
// look-up, whatever order names come in and however they clash in its slots.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "html_elements.h"
#include "html_reader_tags.h"

using sift::html::Tag;
using sift::html::TagCache;

TEST_CASE("TagCache: flags and Tag as a fresh look-up, across clashes", "[html_reader_tags]") {
    std::vector<std::string> names = {"a", "p", "div", "span", "li", "td", "th", "tr", "html", "body", "head",
                                      "pre", "svg", "math", "option", "optgroup", "table", "template", "script",
                                      "x-custom", "my-very-long-custom-element", "h1", "h6", "br", "hr", ""};
    for (int k = 0; k < 300; ++k) names.push_back("c" + std::to_string(k));  // force slot clashes
    TagCache cache;
    for (int round = 0; round < 3; ++round) {
        for (const std::string& n : names) {
            INFO("name: " << n);
            const sift::html::TagInfo got = cache.info(n);
            const sift::html::TagInfo want = sift::html::look_up_tag(n);
            CHECK(got.flags == sift::html::tag_flags(n));
            CHECK(got.flags == want.flags);
            CHECK(got.tag == want.tag);
        }
    }
    CHECK(cache.info("td").tag == Tag::Td);
    CHECK(cache.info("div").tag == Tag::Other);
    CHECK(cache.info("h2").flags & sift::html::kTagHeading);
}

TEST_CASE("FrameName keeps short and long names", "[html_reader_tags]") {
    sift::html::FrameName name;
    name.assign("div");
    CHECK(name.view() == "div");
    name.assign("ytd-rich-grid-renderer-with-a-long-name");
    CHECK(name.view() == "ytd-rich-grid-renderer-with-a-long-name");
    name.assign("p");
    CHECK(name.view() == "p");
    name.assign("");
    CHECK(name.view().empty());
}
