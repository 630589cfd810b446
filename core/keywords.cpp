// keywords.cpp — term merging and ranking for extract_keywords.
//
// Input: body blocks (up to kMaxKeywordInputBytes). Output: ranked terms.
// One counting pass over the words (KeywordCounter, keyword_terms.cpp), then
// a pass over the distinct terms; terms are finally taken best first by a
// total order (score, first occurrence, text), so table order never shows.
#include "keywords.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "keyword_forms.h"
#include "keyword_terms.h"
#include "packed_bytes.h"
#include "per_thread.h"
#include "utf8.h"

namespace sift {
namespace {

// Recorded spans (page_words.h) are reserved for one per this many bytes:
// prose has a word about every six, CJK text a run about every eight.
constexpr std::size_t kBytesPerSpan = 4;
// ... and their surfaces' tokens for one per this many (the counter's own
// estimate of new surfaces, keyword_terms.cpp), so they rarely regrow.
constexpr std::size_t kBytesPerSurface = 16;

// The counter's tables are kept for the next call (no allocations on
// ordinary pages) unless they were sized for more text than this: the
// summariser runs after the keywords, and a huge paste's keyword tables held
// through it would add to the page's peak memory for nothing.
constexpr std::size_t kKeepTablesUpToBytes = 128u << 10;
constexpr double kHeadingWeight = 2.0;      // a heading names what its section is about
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
// All of them two Han characters of three bytes: as numbers (the bytes
// lowest first, as pack_short packs them), a term is tested with integer
// compares instead of string compares.
constexpr std::size_t kGenericCjkBytes = 6;
static_assert([] {
    for (const std::string_view word : kGenericCjkWords)
        if (word.size() != kGenericCjkBytes) return false;
    return true;
}(), "the generic words are two Han characters");
constexpr std::array<std::uint64_t, kGenericCjkWords.size()> kGenericCjkPacked = [] {
    std::array<std::uint64_t, kGenericCjkWords.size()> packed{};
    for (std::size_t k = 0; k < kGenericCjkWords.size(); ++k) {
        for (std::size_t b = 0; b < kGenericCjkBytes; ++b)
            packed[k] |= static_cast<std::uint64_t>(static_cast<unsigned char>(kGenericCjkWords[k][b])) << (8 * b);
    }
    return packed;
}();

bool is_generic_cjk(std::string_view key) {
    if (key.size() != kGenericCjkBytes) return false;
    const std::uint64_t packed = pack_short(key.data(), key.size());
    return std::find(kGenericCjkPacked.begin(), kGenericCjkPacked.end(), packed) != kGenericCjkPacked.end();
}

// Scores: count times these factors.
constexpr double kShortWordFactor3 = 0.5;   // 3-letter words are mostly common words...
constexpr double kShortWordFactor4 = 0.75;  // ...4-letter ones often
constexpr double kNameFactor = 1.5;         // capitalised mid-sentence: a name
constexpr double kNameShare = 0.6;          // share of mid-sentence uses that must be capitalised
constexpr double kPhraseFactor = 2.0;       // a repeated two-word phrase is a strong term
constexpr double kCjkLengthFactor[kMaxCjkGram + 1] = {0, 0, 1.0, 1.3, 1.5, 1.5};
// Fallback words (when fewer than kMinKeywords terms repeat) must be this long.
constexpr std::size_t kMinFallbackLetters = 5;

// A CJK n-gram's occurrences continued by a longer counted n-gram on each
// side, and by how many distinct ones (the "successor variety" of the
// n-gram). Kept beside the terms, by term id, only on pages with CJK terms.
struct Continuations {
    double right_cover = 0, left_cover = 0;
    int right_variety = 0, left_variety = 0;
};

// Marks CJK n-grams covered by a longer frequent n-gram, and words covered by
// a frequent phrase (records the covering count in merged_into), and fills
// `continued` (left empty when no n-gram has a shorter one). Counts are sums
// of whole weights, so the order of the additions does not matter. Lists
// the terms that occur kMinCount times in `repeated` (the only candidates
// but for the fallback), in table order.
void merge_terms(std::vector<KeywordTerm>& terms, std::vector<Continuations>& continued, std::vector<int>& repeated) {
    continued.clear();
    // Every term is written to the list's next place and kept by counting
    // it: no branch on "repeated" (most terms occur once, unpredictably).
    repeated.resize(terms.size() + 1);
    std::size_t repeats = 0;
    for (std::size_t k = 0; k < terms.size(); ++k) {
        const KeywordTerm& t = terms[k];
        repeated[repeats] = static_cast<int>(k);
        repeats += t.count >= kMinCount;
        if (t.cjk && t.length > kMinCjkGram) {
            if (continued.empty()) continued.resize(terms.size());
            if (t.shorter_left >= 0) {
                continued[t.shorter_left].right_cover += t.count;
                ++continued[t.shorter_left].right_variety;
            }
            if (t.shorter_right >= 0) {
                continued[t.shorter_right].left_cover += t.count;
                ++continued[t.shorter_right].left_variety;
            }
            if (t.count < kMinCount) continue;
        } else if (!t.phrase || t.count < kMinCount) {
            continue;
        }
        for (const int part : {t.shorter_left, t.shorter_right})
            if (part >= 0) terms[part].merged_into = std::max(terms[part].merged_into, t.count);
    }
    repeated.resize(repeats);
}

// `c` is the term's Continuations, null when no n-gram was continued.
bool is_fragment(const KeywordTerm& t, const Continuations* c) {
    return t.cjk && c &&
           ((c->right_variety > 0 && c->right_variety <= kFragmentVariety && c->right_cover >= kFragmentCover * t.count) ||
            (c->left_variety > 0 && c->left_variety <= kFragmentVariety && c->left_cover >= kFragmentCover * t.count));
}

bool is_name(const KeywordTerm& t) {
    return t.mid_sentence > 0 && t.capitalised >= kNameShare * t.mid_sentence;
}

double score(const KeywordTerm& t) {
    double s = t.count;
    if (t.cjk) {
        s *= kCjkLengthFactor[std::min<std::size_t>(t.length, kMaxCjkGram)];
        return s;
    }
    if (t.phrase) s *= kPhraseFactor;
    else if (t.length <= 3) s *= kShortWordFactor3;
    else if (t.length == 4) s *= kShortWordFactor4;
    if (is_name(t)) s *= kNameFactor;
    return s;
}

// A candidate term, 24 bytes (the heap moves it often). Its text is made
// only once the ranking needs it: most candidates are never shown and never
// tie with another.
struct Ranked {
    double score;
    std::size_t first;
    const KeywordTerm* term;
};

// The text a candidate is shown as: a CJK term's characters, a phrase's
// first mid-sentence writing ("Obama administration"), a name's capitalised
// writing, else the most frequent lower-case form (made from the term's
// surfaces). The view is into the body text or the counter's storage.
std::string_view text_of(const Ranked& r, KeywordCounter& counter) {
    const KeywordTerm& t = *r.term;
    if (t.cjk) return t.key;
    if (t.phrase && !t.mid_display.empty()) return without_possessive(t.mid_display);
    if (is_name(t) && !t.cap_display.empty()) return t.cap_display;
    return counter.main_form(t);
}

// The ranking order: score, then first occurrence, then text. Two terms equal
// in all three show the same text, so which comes first never shows.
bool better(const Ranked& a, const Ranked& b, KeywordCounter& counter) {
    if (a.score != b.score) return a.score > b.score;
    if (a.first != b.first) return a.first < b.first;
    return text_of(a, counter) < text_of(b, counter);
}

// A term already taken, lower-cased, and whether it holds a CJK character.
struct Chosen {
    std::string lower;
    bool cjk;
};

bool has_cjk(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (utf8::is_cjk(utf8::next_codepoint(s, i))) return true;
    return false;
}

// True when `needle` occurs in `hay` as whole words, a hyphen read as a
// space: the same as finding " needle " in " hay " with hyphens made spaces,
// without building either string.
bool contains_words(std::string_view hay, std::string_view needle) {
    const auto space = [](char c) { return c == ' ' || c == '-'; };
    const auto same = [](char x, char y) { return (x == '-' ? ' ' : x) == (y == '-' ? ' ' : y); };
    for (std::size_t p = 0; p + needle.size() <= hay.size(); ++p) {
        if (p > 0 && !space(hay[p - 1])) continue;
        const std::size_t q = p + needle.size();
        if (q < hay.size() && !space(hay[q])) continue;
        std::size_t k = 0;
        while (k < needle.size() && same(hay[p + k], needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

// CJK terms overlap as strings (党建 inside 基层党建); words only as whole
// words ("art" is not inside "party").
bool overlaps(const Chosen& a, std::string_view b, bool b_cjk) {
    if (a.cjk || b_cjk) return a.lower.find(b) != std::string::npos || b.find(a.lower) != std::string_view::npos;
    return contains_words(a.lower, b) || contains_words(b, a.lower);
}

// Candidates are ordered this many at a time: the best of them by a partial
// sort, the rest left unordered. Most pages need only the first batch (a
// few more than kDefaultKeywords, for the ones skipped as overlapping), and
// every candidate outside it costs one comparison with the batch's worst,
// nearly always "not better": a branch that is predicted (a heap of all the
// candidates would compare each several times, half of them unpredictably).
constexpr std::size_t kRankBatch = 16;

// Takes terms best first until `out` holds `limit`, skipping any that
// overlaps one already chosen. Only the few terms looked at are ordered.
void take_best(std::vector<Ranked>& list, std::size_t limit, KeywordCounter& counter, std::vector<std::string>& out,
               std::vector<Chosen>& chosen) {
    const auto ranks_above = [&counter](const Ranked& a, const Ranked& b) { return better(a, b, counter); };
    for (std::size_t begin = 0; out.size() < limit && begin < list.size();) {
        const std::size_t end = std::min(list.size(), begin + kRankBatch);
        std::partial_sort(list.begin() + static_cast<std::ptrdiff_t>(begin), list.begin() + static_cast<std::ptrdiff_t>(end),
                          list.end(), ranks_above);
        for (; begin < end && out.size() < limit; ++begin) {
            const std::string_view text = text_of(list[begin], counter);
            std::string lower = utf8::to_lower(text);
            const bool cjk = has_cjk(lower);
            bool clash = false;
            for (const Chosen& c : chosen) clash = clash || overlaps(c, lower, cjk);
            if (clash) continue;
            out.emplace_back(text);
            chosen.push_back({std::move(lower), cjk});
        }
    }
}

// The repeated terms, or (only when they leave too few keywords) the long
// single words that may fill in.
enum class Pass { Repeated, Fallback };

// Whether a candidate is shown in its own right: not merged into a longer
// term that accounts for most of its uses, nor a CJK fragment.
bool stands_alone(const KeywordTerm& t, const std::vector<Continuations>& continued, std::size_t k) {
    return t.merged_into < kMergeShare * t.count && !is_fragment(t, continued.empty() ? nullptr : &continued[k]);
}

inline Ranked ranked(const KeywordTerm& t) {
    double value = score(t);
    if (t.cjk && is_generic_cjk(t.key)) value *= kGenericCjkFactor;
    return {value, t.first, &t};
}

// Pass::Repeated reads only the `repeated` terms (merge_terms' list);
// the fallback, rarely needed, walks the whole table. `out` is sized for
// every term read and cut to the candidates found: written in place, with
// no capacity test per candidate.
void collect_candidates(const std::vector<KeywordTerm>& terms, const std::vector<Continuations>& continued,
                        const std::vector<int>& repeated, Pass pass, std::vector<Ranked>& out) {
    std::size_t n = 0;
    if (pass == Pass::Repeated) {
        out.resize(repeated.size());
        for (const int k : repeated) {
            const KeywordTerm& t = terms[static_cast<std::size_t>(k)];
            if (stands_alone(t, continued, static_cast<std::size_t>(k))) out[n++] = ranked(t);
        }
    } else {
        out.resize(terms.size());
        for (std::size_t k = 0; k < terms.size(); ++k) {
            const KeywordTerm& t = terms[k];
            if (t.count >= kMinCount || t.cjk || t.phrase || t.length < kMinFallbackLetters) continue;
            if (stands_alone(t, continued, k)) out[n++] = ranked(t);
        }
    }
    out.resize(n);
}

}  // namespace

std::vector<std::string> extract_keywords(const std::vector<BodyBlock>& body, std::string_view /*lang*/, int max,
                                          PageWords* words) {
    if (words) words->clear(body.size());
    if (max <= 0) return {};
    std::size_t bytes = 0;
    for (const BodyBlock& block : body) bytes += block.text.size();
    SIFT_PER_THREAD KeywordCounter counter;  // its tables are reused from call to call
    const std::size_t read_bytes = std::min(bytes, kMaxKeywordInputBytes);
    if (words) {
        words->occurrences.reserve(read_bytes / kBytesPerSpan);
        words->surface_tokens.reserve(read_bytes / kBytesPerSurface);
    }
    counter.reset(read_bytes, words);
    std::size_t base = 0;
    for (std::size_t b = 0; b < body.size(); ++b) {
        const BodyBlock& block = body[b];
        if (base >= kMaxKeywordInputBytes) break;
        if (block.type == BodyType::Pre) continue;  // code: identifiers, not terms
        const bool heading = block.type == BodyType::H2 || block.type == BodyType::H3 || block.type == BodyType::H4;
        if (words) words->block_begin[b] = static_cast<std::uint32_t>(words->occurrences.size());
        counter.count_block(block.text, heading ? kHeadingWeight : 1.0, base);
        if (words) words->block_end[b] = static_cast<std::uint32_t>(words->occurrences.size());
        base += block.text.size() + 1;
    }
    counter.finish();
    std::vector<KeywordTerm>& terms = counter.terms();
    std::vector<Continuations> continued;
    std::vector<int> repeated;
    merge_terms(terms, continued, repeated);

    std::vector<Ranked> candidates;
    std::vector<std::string> out;
    std::vector<Chosen> chosen;
    collect_candidates(terms, continued, repeated, Pass::Repeated, candidates);
    take_best(candidates, static_cast<std::size_t>(max), counter, out, chosen);
    if (out.size() < static_cast<std::size_t>(std::min(max, kMinKeywords))) {
        collect_candidates(terms, continued, repeated, Pass::Fallback, candidates);
        take_best(candidates, static_cast<std::size_t>(std::min(max, kMinKeywords)), counter, out, chosen);
    }
    if (read_bytes > kKeepTablesUpToBytes) counter = KeywordCounter();
    return out;
}

}  // namespace sift
