// Unit tests for html_hints: class/id word matching (through the grouped word
// index) and the reader's ClassValueCache, as data tables.
#include <catch2/catch.hpp>

#include <string>

#include "html_hints.h"

using sift::html::class_hint;

TEST_CASE("class/id values: whole words, camelCase, positive veto", "[html_hints]") {
    struct Case { const char* value; const char* hint; bool positive; bool article_body; };
    const Case cases[] = {
        {"ad-slot", "ad", false, false},
        {"adContainer", "ad", false, false},          // camelCase split: ad + container
        {"AD", "ad", false, false},                   // upper case is lowered
        {"head shadow lead", nullptr, false, false},  // "ad" only as a whole word
        {"commentList", "comment", false, false},     // "comment" is a prefix rule: commentlist
        {"advertisement", "ad", false, false},        // prefix rule "advert"
        {"navbar", "nav", false, false},
        {"navigation", "nav", false, false},
        {"navy", nullptr, false, false},              // "nav" is exact only
        {"sidebarWidget", "sidebar", false, false},   // the first word's rule wins
        {"social-share", "social", false, false},
        {"share social", "share", false, false},      // first token's hint wins
        {"post-content share", nullptr, true, true},  // a positive token vetoes the hint
        {"article-body", nullptr, true, true},        // article word + body word
        {"articleBody", nullptr, true, true},
        {"storycontent", nullptr, true, true},        // a compound
        {"blog-text", nullptr, false, true},          // article_body without a positive word
        {"MathJax menu", nullptr, true, false},       // rendered formulas are content
        {"x", nullptr, false, false},                 // one-letter words match nothing
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaBar", nullptr, false, false},  // overlong word skipped, "bar" unknown
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaNav", "nav", false, false},
        {"h2Share", nullptr, false, false},           // no split after a digit: "h2share"
        {"  \t share\n", "share", false, false},
        {"", nullptr, false, false},
    };
    for (const Case& c : cases) {
        INFO("value: " << c.value);
        bool positive = false, article_body = false;
        const char* hint = class_hint(c.value, &positive, &article_body);
        CHECK(std::string(hint ? hint : "-") == std::string(c.hint ? c.hint : "-"));
        CHECK(positive == c.positive);
        CHECK(article_body == c.article_body);
    }
}

TEST_CASE("ClassValueCache answers as an uncached reading, also across clashing values", "[html_hints]") {
    sift::html::ClassValueCache cache;
    const char* values[] = {"ad-slot", "post-content share", "comment-text", "navbar", "article-body", "foo", "share"};
    // Many distinct values force slot clashes and overwrites; every answer must
    // still be the value's own.
    for (int round = 0; round < 3; ++round) {
        for (int k = 0; k < 2000; ++k) {
            const std::string v = std::string(values[k % 7]) + (k % 3 == 0 ? "" : " x" + std::to_string(k));
            const sift::html::ClassFacts got = cache.read(v);
            bool positive = false, article_body = false;
            const char* hint = class_hint(v, &positive, &article_body);
            INFO("value: " << v);
            CHECK(got.positive == positive);
            CHECK(got.article_body == article_body);
            if (!positive) CHECK(std::string(got.hint ? got.hint : "-") == std::string(hint ? hint : "-"));
            CHECK(got.comment == (v.rfind("comment", 0) == 0));
        }
    }
    CHECK(cache.read(std::string(300, 'a') + " ad").hint != nullptr);  // beyond the cached length: read directly
}
