// stats.cpp — units, sentence count and reading time of an article body.
//
// Input: body blocks. Output: Stats. One pass over every block's code points.
#include "stats.h"

#include <cmath>

#include "sentences.h"
#include "utf8.h"

namespace sift {
namespace {

struct ScriptCounts {
    std::size_t words = 0;   // words of alphabetic scripts (and numbers)
    std::size_t han = 0;
    std::size_t kana = 0;
    std::size_t hangul = 0;
};

bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

void count(std::string_view text, ScriptCounts& n) {
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::next_codepoint(text, i);
        if (utf8::is_han(c)) { ++n.han; in_word = false; continue; }
        if (utf8::is_kana(c)) { ++n.kana; in_word = false; continue; }
        if (utf8::is_hangul(c)) { ++n.hangul; in_word = false; continue; }
        if (is_word_char(c)) {
            if (!in_word) ++n.words;
            in_word = true;
        } else if (!(in_word && (c == '\'' || c == 0x2019))) {  // "don't" is one word
            in_word = false;
        }
    }
}

bool counts_sentences(BodyType t) {
    return t == BodyType::Paragraph || t == BodyType::ListItem || t == BodyType::Quote;
}

}  // namespace

std::size_t count_units(std::string_view text) {
    ScriptCounts n;
    count(text, n);
    return n.words + n.han + n.kana + n.hangul;
}

Stats compute_stats(const std::vector<BodyBlock>& body) {
    Stats stats;
    ScriptCounts n;
    for (const BodyBlock& block : body) {
        count(block.text, n);
        if (counts_sentences(block.type)) stats.sentences += split_sentences(block.text).size();
    }
    stats.units = n.words + n.han + n.kana + n.hangul;
    if (stats.units == 0) return stats;
    const double han_speed = n.kana > 0 ? kJapaneseCharsPerMinute : kHanCharsPerMinute;
    const double minutes = static_cast<double>(n.words) / kLatinWordsPerMinute +
                           static_cast<double>(n.han) / han_speed +
                           static_cast<double>(n.kana) / kJapaneseCharsPerMinute +
                           static_cast<double>(n.hangul) / kHangulCharsPerMinute;
    stats.reading_minutes = static_cast<int>(std::ceil(minutes - 1e-9));
    if (stats.reading_minutes < 1) stats.reading_minutes = 1;
    return stats;
}

}  // namespace sift
