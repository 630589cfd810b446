// metadata.cpp — stage 5 (see metadata.h). Input: labelled blocks, the main
// region and page metadata. Output: Article metadata fields; the blocks used
// for them are relabelled so they do not reappear in the body.
//
// The headline search lives in metadata_title.cpp; this file drives the
// stage: the title, the heading right above the body, the credit lines
// (byline, source, editor, date) around the headline and in the sign-off,
// and the site name from the page or its copyright line.
#include "metadata.h"

#include <algorithm>
#include <string>

#include "ascii_case.h"
#include "classify_why.h"
#include "dates.h"
#include "headings.h"
#include "metadata_title.h"
#include "patterns.h"
#include "stats.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr int kMaxNameUnits = 12;               // an author or a source is a name, not a sentence
constexpr std::size_t kMaxKeyOffsetBytes = 30;  // "来源" / "By" sits at the start of its line
constexpr int kBylineWindow = 6;                // credit lines sit right around the headline / body start
constexpr int kCopyrightWindow = 30;            // the footer's copyright line sits among the last lines
constexpr int kMaxBareSourceChars = 10;         // "江城日报", "新浪科技": a publication's name after the date

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// After a credit keyword, the value: "来源:马鞍山日报2022-07-08" -> "马鞍山日报".
std::string value_after_key(std::string_view text, std::size_t key_end, const DateMatch& date) {
    std::string_view v = text.substr(key_end);
    if (date.found && date.begin >= key_end) v = text.substr(key_end, date.begin - key_end);
    // Leading separators: ':' '：' ' ' '/' '|'
    while (!v.empty()) {
        if (starts_with(v, "：") || starts_with(v, "｜")) { v.remove_prefix(3); continue; }
        if (v.front() == ':' || v.front() == ' ' || v.front() == '/' || v.front() == '|') { v.remove_prefix(1); continue; }
        break;
    }
    // Stop at the next field: "作者:张三 来源:新华社" keeps "张三".
    for (std::string_view stop : {" 来源", " 作者", " 编辑", " 发布", "  ", " |", "|", " 时间", " 浏览", " 阅读", "｜"}) {
        const std::size_t at = v.find(stop);
        if (at != std::string_view::npos && at > 0) v = v.substr(0, at);
    }
    v = utf8::trim(v);
    while (!v.empty() && (v.back() == ']' || v.back() == ')' || v.back() == ',')) v = utf8::trim(v.substr(0, v.size() - 1));
    if (v.size() >= 3 && (v.substr(v.size() - 3) == "】" || v.substr(v.size() - 3) == "）")) v = utf8::trim(v.substr(0, v.size() - 3));
    return std::string(v);
}

// "By JEFFREY GETTLEMAN JAN. 13, 2017" -> "JEFFREY GETTLEMAN"
std::string english_byline(std::string_view text, const DateMatch& date) {
    struct Key { std::string_view at_start, inside; };
    std::size_t start = std::string::npos;
    for (const Key key : {Key{"by ", " by "}, Key{"par ", " par "}, Key{"von ", " von "}, Key{"por ", " por "}}) {
        if (starts_with_ascii_ci(text, key.at_start)) { start = key.at_start.size(); break; }
        const std::size_t at = find_ascii_ci(text, key.inside);
        if (at != std::string::npos && at < kMaxKeyOffsetBytes + 10) { start = at + key.inside.size(); break; }
    }
    if (start == std::string::npos) return {};
    std::size_t end = text.size();
    if (date.found && date.begin > start) end = date.begin;
    std::string_view v = text.substr(start, end - start);
    for (std::string_view stop : {" |", "|", " - ", " — ", " – ", "Updated", "Published", "Posted", "  ", "•", "·", " on "}) {
        const std::size_t at = v.find(stop);
        if (at != std::string_view::npos && at > 0) v = v.substr(0, at);
    }
    v = utf8::trim(v);
    while (!v.empty() && (v.back() == ',' || v.back() == '.')) v = utf8::trim(v.substr(0, v.size() - 1));
    if (count_units(v) > kMaxNameUnits) return {};  // a sentence that happens to contain "by"
    return std::string(v);
}

