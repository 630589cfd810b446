// keyword_cjk.cpp — the CJK terms of KeywordCounter: Han and Katakana
// n-grams, Hangul words.
//
// Input: the CJK spans of the block texts. Output: CJK terms in the
// counter's table, each n-gram linked to its counted one-character-shorter
// prefix and suffix (so merging needs no string lookups).
//
// N-grams are counted in two passes. While the blocks are counted, every pair
// of adjacent Han (or Katakana) characters is tallied; finish() (finish_cjk) then counts
// the n-grams, but only those the ranking can see. keywords.cpp reads an
// n-gram's count only when it occurs kMinCount times (a candidate, or a term
// its parts merge into), and its continuation tallies only on a part that
// occurs kMinCount times (a candidate that may be a fragment). A string
// occurs that often only if every character pair inside it does, so an
// n-gram is made a term only when its prefix or its suffix (a bigram: the
// bigram itself) holds no rarer pair. The ranking is unchanged, and the table
// no longer holds every distinct n-gram of text that repeats nothing (a paste
// of random characters made one 104-byte term per n-gram, four per character).
#include <algorithm>

#include "keyword_terms.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {
namespace {

// Hash chain seed of CJK keys (any fixed value).
constexpr std::uint64_t kCjkSeed = 0x13198A2E03707344ull;
// See keyword_terms.cpp: copying a known value is cheaper than building one.
const KeywordTerm kFreshCjkTerm{};

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

// The hash of a Hangul word's key, one code point at a time.
std::uint64_t cjk_hash(std::string_view key) {
    std::uint64_t h = kCjkSeed;
    for (std::size_t i = 0; i < key.size();) h = hash_mix(h, utf8::next_codepoint(key, i));
    return h;
}

// Two adjacent characters as one KeyIndex key (code points fit 21 bits).
std::uint64_t char_pair_key(char32_t first, char32_t second) {
    return (static_cast<std::uint64_t>(first) << 21) | second;
}

// An n-gram of at most kMaxCjkGram characters as a WideKeyIndex key: three
// 21-bit code points to a number, the k-th character (from 0) placed here.
// No CJK character is 0, so shorter n-grams end in zero fields and the key
// tells every n-gram apart without hashing or comparing its bytes.
constexpr std::size_t kCodepointBits = 21, kCodepointsPerKey = 3;
static_assert(kMaxCjkGram <= 2 * kCodepointsPerKey, "an n-gram fits two numbers");
void add_to_gram_key(std::uint64_t& low, std::uint64_t& high, std::size_t k, char32_t c) {
    if (k < kCodepointsPerKey) low |= static_cast<std::uint64_t>(c) << (kCodepointBits * k);
    else high |= static_cast<std::uint64_t>(c) << (kCodepointBits * (k - kCodepointsPerKey));
}

}  // namespace

void KeywordCounter::new_cjk_term(std::string_view key, std::size_t position, std::size_t length) {
    KeywordTerm& t = terms_.emplace_back(kFreshCjkTerm);
    t.cjk = true;
    t.key = key;
    t.first = position;
    t.length = static_cast<std::uint32_t>(length);
}

int KeywordCounter::cjk_term(std::uint64_t hash, std::string_view key, std::size_t position, std::size_t length,
                             bool& added) {
    const auto [id, is_new] = cjk_index_.find_or_add(hash, static_cast<int>(terms_.size()),
                                                     [&](int k) { return same_bytes(terms_[k].key, key); });
    if (is_new) new_cjk_term(key, position, length);
    added = is_new;
    return id;
}

int KeywordCounter::gram_term(std::uint64_t low, std::uint64_t high, std::string_view key, std::size_t position,
                              std::size_t length, bool& added) {
    std::int32_t& id = gram_index_.find_or_add_slot(low, high, static_cast<int>(terms_.size()), added);
    if (added) new_cjk_term(key, position, length);
    return id;
}

void KeywordCounter::decode_cjk(std::string_view text, std::size_t begin, std::size_t end) {
    codepoints_.clear();
    for (std::size_t i = begin; i < end;) {
        const std::size_t b = i;
        const char32_t c = utf8::next_codepoint(text, i);
        codepoints_.push_back({c, static_cast<std::uint32_t>(b), false});  // function: set by count_grams
    }
    codepoints_.push_back({0, static_cast<std::uint32_t>(end), false});  // where the last character ends
}

