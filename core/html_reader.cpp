// html_reader.cpp — walks HTML tokens with an explicit element stack and
// emits one Block per rendered paragraph.
//
// Input: HTML bytes. Output: Page (blocks + meta). The tree is never built:
// a stack of open elements (capped at kMaxHtmlDepth) carries what each
// element inherits (hidden, in link, in article, boilerplate hint, white-space
// mode, block shape) and the indices implied end tags need (open <p>, <li>,
// cell, row), so each token costs O(1) apart from a bounded end-tag search.
// Text is collapsed as a browser renders it and validated as UTF-8 on the way.
#include "html_reader.h"

#include <cstring>
#include <vector>

#include "html_elements.h"
#include "html_hints.h"
#include "html_meta.h"
#include "html_reader_tags.h"
#include "html_tokenizer.h"
#include "utf8.h"

namespace sift {

namespace {

// An <a> whose href goes somewhere: a "javascript:" pseudo-link or an empty
// href is a script's click target, and its text is the page's own.
bool leads_elsewhere(const html::Token& t) {
    bool found = false;
    std::string_view href = t.attr("href", &found);
    while (!href.empty() && (href.front() == ' ' || href.front() == '\t' || href.front() == '\n')) href.remove_prefix(1);
    if (!found || href.empty()) return false;
    constexpr std::string_view kScheme = "javascript:";
    if (href.size() < kScheme.size()) return true;
    for (std::size_t k = 0; k < kScheme.size(); ++k) {
        const char c = (href[k] >= 'A' && href[k] <= 'Z') ? static_cast<char>(href[k] + 32) : href[k];
        if (c != kScheme[k]) return true;
    }
    return false;
}

using html::FrameName;
using html::Tag;
using html::TagCache;
using html::TagInfo;
using html::Token;
using html::TokenType;

// An end tag looks this far down the stack for its start tag; beyond that it
// is ignored. Keeps a flood of stray end tags linear (browsers bound their
// own search similarly), and real markup closes far closer to the top.
constexpr int kMaxEndTagSearch = 128;
// tag_path shows this many innermost levels: enough to tell "article>div>p"
// from "footer>ul>li" without paying for the whole ancestry per block.
constexpr int kTagPathLevels = 4;
// More <br>s in a row than this add no information a consumer could use.
constexpr int kMaxConsecutiveBreaks = 2;

enum class WsMode : unsigned char { Normal, Pre, PreLine };
enum class RawTarget { None, Title, JsonLd };

struct Frame {
    FrameName name;
    Tag tag = Tag::Other;
    unsigned flags = 0;
    bool is_block = false;
    bool skip = false;          // inside content that is never rendered (script, svg, head ...); MathML is rendered
    bool foreign = false;       // inside <svg>/<math>: self-closing tags close themselves
    bool removed = false;       // hidden attr / display:none on self or an ancestor
    bool vis_hidden = false;    // visibility:hidden (a descendant may undo it)
    bool aria_hidden = false;
    bool in_link = false;
    bool in_article = false;
    WsMode ws = WsMode::Normal;
    SourceShape shape = SourceShape::Paragraph;
    int heading = 0;
    const char* hint = nullptr;
    int container = -1;  // nearest block-level frame, self included
    int id = -1;         // unique per element, in document order
    int open_p = -1, open_li = -1, open_dd = -1, open_cell = -1, open_row = -1;

    bool hidden() const { return removed || vis_hidden; }
};

bool is_cell(Tag t) { return t == Tag::Td || t == Tag::Th; }
bool is_same(const char* a, const char* b) { return a && b && std::strcmp(a, b) == 0; }

class Reader {
public:
    Page run(std::string_view input);

private:
    void start_tag(const Token& t);
    void end_tag(const Token& t);
    void text(std::string_view s);
    void push(const Token& t, TagInfo info, const html::ElementHints& h, bool is_block);
    void pop_to(int index);
    void flush();
    void line_break();
    void begin_block();
    void emit(std::string_view bytes, int visible);  // `visible` characters of rendered text
    bool text_suppressed() const;
    const Frame* top() const { return depth_ > 0 ? &stack_[depth_ - 1] : nullptr; }