struct Credits {
    std::string byline, source, editor, published;
    std::string source_after_date;  // unlabelled: used only when no line names the source
};

// "张伟 摄", "张伟摄影": the photographer of a picture, not the article's author.
bool is_photographer(std::string_view value) {
    const std::string_view v = utf8::trim(value);
    return (v.size() >= 3 && v.substr(v.size() - 3) == "摄") || v.find("摄影") != std::string_view::npos;
}

// "2026年03月15日 08:30 江城日报 作者：李明": Chinese portals print the
// publication right after the date, unlabelled. The run of CJK characters
// that follows the date, when it is short and is not itself a label.
std::string source_after_date(std::string_view t, const DateMatch& date) {
    if (!date.found) return {};
    std::string_view rest = t.substr(date.end);
    if (rest.empty() || !(rest.front() == ' ' || rest.substr(0, 3) == "　")) return {};  // "…07:17我要分享": a button glued on
    rest = utf8::trim(rest);
    const std::size_t end = std::min(rest.find(' '), rest.find("　"));
    const std::string_view name = rest.substr(0, end);
    int chars = 0;
    for (std::size_t i = 0; i < name.size();) {
        const char32_t c = utf8::next_codepoint(name, i);
        if (!utf8::is_cjk(c)) return {};
        ++chars;
    }
    if (chars < 2 || chars > kMaxBareSourceChars) return {};
    for (std::string_view label : {"来源", "作者", "记者", "编辑", "责编", "发布", "时间", "浏览", "阅读", "评论"})
        if (name.find(label) != std::string_view::npos) return {};
    if (match_boilerplate_line(name) != PatternKind::None) return {};  // "我要分享", "打印"
    return std::string(name);
}

// Reads one credit line; returns true if it held anything.
bool read_credit_line(const Block& b, Credits& c) {
    const std::string_view t = b.text;
    const DateMatch date = find_date(t);
    bool used = false;
    auto take = [&](std::string_view key, std::string& field) {
        const std::size_t at = t.find(key);
        if (at == std::string_view::npos) return;
        // Near the start of the line, or further on as one field of a list
        // set off by a space ("2026年03月15日 08:30 江城日报 作者：李明").
        // Not after a sentence: "…for two years. Source: Supplied" credits a picture.
        const std::string_view before = t.substr(0, at);
        const bool field_start = at > 0 && (t[at - 1] == ' ' || (at >= 3 && t.substr(at - 3, 3) == "　")) &&
                                 before.find(". ") == std::string_view::npos && before.find("。") == std::string_view::npos;
        if (at > kMaxKeyOffsetBytes && !field_start) return;
        std::string v = value_after_key(t, at + key.size(), date);
        if (v.empty() || !field.empty() || count_units(v) > kMaxNameUnits) return;
        if (&field == &c.byline && is_photographer(v)) return;
        field = v;
        used = true;
    };
    // Every key but "Source:" is Chinese: a line of ASCII alone (most lines
    // of most pages) holds none of them, and is not searched for them.
    const bool ascii_only = utf8::is_ascii(t);
    if (!ascii_only) {
        take("来源", c.source);
        take("稿源", c.source);
    }
    take("Source:", c.source);
    if (!ascii_only) {
        take("作者", c.byline);
        take("记者", c.byline);
        take("撰文", c.byline);
        take("文/", c.byline);
        take("责编", c.editor);
        take("责任编辑", c.editor);
        take("编辑", c.editor);
    }
    if (c.byline.empty()) {
        std::string by = english_byline(t, date);
        if (!by.empty()) { c.byline = by; used = true; }
    }
    if (date.found && c.published.empty() && b.f.units <= kMaxCreditLineUnits) { c.published = date.iso; used = true; }
    if (c.source_after_date.empty()) c.source_after_date = source_after_date(t, date);
    return used;
}

// "（责任编辑：王芳）", "[责编：徐皓]": the sign-off in brackets, left out of the body.
bool is_bracketed_editor_line(const Block& b) {
    if (b.label != Label::Boilerplate || b.f.units > kMaxCreditLineUnits) return false;
    std::string_view t = utf8::trim(b.text);
    for (std::string_view open : {"（", "(", "[", "【"})
        if (t.substr(0, open.size()) == open) { t = utf8::trim(t.substr(open.size())); break; }
    return t.substr(0, 6) == "责编" || t.substr(0, 12) == "责任编辑";
}

