// html_tokenizer.cpp — turns HTML bytes into tokens, following the HTML
// standard's tokenizer states closely enough for extraction, never failing.
//
// Input: any bytes. Output: tokens (see html_tokenizer.h). Every scan moves
// forward: text runs and raw-text bodies are found with memchr, comments with
// a forward find, so the whole pass is linear in the input. Truncated markup
// at the end of input behaves as the standard says: an unfinished tag is
// dropped, an unfinished comment runs to the end.
#include "html_tokenizer.h"

#include <cstring>

#include "html_entities.h"

namespace sift::html {

namespace {

// Byte classes for the tag scanners: one table lookup per byte instead of a
// chain of comparisons (tags and attributes are most of a page's bytes).
enum ByteClass : unsigned char {
    kWs = 1,       // the standard's tag white space: space, \t, \n, \r, \f
    kSlashGt = 2,  // '/' and '>': end a tag or attribute name
    kEquals = 4,   // '=': ends an attribute name
    kUpper = 8,    // 'A'..'Z': a name needs lower-casing
};
struct ByteClasses {
    unsigned char of[256] = {};
    constexpr ByteClasses() {
        for (const char c : {' ', '\t', '\n', '\r', '\f'}) of[static_cast<unsigned char>(c)] = kWs;
        of[static_cast<unsigned char>('/')] = kSlashGt;
        of[static_cast<unsigned char>('>')] = kSlashGt;
        of[static_cast<unsigned char>('=')] = kEquals;
        for (int c = 'A'; c <= 'Z'; ++c) of[c] = kUpper;
    }
};
constexpr ByteClasses kByteClasses;
unsigned char byte_class(char c) { return kByteClasses.of[static_cast<unsigned char>(c)]; }

bool is_ws(char c) { return byte_class(c) == kWs; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

// Moves i past a name that ends at a byte of one of the `stop` classes (or
// the end of input); tells whether the name holds an upper-case letter.
bool scan_name(std::string_view in, std::size_t& i, unsigned stop) {
    unsigned seen = 0;
    for (; i < in.size(); ++i) {
        const unsigned c = byte_class(in[i]);
        if (c & stop) break;
        seen |= c;
    }
    return (seen & kUpper) != 0;
}

bool iequals_prefix(std::string_view s, std::size_t at, std::string_view lower_word) {
    if (s.size() - at < lower_word.size()) return false;
    for (std::size_t k = 0; k < lower_word.size(); ++k)
        if (lower(s[at + k]) != lower_word[k]) return false;
    return true;
}

}  // namespace

bool is_raw_text_element(std::string_view n) {
    return n == "script" || n == "style" || n == "textarea" || n == "title" || n == "xmp" ||
           n == "iframe" || n == "noembed" || n == "noframes" || n == "noscript" || n == "plaintext";
}

std::string_view Token::attr(std::string_view n, bool* found) const {
    for (std::size_t k = 0; k < attr_count; ++k) {
        if (attrs[k].name == n) {
            if (found) *found = true;
            return attrs[k].value;
        }
    }
    if (found) *found = false;
    return {};
}

bool Token::has_attr(std::string_view n) const {
    bool found = false;
    attr(n, &found);
    return found;
}

Tokenizer::Tokenizer(std::string_view input) : in_(input) {}

bool Tokenizer::starts_markup(std::size_t at) const {
    // A '<' is markup only before a letter, '/', '!' or '?'; otherwise it is text.
    if (at + 1 >= in_.size() || in_[at] != '<') return false;
    const char c = in_[at + 1];
    return is_alpha(c) || c == '/' || c == '!' || c == '?';
}

Tokenizer::Span Tokenizer::decoded_copy(std::size_t begin, std::size_t end, bool in_attribute) {
    const std::size_t off = scratch_.size();
    decode_entities(in_.substr(begin, end - begin), in_attribute, scratch_);
    return {off, scratch_.size() - off, true};
}
Tokenizer::Span Tokenizer::lowered(std::size_t begin, std::size_t end, bool has_upper) {
    if (!has_upper) return {begin, end - begin, false};
    const std::size_t off = scratch_.size();
    scratch_.resize(off + (end - begin));
    for (std::size_t k = begin; k < end; ++k) scratch_[off + (k - begin)] = lower(in_[k]);
    return {off, end - begin, true};
}

bool Tokenizer::next(Token& t) {
    scratch_.clear();
    attrs_.clear();
    t = Token{};
    while (pos_ < in_.size()) {
        t.offset = pos_;
        if (plaintext_) {
            t.type = TokenType::Text;
            t.text = in_.substr(pos_);
            pos_ = in_.size();
            return true;
        }
        if (!raw_end_.empty()) {
            if (read_raw_text(t)) return true;
            continue;
        }
        if (starts_markup(pos_)) {
            if (read_markup(t)) return true;
            continue;
        }
        if (read_text(t)) return true;
    }
    return false;
}

bool Tokenizer::read_text(Token& t) {
    std::size_t end = pos_ + 1;
    while (end < in_.size()) {
        const void* hit = std::memchr(in_.data() + end, '<', in_.size() - end);
        if (!hit) { end = in_.size(); break; }
        end = static_cast<std::size_t>(static_cast<const char*>(hit) - in_.data());
        if (starts_markup(end)) break;
        ++end;
    }
    if (end > in_.size()) end = in_.size();
    t.type = TokenType::Text;
    t.text = view(decoded(pos_, end, false));
    pos_ = end;
    return true;
}

bool Tokenizer::read_raw_text(Token& t) {
    const std::size_t start = pos_;
    std::size_t end = in_.size();
    for (std::size_t q = start; q < in_.size();) {
        const void* hit = std::memchr(in_.data() + q, '<', in_.size() - q);
        if (!hit) break;
        q = static_cast<std::size_t>(static_cast<const char*>(hit) - in_.data());
        const std::size_t after = q + 2 + raw_end_.size();
        if (q + 1 < in_.size() && in_[q + 1] == '/' && iequals_prefix(in_, q + 2, raw_end_) &&
            after < in_.size() && (is_ws(in_[after]) || in_[after] == '/' || in_[after] == '>')) {
            end = q;
            break;
        }
        ++q;
    }
    raw_end_.clear();
    pos_ = end;
    if (end == start) return false;
    t.type = TokenType::Text;
    t.text = raw_decode_ ? view(decoded(start, end, false)) : in_.substr(start, end - start);
    return true;
}

bool Tokenizer::read_markup(Token& t) {
    const std::size_t n = in_.size();
    const std::size_t p = pos_;
    const char c = p + 1 < n ? in_[p + 1] : '\0';
    if (is_alpha(c)) return read_tag(t, false);
    if (c == '/') {
        if (p + 2 < n && is_alpha(in_[p + 2])) return read_tag(t, true);
        if (p + 2 < n && in_[p + 2] == '>') { pos_ = p + 3; return false; }  // "</>" is dropped
        if (p + 2 >= n) {  // "</" at the very end is text
            t.type = TokenType::Text;
            t.text = in_.substr(p);
            pos_ = n;
            return true;
        }
        read_until(t, TokenType::Comment, p + 2, ">");  // "</3" etc: bogus comment
        return true;
    }
    if (c == '?') { read_until(t, TokenType::Comment, p + 1, ">"); return true; }
    // c == '!'
    if (in_.compare(p + 2, 2, "--") == 0) { read_comment(t); return true; }
    if (iequals_prefix(in_, p + 2, "doctype")) { read_until(t, TokenType::Doctype, p + 9, ">"); return true; }
    if (in_.compare(p + 2, 7, "[CDATA[") == 0) { read_until(t, TokenType::Cdata, p + 9, "]]>"); return true; }
    read_until(t, TokenType::Comment, p + 2, ">");
    return true;
}

void Tokenizer::read_until(Token& t, TokenType type, std::size_t content_start, std::string_view terminator) {
    content_start = std::min(content_start, in_.size());
    const std::size_t close = in_.find(terminator, content_start);
    const std::size_t end = close == std::string_view::npos ? in_.size() : close;
    t.type = type;
    t.text = in_.substr(content_start, end - content_start);
    pos_ = close == std::string_view::npos ? in_.size() : close + terminator.size();
}

void Tokenizer::read_comment(Token& t) {
    const std::size_t start = pos_ + 4;  // after "<!--"
    t.type = TokenType::Comment;
    // "<!-->" and "<!--->" are complete, empty comments.
    if (in_.compare(start, 1, ">") == 0) { pos_ = start + 1; return; }
    if (in_.compare(start, 2, "->") == 0) { pos_ = start + 2; return; }
    std::size_t q = start;
    while (true) {
        const std::size_t dash = in_.find("--", q);
        if (dash == std::string_view::npos) {  // unterminated: the rest is comment
            t.text = in_.substr(start);
            pos_ = in_.size();
            return;
        }
        if (in_.compare(dash + 2, 1, ">") == 0) { t.text = in_.substr(start, dash - start); pos_ = dash + 3; return; }
        if (in_.compare(dash + 2, 2, "!>") == 0) { t.text = in_.substr(start, dash - start); pos_ = dash + 4; return; }
        q = dash + 1;
    }
}

bool Tokenizer::read_tag(Token& t, bool end_tag) {
    const std::size_t n = in_.size();
    std::size_t i = pos_ + (end_tag ? 2 : 1);
    const std::size_t name_start = i;
    const bool upper = scan_name(in_, i, kWs | kSlashGt);
    const Span name = lowered(name_start, i, upper);
    pos_ = i;
    bool self_closing = false;
    if (!read_attributes(self_closing)) {  // end of input inside the tag: drop it
        pos_ = n;
        return false;
    }
    finish_tag(t, end_tag ? TokenType::EndTag : TokenType::StartTag, name, self_closing);
    if (!end_tag && is_raw_text_element(t.name)) {
        if (t.name == "plaintext") {
            plaintext_ = true;
        } else {
            raw_end_.assign(t.name.data(), t.name.size());
            raw_decode_ = (t.name == "textarea" || t.name == "title");
        }
    }
    return true;
}

bool Tokenizer::read_attributes(bool& self_closing) {
    const std::size_t n = in_.size();
    raw_attrs_.clear();
    std::size_t i = pos_;
    while (true) {
        while (i < n && is_ws(in_[i])) ++i;
        if (i >= n) return false;
        if (in_[i] == '>') { pos_ = i + 1; return true; }
        if (in_[i] == '/') {
            if (i + 1 < n && in_[i + 1] == '>') { self_closing = true; pos_ = i + 2; return true; }
            ++i;
            continue;
        }
        // The first character is part of the name even when it is '=' (standard).
        const std::size_t name_start = i;
        const bool upper = scan_name(in_, ++i, kWs | kSlashGt | kEquals) || byte_class(in_[name_start]) == kUpper;
        const std::size_t name_end = i;
        while (i < n && is_ws(in_[i])) ++i;
        std::size_t value_start = i, value_end = i;
        if (i < n && in_[i] == '=') {
            ++i;
            while (i < n && is_ws(in_[i])) ++i;
            if (i >= n) return false;
            if (in_[i] == '"' || in_[i] == '\'') {
                const void* close = std::memchr(in_.data() + i + 1, in_[i], n - i - 1);
                if (!close) return false;
                value_start = i + 1;
                value_end = static_cast<std::size_t>(static_cast<const char*>(close) - in_.data());
                i = value_end + 1;
            } else {
                value_start = i;
                while (i < n && !is_ws(in_[i]) && in_[i] != '>') ++i;  // '/' and '=' belong to the value
                value_end = i;
            }
        }
        if (raw_attrs_.size() >= kMaxAttributes) continue;
        const Span attr_name = lowered(name_start, name_end, upper);
        bool duplicate = false;  // the first occurrence wins
        for (const RawAttribute& a : raw_attrs_)
            duplicate |= a.name.len == attr_name.len && view(a.name) == view(attr_name);
        if (duplicate) continue;
        raw_attrs_.push_back({attr_name, decoded(value_start, value_end, true)});
    }
}

void Tokenizer::finish_tag(Token& t, TokenType type, const Span& name, bool self_closing) {
    // scratch_ no longer grows for this token, so views into it are stable now.
    t.type = type;
    t.name = view(name);
    t.self_closing = self_closing;
    for (const RawAttribute& a : raw_attrs_) attrs_.push_back({view(a.name), view(a.value)});
    t.attrs = attrs_.data();
    t.attr_count = attrs_.size();
}

}  // namespace sift::html
