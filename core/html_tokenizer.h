// html_tokenizer.h — a tolerant, linear-time HTML tokenizer.
//
// Input: any byte string (clipboard HTML, a saved page, or garbage).
// Output: a stream of tokens — start/end tags with lower-cased names and
// attributes, text, comments, doctype, CDATA — pulled one at a time with
// Tokenizer::next(). Character references are decoded in text and attribute
// values; the content of raw-text elements (script, style, textarea, title,
// xmp, iframe, noembed, noframes, noscript, plaintext) is one text token that
// ends only at the matching end tag. Views point into the input or into the
// tokenizer's scratch buffer and stay valid until the next call to next().
// Bytes are passed through: validating UTF-8 is the consumer's job.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sift::html {

enum class TokenType { StartTag, EndTag, Text, Comment, Doctype, Cdata };

struct Attribute {
    std::string_view name;   // lower-cased
    std::string_view value;  // references decoded; empty for a valueless attribute
};

// A tag keeps at most this many attributes (the first ones; later duplicates
// are dropped anyway): bounds the duplicate check, so a tag with a million
// attributes stays linear.
inline constexpr std::size_t kMaxAttributes = 64;

struct Token {
    TokenType type = TokenType::Text;
    std::string_view name;   // tags: lower-cased name
    std::string_view text;   // Text: decoded text; Comment/Cdata/Doctype: raw content
    const Attribute* attrs = nullptr;
    std::size_t attr_count = 0;
    bool self_closing = false;
    std::size_t offset = 0;  // byte offset of the token in the input

    // Value of the attribute `name` (lower-case); `found` tells a valueless
    // attribute from a missing one.
    std::string_view attr(std::string_view name, bool* found = nullptr) const;
    bool has_attr(std::string_view name) const;
};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view input);
    // Fills `token` with the next token; false once the input is used up.
    bool next(Token& token);

private:
    struct Span {           // a piece of text in the input or in scratch_
        std::size_t off = 0;
        std::size_t len = 0;
        bool scratch = false;
    };
    struct RawAttribute { Span name; Span value; };

    bool starts_markup(std::size_t at) const;
    bool read_text(Token& t);
    bool read_raw_text(Token& t);
    bool read_markup(Token& t);  // at '<' that starts a tag, comment, ...
    bool read_tag(Token& t, bool end_tag);
    bool read_attributes(bool& self_closing);
    void read_comment(Token& t);
    void read_until(Token& t, TokenType type, std::size_t content_start, std::string_view terminator);
    // in_[begin, end) with references decoded: the input itself unless it holds
    // a '&' (inline: every text run and attribute value comes through here).
    Span decoded(std::size_t begin, std::size_t end, bool in_attribute) {
        if (begin >= end || !std::memchr(in_.data() + begin, '&', end - begin)) return {begin, end - begin, false};
        return decoded_copy(begin, end, in_attribute);
    }
    Span decoded_copy(std::size_t begin, std::size_t end, bool in_attribute);  // into scratch_
    Span lowered(std::size_t begin, std::size_t end, bool has_upper);  // scratch copy only when has_upper
    std::string_view view(const Span& s) const {
        return s.scratch ? std::string_view(scratch_).substr(s.off, s.len) : in_.substr(s.off, s.len);
    }
    void finish_tag(Token& t, TokenType type, const Span& name, bool self_closing);

    std::string_view in_;
    std::size_t pos_ = 0;
    std::string scratch_;
    std::vector<RawAttribute> raw_attrs_;
    std::vector<Attribute> attrs_;
    // Set after a raw-text start tag: its name, for finding the end tag.
    std::string raw_end_;
    bool raw_decode_ = false;   // textarea/title: references are decoded (RCDATA)
    bool plaintext_ = false;    // <plaintext>: the rest of the input is text
};

// Whether `name` (lower-case) is an element whose content the tokenizer reads
// as raw text.
bool is_raw_text_element(std::string_view name);

}  // namespace sift::html
