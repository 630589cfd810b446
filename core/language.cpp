// language.cpp — script census and stopword vote (see language.h). Linear: at
// most kSampleBytes of text are looked at, which is plenty to tell a script.
// A body is read block by block in place, never copied into one sample string.
#include "language.h"

#include <array>
#include <cstring>
#include <functional>
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

// The script census of a sample, read in pieces (a word never spans two: the
// pieces of a body are blocks and the line breaks between them).
class Census {
public:
    std::array<int, kScripts> counts{};

    void scan(std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            const unsigned char b = static_cast<unsigned char>(text[i]);
            if (b < 0x80) {
                if (is_ascii_letter(b)) {  // a run of ASCII letters: most of a Latin-script page
                    const std::size_t end = ascii_letter_run_end(text, i + 1);
                    const std::size_t run = end - i;
                    counts[Latin] += static_cast<int>(run);
                    // A whole word when nothing Latin goes on after it: looked up at once.
                    if (word_.empty() && run <= kStopwordKeyBytes && (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80)) {
                        const StopwordKey key = ascii_stopword_key(text, i, run);
                        if (memo_is_stopword(memo_, key)) keep_stopword(key);
                    } else {
                        word_.push_ascii_letters(text, i, run);
                    }
                    i = end;
                } else {
                    if (!word_.empty()) flush();
                    ++i;
                }
                continue;
            }
            const char32_t c = utf8::next_codepoint_multibyte(text, i);
            const int s = script_of(c);
            if (s >= 0) ++counts[s];
            if (s == Latin) word_.push(utf8::to_lower(c));
            else if (!word_.empty()) flush();
        }
        if (!word_.empty()) flush();
    }

    // The stopwords met, in order: only they can vote in guess_latin_language.
    std::vector<std::string_view> stopwords() const {
        std::vector<std::string_view> views;
        views.reserve(stop_spans_.size());
        for (const auto& [offset, length] : stop_spans_) views.emplace_back(stop_text_.data() + offset, length);
        return views;
    }

private:
    void flush() {
        if (word_.is_stopword()) {
            const std::string_view w = word_.view();
            stop_spans_.emplace_back(stop_text_.size(), w.size());
            stop_text_ += w;
        }
        word_.clear();
    }
    void keep_stopword(const StopwordKey& key) {
        char bytes[kStopwordKeyBytes];
        std::memcpy(bytes, &key.low, 8);
        std::memcpy(bytes + 8, &key.high, 8);
        stop_spans_.emplace_back(stop_text_.size(), key.size);
        stop_text_.append(bytes, key.size);
    }

    StopwordMemo& memo_ = stopword_memo();
    LowerWord word_{memo_};
    // Stopwords back to back in one buffer: no string per word.
    std::string stop_text_;
    std::vector<std::pair<std::size_t, std::size_t>> stop_spans_;  // (offset, length) in stop_text_
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
            const std::string_view latin = guess_latin_language(census.stopwords());
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
