// language.h — which language and writing direction the article is in.
// Script shares decide first (Han, Kana, Hangul, Cyrillic, Arabic, Hebrew,
// Greek, Thai, Devanagari, Latin); Latin-script text is then told apart by
// stopwords (stopwords.h). Unknown stays "und", never a guess of English.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "language_figures.h"
#include "sift.h"

namespace sift {

struct LanguageGuess {
    std::string lang = "und";  // BCP 47 primary tag
    std::string dir = "ltr";   // "rtl" for Arabic, Hebrew, Persian, Urdu... scripts
};

// figures[j], when given and not null, is the census compute_features took of
// the block body[j] was made from (Block::f.census); blocks without one, or
// whose text changed since (a stripped bullet), are read here. The guess is
// the same with or without figures.
LanguageGuess detect_language(const std::vector<BodyBlock>& body, const std::vector<const CensusFigures*>& figures);
LanguageGuess detect_language(const std::vector<BodyBlock>& body);
LanguageGuess detect_language(std::string_view text);

}  // namespace sift
