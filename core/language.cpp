// language.cpp — the guess from the script census and stopword vote
// (language_census.h; see language.h). Linear: at
// most kSampleBytes of text are looked at, which is plenty to tell a script.
// A body is read block by block in place, never copied into one sample string.
#include "language.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <vector>

#include "language_census.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr std::size_t kSampleBytes = 64 * 1024;  // a language is clear long before this
constexpr double kKanaShareForJapanese = 0.05;   // Japanese mixes Han with kana; Chinese has none

// Persian and Urdu use letters Arabic does not.
bool has_persian_letters(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::next_codepoint(text, i);
        if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC) return true;
    }
    return false;
}

// The sample of a body: its blocks, each followed by a line break, cut after
// kSampleBytes bytes; visit sees it piece by piece, without a copy. The line
// breaks are not visited: one counts for no script, and a word never spans
// two pieces anyway; they only take their byte of the budget.
template <typename Visit>
void visit_sample(const std::vector<BodyBlock>& body, Visit&& visit) {
    std::size_t budget = kSampleBytes;
    for (const BodyBlock& b : body) {
        const std::string_view text = std::string_view(b.text).substr(0, budget);
        visit(text);
        budget -= text.size();
        if (budget == 0) return;
        if (--budget == 0) return;  // the line break after the block
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
    const int cjk = counts[kHanScript] + counts[kKanaScript];
    if (counts[kKanaScript] > kKanaShareForJapanese * (cjk + 1) && cjk * 2 >= total) { g.lang = "ja"; return g; }
    if (counts[kHangulScript] * 2 >= total) { g.lang = "ko"; return g; }
    if (counts[kHanScript] * 2 >= total) { g.lang = "zh"; return g; }
    switch (top) {
        case kCyrillicScript: g.lang = "ru"; break;
        case kArabicScript: g.lang = persian() ? "fa" : "ar"; g.dir = "rtl"; break;
        case kHebrewScript: g.lang = "he"; g.dir = "rtl"; break;
        case kGreekScript: g.lang = "el"; break;
        case kThaiScript: g.lang = "th"; break;
        case kDevanagariScript: g.lang = "hi"; break;
        case kHanScript: g.lang = "zh"; break;
        case kHangulScript: g.lang = "ko"; break;
        case kKanaScript: g.lang = "ja"; break;
        case kLatinScript: {
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
