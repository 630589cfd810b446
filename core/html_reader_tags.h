// html_reader_tags.h — how the HTML reader knows tag names cheaply.
//
// Input: lower-cased tag names, one per token. Output: TagInfo — the name's
// html::tag_flags() plus a small Tag enum for the names the reader treats
// specially — from a direct-mapped TagCache, so the reader compares small
// integers instead of strings; and FrameName, the inline copy of a name each
// open element keeps. Used by html_reader.cpp only.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace sift::html {

// The tags the reader treats specially; any other name is Tag::Other.
enum class Tag : unsigned char {
    Other, A, Blockquote, Body, Br, Caption, Dd, Dl, Dt, Figcaption, Head, Hr, Html, Li, Listing, Math, Menu,
    Meta, Ol, Optgroup, Option, P, Plaintext, Pre, Script, Svg, Table, Tbody, Td, Template, Tfoot, Th, Thead,
    Time, Title, Tr, Ul, Xmp,
};

struct TagInfo {
    unsigned flags = 0;  // html::tag_flags()
    Tag tag = Tag::Other;
};

// Searches the tables (html_elements.cpp and the Tag names).
TagInfo look_up_tag(std::string_view name);

// A page uses a few dozen tag names over and over: each one's TagInfo is kept
// in a small direct-mapped table (a miss, or a clash of two names, just looks
// the name up again and takes the slot).
class TagCache {
public:
    TagInfo info(std::string_view name) {
        if (name.empty() || name.size() > kMaxName) return look_up_tag(name);
        Slot& s = slots_[slot_of(name)];
        if (s.length != name.size() || std::memcmp(s.name, name.data(), name.size()) != 0) {
            std::memcpy(s.name, name.data(), name.size());
            s.length = static_cast<unsigned char>(name.size());
            s.info = look_up_tag(name);
        }
        return s.info;
    }

private:
    static constexpr std::size_t kMaxName = 15;  // longer than any known tag: such names are custom elements
    static constexpr std::size_t kSlots = 64;    // a power of two
    struct Slot {
        char name[kMaxName] = {};
        unsigned char length = 0;  // 0: empty (empty names are never cached)
        TagInfo info;
    };
    static std::size_t slot_of(std::string_view n) {
        const auto at = [&](std::size_t k) { return static_cast<std::size_t>(static_cast<unsigned char>(n[k])); };
        return (n.size() * 31 + at(0) * 7 + at(n.size() - 1) * 3 + at(n.size() / 2)) & (kSlots - 1);
    }
    Slot slots_[kSlots];
};

// An open element's tag name, inline: names are short, and a stack frame is
// reused for element after element, so setting one must not go through
// std::string.
class FrameName {
public:
    void assign(std::string_view n) {
        if (n.size() <= kInline) {
            std::memcpy(buf_, n.data(), n.size());
            len_ = static_cast<unsigned char>(n.size());
        } else {  // custom elements ("ytd-rich-grid-renderer")
            long_.assign(n.data(), n.size());
            len_ = kLong;
        }
    }
    std::string_view view() const { return len_ == kLong ? std::string_view(long_) : std::string_view(buf_, len_); }

private:
    static constexpr std::size_t kInline = 22;
    static constexpr unsigned char kLong = 0xFF;
    char buf_[kInline] = {};
    unsigned char len_ = 0;
    std::string long_;
};

}  // namespace sift::html
