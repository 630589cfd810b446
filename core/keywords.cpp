// keywords.cpp — term counting, merging and ranking for extract_keywords.
//
// Input: body blocks (up to kMaxKeywordInputBytes). Output: ranked terms.
// One counting pass over the words (scan_words), then a pass over the
// distinct terms; terms are finally sorted with a total order (score, first
// occurrence, text), so hash-map order never shows.
#include "keywords.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "stopwords.h"
#include "tokens.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr double kHeadingWeight = 2.0;      // a heading names what its section is about
constexpr double kMinCount = 2.0;           // a single mention is no key term
constexpr std::size_t kMinCjkGram = 2;      // one Han character is too ambiguous
constexpr std::size_t kMaxCjkGram = 5;      // 高质量发展, 中国共产党: five covers most terms
constexpr std::size_t kMinHangulWord = 2;
constexpr std::size_t kMaxHangulWord = 8;
// A term is merged into a one-character-longer term (or a word into a
// phrase) that accounts for at least this share of its occurrences.
constexpr double kMergeShare = 0.75;

// A CJK n-gram nearly always continued by one of at most kFragmentVariety
// different characters on one side is a fragment of a longer term (基层党 in
// 基层党建/基层党组织); a real word is followed by many different characters.
constexpr double kFragmentCover = 0.9;
constexpr int kFragmentVariety = 2;

// Very common Chinese words: frequent in any news text, so their count says
// little about this one (the idf-like penalty the word lists cannot give).
constexpr double kGenericCjkFactor = 0.5;
constexpr std::array<std::string_view, 24> kGenericCjkWords = {
    "发展", "工作", "开展", "进行", "实现", "推进", "提升", "加强", "活动", "服务", "问题", "情况",
    "方面", "相关", "部门", "表示", "通过", "记者", "目前", "已经", "时间", "今年", "积极", "持续",
};

// Scores: count times these factors.
constexpr double kShortWordFactor3 = 0.5;   // 3-letter words are mostly common words...
constexpr double kShortWordFactor4 = 0.75;  // ...4-letter ones often
constexpr double kNameFactor = 1.5;         // capitalised mid-sentence: a name
constexpr double kNameShare = 0.6;          // share of mid-sentence uses that must be capitalised
constexpr double kPhraseFactor = 2.0;       // a repeated two-word phrase is a strong term
constexpr double kCjkLengthFactor[kMaxCjkGram + 1] = {0, 0, 1.0, 1.3, 1.5, 1.5};
// Fallback words (when fewer than kMinKeywords terms repeat) must be this long.
constexpr std::size_t kMinFallbackLetters = 5;

struct Term {
    double count = 0;          // weighted occurrences
    int mid_sentence = 0;      // occurrences not at a sentence start
    int capitalised = 0;       // ... of which capitalised
    std::size_t first = 0;     // global byte position of the first occurrence
    std::vector<std::pair<std::string, int>> forms;  // lower-case surfaces and their counts (few per stem)
    std::string display;       // CJK: the term; words: the most frequent form
    std::string cap_display;   // capitalised surface (first seen mid-sentence)
    std::string mid_display;   // phrases: the first mid-sentence surface, case kept
    bool phrase = false;       // a two-word phrase
    bool cjk = false;
    std::size_t length = 0;    // code points (CJK) or letters (words)
    double merged_into = 0;    // count of the best longer term containing it
    // CJK: occurrences continued by a longer counted n-gram on each side, and
    // by how many distinct ones (the "successor variety" of the n-gram).
    double right_cover = 0, left_cover = 0;
    int right_variety = 0, left_variety = 0;
};

using TermMap = std::unordered_map<std::string, Term>;  // lookups only; sorted before use

Term& touch(TermMap& terms, const std::string& key, std::size_t pos) {
    auto [it, inserted] = terms.try_emplace(key);
    if (inserted) it->second.first = pos;
    return it->second;
}

bool is_upper_initial(std::string_view word) {
    std::size_t i = 0;
    const char32_t c = utf8::next_codepoint(word, i);
    return utf8::is_letter(c) && utf8::to_lower(c) != c;
}

