// render.cpp — Markdown and plain-text renderers (see render.h). Markdown
// special characters at the start of a paragraph are escaped so body text
// never turns into markup by accident.
#include "render.h"

namespace sift {
namespace {

std::string escape_markdown_start(const std::string& text) {
    if (text.empty()) return text;
    const char c = text[0];
    if (c == '#' || c == '>' || c == '-' || c == '+' || c == '*' || c == '=' || c == '|' || c == '`')
        return "\\" + text;
    // "1. " at the start would become an ordered list.
    std::size_t i = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i > 0 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ')
        return text.substr(0, i) + "\\" + text.substr(i);
    return text;
}

std::string credits_line(const Article& a) {
    std::string line;
    auto add = [&](const std::string& s) {
        if (s.empty()) return;
        if (!line.empty()) line += " · ";
        line += s;
    };
    add(a.byline);
    if (a.source != a.byline) add(a.source);
    add(a.published);
    return line;
}

}  // namespace

std::string article_to_markdown(const Article& a) {
    std::string out;
    if (!a.ok) return "Error: " + a.error.message + "\n";
    if (!a.title.empty()) out += "# " + a.title + "\n\n";
    const std::string credits = credits_line(a);
    if (!credits.empty()) out += "*" + credits + "*\n\n";
    for (const BodyBlock& b : a.body) {
        switch (b.type) {
            case BodyType::H2: out += "## " + b.text; break;
            case BodyType::H3: out += "### " + b.text; break;
            case BodyType::H4: out += "#### " + b.text; break;
            case BodyType::ListItem: out += "- " + b.text; break;
            case BodyType::Quote: out += "> " + b.text; break;
            case BodyType::Pre: out += "```\n" + b.text + "\n```"; break;
            case BodyType::Paragraph: out += escape_markdown_start(b.text); break;
        }
        out += "\n\n";
    }
    return out;
}

std::string article_to_text(const Article& a) {
    if (!a.ok) return "Error: " + a.error.message + "\n";
    std::string out;
    if (!a.title.empty()) out += a.title + "\n\n";
    const std::string credits = credits_line(a);
    if (!credits.empty()) out += credits + "\n\n";
    for (const BodyBlock& b : a.body) out += b.text + "\n\n";
    return out;
}

}  // namespace sift
