// html_meta.h — page metadata found in HTML outside the visible blocks.
//
// Input: the pieces the HTML reader hands over while it walks the page —
// <title> text, <meta> tags, JSON-LD scripts, <time datetime>, lang/dir
// attributes. Output: a PageMeta (block.h). Each source of a field has a
// priority (JSON-LD > Dublin Core > Open Graph > other meta > <time>), the first value at
// the best priority wins. Values are cleaned: valid UTF-8, single spaces.
#pragma once

#include <string>
#include <string_view>

#include "block.h"
#include "html_tokenizer.h"

namespace sift::html {

class MetaCollector {
public:
    void title(std::string_view text);                      // first <title> outside svg
    void meta_tag(const Token& meta);                       // <meta name|property|itemprop content>
    void json_ld(std::string_view script_text);             // <script type="application/ld+json">
    void time_element(const Token& time, bool in_article);  // <time datetime ...>
    void lang_dir(std::string_view lang, std::string_view dir, bool is_root);
    PageMeta result() const;

private:
    struct Field {
        std::string value;
        int priority = 0;
    };
    static void offer(Field& f, std::string_view value, int priority);

    std::string title_;
    bool have_title_ = false;
    Field headline_, author_, published_, site_name_, description_, lang_, dir_;
};

// Collapses white space to single spaces, trims, replaces invalid UTF-8 with
// U+FFFD and drops control characters: the form every PageMeta field has.
std::string clean_text(std::string_view s);

// The JSON text of a JSON-LD script worth parsing: its outermost {...} or
// [...] span (pages wrap it in "<!--" or "//<![CDATA["), or an empty view
// when there is none, or it is too large or too deeply nested to be page
// metadata.
std::string_view json_ld_body(std::string_view script_text);

// Whether a JSON-LD @type names an article ("NewsArticle", "BlogPosting", ...).
bool is_article_type(std::string_view type);

}  // namespace sift::html
