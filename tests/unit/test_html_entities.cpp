// Unit tests for html_entities: named (with and without ';'), numeric, and
// the standard's replacement rules, as data tables.
#include <catch2/catch.hpp>

#include <string>

#include "html_entities.h"

using sift::html::decode_entities;

TEST_CASE("character references decode as the HTML standard says", "[html_entities]") {
    struct Case { const char* in; bool attr; const char* out; };
    const Case cases[] = {
        {"a &amp; b", false, "a & b"},
        {"&lt;p&gt;", false, "<p>"},
        {"&amp;lt;", false, "&lt;"},                          // decoded once only
        {"&copy 2024", false, "\xC2\xA9 2024"},               // legacy name without ';'
        {"&notit;", false, "\xC2\xACit;"},                    // longest legacy prefix "not"
        {"&notin;", false, "\xE2\x88\x89"},
        {"&amplt;", false, "&lt;"},
        {"&nosuch;", false, "&nosuch;"},                      // unknown: kept literally
        {"&", false, "&"},
        {"& x", false, "& x"},
        {"&#", false, "&#"},
        {"&#x;", false, "&#x;"},
        {"&#65;&#x42;&#X43", false, "ABC"},
        {"&#x1F600;", false, "\xF0\x9F\x98\x80"},
        {"&#0;", false, "\xEF\xBF\xBD"},                      // NUL -> U+FFFD
        {"&#xD800;", false, "\xEF\xBF\xBD"},                  // surrogate
        {"&#x110000;", false, "\xEF\xBF\xBD"},                // beyond Unicode
        {"&#99999999999999999999;", false, "\xEF\xBF\xBD"},   // no overflow
        {"&#x80;", false, "\xE2\x82\xAC"},                    // windows-1252: euro
        {"&#150;", false, "\xE2\x80\x93"},                    // windows-1252: en dash
        {"&#x81;", false, "\xC2\x81"},                        // unmapped C1 stays
        {"&NotEqualTilde;", false, "\xE2\x89\x82\xCC\xB8"},   // two code points
        {"&CounterClockwiseContourIntegral;", false, "\xE2\x88\xB3"},
        {"?a=1&copy=2", true, "?a=1&copy=2"},                 // attribute: legacy + '=' kept
        {"?a=1&copyx", true, "?a=1&copyx"},                   // attribute: legacy + alnum kept
        {"?a=1&copy;x", true, "?a=1\xC2\xA9x"},               // with ';' always decoded
        {"?a=1&copy x", true, "?a=1\xC2\xA9 x"},
        {"&copy=2", false, "\xC2\xA9=2"},                     // in text it is decoded
        {"&AMP;&AMP", false, "&&"},
    };
    for (const Case& c : cases) {
        std::string out;
        decode_entities(c.in, c.attr, out);
        INFO("input: " << c.in);
        CHECK(out == c.out);
    }
}

TEST_CASE("entity table is sorted and complete", "[html_entities]") {
    using namespace sift::html;
    REQUIRE(kNamedEntityCount == 2231);  // the WHATWG list
    for (std::size_t i = 1; i < kNamedEntityCount; ++i) CHECK(named_entity(i - 1).name < named_entity(i).name);
    for (std::size_t i = 0; i < kNamedEntityCount; ++i) {
        const std::string_view n = named_entity(i).name;
        CHECK(n.size() <= kMaxEntityNameLength);
        if (n.back() != ';') CHECK(n.size() <= kMaxLegacyEntityNameLength);
        CHECK(lookup_named_entity(n) == named_entity(i).value);
    }
    CHECK(lookup_named_entity("zzz;").empty());
}

TEST_CASE("numeric reference code points", "[html_entities]") {
    using sift::html::numeric_reference_code_point;
    const std::pair<std::uint32_t, char32_t> cases[] = {
        {0, 0xFFFD}, {0x41, 0x41}, {0x80, 0x20AC}, {0x9F, 0x178}, {0x8D, 0x8D},
        {0xDFFF, 0xFFFD}, {0x10FFFF, 0x10FFFF}, {0x110000, 0xFFFD}, {0xFFFFFFFF, 0xFFFD},
    };
    for (const auto& c : cases) CHECK(numeric_reference_code_point(c.first) == c.second);
}
