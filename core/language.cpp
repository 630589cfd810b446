// language.cpp — script census and stopword vote (see language.h). Linear: at
// most kSampleBytes of text are looked at, which is plenty to tell a script.
#include "language.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "feature_ascii.h"
#include "feature_word.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr std::size_t kSampleBytes = 64 * 1024;  // a language is clear long before this
constexpr double kKanaShareForJapanese = 0.05;   // Japanese mixes Han with kana; Chinese has none

enum Script { Latin, Han, Kana, Hangul, Cyrillic, Arabic, Hebrew, Greek, Thai, Devanagari, kScripts };

int script_of(char32_t c) {
    if (utf8::is_han(c)) return Han;
    if (utf8::is_kana(c)) return Kana;
    if (utf8::is_hangul(c)) return Hangul;
    if (c >= 0x400 && c <= 0x52F) return Cyrillic;
    if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFEFC)) return Arabic;
    if (c >= 0x590 && c <= 0x5FF) return Hebrew;
    if (c >= 0x370 && c <= 0x3FF) return Greek;
    if (c >= 0xE00 && c <= 0xE7F) return Thai;
    if (c >= 0x900 && c <= 0x97F) return Devanagari;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) return Latin;
    return -1;
}

// Persian and Urdu use letters Arabic does not.
bool has_persian_letters(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::next_codepoint(text, i);
        if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC) return true;
    }
    return false;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    text = text.substr(0, kSampleBytes);
    std::array<int, kScripts> counts{};
    // Only stopwords can vote in guess_latin_language, so only they are kept
    // (in order), back to back in one buffer: no string per word.
    std::string stop_text;
    std::vector<std::pair<std::size_t, std::size_t>> stop_spans;  // (offset, length) in stop_text
    LowerWord word;
    const auto flush = [&] {
        if (word.is_stopword()) {
            const std::string_view w = word.view();
            stop_spans.emplace_back(stop_text.size(), w.size());
            stop_text += w;
        }
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (is_ascii_letter(b)) {  // a run of ASCII letters: most of a Latin-script page
                const std::size_t end = ascii_letter_run_end(text, i + 1);
                counts[Latin] += static_cast<int>(end - i);
                word.push_ascii_letters(text, i, end - i);
                i = end;
            } else {
                if (!word.empty()) flush();
                ++i;
            }
            continue;
        }
        const char32_t c = utf8::next_codepoint_multibyte(text, i);
        const int s = script_of(c);
        if (s >= 0) ++counts[s];
        if (s == Latin) word.push(utf8::to_lower(c));
        else if (!word.empty()) flush();
    }
    if (!word.empty()) flush();

    int total = 0, top = -1;
    for (int s = 0; s < kScripts; ++s) {
        total += counts[s];
        if (top < 0 || counts[s] > counts[top]) top = s;
    }
    LanguageGuess g;
    if (total == 0) return g;
    const int cjk = counts[Han] + counts[Kana];
    if (counts[Kana] > kKanaShareForJapanese * (cjk + 1) && cjk * 2 >= total) { g.lang = "ja"; return g; }
    if (counts[Hangul] * 2 >= total) { g.lang = "ko"; return g; }
    if (counts[Han] * 2 >= total) { g.lang = "zh"; return g; }
    switch (top) {
        case Cyrillic: g.lang = "ru"; break;
        case Arabic: g.lang = has_persian_letters(text) ? "fa" : "ar"; g.dir = "rtl"; break;
        case Hebrew: g.lang = "he"; g.dir = "rtl"; break;
        case Greek: g.lang = "el"; break;
        case Thai: g.lang = "th"; break;
        case Devanagari: g.lang = "hi"; break;
        case Han: g.lang = "zh"; break;
        case Hangul: g.lang = "ko"; break;
        case Kana: g.lang = "ja"; break;
        case Latin: {
            std::vector<std::string_view> views;
            views.reserve(stop_spans.size());
            for (const auto& [offset, length] : stop_spans) views.emplace_back(stop_text.data() + offset, length);
            const std::string_view latin = guess_latin_language(views);
            if (!latin.empty()) g.lang = std::string(latin);
            break;
        }
        default: break;
    }
    return g;
}

LanguageGuess detect_language(const std::vector<BodyBlock>& body) {
    std::string sample;
    for (const BodyBlock& b : body) {
        if (sample.size() >= kSampleBytes) break;
        sample += b.text;
        sample += '\n';
    }
    return detect_language(sample);
}

}  // namespace sift
