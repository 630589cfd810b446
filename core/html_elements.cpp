// html_elements.cpp — the tag table behind html_elements.h.
//
// Input: a tag name. Output: its flags, by binary search in a table kept in
// byte order (checked by a unit test).
#include "html_elements.h"

#include <algorithm>
#include <iterator>

namespace sift::html {

namespace {

struct TagEntry {
    std::string_view name;
    unsigned flags;
};

constexpr unsigned B = kTagBlock, V = kTagVoid, S = kTagSkip, SC = kTagScope, P = kTagClosesP,
                   H = kTagHeading, T = kTagTablePart, HC = kTagHeadContent, SP = kTagSpecial;

// Sorted by name. "Block" follows the default CSS display of a browser's
// user-agent style sheet (block, list-item, table parts, ...).
constexpr TagEntry kTags[] = {
    {"address", B | P | SP},   {"applet", SC | SP},        {"area", V | SP},
    {"article", B | P | SP},   {"aside", B | P | SP},      {"audio", S},
    {"base", V | HC | SP},     {"basefont", V | HC | SP},  {"bgsound", V | HC | SP},
    {"blockquote", B | P | SP},{"body", B | SP},           {"br", V | SP},
    {"button", SC | SP},       {"canvas", S},              {"caption", B | SC | T | SP},
    {"center", B | P | SP},    {"col", V | SP},            {"colgroup", S | SP},
    {"datalist", S},           {"dd", B | P | SP},         {"details", B | P | SP},
    {"dialog", B | P},         {"dir", B | P | SP},        {"div", B | P | SP},
    {"dl", B | P | SP},        {"dt", B | P | SP},         {"embed", V | SP},
    {"fieldset", B | P | SP},  {"figcaption", B | P | SP}, {"figure", B | P | SP},
    {"footer", B | P | SP},    {"form", B | P | SP},       {"frame", V | SP},
    {"frameset", B | SP},      {"h1", B | P | H | SP},     {"h2", B | P | H | SP},
    {"h3", B | P | H | SP},    {"h4", B | P | H | SP},     {"h5", B | P | H | SP},
    {"h6", B | P | H | SP},    {"head", S | SP},           {"header", B | P | SP},
    {"hgroup", B | P | SP},    {"hr", B | V | P | SP},     {"html", B | SC | SP},
    {"iframe", S | SP},        {"img", V | SP},            {"input", V | SP},
    {"keygen", V | SP},        {"legend", B},              {"li", B | P | SP},
    {"link", V | HC | SP},     {"listing", B | P | SP},    {"main", B | P | SP},
    {"map", S},                {"marquee", SC | SP},       {"math", 0},
    {"menu", B | P | SP},      {"meta", V | HC | SP},      {"nav", B | P | SP},
    {"noembed", S | SP},       {"noframes", S | HC | SP},  {"noscript", S | HC | SP},
    {"object", SC | SP},       {"ol", B | P | SP},         {"optgroup", B},
    {"option", B},             {"p", B | P | SP},          {"param", V | SP},
    {"picture", 0},            {"plaintext", B | P | SP},  {"pre", B | P | SP},
    {"rp", S},                 {"script", S | HC | SP},    {"search", B | P | SP},
    {"section", B | P | SP},   {"select", SP},             {"source", V | SP},
    {"style", S | HC | SP},    {"summary", B | P | SP},    {"svg", S},
    {"table", B | P | SC | T | SP}, {"tbody", B | T | SP}, {"td", B | SC | T | SP},
    {"template", S | SC | HC | SP}, {"textarea", S | SP},  {"tfoot", B | T | SP},
    {"th", B | SC | T | SP},   {"thead", B | T | SP},      {"title", S | HC | SP},
    {"tr", B | T | SP},        {"track", V | SP},          {"ul", B | P | SP},
    {"video", S},              {"wbr", V | SP},            {"xmp", B | P | SP},
};

}  // namespace

unsigned tag_flags(std::string_view name) {
    const auto* end = std::end(kTags);
    const auto* it = std::lower_bound(std::begin(kTags), end, name,
        [](const TagEntry& e, std::string_view n) { return e.name < n; });
    return (it != end && it->name == name) ? it->flags : 0u;
}

bool tag_table_is_sorted() {
    return std::is_sorted(std::begin(kTags), std::end(kTags),
        [](const TagEntry& a, const TagEntry& b) { return a.name < b.name; });
}

}  // namespace sift::html
