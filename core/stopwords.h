// stopwords.h — function-word lists for the Latin-script languages Sift
// guesses (en, fr, de, es, it, pt, nl) and the Chinese function characters.
//
// Input: one lower-cased word (or one code point). Output: whether it carries
// little meaning on its own. Used by block features (stopword share says
// "this is prose"), by language guessing, and by the similarity tokens and
// keywords (stopwords never count as content).
//
// The lists are deliberately compact: the most frequent function words of
// each language, which is what both prose detection and language guessing
// rely on. English is fuller (~180 words) because it also filters keywords.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "stopword_tables.h"
#include "summary_bytes.h"  // swar::lowest_bit

namespace sift {

// True when `lower_word` (already lower-cased, apostrophes as U+0027 or U+2019)
// is a stopword in any of the supported languages.
bool is_stopword(std::string_view lower_word);

// The languages `lower_word` is a stopword of, one bit per language (0 when
// it is none): is_stopword(w) == (stopword_languages(w) != 0). Callers that
// remember a word's answer keep this instead, so the language guess need not
// look the word up again.
using StopwordLanguages = std::uint8_t;
StopwordLanguages stopword_languages(std::string_view lower_word);
// The same for a word of 1..16 bytes given as its bytes zero padded to 16
// (the first eight in `low`, in memory order) and its size: the feature scan
// and the summary and keyword tables hold words that way, so none is packed twice.
// Inline (one probe of stopword_tables.h): callers meet every word or every first sighting.
inline StopwordLanguages stopword_languages_packed(std::uint64_t low, std::uint64_t high, std::size_t size) {
    using namespace stopword_tables;
    return size - 1 < kLongestWordBytes ? word_languages(low, high, size) : 0;
}

// True for Chinese function characters (particles, copulas, conjunctions,
// prepositions, pronouns): 的 了 是 在 和 与 及 也 就 都 而 之 等 对 ...
// A CJK n-gram that starts or ends with one is rarely a term.
bool is_cjk_function_char(char32_t cp);

// Guesses the language of Latin-script text from its lower-cased words by
// stopword hits. Returns "en", "fr", "de", "es", "it", "pt", "nl", or "" when
// there are too few hits or two languages are too close to call.
std::string_view guess_latin_language(const std::vector<std::string_view>& lower_words);
// The same from the stopword_languages of the words, in text order (words
// that are no stopword may be left out: they carry no vote).
std::string_view guess_latin_language_from(const std::vector<StopwordLanguages>& word_languages);

// The vote's rule, shared by LatinVote and language_census.cpp's exact
// vote: the best language needs this many (weighted) stopword hits...
inline constexpr int kMinGuessHits = 3;
// ...and must beat the runner-up by kMarginNumerator / kMarginDenominator
// (1.25: fr/es/pt/it share many words).
inline constexpr int kMinGuessMarginNumerator = 5;
inline constexpr int kMinGuessMarginDenominator = 4;
// The language code of vote language l (bit l of a StopwordLanguages).
std::string_view stopword_language_code(std::size_t language);

// The vote of guess_latin_language_from taken word by word, as a scan meets
// the words (no list of them kept): add() each word's languages in text
// order, then guess() answers what guess_latin_language_from would.
class LatinVote {
public:
    static constexpr std::size_t kLanguages = 7;  // bit l of a StopwordLanguages is language l

    // A word shared by k languages is weak evidence for each of them: 1/k.
    // Each score is its own sum in text order, so visiting only the set bits
    // adds exactly what testing all seven would.
    void add(StopwordLanguages languages) {
        const double weight = kWeights[languages & (kWeights.size() - 1)];
        for (unsigned rest = languages; rest != 0; rest &= rest - 1) score_[swar::lowest_bit(rest)] += weight;
    }
    std::string_view guess() const;
    // Language l's score so far (bit l of a StopwordLanguages).
    double score(std::size_t language) const { return score_[language]; }

private:
    using Weights = std::array<double, std::size_t{1} << kLanguages>;
    static constexpr Weights kWeights = [] {  // 1.0 / (languages in the mask), per mask
        Weights w{};
        for (std::size_t m = 1; m < w.size(); ++m) {
            int languages = 0;
            for (std::size_t rest = m; rest != 0; rest &= rest - 1) ++languages;
            w[m] = 1.0 / languages;
        }
        return w;
    }();

    double score_[kLanguages] = {};
};

}  // namespace sift