    std::vector<Frame> stack_;
    int depth_ = 0;
    Page page_;
    html::MetaCollector meta_;
    RawTarget raw_ = RawTarget::None;
    bool skip_pre_newline_ = false;
    // The block being built.
    std::string cur_;
    Block ctx_;               // context of its first character
    bool have_ctx_ = false;
    bool pending_space_ = false;
    int chars_ = 0;
    int link_chars_ = 0;
    int next_element_id_ = 0;
    TagCache tags_;
    html::ClassValueCache class_values_;
};

Page Reader::run(std::string_view input) {
    stack_.resize(kMaxHtmlDepth);  // never reallocates: frames refer to each other by index
    page_.from_html = true;
    html::Tokenizer tok(input);
    Token t;
    while (tok.next(t)) {
        switch (t.type) {
            case TokenType::StartTag: start_tag(t); break;
            case TokenType::EndTag: end_tag(t); break;
            case TokenType::Text: text(t.text); break;
            default: raw_ = RawTarget::None; break;  // comments, doctype, CDATA render nothing
        }
    }
    flush();
    page_.meta = meta_.result();
    return std::move(page_);
}

void Reader::start_tag(const Token& t) {
    raw_ = RawTarget::None;
    skip_pre_newline_ = false;
    const std::string_view name = t.name;
    const TagInfo info = tags_.info(name);
    const unsigned flags = info.flags;
    const Tag tag = info.tag;
    const Frame* parent = top();

    // <head> ends implicitly at the first thing that cannot live in it.
    if (parent && parent->tag == Tag::Head && !(flags & html::kTagHeadContent)) pop_to(depth_ - 1);
    if (tag == Tag::Html || tag == Tag::Body) {
        if (tag == Tag::Html) meta_.lang_dir(t.attr("lang"), t.attr("dir"), true);
        for (int i = 0; i < depth_; ++i)
            if (stack_[i].tag == tag) return;  // a second <html>/<body> adds nothing
    }
    if (tag == Tag::Meta) { meta_.meta_tag(t); return; }
    parent = top();
    const bool in_skip = parent && parent->skip;
    if (!in_skip && tag != Tag::Html && t.has_attr("lang")) meta_.lang_dir(t.attr("lang"), t.attr("dir"), false);
    if (tag == Tag::Title && !(parent && parent->foreign)) raw_ = RawTarget::Title;
    if (tag == Tag::Script && t.attr("type").find("ld+json") != std::string_view::npos) raw_ = RawTarget::JsonLd;
    if (tag == Tag::Time) meta_.time_element(t, parent && parent->in_article);

    // Implied end tags, each found through an index carried on the stack.
    if (parent) {
        int close = -1;
        if ((flags & html::kTagClosesP) && parent->open_p >= 0) close = parent->open_p;
        if (tag == Tag::Li && parent->open_li >= 0) close = parent->open_li;
        if ((tag == Tag::Dd || tag == Tag::Dt) && parent->open_dd >= 0) close = parent->open_dd;
        if (is_cell(tag) && parent->open_cell >= 0) close = parent->open_cell;
        if ((tag == Tag::Tr || tag == Tag::Tbody || tag == Tag::Thead || tag == Tag::Tfoot) && parent->open_row >= 0)
            close = parent->open_row;
        if ((flags & html::kTagHeading) && (parent->flags & html::kTagHeading)) close = depth_ - 1;
        if ((tag == Tag::Option || tag == Tag::Optgroup) && parent->tag == Tag::Option) close = depth_ - 1;
        if (close >= 0) pop_to(close);
    }
    parent = top();
    const bool in_skip_now = parent && parent->skip;  // markup inside <template>, <svg> ... renders nothing

    if (flags & html::kTagVoid) {
        if (tag == Tag::Br) line_break();
        else if (tag == Tag::Hr && !in_skip_now) flush();
        return;
    }
    const html::ElementHints h = html::analyse_element(name, t, &class_values_);
    bool is_block = (flags & html::kTagBlock) != 0;
    if (!(flags & html::kTagTablePart)) {  // CSS display overrides the default, except inside tables
        if (h.display == html::Display::Block) is_block = true;
        if (h.display == html::Display::Inline) is_block = false;
    }
    if (is_block && !is_cell(tag) && !in_skip_now) flush();
    if (is_cell(tag) && !in_skip_now && !cur_.empty() && ctx_.shape == SourceShape::TableRow) {
        while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
        cur_ += '\t';  // cells of one row share a block, tab-separated
        pending_space_ = false;
    }
    if (t.self_closing && parent && parent->foreign) return;  // <path/> in svg
    if (static_cast<std::size_t>(depth_) >= kMaxHtmlDepth) return;
    push(t, info, h, is_block);
    if (tag == Tag::Pre || tag == Tag::Listing) skip_pre_newline_ = true;
}

void Reader::push(const Token& t, TagInfo info, const html::ElementHints& h, bool is_block) {
    const std::string_view name = t.name;
    const unsigned flags = info.flags;
    const Tag tag = info.tag;
    const int index = depth_;
    static const Frame kRoot;
    const Frame& parent = index > 0 ? stack_[index - 1] : kRoot;
    Frame& f = stack_[index];
    f.name.assign(name);
    f.tag = tag;
    f.id = next_element_id_++;
    f.flags = flags;
    f.is_block = is_block;
    f.skip = parent.skip || (flags & html::kTagSkip);
    f.foreign = parent.foreign || tag == Tag::Svg || tag == Tag::Math;
    f.removed = parent.removed || h.hidden_attr || h.display == html::Display::None;
    f.vis_hidden = h.visibility == html::Visibility::Hidden    ? true
                   : h.visibility == html::Visibility::Visible ? false
                                                               : parent.vis_hidden;
    f.aria_hidden = parent.aria_hidden || h.aria_hidden;
    f.in_link = parent.in_link || (tag == Tag::A && leads_elsewhere(t));
    f.in_article = parent.in_article || h.article_marker;

    f.ws = parent.ws;
    if (tag == Tag::Pre || tag == Tag::Listing || tag == Tag::Xmp || tag == Tag::Plaintext) f.ws = WsMode::Pre;
    if (h.white_space == html::WhiteSpace::Pre) f.ws = WsMode::Pre;
    if (h.white_space == html::WhiteSpace::PreLine) f.ws = WsMode::PreLine;
    if (h.white_space == html::WhiteSpace::Normal) f.ws = WsMode::Normal;

    // Shape: what kind of paragraph text directly in this element makes.
    f.heading = parent.heading;
    f.shape = parent.shape;
    if (flags & html::kTagHeading) { f.shape = SourceShape::Heading; f.heading = name[1] - '0'; }
    else if (tag == Tag::Pre || tag == Tag::Listing) f.shape = SourceShape::Pre;
    else if (tag == Tag::Li || tag == Tag::Dd || tag == Tag::Dt) f.shape = is_block ? SourceShape::ListItem : parent.shape;
    else if (tag == Tag::Tr || is_cell(tag)) f.shape = SourceShape::TableRow;
    else if (tag == Tag::Figcaption || tag == Tag::Caption) f.shape = SourceShape::Caption;
    else if (tag == Tag::Blockquote) f.shape = SourceShape::Quote;
    else if (is_block && parent.shape == SourceShape::TableRow) f.shape = SourceShape::Paragraph;  // layout tables

    // Hint: the element's own, else inherited. The article's own <header> is
    // not site chrome, and entering the article drops a wrapper's hint (a
    // page-wide <form> on ASP.NET sites).
    const char* own = h.attr_hint ? h.attr_hint : h.tag_hint;
    if (is_same(own, "header") && f.in_article) own = nullptr;
    // <html> and <body> classes describe the page type and its ad setup
    // ("bbccom_outbrain_ar_5", "ads-enabled"), not one region of it.
    if (tag == Tag::Html || tag == Tag::Body) own = nullptr;
    f.hint = own ? own : ((h.article_marker && is_same(parent.hint, "form")) ? nullptr : parent.hint);

    f.container = is_block ? index : parent.container;
    const bool scope = (flags & html::kTagScope) != 0;
    f.open_p = tag == Tag::P ? index : (scope ? -1 : parent.open_p);
    f.open_li = tag == Tag::Li ? index : ((scope || tag == Tag::Ul || tag == Tag::Ol || tag == Tag::Menu) ? -1 : parent.open_li);
    f.open_dd = (tag == Tag::Dd || tag == Tag::Dt) ? index : ((scope || tag == Tag::Dl) ? -1 : parent.open_dd);
    f.open_cell = is_cell(tag) ? index : ((tag == Tag::Tr || tag == Tag::Table || tag == Tag::Template) ? -1 : parent.open_cell);
    f.open_row = tag == Tag::Tr ? index : ((tag == Tag::Table || tag == Tag::Template) ? -1 : parent.open_row);
    ++depth_;
}

void Reader::pop_to(int index) {
    bool boundary = false;
    while (depth_ > index) {
        const Frame& f = stack_[depth_ - 1];
        boundary |= f.is_block && !f.skip && !is_cell(f.tag);
        --depth_;
    }
    if (boundary) flush();
}

void Reader::end_tag(const Token& t) {
    raw_ = RawTarget::None;
    skip_pre_newline_ = false;
    const std::string_view name = t.name;
    const TagInfo info = tags_.info(name);
    const Tag tag = info.tag;
    if (tag == Tag::Br) { line_break(); return; }  // </br> acts as <br>, as in browsers
    if (tag == Tag::Html || tag == Tag::Body) return;  // content after them still renders in <body>
    const unsigned flags = info.flags;
    const Frame* parent = top();
    if (tag == Tag::P && (!parent || parent->open_p < 0)) { flush(); return; }  // a stray </p> makes an empty paragraph
    const int lowest = depth_ > kMaxEndTagSearch ? depth_ - kMaxEndTagSearch : 0;
    for (int i = depth_ - 1; i >= lowest; --i) {
        const Frame& f = stack_[i];
        if (f.tag == tag && (tag != Tag::Other || f.name.view() == name)) { pop_to(i); return; }
        // Inline end tags do not cross a block ("special") element; block end
        // tags do not leave their scope (table cell, button ...).
        if (!(flags & html::kTagSpecial) && (f.flags & html::kTagSpecial)) return;
        if ((flags & html::kTagSpecial) && (f.flags & html::kTagScope)) return;
    }
}

bool Reader::text_suppressed() const {
    const Frame* f = top();
    if (!f) return false;
    if (f->skip) return true;
    // Hidden inline text inside a visible block is not rendered: drop it. A
    // hidden block keeps its text and is flagged instead.
    const bool container_hidden = f->container >= 0 && stack_[f->container].hidden();
    return f->hidden() && !container_hidden;
}

void Reader::begin_block() {
    if (have_ctx_) return;
    have_ctx_ = true;
    ctx_ = Block{};
    ctx_.shape = SourceShape::Paragraph;
    const Frame* f = top();
    if (!f) return;
    const Frame& c = f->container >= 0 ? stack_[f->container] : *f;
    ctx_.shape = f->shape;
    ctx_.html_heading_level = f->shape == SourceShape::Heading ? f->heading : 0;
    if (f->hint) ctx_.html_hint = f->hint;
    ctx_.html_hidden = c.hidden() || c.aria_hidden;
    ctx_.html_in_article = f->in_article;
    const int last = f->container >= 0 ? f->container : depth_ - 1;
    ctx_.ancestors.fill(-1);
    int level = 0;
    for (; level < Block::kAncestorLevels && last - level >= 0; ++level) ctx_.ancestors[level] = stack_[last - level].id;
    if (level < Block::kAncestorLevels) ctx_.ancestors[level] = Block::kDocumentRoot;  // clipboard fragments have no <body>
    const int first = last - kTagPathLevels + 1 > 0 ? last - kTagPathLevels + 1 : 0;
    std::size_t path_length = static_cast<std::size_t>(last - first);  // the '>'s
    for (int i = first; i <= last; ++i) path_length += stack_[i].name.view().size();
    ctx_.tag_path.reserve(path_length);
    for (int i = first; i <= last; ++i) {
        if (i > first) ctx_.tag_path += '>';
        ctx_.tag_path += stack_[i].name.view();
    }
}

void Reader::emit(std::string_view bytes, int visible) {
    begin_block();
    if (pending_space_ && !cur_.empty() && cur_.back() != '\n' && cur_.back() != '\t') cur_ += ' ';
    pending_space_ = false;
    cur_.append(bytes.data(), bytes.size());
    chars_ += visible;
    if (top() && top()->in_link) link_chars_ += visible;
}

bool is_visible_ascii(unsigned char b) { return b > 0x20 && b < 0x7F; }

// The end of the run starting at s[i] (i itself when there is none) that
// text() may copy through unchanged, counting its visible characters in
// `visible`: printable characters, plus the single spaces between them that
// collapsing would keep as they are (in <pre>, every space and tab). Other
// white space, controls, a byte-order mark and malformed UTF-8 end a run and
// take the one-character path.
std::size_t verbatim_run_end(std::string_view s, std::size_t i, WsMode mode, int& visible) {
    visible = 0;
    const std::size_t start = i;
    while (i < s.size()) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (is_visible_ascii(b)) { ++i; ++visible; continue; }
        if (b == ' ' || b == '\t' || b == '\f') {
            if (mode == WsMode::Pre) { ++i; continue; }
            if (b == ' ' && i > start && i + 1 < s.size() && is_visible_ascii(static_cast<unsigned char>(s[i + 1]))) {
                ++i;
                continue;
            }
            break;
        }
        if (b < 0x80) break;
        std::size_t next = i;
        const char32_t cp = utf8::next_codepoint(s, next);
        if (cp == utf8::kReplacement || cp == 0xFEFF || utf8::is_space(cp)) break;
        i = next;
        ++visible;
    }
    return i;
}

void Reader::text(std::string_view s) {
    if (raw_ == RawTarget::Title) { meta_.title(s); raw_ = RawTarget::None; return; }
    if (raw_ == RawTarget::JsonLd) { meta_.json_ld(s); raw_ = RawTarget::None; return; }
    if (text_suppressed()) { skip_pre_newline_ = false; return; }
    const WsMode mode = top() ? top()->ws : WsMode::Normal;
    std::size_t i = 0;
    if (skip_pre_newline_) {  // a newline right after <pre> is not content
        if (s.substr(0, 2) == "\r\n") i = 2;
        else if (!s.empty() && (s[0] == '\n' || s[0] == '\r')) i = 1;
        skip_pre_newline_ = false;
    }
    char buf[4];
    while (i < s.size()) {
        int visible = 0;
        const std::size_t run_end = verbatim_run_end(s, i, mode, visible);
        if (run_end > i) {
            emit(s.substr(i, run_end - i), visible);
            i = run_end;
            continue;
        }
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            const bool newline = b == '\n' || b == '\r';
            if (newline && b == '\r' && i < s.size() && s[i] == '\n') ++i;
            if (mode != WsMode::Normal && newline) {
                begin_block();
                pending_space_ = false;
                if (mode == WsMode::PreLine)
                    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
                cur_ += '\n';
                continue;
            }
            if (b == ' ' || b == '\t' || newline || b == '\f') {
                if (mode == WsMode::Pre) { buf[0] = static_cast<char>(b); emit({buf, 1}, 0); }
                else pending_space_ = true;
            }
            continue;  // NUL and other controls are not text
        }
        const char32_t cp = utf8::next_codepoint(s, i);  // U+FFFD for malformed bytes
        if (cp == 0xFEFF) continue;  // a stray byte-order mark; other invisibles are kept as rendered text has them
        const bool space = utf8::is_space(cp);
        if (space && mode != WsMode::Pre) { pending_space_ = true; continue; }
        emit({buf, utf8::encode(cp, buf)}, space ? 0 : 1);
    }
}