// Calls each(class, s, e) for the homogeneous sub-runs of codepoints_.
template <class Each>
void KeywordCounter::for_each_cjk_class_run(Each each) {
    const std::size_t count = codepoints_.size() - 1;  // less the end marker
    for (std::size_t s = 0; s < count;) {
        const CjkClass cls = cjk_class(codepoints_[s].c);
        std::size_t e = s;
        while (e < count && cjk_class(codepoints_[e].c) == cls) ++e;
        each(cls, s, e);
        s = e;
    }
}

void KeywordCounter::count_cjk_run(std::string_view text, std::size_t begin, std::size_t end, double weight,
                                   std::size_t base) {
    decode_cjk(text, begin, end);
    bool has_grams = false;
    for_each_cjk_class_run([&](CjkClass cls, std::size_t s, std::size_t e) {
        if (cls == CjkClass::Hangul) {
            count_hangul(text, s, e, weight, base);
        } else if (cls != CjkClass::Other) {
            count_pairs(s, e, weight);
            has_grams = true;
        }
    });
    if (!has_grams) return;
    // Kept for finish() as decoded (end marker included).
    cjk_runs_.push_back({text, weight, base, static_cast<std::uint32_t>(cjk_codepoints_.size()),
                         static_cast<std::uint32_t>(cjk_codepoints_.size() + codepoints_.size())});
    cjk_codepoints_.insert(cjk_codepoints_.end(), codepoints_.begin(), codepoints_.end());
}

bool KeywordCounter::is_function_char(char32_t c) {
    // Common Han characters, one byte each: 0 not asked yet, 1 no, 2 yes.
    constexpr char32_t kFirst = 0x4E00, kEnd = 0xA000;
    if (c < kFirst || c >= kEnd) return is_cjk_function_char(c);
    if (function_chars_.empty()) function_chars_.assign(kEnd - kFirst, 0);
    char& known = function_chars_[c - kFirst];
    if (known == 0) known = is_cjk_function_char(c) ? 2 : 1;
    return known == 2;
}

void KeywordCounter::count_pairs(std::size_t s, std::size_t e, double weight) {
    // A page's first Han or Katakana pairs: their index is sized for the
    // most the page could hold (a pair per 3-byte character) instead of
    // growing from 256 slots (each doubling re-places every slot, on a
    // branch per slot the text makes unpredictable). Pages without CJK
    // never get here.
    constexpr std::size_t kBytesPerCjkChar = 3;
    if (pair_counts_.empty()) pair_index_.reset(page_bytes_ / kBytesPerCjkChar);
    for (std::size_t i = s; i + 1 < e; ++i) {
        bool added = false;
        const std::int32_t id = pair_index_.find_or_add_slot(char_pair_key(codepoints_[i].c, codepoints_[i + 1].c),
                                                             static_cast<int>(pair_counts_.size()), added);
        if (added) pair_counts_.push_back(0);
        pair_counts_[id] += weight;
    }
}

bool KeywordCounter::frequent_pair(char32_t first, char32_t second) const {
    const int id = pair_index_.find(char_pair_key(first, second));
    return id >= 0 && pair_counts_[id] >= kMinCount;
}

void KeywordCounter::count_hangul(std::string_view text, std::size_t s, std::size_t e, double weight,
                                  std::size_t base) {
    const std::size_t n = e - s;
    if (n < kMinHangulWord || n > kMaxHangulWord) return;
    std::uint64_t h = kCjkSeed;
    for (std::size_t i = s; i < e; ++i) h = hash_mix(h, codepoints_[i].c);
    const std::size_t begin = codepoints_[s].begin;
    bool added = false;
    const int id = cjk_term(h, std::string_view(text.data() + begin, codepoints_[e].begin - begin), base + begin, n, added);
    terms_[id].count += weight;
    if (added && n > kMinCjkGram) hangul_terms_.push_back(id);
}