// True when the word at `begin` starts a sentence (its capital says nothing).
bool at_sentence_start(std::string_view text, std::size_t begin) {
    std::size_t k = begin;
    while (k > 0) {
        const char c = text[k - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t') { --k; continue; }
        if (static_cast<unsigned char>(c) >= 0x80) {  // skip opening curly quotes
            std::size_t start = k - 1;
            while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
            std::size_t j = start;
            const char32_t cp = utf8::next_codepoint(text, j);
            if (cp == 0x201C || cp == 0x2018 || cp == 0xA0) { k = start; continue; }
            return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
    }
    return true;
}

// Lower-cases into `lower` (cleared first), reads U+2019 as an apostrophe and
// drops a possessive "'s" when something remains before it.
void normalise_into(std::string_view surface, std::string& lower) {
    lower.clear();
    utf8::append_lower(lower, surface);
    std::size_t k = lower.find("\xE2\x80\x99");
    if (k != std::string::npos) {
        std::size_t w = k;
        for (std::size_t r = k; r < lower.size();) {
            if (lower.compare(r, 3, "\xE2\x80\x99") == 0) { lower[w++] = '\''; r += 3; }
            else lower[w++] = lower[r++];
        }
        lower.resize(w);
    }
    if (lower.size() > 2 && lower[lower.size() - 2] == '\'' && lower.back() == 's') lower.resize(lower.size() - 2);
}

// Content words: no stopwords, no numbers, at least three letters, except
// two-letter acronyms written in capitals ("EU", "AI").
bool is_content_word(const std::string& lower, std::string_view surface) {
    if (lower.empty() || is_stopword(lower)) return false;
    if (std::all_of(lower.begin(), lower.end(), [](char c) { return (c >= '0' && c <= '9') || c == '\''; }))
        return false;
    const std::size_t length = utf8::length(lower);
    if (length >= 3) return true;
    return length == 2 && std::all_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Strips a possessive from a displayed surface ("New Zealand’s").
std::string without_possessive(std::string_view surface) {
    std::string out(surface);
    for (std::string_view tail : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (out.size() > tail.size() && out.compare(out.size() - tail.size(), tail.size(), tail) == 0)
            out.resize(out.size() - tail.size());
    return out;
}

void note_surface(Term& t, const std::string& lower, std::string_view surface, bool mid, bool cap) {
    auto it = std::find_if(t.forms.begin(), t.forms.end(), [&](const auto& f) { return f.first == lower; });
    if (it == t.forms.end()) t.forms.emplace_back(lower, 1);
    else ++it->second;
    if (mid) {
        ++t.mid_sentence;
        if (t.mid_display.empty()) t.mid_display = without_possessive(surface);
        if (cap) {
            ++t.capitalised;
            if (t.cap_display.empty()) t.cap_display = without_possessive(surface);
        }
    }
}

// The most frequent lower-case form (first seen wins ties).
std::string main_form(const Term& t) {
    const std::pair<std::string, int>* best = nullptr;
    for (const auto& f : t.forms) if (!best || f.second > best->second) best = &f;
    return best ? best->first : t.display;
}

// Which CJK script class a code point belongs to for n-grams: terms never
// mix Han with kana (kana between Han characters are grammar, not words).
enum class CjkClass { Other, Han, Katakana, Hangul };
CjkClass cjk_class(char32_t c) {
    if (utf8::is_han(c)) return CjkClass::Han;
    if (c >= 0x30A1 && c <= 0x30FA) return CjkClass::Katakana;
    if (c == 0x30FC) return CjkClass::Katakana;  // prolonged sound mark
    if (utf8::is_hangul(c)) return CjkClass::Hangul;
    return CjkClass::Other;
}

void count_cjk_run(std::string_view text, std::size_t begin, std::size_t end, double weight, std::size_t base,
                   TermMap& terms) {
    struct Cp { char32_t c; std::size_t begin, end; };
    thread_local std::vector<Cp> cps;
    thread_local std::string key;
    cps.clear();
    for (std::size_t i = begin; i < end;) {
        const std::size_t b = i;
        const char32_t c = utf8::next_codepoint(text, i);
        cps.push_back({c, b, i});
    }
    // Split into homogeneous sub-runs.
    for (std::size_t s = 0; s < cps.size();) {
        const CjkClass cls = cjk_class(cps[s].c);
        std::size_t e = s;
        while (e < cps.size() && cjk_class(cps[e].c) == cls) ++e;
        if (cls == CjkClass::Hangul) {
            const std::size_t n = e - s;
            if (n >= kMinHangulWord && n <= kMaxHangulWord) {
                key.assign(text.substr(cps[s].begin, cps[e - 1].end - cps[s].begin));
                Term& t = touch(terms, key, base + cps[s].begin);
                t.count += weight;
                t.cjk = true;
                t.length = n;
                t.display = key;
            }
        } else if (cls != CjkClass::Other) {
            for (std::size_t i = s; i < e; ++i) {
                if (is_cjk_function_char(cps[i].c)) continue;
                for (std::size_t n = kMinCjkGram; n <= kMaxCjkGram && i + n <= e; ++n) {
                    if (is_cjk_function_char(cps[i + n - 1].c)) continue;
                    key.assign(text.substr(cps[i].begin, cps[i + n - 1].end - cps[i].begin));
                    Term& t = touch(terms, key, base + cps[i].begin);
                    t.count += weight;
                    t.cjk = true;
                    t.length = n;
                    if (t.display != key) t.display = key;
                }
            }
        }
        s = e;
    }
}

void count_block(std::string_view text, double weight, std::size_t base, TermMap& terms) {
    thread_local std::vector<WordSpan> spans;  // buffers reused across blocks and words
    thread_local std::string lower, key, phrase_key, phrase_lower;
    spans.clear();
    scan_words(text, spans);
    std::string prev_key;          // stem of the previous content word, if adjacent
    std::size_t prev_begin = 0;
    bool prev_cap = false;
    bool prev_mid = false;
    for (const WordSpan& span : spans) {
        if (span.cjk) {
            count_cjk_run(text, span.begin, span.end, weight, base, terms);
            prev_key.clear();
            continue;
        }
        const std::string_view surface = text.substr(span.begin, span.end - span.begin);
        normalise_into(surface, lower);
        if (!is_content_word(lower, surface)) { prev_key.clear(); continue; }
        const bool mid = !at_sentence_start(text, span.begin);
        const bool cap = is_upper_initial(surface);
        key = lower;
        stem_light_in_place(key);
        Term& t = touch(terms, key, base + span.begin);
        t.count += weight;
        t.length = utf8::length(lower);
        note_surface(t, lower, surface, mid, cap);

        if (!prev_key.empty() && span.joined && !span.hyphenated) {  // "two-year-old" makes no phrases
            const std::string_view phrase_surface = text.substr(prev_begin, span.end - prev_begin);
            phrase_key = prev_key;
            phrase_key += ' ';
            phrase_key += key;
            Term& p = touch(terms, phrase_key, base + prev_begin);
            p.count += weight;
            p.phrase = true;
            p.length = utf8::length(phrase_surface);
            // A phrase is "capitalised" when both words are (a name: "Jon Sopel").
            normalise_into(phrase_surface, phrase_lower);
            note_surface(p, phrase_lower, phrase_surface, prev_mid, cap && prev_cap);
        }
        prev_key = key;
        prev_begin = span.begin;
        prev_cap = cap;
        prev_mid = mid;
    }
}

// Marks CJK n-grams covered by a longer frequent n-gram, and words covered by
// a frequent phrase (records the covering count in merged_into).
void merge_terms(TermMap& terms) {
    for (const auto& [key, t] : terms) {
        if (t.cjk && t.length > kMinCjkGram) {
            // Prefix and suffix one character shorter.
            std::size_t first_end = 0;
            utf8::next_codepoint(key, first_end);
            std::size_t last_begin = key.size() - 1;
            while (last_begin > 0 && (static_cast<unsigned char>(key[last_begin]) & 0xC0) == 0x80) --last_begin;
            const std::string prefix = key.substr(0, last_begin), suffix = key.substr(first_end);
            auto it = terms.find(prefix);
            if (it != terms.end()) {
                it->second.right_cover += t.count;
                ++it->second.right_variety;
            }
            it = terms.find(suffix);
            if (it != terms.end()) {
                it->second.left_cover += t.count;
                ++it->second.left_variety;
            }
            if (t.count < kMinCount) continue;
            for (const std::string& part : {prefix, suffix}) {
                it = terms.find(part);
                if (it != terms.end()) it->second.merged_into = std::max(it->second.merged_into, t.count);
            }
        } else if (t.phrase && t.count >= kMinCount) {
            const std::size_t space = key.find(' ');
            for (const std::string& part : {key.substr(0, space), key.substr(space + 1)}) {
                auto it = terms.find(part);
                if (it != terms.end()) it->second.merged_into = std::max(it->second.merged_into, t.count);
            }
        }
    }
}

bool is_fragment(const Term& t) {
    return t.cjk && ((t.right_variety > 0 && t.right_variety <= kFragmentVariety && t.right_cover >= kFragmentCover * t.count) ||
                     (t.left_variety > 0 && t.left_variety <= kFragmentVariety && t.left_cover >= kFragmentCover * t.count));
}

bool is_name(const Term& t) {
    return t.mid_sentence > 0 && t.capitalised >= kNameShare * t.mid_sentence;
}

double score(const Term& t) {
    double s = t.count;
    if (t.cjk) {
        s *= kCjkLengthFactor[std::min(t.length, kMaxCjkGram)];
        return s;
    }
    if (t.phrase) s *= kPhraseFactor;
    else if (t.length <= 3) s *= kShortWordFactor3;
    else if (t.length == 4) s *= kShortWordFactor4;
    if (is_name(t)) s *= kNameFactor;
    return s;
}

struct Ranked {
    double score;
    std::size_t first;
    std::string text;
    std::string lower;  // for overlap checks
};

// CJK terms overlap as strings (党建 inside 基层党建); words only as whole
// words ("art" is not inside "party").
bool overlaps(const std::string& a, const std::string& b) {
    const auto has_cjk = [](const std::string& s) {
        for (std::size_t i = 0; i < s.size();) if (utf8::is_cjk(utf8::next_codepoint(s, i))) return true;
        return false;
    };
    if (has_cjk(a) || has_cjk(b)) return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
    const auto padded = [](std::string s) {
        std::replace(s.begin(), s.end(), '-', ' ');
        return ' ' + s + ' ';
    };
    const std::string pa = padded(a), pb = padded(b);
    return pa.find(pb) != std::string::npos || pb.find(pa) != std::string::npos;
}

}  // namespace

std::vector<std::string> extract_keywords(const std::vector<BodyBlock>& body, std::string_view /*lang*/, int max) {
    if (max <= 0) return {};
    TermMap terms;
    std::size_t base = 0;
    for (const BodyBlock& block : body) {
        if (base >= kMaxKeywordInputBytes) break;
        if (block.type == BodyType::Pre) continue;  // code: identifiers, not terms
        const bool heading = block.type == BodyType::H2 || block.type == BodyType::H3 || block.type == BodyType::H4;
        count_block(block.text, heading ? kHeadingWeight : 1.0, base, terms);
        base += block.text.size() + 1;
    }
    merge_terms(terms);

    std::vector<Ranked> ranked, fallback;
    for (const auto& [key, t] : terms) {
        if (t.merged_into >= kMergeShare * t.count || is_fragment(t)) continue;
        // Terms that go to neither list need no display text.
        if (!(t.count >= kMinCount) && !(!t.cjk && !t.phrase && t.length >= kMinFallbackLetters)) continue;
        std::string text;
        if (t.cjk) text = t.display;
        else if (t.phrase && !t.mid_display.empty()) text = t.mid_display;  // "Obama administration"
        else if (is_name(t) && !t.cap_display.empty()) text = t.cap_display;
        else text = main_form(t);
        double value = score(t);
        if (t.cjk && std::find(kGenericCjkWords.begin(), kGenericCjkWords.end(), key) != kGenericCjkWords.end())
            value *= kGenericCjkFactor;
        Ranked r{value, t.first, text, utf8::to_lower(text)};
        if (t.count >= kMinCount) ranked.push_back(std::move(r));
        else if (!t.cjk && !t.phrase && t.length >= kMinFallbackLetters) fallback.push_back(std::move(r));
    }
    const auto better = [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.first != b.first) return a.first < b.first;
        return a.text < b.text;
    };
    std::sort(ranked.begin(), ranked.end(), better);
    std::sort(fallback.begin(), fallback.end(), better);

    std::vector<std::string> out;
    std::vector<std::string> chosen_lower;
    const auto take = [&](const std::vector<Ranked>& list, std::size_t limit) {
        for (const Ranked& r : list) {
            if (out.size() >= limit) return;
            bool clash = false;
            for (const std::string& c : chosen_lower) clash = clash || overlaps(c, r.lower);
            if (clash) continue;
            out.push_back(r.text);
            chosen_lower.push_back(r.lower);
        }
    };
    take(ranked, static_cast<std::size_t>(max));
    if (out.size() < static_cast<std::size_t>(std::min(max, kMinKeywords)))
        take(fallback, static_cast<std::size_t>(std::min(max, kMinKeywords)));
    return out;
}

}  // namespace sift