void Reader::line_break() {
    if (text_suppressed()) return;
    pending_space_ = false;
    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
    if (cur_.empty()) return;
    int breaks = 0;
    for (auto it = cur_.rbegin(); it != cur_.rend() && *it == '\n'; ++it) ++breaks;
    if (breaks < kMaxConsecutiveBreaks) cur_ += '\n';
}

void Reader::flush() {
    pending_space_ = false;
    // Nothing since the last boundary (most boundaries: <div><div><p>): cur_
    // is empty and no character was counted, as only begin_block() starts text.
    if (!have_ctx_) return;
    while (!cur_.empty() && (cur_.back() == ' ' || cur_.back() == '\n' || cur_.back() == '\t' || cur_.back() == '\r'))
        cur_.pop_back();
    std::size_t lead = 0;  // leading blank lines (a <pre> may start with some)
    while (lead < cur_.size() && cur_[lead] == '\n') ++lead;
    if (chars_ > 0 && lead < cur_.size()) {
        page_.blocks.push_back(std::move(ctx_));  // begin_block() resets ctx_ before its next use
        Block& b = page_.blocks.back();
        b.text.assign(cur_, lead, std::string::npos);
        b.link_share = static_cast<double>(link_chars_) / chars_;
    }
    cur_.clear();
    have_ctx_ = false;
    chars_ = 0;
    link_chars_ = 0;
}

}  // namespace

Page read_html(std::string_view html) {
    Reader reader;
    return reader.run(html);
}

}  // namespace sift
