// html_elements.h — what the HTML reader needs to know about each tag name.
//
// Input: a lower-cased tag name. Output: a small set of flags (block-level,
// void, not rendered, scope boundary ...) from one sorted table, so the reader
// asks one lookup per tag instead of comparing strings everywhere.
#pragma once

#include <string_view>

namespace sift::html {

enum TagFlag : unsigned {
    kTagBlock = 1u << 0,          // starts/ends a line box: a Block boundary
    kTagVoid = 1u << 1,           // never has content or an end tag (br, img ...)
    kTagSkip = 1u << 2,           // content is never rendered text (script, svg, head ...)
    kTagScope = 1u << 3,          // a scope boundary: implied end tags stop here
    kTagClosesP = 1u << 4,        // its start tag closes an open <p>
    kTagHeading = 1u << 5,        // h1..h6
    kTagTablePart = 1u << 6,      // table, tbody/thead/tfoot, tr, td, th, caption
    kTagHeadContent = 1u << 7,    // may sit inside <head> without ending it
    kTagSpecial = 1u << 8,        // the standard's "special" category: stops inline end-tag search
};

// Flags for a lower-cased tag name; 0 for unknown (custom) elements, which
// behave as inline containers like a browser treats them.
unsigned tag_flags(std::string_view name);

// For the unit tests: the table must stay sorted for the binary search.
bool tag_table_is_sorted();

}  // namespace sift::html
