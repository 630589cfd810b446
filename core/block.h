// block.h — the unit every stage after decoding works on.
//
// A Block is one line of pasted text, or one block-level element of pasted
// HTML. The text segmenter (segment.cpp) and the HTML reader (html_reader.cpp)
// both produce Blocks; block_features.cpp fills in the cheap features; classify.cpp
// sets the label and the rule that decided it. Stages only ever add to a
// Block, so `--explain` can show everything that was known about it.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "classify_reason.h"
#include "language_figures.h"

namespace sift {

// What the source says a block is, before any classification.
enum class SourceShape {
    Line,       // a line of plain text: no structure known
    Paragraph,  // <p>, <div> text, etc.
    Heading,    // <h1>..<h6> (see html_heading_level)
    ListItem,   // <li>, <dd>, <dt>
    Quote,      // text inside <blockquote>
    Pre,        // <pre>: whitespace kept
    TableRow,   // <tr>: cells joined by tabs
    Caption,    // <figcaption>, <caption>
};

enum class Label {
    Unknown,
    Content,      // article body text
    Heading,      // section heading inside the body
    Title,        // the article headline
    Byline,       // author / source / date line: metadata, not body
    Boilerplate,  // navigation, share bars, related lists, footers, ...
};
const char* label_name(Label label);

struct Features {
    int units = 0;              // Latin words + CJK characters (+ other letters runs)
    int chars = 0;              // code points, spaces excluded
    int cjk_chars = 0;
    int letters = 0;            // letters of any script (CJK included)
    int latin_letters = 0;      // Latin-script letters (stopword share only means something for these)
    int words = 0;              // non-CJK words
    bool starts_lower = false;  // first letter is a lower-case Latin letter (a fragment, not a heading)
    int digits = 0;
    int punct = 0;              // punctuation and symbols
    int sentence_ends = 0;      // . ! ? 。！？ etc. followed by space/end
    int commas = 0;             // , ， 、 ; ；
    bool ends_with_terminal = false;  // last visible char closes a sentence
    double stopword_share = 0;  // share of Latin words that are stopwords
    int repeats = 0;            // other blocks in the page with the same text
    bool starts_with_bullet = false;
    std::string_view pattern;   // name of the boilerplate pattern matched, if any (static text: pattern_kind_name)
    CensusFigures census;       // the language census of the text (language_figures.h), read with the rest
};

// The named rule that decided a block's label. Most are fixed names; the
// classifier's carry its evidence between a prefix and a suffix, and that
// text is built only when read (rule_text): spelling it out for every block
// cost a string allocation per block, though few pages are explained.
struct BlockRule {
    const char* prefix = "";  // static text: the whole rule, or what precedes the evidence
    const char* suffix = "";  // static text after the evidence
    bool has_why = false;     // `why` is spelled out between prefix and suffix
    Why why;

    // A fixed rule name (a string literal or other static text).
    BlockRule& operator=(const char* name) {
        *this = BlockRule{};
        prefix = name;
        return *this;
    }
    static BlockRule with_why(const char* prefix, const Why& why, const char* suffix) {
        BlockRule r;
        r.prefix = prefix;
        r.suffix = suffix;
        r.has_why = true;
        r.why = why;
        return r;
    }
};

struct Block {
    // Provided, not defaulted: `emplace_back()` and `Block{}` would otherwise
    // zero the whole block before the member initialisers below run again.
    Block() {}
    // A line of plain text, built in place with its text (segment.cpp).
    Block(std::string_view line_text, bool line_indented, bool line_blank_before)
        : text(line_text), blank_before(line_blank_before), indented(line_indented) {}

    // Members in the order the stages read them: the classifier's walks over
    // every block read the first three cache lines (text, shape, label,
    // score, rule, features); the HTML reader's evidence, read by fewer
    // walks, comes last.
    std::string text;           // normalised UTF-8 (no NUL, single spaces)
    SourceShape shape = SourceShape::Line;
    int html_heading_level = 0;     // 1..6 for <hN>, else 0
    int toc_depth = 0;              // heading found through a table of contents: its entry's numbering depth ("3.2" = 2)
    bool blank_before = false;      // text: an empty line preceded this one
    bool indented = false;          // text: began with spaces (CJK pastes indent paragraphs)
    bool html_hidden = false;       // HTML: hidden / display:none / aria-hidden
    bool html_in_article = false;   // HTML: inside <article>/<main>/itemprop=articleBody
    Label label = Label::Unknown;
    double score = 0;               // content score used by the region search
    BlockRule rule;                 // the named rule that decided the label (text: rule_text)
    Features f;
    double link_share = 0;          // HTML: share of the text inside <a href>
    std::string html_hint;          // HTML: boilerplate hint from class/id/role/tag ("nav", "footer"...), empty if none
    std::string tag_path;           // HTML: e.g. "body>div>article>p" (shortened)
    // HTML: ids of the enclosing elements, innermost (the block's own element)
    // first, -1 past the root. Lets the classifier score containers the way
    // Readability does without building a tree.
    static constexpr int kAncestorLevels = 10;
    static constexpr int kDocumentRoot = 0x7ffffff0;  // the document itself, above the outermost element
    std::array<int, kAncestorLevels> ancestors{};
};

// The block's rule as text, e.g. "main-region(short+dated)" (classify.cpp).
std::string rule_text(const Block& b);

// Page-level metadata a reader found outside the visible blocks (HTML <head>,
// <meta>, JSON-LD, <time>, <html lang dir>). All fields may be empty.
struct PageMeta {
    std::string title;          // <title>
    std::string headline;       // og:title / JSON-LD headline / twitter:title
    std::string author;
    std::string published;      // raw, normalised later
    std::string site_name;
    std::string description;
    std::string lang;
    std::string dir;
};

struct Page {
    std::vector<Block> blocks;
    PageMeta meta;
    bool from_html = false;
};

}  // namespace sift