// "© 2024 The Harbour Gazette. All rights reserved." -> "The Harbour Gazette"
std::string site_from_copyright(std::string_view line) {
    std::size_t at = line.find("©");
    std::size_t skip = 2;
    if (at == std::string_view::npos) {
        at = find_ascii_ci(line, "copyright");
        skip = 9;
    }
    if (at == std::string_view::npos) return {};
    std::string_view rest = line.substr(at + skip);
    while (!rest.empty() && (rest.front() == ' ' || (rest.front() >= '0' && rest.front() <= '9') || rest.front() == '-' || rest.front() == ','))
        rest.remove_prefix(1);
    const std::size_t end = rest.find_first_of(".|,;");
    rest = utf8::trim(rest.substr(0, end));
    const std::size_t units = count_units(rest);
    return units >= 1 && units <= kMaxSiteNameUnits ? std::string(rest) : std::string();
}

}  // namespace

void extract_metadata(std::vector<Block>& blocks, const Region& region, const PageMeta& meta, Article& article) {
    const int n = static_cast<int>(blocks.size());
    const int anchor = region.end > region.begin ? region.begin : 0;

    // --- Title: the best headline-like line just before (or at) the body start.
    const int title_index = extract_title(blocks, region, anchor, meta, article);
    // The heading-like line right above the body, when it is not the headline,
    // heads the body's first section ("Lorem" over "Lorem ipsum dolor…").
    const int above = anchor - 1;
    if (above >= 0 && above != title_index && region.end > region.begin && blocks[above].label == Label::Boilerplate &&
        blocks[above].shape == SourceShape::Line &&  // plain text; in HTML the container search placed the article's start
        blocks[above].f.pattern.empty() && blocks[above].f.repeats == 0 &&  // a repeated line is a contents or menu entry
        looks_like_heading_text(blocks[above])) {
        blocks[above].label = Label::Heading;
        blocks[above].rule = "heading:above-body";
    }

    // --- Credits: lines around the headline and the body start, then sign-offs.
    Credits credits;
    const int from = std::max(0, (title_index >= 0 ? title_index : anchor) - 2);
    const int to = std::min(n, std::max(anchor, title_index + 1) + kBylineWindow);
    for (int i = from; i < to; ++i) {
        Block& b = blocks[i];
        if (b.label == Label::Title || b.f.units > kMaxCreditLineUnits) continue;
        if (b.label == Label::Content && !is_byline_like(b) && i >= anchor + 1) continue;
        if (read_credit_line(b, credits) && (b.label != Label::Content || is_byline_like(b))) {
            b.label = Label::Byline;
            b.rule = "credits";
        }
    }
    for (int i = std::max(0, region.end - 3); i < std::min(n, region.end + 3); ++i) {
        Block& b = blocks[i];
        // The rule read where it is spelled out (on the stack), not copied into a string.
        const auto names_signoff = [](std::string_view rule) { return rule.find("signoff") != std::string_view::npos; };
        if (b.label == Label::Byline || spell_rule(rule_parts(b), names_signoff) || is_bracketed_editor_line(b)) {
            Credits tail;
            if (read_credit_line(b, tail) && credits.editor.empty()) credits.editor = tail.editor;
        }
    }
    article.byline = !credits.byline.empty() ? credits.byline : (!meta.author.empty() ? meta.author : credits.source);
    article.source = !credits.source.empty() ? credits.source : credits.source_after_date;
    article.editor = credits.editor;
    if (!meta.published.empty()) {
        const DateMatch d = find_date(meta.published);
        if (d.found) article.published = d.iso;
    }
    if (article.published.empty()) article.published = credits.published;
    if (!meta.site_name.empty()) article.site_name = meta.site_name;
    if (article.site_name.empty()) {
        // The last copyright line names the publisher.
        for (int i = n - 1; i >= std::max(0, n - kCopyrightWindow) && article.site_name.empty(); --i)
            if (blocks[i].f.pattern == "legal") article.site_name = site_from_copyright(blocks[i].text);
    }
    article.excerpt = meta.description;
}

}  // namespace sift
