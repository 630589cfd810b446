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
// kSampleBytes bytes; visit sees it piece by piece (with the index of the
// piece's block), without a copy. The line breaks are not visited: one counts
// for no script, and a word never spans two pieces anyway; they only take
// their byte of the budget.
template <typename Visit>
void visit_sample(const std::vector<BodyBlock>& body, Visit&& visit) {
    std::size_t budget = kSampleBytes;
    for (std::size_t j = 0; j < body.size(); ++j) {
        const std::string_view text = std::string_view(body[j].text).substr(0, budget);
        visit(j, text);
        budget -= text.size();
        if (budget == 0) return;
        if (--budget == 0) return;  // the line break after the block
    }
}

// latin: the stopword vote's language; persian: whether the Arabic script
// holds Persian letters. Each is asked only when it decides.
LanguageGuess guess_from(const std::array<int, kScripts>& counts, const std::function<std::string_view()>& latin,
                         const std::function<bool()>& persian) {
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
            const std::string_view language = latin();
            if (!language.empty()) g.lang = std::string(language);
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
    return guess_from(census.counts, [&] { return census.latin_language(); }, [&] { return has_persian_letters(text); });
}

LanguageGuess detect_language(const std::vector<BodyBlock>& body, const std::vector<const CensusFigures*>& figures) {
    // The blocks' figures where they hold for the piece sampled (the whole
    // block, its text as read), the census itself for the rest.
    std::array<int, kScripts> counts{};
    ExactVote vote;
    Census rest;
    visit_sample(body, [&](std::size_t j, std::string_view piece) {
        const CensusFigures* f = j < figures.size() ? figures[j] : nullptr;
        if (f != nullptr && f->bytes == piece.size() && piece.size() == body[j].text.size()) {
            for (int s = 0; s < kScripts; ++s) counts[s] += f->counts[s];
            vote.add(f->vote);
        } else {
            rest.scan(piece);
        }
    });
    for (int s = 0; s < kScripts; ++s) counts[s] += rest.counts[s];
    vote.add(rest.exact_vote());
    const auto latin = [&] {
        std::string_view language;
        if (exact_latin_language(vote, language)) return language;
        // On a threshold: LatinVote's text-order rounding decides, so vote again its way.
        Census census;
        visit_sample(body, [&](std::size_t, std::string_view piece) { census.scan(piece); });
        return census.latin_language();
    };
    return guess_from(counts, latin, [&] {
        bool persian = false;
        visit_sample(body, [&](std::size_t, std::string_view piece) { persian = persian || has_persian_letters(piece); });
        return persian;
    });
}

LanguageGuess detect_language(const std::vector<BodyBlock>& body) { return detect_language(body, {}); }

}  // namespace sift
