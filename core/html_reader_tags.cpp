// html_reader_tags.cpp — the Tag names behind html_reader_tags.h.
//
// Input: a tag name. Output: its TagInfo. Only cache misses come here.
#include "html_reader_tags.h"

#include "html_elements.h"

namespace sift::html {

namespace {

struct NamedTag { std::string_view name; Tag tag; };
constexpr NamedTag kNamedTags[] = {
    {"a", Tag::A}, {"blockquote", Tag::Blockquote}, {"body", Tag::Body}, {"br", Tag::Br}, {"caption", Tag::Caption},
    {"dd", Tag::Dd}, {"dl", Tag::Dl}, {"dt", Tag::Dt}, {"figcaption", Tag::Figcaption}, {"head", Tag::Head},
    {"hr", Tag::Hr}, {"html", Tag::Html}, {"li", Tag::Li}, {"listing", Tag::Listing}, {"math", Tag::Math},
    {"menu", Tag::Menu}, {"meta", Tag::Meta}, {"ol", Tag::Ol}, {"optgroup", Tag::Optgroup}, {"option", Tag::Option},
    {"p", Tag::P}, {"plaintext", Tag::Plaintext}, {"pre", Tag::Pre}, {"script", Tag::Script}, {"svg", Tag::Svg},
    {"table", Tag::Table}, {"tbody", Tag::Tbody}, {"td", Tag::Td}, {"template", Tag::Template},
    {"tfoot", Tag::Tfoot}, {"th", Tag::Th}, {"thead", Tag::Thead}, {"time", Tag::Time}, {"title", Tag::Title},
    {"tr", Tag::Tr}, {"ul", Tag::Ul}, {"xmp", Tag::Xmp},
};

}  // namespace

TagInfo look_up_tag(std::string_view name) {
    TagInfo info;
    info.flags = tag_flags(name);
    for (const NamedTag& n : kNamedTags)
        if (n.name == name) { info.tag = n.tag; break; }
    return info;
}

}  // namespace sift::html
