// block_features.cpp — stage 3 (see block_features.h). Input: Blocks with text. Output:
// the same Blocks with Features filled in. Nothing here decides anything.
#include "block_features.h"

#include <string>
#include <unordered_map>

#include "patterns.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {
namespace {

bool is_bullet(char32_t c) {
    return c == 0x2022 || c == 0x00B7 || c == 0x25E6 || c == 0x25AA || c == 0x25CF || c == 0x2023 ||
           c == 0x2043 || c == 0x25A0 || c == 0x25C6 || c == 0x2219 || c == 0x30FB;
}

bool is_comma(char32_t c) {
    return c == ',' || c == ';' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0x060C;
}

}  // namespace

Features text_features(std::string_view text) {
    Features f;
    int words = 0, stopwords = 0;
    std::string word;                 // current Latin-like word, lower-cased
    bool in_digits = false;
    char32_t last_visible = 0, before_last = 0;
    bool first = true;
    auto flush_word = [&]() {
        if (word.empty()) return;
        ++words;
        ++f.words;
        ++f.units;
        if (is_stopword(word)) ++stopwords;
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::next_codepoint(text, i);
        if (first) {
            f.starts_with_bullet = is_bullet(c) || ((c == '-' || c == '*' || c == '+') && i < text.size() && text[i] == ' ');
            first = false;
        }
        if (utf8::is_space(c)) {
            flush_word();
            in_digits = false;
            continue;
        }
        ++f.chars;
        if (utf8::is_cjk(c)) {
            flush_word();
            in_digits = false;
            ++f.cjk_chars;
            ++f.letters;
            ++f.units;
        } else if (utf8::is_letter(c) || (c >= 0x300 && c <= 0x36F)) {
            in_digits = false;
            if (f.letters == 0 && f.digits == 0) f.starts_lower = (c >= 'a' && c <= 'z');
            ++f.letters;
            if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) ++f.latin_letters;
            utf8::append(word, utf8::to_lower(c));
        } else if (utf8::is_digit(c)) {
            ++f.digits;
            if (word.empty() && !in_digits) ++f.units;
            in_digits = word.empty();
            if (!word.empty()) word += static_cast<char>('0');
        } else {
            if (c != '\'' && c != 0x2019 && c != '-') flush_word();  // don't, well-known stay one word
            in_digits = false;
            ++f.punct;
            if (is_comma(c)) ++f.commas;
            // "1." / "3.5" after a digit is numbering or a decimal, not a sentence end.
            if (utf8::is_sentence_end(c) && !(c == '.' && utf8::is_digit(last_visible))) {
                // An ender counts when followed by a space, the end, a closing mark or CJK.
                std::size_t j = i;
                const char32_t next = j < text.size() ? utf8::next_codepoint(text, j) : 0;
                if (next == 0 || utf8::is_space(next) || utf8::is_closing_punct(next) || utf8::is_cjk(next) || c >= 0x2000)
                    ++f.sentence_ends;
            }
        }
        before_last = last_visible;
        last_visible = c;
    }
    flush_word();
    char32_t terminal = last_visible;
    if (utf8::is_closing_punct(terminal)) terminal = before_last;
    f.ends_with_terminal = utf8::is_sentence_end(terminal);
    f.stopword_share = words > 0 ? static_cast<double>(stopwords) / words : 0.0;
    return f;
}

void compute_features(std::vector<Block>& blocks) {
    std::unordered_map<std::string_view, int> seen;
    seen.reserve(blocks.size() * 2);
    for (Block& b : blocks) {
        b.f = text_features(b.text);
        ++seen[b.text];
        if (b.f.units <= kMaxContainedPatternUnits) {
            thread_local std::string lower;  // reused across blocks
            lower.clear();
            utf8::append_lower(lower, b.text);
            PatternKind kind = match_boilerplate_line(lower);
            if (kind == PatternKind::None) kind = match_boilerplate_contained(lower);
            if (kind == PatternKind::None) kind = match_structural(lower);
            if (kind != PatternKind::None) b.f.pattern = pattern_kind_name(kind);
        }
    }
    for (Block& b : blocks) b.f.repeats = seen[b.text] - 1;
}

}  // namespace sift
