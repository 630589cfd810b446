// html_hints.h — what one element's tag and attributes say about its role.
//
// Input: a start tag (name + attributes). Output: ElementHints — a short
// boilerplate reason ("nav", "share", "ad" ...) from the tag, class/id words,
// role, aria-label or itemprop; whether it marks the article body; whether it
// is hidden; and the display / white-space its inline style asks for. No
// inheritance here: html_reader.cpp combines hints along the element stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// What one class or id value says (see class_hint below).
struct ClassFacts {
    const char* hint = nullptr;  // the first boilerplate reason, before the positive-word veto
    bool positive = false;       // a hint-free token holds a positive word
    bool article_body = false;   // a hint-free token names the article body
    bool comment = false;        // a word is "comment" or "comments"
};

// Remembers what recent class/id values said: a page repeats the same few
// values thousands of times (every paragraph of a story has the same class),
// so one hash and one comparison replace cutting the value into words.
// Direct-mapped and bounded; one per reader, not shared between threads.
class ClassValueCache {
public:
    ClassFacts read(std::string_view value);

private:
    // Longer values (rare, mostly utility-class soup) are read every time.
    static constexpr std::size_t kMaxValueLength = 256;
    static constexpr std::size_t kSlots = 256;  // a power of two
    struct Slot {
        std::string value;
        ClassFacts facts;
        bool used = false;
    };
    std::vector<Slot> slots_;  // on the heap (wasm stacks are small), allocated on first use
};

// `cache`, when given, remembers class/id readings across calls.
ElementHints analyse_element(std::string_view tag, const Token& start_tag, ClassValueCache* cache = nullptr);

// The boilerplate reason a class/id value suggests, or null: words are split
// on punctuation and camelCase, matched whole ("ad" but not "head"), and a
// token full of positive words (article, content, post, entry, main, story,
// body) on the same value vetoes the hint. Exposed for the unit tests.
const char* class_hint(std::string_view class_or_id, bool* positive = nullptr, bool* article_body = nullptr);

}  // namespace sift::html
