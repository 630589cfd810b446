// html_hints.h — what one element's tag and attributes say about its role.
//
// Input: a start tag (name + attributes). Output: ElementHints — a short
// boilerplate reason ("nav", "share", "ad" ...) from the tag, class/id words,
// role, aria-label or itemprop; whether it marks the article body; whether it
// is hidden; and the display / white-space its inline style asks for. No
// inheritance here: html_reader.cpp combines hints along the element stack.
#pragma once

#include <string_view>

#include "html_tokenizer.h"

namespace sift::html {

enum class Display { Unset, None, Block, Inline };
enum class WhiteSpace { Unset, Normal, Pre, PreLine };
enum class Visibility { Unset, Hidden, Visible };

struct ElementHints {
    const char* tag_hint = nullptr;   // from the tag itself: "nav", "footer", "header", "form" ...
    const char* attr_hint = nullptr;  // from class/id/role/aria-label/itemprop; null if vetoed
    bool article_marker = false;      // <article>, <main>, role=main, itemprop=articleBody, class article-body ...
    bool hidden_attr = false;         // the `hidden` attribute
    bool aria_hidden = false;         // aria-hidden="true"
    Display display = Display::Unset;
    Visibility visibility = Visibility::Unset;
    WhiteSpace white_space = WhiteSpace::Unset;
};

ElementHints analyse_element(std::string_view tag, const Token& start_tag);

// The boilerplate reason a class/id value suggests, or null: words are split
// on punctuation and camelCase, matched whole ("ad" but not "head"), and a
// token full of positive words (article, content, post, entry, main, story,
// body) on the same value vetoes the hint. Exposed for the unit tests.
const char* class_hint(std::string_view class_or_id, bool* positive = nullptr, bool* article_body = nullptr);

}  // namespace sift::html
