// text_match.h — small prefix/substring tests over fixed phrase lists, shared
// by the stages that judge a line by the phrases in it.
#pragma once

#include <initializer_list>
#include <string_view>

namespace sift {

inline bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes) {
    for (std::string_view p : prefixes)
        if (text.substr(0, p.size()) == p) return true;
    return false;
}

inline bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> suffixes) {
    for (std::string_view p : suffixes)
        if (text.size() >= p.size() && text.substr(text.size() - p.size()) == p) return true;
    return false;
}

inline bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
    for (std::string_view p : parts)
        if (text.find(p) != std::string_view::npos) return true;
    return false;
}

}  // namespace sift
