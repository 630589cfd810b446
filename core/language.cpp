// language.cpp — script census and stopword vote (see language.h). Linear: at
// most kSampleBytes of text are looked at, which is plenty to tell a script.
// A body is read block by block in place, never copied into one sample string.
#include "language.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
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

// The script census of a sample, read in pieces (a word never spans two: the
// pieces of a body are blocks and the line breaks between them), and the
// stopword vote of its Latin-script words, taken as they are met.
class Census {
public:
    std::array<int, kScripts> counts{};

    void scan(std::string_view text) {
        // The hot loop keeps its running figures in locals: the memo and the
        // vote write memory the compiler could not otherwise keep them apart from.
        const std::size_t size = text.size();
        std::size_t latin_letters = 0;
        bool in_word = !word_.empty();  // a word built code point by code point is pending
        for (std::size_t i = 0; i < size;) {
            const unsigned char b = static_cast<unsigned char>(text[i]);
            if (b < 0x80) {
                if (is_ascii_letter(b)) {  // a run of ASCII letters: most of a Latin-script page
                    std::size_t end = ascii_letter_run_end(text, i + 1);
                    const std::size_t run = end - i;
                    latin_letters += run;
                    // A whole word when nothing Latin goes on after it: looked up at once.
                    if (!in_word && run <= kStopwordKeyBytes && (end == size || static_cast<unsigned char>(text[end]) < 0x80)) {
                        const StopwordLanguages languages = memo_stopword_languages(memo_, ascii_stopword_key(text, i, run));
                        if (languages != 0) vote_.add(languages);  // most words are none: no call
                        if (end < size && text[end] == ' ') ++end;  // the usual space after it: nothing to flush
                    } else {
                        word_.push_ascii_letters(text, i, run);
                        in_word = true;
                    }
                    i = end;
                } else {
                    if (in_word) flush(), in_word = false;
                    ++i;
                }
                continue;
            }
            const char32_t c = utf8::next_codepoint_multibyte(text, i);
            const int s = script_of(c);
            if (s >= 0) ++counts[s];
            if (s == Latin) word_.push(utf8::to_lower(c)), in_word = true;
            else if (in_word) flush(), in_word = false;
        }
        if (in_word) flush();
        counts[Latin] += static_cast<int>(latin_letters);
    }

    // The Latin-script language the stopwords met vote for, or "".
    std::string_view latin_language() const { return vote_.guess(); }

private:
    void flush() {
        vote_.add(word_.stopword_languages());
        word_.clear();
    }

    StopwordMemo& memo_ = stopword_memo();
    LowerWord word_{memo_};
    LatinVote vote_;
};

// The sample of a body: its blocks, each followed by a line break, cut after
// kSampleBytes bytes; visit sees it piece by piece, without a copy.
template <typename Visit>
void visit_sample(const std::vector<BodyBlock>& body, Visit&& visit) {
    std::size_t budget = kSampleBytes;
    for (const BodyBlock& b : body) {
        const std::string_view text = std::string_view(b.text).substr(0, budget);
        visit(text);
        budget -= text.size();
        if (budget == 0) return;
        visit(std::string_view("\n"));
        if (--budget == 0) return;
    }
}

LanguageGuess guess_from(const Census& census, const std::function<bool()>& persian) {
    const std::array<int, kScripts>& counts = census.counts;
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
        case Arabic: g.lang = persian() ? "fa" : "ar"; g.dir = "rtl"; break;
        case Hebrew: g.lang = "he"; g.dir = "rtl"; break;
        case Greek: g.lang = "el"; break;
        case Thai: g.lang = "th"; break;
        case Devanagari: g.lang = "hi"; break;
        case Han: g.lang = "zh"; break;
        case Hangul: g.lang = "ko"; break;
        case Kana: g.lang = "ja"; break;
        case Latin: {
            const std::string_view latin = census.latin_language();
            if (!latin.empty()) g.lang = std::string(latin);
            break;
        }
        default: break;
    }
    return g;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    text = text.substr(0, kSampleBytes);
    Census census;
    census.scan(text);
    return guess_from(census, [&] { return has_persian_letters(text); });
}

LanguageGuess detect_language(const std::vector<BodyBlock>& body) {
    Census census;
    visit_sample(body, [&](std::string_view piece) { census.scan(piece); });
    return guess_from(census, [&] {
        bool persian = false;
        visit_sample(body, [&](std::string_view piece) { persian = persian || has_persian_letters(piece); });
        return persian;
    });
}

}  // namespace sift
