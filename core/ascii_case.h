// ascii_case.h — prefix and substring tests against lower-case ASCII phrases,
// ignoring the case of the searched text, without building a lower-cased copy.
//
// For a phrase of lower-case ASCII these give exactly what the same test on
// utf8::to_lower(text) gives: to_lower maps ASCII to ASCII and every other code
// point to a non-ASCII one of the same encoded length, so byte offsets agree
// and a non-ASCII byte never matches a phrase byte.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace sift {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// `lower_phrase` must be lower-case ASCII.
inline bool starts_with_ascii_ci(std::string_view text, std::string_view lower_phrase) {
    if (text.size() < lower_phrase.size()) return false;
    for (std::size_t k = 0; k < lower_phrase.size(); ++k)
        if (ascii_lower(text[k]) != lower_phrase[k]) return false;
    return true;
}

inline bool starts_with_any_ascii_ci(std::string_view text, std::initializer_list<std::string_view> lower_phrases) {
    for (std::string_view p : lower_phrases)
        if (starts_with_ascii_ci(text, p)) return true;
    return false;
}

// First offset of `lower_phrase` (lower-case ASCII, not empty) at or after `from`, or npos.
inline std::size_t find_ascii_ci(std::string_view text, std::string_view lower_phrase, std::size_t from = 0) {
    if (lower_phrase.size() > text.size()) return std::string_view::npos;
    const std::size_t last = text.size() - lower_phrase.size();
    for (std::size_t i = from; i <= last; ++i)
        if (ascii_lower(text[i]) == lower_phrase[0] && starts_with_ascii_ci(text.substr(i), lower_phrase)) return i;
    return std::string_view::npos;
}

}  // namespace sift
