// html_sniff.cpp — looks_like_html(): is a paste HTML or plain text?
//
// Input: the pasted bytes. Output: true for HTML documents and clipboard
// fragments, false for text that merely contains '<' (comparisons, generics
// like vector<int>, "<bob@example.com>"). Looks only at well-formed tags of
// real HTML element names within the first kSniffBytes bytes.
#include <string_view>

#include "html_reader.h"

namespace sift {

namespace {

// Enough to see a fragment's structure; keeps the check O(1) on huge inputs.
constexpr std::size_t kSniffBytes = 64 * 1024;
// A paste that opens with a known tag needs one more to be taken for HTML ...
constexpr int kTagsWhenLeading = 2;
// ... otherwise several tags, at least one of them a closing tag, and
// dense: markup every ~100 bytes. Text *about* HTML (a blog post with code
// samples) has a tag per 150+ bytes; real markup far more often.
constexpr int kTagsOtherwise = 4;
constexpr std::size_t kMaxBytesPerTag = 100;

// Element names that show up in real clipboard/page HTML. Deliberately not
// "int", "string", "t" or other words that appear between angle brackets in code.
constexpr std::string_view kKnownTags[] = {
    "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "caption", "center",
    "cite", "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
    "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "option",
    "p", "picture", "pre", "s", "script", "section", "select", "small", "source", "span",
    "strong", "style", "sub", "sup", "table", "tbody", "td", "textarea", "th", "thead", "time",
    "title", "tr", "u", "ul", "video",
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool istarts_with(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (lower(s[k]) != prefix[k]) return false;
    return true;
}

// If s[at] opens a tag of a known element ("<p>", "</div>", "<span style=...>"),
// returns true and tells whether it is a closing tag.
bool known_tag_at(std::string_view s, std::size_t at, bool& closing) {
    std::size_t i = at + 1;
    closing = i < s.size() && s[i] == '/';
    if (closing) ++i;
    const std::size_t start = i;
    while (i < s.size() && (is_alpha(s[i]) || (i > start && s[i] >= '1' && s[i] <= '6')) && i - start < 12) ++i;
    if (i == start || i >= s.size()) return false;
    if (!(is_ws(s[i]) || s[i] == '>' || s[i] == '/')) return false;
    char name[12];
    const std::size_t len = i - start;
    if (len >= sizeof(name)) return false;
    for (std::size_t k = 0; k < len; ++k) name[k] = lower(s[start + k]);
    const std::string_view n(name, len);
    for (std::string_view known : kKnownTags)
        if (n == known) {
            // The tag must also end: a '>' before the next '<' or line end.
            const std::size_t close = s.find_first_of("<>\n", i);
            return close != std::string_view::npos && s[close] == '>';
        }
    return false;
}

}  // namespace

bool looks_like_html(std::string_view input) {
    std::string_view s = input.substr(0, kSniffBytes);
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    std::size_t lead = 0;
    while (lead < s.size() && is_ws(s[lead])) ++lead;
    const std::string_view head = s.substr(lead);
    for (std::string_view opener : {"<!doctype", "<html", "<meta", "<head", "<body", "<?xml", "<!--"})
        if (istarts_with(head, opener)) return true;

    bool closing = false;
    const bool leading_tag = !head.empty() && head[0] == '<' && known_tag_at(head, 0, closing);
    int tags = 0, closing_tags = 0;
    for (std::size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1)) {
        if (!known_tag_at(head, at, closing)) continue;
        ++tags;
        closing_tags += closing ? 1 : 0;
        if (leading_tag && tags >= kTagsWhenLeading) return true;
    }
    return tags >= kTagsOtherwise && closing_tags > 0 && head.size() <= kMaxBytesPerTag * static_cast<std::size_t>(tags);
}

}  // namespace sift