void KeywordCounter::count_grams(std::string_view text, std::size_t s, std::size_t e, double weight,
                                 std::size_t base) {
    // frequent_run_[i - s]: how many pairs in a row from character i on occur
    // kMinCount times (capped: an n-gram holds fewer than kMaxCjkGram pairs).
    for (std::size_t i = s; i < e; ++i) codepoints_[i].function = is_function_char(codepoints_[i].c);
    frequent_run_.assign(e - s + 1, 0);
    for (std::size_t i = e - 1; i-- > s;)
        if (frequent_pair(codepoints_[i].c, codepoints_[i + 1].c))
            frequent_run_[i - s] = std::min(frequent_run_[i + 1 - s] + 1, static_cast<int>(kMaxCjkGram));
    // gram_terms_[(i - s) * kLengths + n - kMinCjkGram]: the term of the n-gram at i, -1 when not counted.
    constexpr std::size_t kLengths = kMaxCjkGram - kMinCjkGram + 1;
    gram_terms_.assign((e - s) * kLengths, -1);
    new_grams_.clear();
    for (std::size_t i = s; i < e; ++i) {
        if (codepoints_[i].function) continue;
        std::uint64_t low = codepoints_[i].c, high = 0;
        const std::size_t begin = codepoints_[i].begin;
        for (std::size_t n = kMinCjkGram; n <= kMaxCjkGram && i + n <= e; ++n) {
            const Codepoint& last = codepoints_[i + n - 1];
            add_to_gram_key(low, high, n - 1, last.c);
            const int pairs = static_cast<int>(n) - 2;  // in the n-gram's prefix, and in its suffix
            if (n == kMinCjkGram) {
                if (frequent_run_[i - s] == 0) continue;  // a bigram: its own pair is rare
            } else if (frequent_run_[i - s] < pairs && frequent_run_[i + 1 - s] < pairs) {
                break;  // the prefix and the suffix hold a rare pair, and so do longer n-grams' ones
            }
            if (last.function) continue;
            bool added = false;
            const int id = gram_term(low, high, std::string_view(text.data() + begin, codepoints_[i + n].begin - begin), base + begin, n, added);
            terms_[id].count += weight;
            gram_terms_[(i - s) * kLengths + n - kMinCjkGram] = id;
            if (added && n > kMinCjkGram) new_grams_.push_back({id, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(n)});
        }
    }
    // Whether an n-gram is counted depends only on its characters, so the
    // prefix and suffix counted (or not) right here are the terms, if any.
    for (const NewGram& g : new_grams_) {
        const std::size_t shorter = g.n - 1 - kMinCjkGram;
        terms_[g.term].shorter_left = gram_terms_[(g.start - s) * kLengths + shorter];
        terms_[g.term].shorter_right = gram_terms_[(g.start + 1 - s) * kLengths + shorter];
    }
}

void KeywordCounter::finish_cjk() {
    // The n-grams are all counted here, and how many characters they come
    // from is known now: their index is sized for them once instead of
    // growing from nothing (each doubling re-places every slot, on a branch
    // per slot the text makes unpredictable).
    gram_index_.reset(cjk_codepoints_.size());
    for (const CjkRun& run : cjk_runs_) {
        codepoints_.assign(cjk_codepoints_.begin() + run.codepoints_begin, cjk_codepoints_.begin() + run.codepoints_end);
        for_each_cjk_class_run([&](CjkClass cls, std::size_t s, std::size_t e) {
            if (cls == CjkClass::Han || cls == CjkClass::Katakana) count_grams(run.text, s, e, run.weight, run.base);
        });
    }
    for (const int id : hangul_terms_) {
        KeywordTerm& t = terms_[id];
        std::size_t first_end = 0;
        utf8::next_codepoint(t.key, first_end);
        std::size_t last_begin = t.key.size() - 1;
        while (last_begin > 0 && (static_cast<unsigned char>(t.key[last_begin]) & 0xC0) == 0x80) --last_begin;
        const std::string_view prefix = t.key.substr(0, last_begin), suffix = t.key.substr(first_end);
        const auto find = [&](std::string_view key) {
            return cjk_index_.find(cjk_hash(key), [&](int k) { return same_bytes(terms_[k].key, key); });
        };
        t.shorter_left = find(prefix);
        t.shorter_right = find(suffix);
    }
}

}  // namespace sift
