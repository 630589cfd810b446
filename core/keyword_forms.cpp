// keyword_forms.cpp — normalising and testing a new word surface that is not
// packed (the packed ones: keyword_forms.h, inline); keyword_terms.cpp calls
// it once per distinct surface.
#include "keyword_forms.h"

#include <algorithm>

#include "stopwords.h"
#include "tokens.h"
#include "utf8.h"

namespace sift {

// `buffer` holds the result; for ASCII surfaces (most) it only ever grows,
// so it is written in place, with no decoding and no curly apostrophe.
Normalised normalise(std::string_view surface, bool ascii, std::string& buffer) {
    std::string_view lower;
    if (ascii) {
        if (buffer.size() < surface.size()) buffer.resize(surface.size());
        char* out = &buffer[0];
        for (std::size_t k = 0; k < surface.size(); ++k) {
            const char c = surface[k];
            out[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
        }
        lower = std::string_view(buffer.data(), surface.size());
    } else {
        lower_any_word_into(surface, buffer);
        lower = buffer;
    }
    if (lower.size() > 2 && lower[lower.size() - 2] == '\'' && lower.back() == 's')
        return {lower.substr(0, lower.size() - 2), true};
    return {lower, false};
}

// Content words: no stopwords, no numbers, at least three letters, except
// two-letter acronyms written in capitals ("EU", "AI"). `letters` is the
// length of `lower` in code points.
// The stopword lookup, the dearest test, comes last.
bool is_content_word(std::string_view lower, std::size_t letters, std::string_view surface) {
    if (letters < 2) return false;
    if (letters == 2 && !std::all_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
    if (std::all_of(lower.begin(), lower.end(), [](char c) { return (c >= '0' && c <= '9') || c == '\''; }))
        return false;
    return !is_stopword(lower);
}

}  // namespace sift
