// summary_terms.cpp — sentences to sorted term runs, each distinct word
// tokenized once per article.
//
// Input: sentences. Output: (term, count) runs in ascending token-id order.
// One pass over each sentence finds the words and CJK runs: eight bytes at a
// time between words and along short ASCII words, decoded only where a byte
// is not ASCII. A word is looked up by its key, and only a word not seen
// before goes through the token rules.
#include "summary_terms.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

#include "feature_bytes.h"
#include "stopwords.h"
#include "summary_bytes.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr std::uint32_t kNoTerm = 0xFFFFFFFFu;  // a word that gives no token (stopword, number, ...)
constexpr std::uint64_t kNoEntry = kNoTerm;      // the same as a (token id << 32 | term) entry
constexpr std::size_t kShortWordBytes = 2 * swar::kChunk;
constexpr std::size_t kShortestStemmed = 4;  // stem_light keeps >= 3 letters of a word and drops >= 1

// Table sizes from the text's size, so that most articles never grow them:
// about one distinct lower-cased word per this many bytes of text (English
// prose has about one word per 6 bytes, most of them repeats), and at least
// a few. Words outside the short-word table are rare: it starts small.
constexpr std::size_t kBytesPerDistinctWord = 24;
constexpr std::size_t kMinSlots = 64;

std::size_t slots_for(std::size_t entries) {
    std::size_t slots = kMinSlots;
    while (slots < 2 * entries) slots *= 2;
    return slots;
}

unsigned shift_for(std::size_t slots) {
    unsigned shift = 64;
    while ((std::size_t{1} << (64 - shift)) < slots) --shift;
    return shift;
}

// A short word's slot: the top bits of a multiplicative hash, which depend
// on every byte of the key.
std::size_t short_word_slot(std::uint64_t low, std::uint64_t high, unsigned shift) {
    const std::uint64_t h = (low ^ (high * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h >> shift);
}

// A word of scan_words(): letters (not CJK), digits, combining marks.
bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

// ASCII letters and digits (every byte >= 0x80 is false: decoded instead).
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> table{};
    for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<unsigned char>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool word_char_at(std::string_view text, std::size_t at) {
    const unsigned char b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) return kWordByte[b];
    return is_word_char(utf8::next_codepoint(text, at));
}

std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

std::uint32_t load4(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t h = (a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h ^= (b + (h >> 31)) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

// A hash of a word's bytes for the lookup table (never kept or shown: byte
// order does not matter). Every byte counts, so that no family of words
// can share one hash and make lookups slow.
std::uint64_t surface_hash(const char* p, std::size_t n) {
    if (n < 4) {
        const std::uint64_t a = n == 0 ? 0
                                       : (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
                                             (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
                                             static_cast<unsigned char>(p[n - 1]);
        return mix(a, n);
    }
    if (n <= 8) return mix((std::uint64_t{load4(p)} << 32) | load4(p + n - 4), n);
    std::uint64_t h = n;
    std::size_t k = 0;
    for (; k + 8 < n; k += 8) h = mix(h, load8(p + k));
    return mix(h, load8(p + n - 8));
}

// memcmp for the short words that make most lookups, without a call.
bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8 && n <= 16) return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
    if (n >= 4 && n < 8) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    return std::memcmp(a, b, n) == 0;
}

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint64_t id_hash(std::uint32_t id) { return std::uint64_t{id} * 0x9E3779B97F4A7C15ull; }

}  // namespace

SentenceTerms::SentenceTerms(std::size_t text_bytes)
    : short_words_(slots_for(text_bytes / kBytesPerDistinctWord)),
      short_shift_(shift_for(short_words_.size())),
      words_(kMinSlots),
      ids_(slots_for(text_bytes / kBytesPerDistinctWord)) {
    term_ids_.reserve(ids_.size() / 2);  // what ids_ holds before it grows: no regrowth copies until then
}

template <typename Table, typename Used, typename Hash>
void SentenceTerms::grow(Table& table, Used used, Hash hash) {
    Table bigger(table.size() * 2);
    const std::size_t mask = bigger.size() - 1;
    for (const auto& slot : table) {
        if (!used(slot)) continue;
        std::size_t at = hash(slot) & mask;
        while (used(bigger[at])) at = (at + 1) & mask;
        bigger[at] = slot;
    }
    table.swap(bigger);
}

std::uint32_t SentenceTerms::term_of(std::uint32_t id) {
    std::size_t mask = ids_.size() - 1;
    std::size_t at = (id_hash(id) >> 32) & mask;
    while (ids_[at].used) {
        if (ids_[at].id == id) return ids_[at].term;
        at = (at + 1) & mask;
    }
    const std::uint32_t term = static_cast<std::uint32_t>(term_ids_.size());
    ids_[at] = Id{id, term, true};
    term_ids_.push_back(id);
    if (term_ids_.size() * 2 > ids_.size())
        grow(ids_, [](const Id& slot) { return slot.used; }, [](const Id& slot) { return id_hash(slot.id) >> 32; });
    return term;
}

// The lookup, small enough to be inlined where words are found; a word not
// seen before takes the call.
inline std::uint64_t SentenceTerms::short_word_entry(std::uint64_t low, std::uint64_t high) {
    const std::size_t mask = short_words_.size() - 1;
    std::size_t at = short_word_slot(low, high, short_shift_);
    while (short_words_[at].low != 0) {
        if (short_words_[at].low == low && short_words_[at].high == high) return short_words_[at].entry;
        at = (at + 1) & mask;
    }
    return add_short_word(at, low, high);
}

std::uint64_t SentenceTerms::add_short_word(std::size_t at, std::uint64_t low, std::uint64_t high) {
    const std::uint64_t entry = lower_ascii_entry(low, high);
    short_words_[at] = ShortWord{low, high, entry};
    if (++short_words_used_ * 2 > short_words_.size()) {
        std::vector<ShortWord> bigger(short_words_.size() * 2);
        const unsigned shift = shift_for(bigger.size());
        for (const ShortWord& slot : short_words_) {
            if (slot.low == 0) continue;
            std::size_t to = short_word_slot(slot.low, slot.high, shift);
            while (bigger[to].low != 0) to = (to + 1) & (bigger.size() - 1);
            bigger[to] = slot;
        }
        short_words_.swap(bigger);
        short_shift_ = shift;
    }
    return entry;
}

// tokenize()'s way with a word, for short ASCII words (most of them), without
// its UTF-8 decoding and on a stack buffer: (lower-cased already) drop a
// possessive "'s"; no token for numbers, one-letter words and stopwords; the
// rest is stemmed and hashed. tests/unit/test_summary_terms.cpp holds this
// to tokenize().
std::uint64_t SentenceTerms::lower_ascii_entry(std::uint64_t low, std::uint64_t high) {
    // The key's bytes in text order (what load_chunk reads back), zero
    // padded: a word holds no zero byte, so the first zero ends it.
    char bytes[kShortWordBytes];
    swar::store_chunk(bytes, low);
    swar::store_chunk(bytes + swar::kChunk, high);
    std::size_t size = high != 0 ? swar::kChunk + swar::used_lanes(high) : swar::used_lanes(low);
    if (size >= 2 && bytes[size - 2] == '\'' && bytes[size - 1] == 's') {
        size -= 2;
        bytes[size] = bytes[size + 1] = 0;  // the padding the stopword lookup reads
    }
    const std::string_view word(bytes, size);
    if (size < 2 || all_digits(word)) return kNoEntry;
    // The stopword table's own packed form (bytes in memory order, zero
    // padded): the same answer as is_stopword(word), without packing again.
    std::uint64_t packed_low, packed_high;
    std::memcpy(&packed_low, bytes, 8);
    std::memcpy(&packed_high, bytes + 8, 8);
    if (stopword_languages_packed(packed_low, packed_high, size) != 0) return kNoEntry;
    // A stem keeps at least three letters and drops at least one (tokens.h):
    // shorter words are their own key.
    if (size >= kShortestStemmed) size = stem_light_length(bytes, size);
    const std::uint32_t id = token_id(std::string_view(bytes, size));
    return (std::uint64_t{id} << 32) | term_of(id);
}

// Words that are not short ASCII words: keyed by their bytes, tokenized by
// tokenize() itself. A word span holds no CJK and no separator, so
// tokenize() finds just this one word in it: one token or none.
std::uint32_t SentenceTerms::word_term(std::string_view surface) {
    const std::uint64_t hash = surface_hash(surface.data(), surface.size());
    const std::size_t mask = words_.size() - 1;
    std::size_t at = hash & mask;
    while (words_[at].bytes != nullptr) {
        const Word& w = words_[at];
        if (w.size == surface.size() && same_bytes(w.bytes, surface.data(), surface.size()))
            return w.term;
        at = (at + 1) & mask;
    }
    std::uint32_t term = kNoTerm;
    tokens_.clear();
    tokenize(surface, tokens_);
    if (!tokens_.empty()) term = term_of(tokens_.front().id);
    words_[at] = Word{surface.data(), static_cast<std::uint32_t>(surface.size()), term};
    if (++words_used_ * 2 > words_.size())
        grow(words_, [](const Word& slot) { return slot.bytes != nullptr; },
             [](const Word& slot) { return surface_hash(slot.bytes, slot.size); });
    return term;
}

// CJK runs are mostly one-off clauses: tokenized directly, not looked up.
void SentenceTerms::add_cjk_run(std::string_view run) {
    tokens_.clear();
    tokenize(run, tokens_);
    for (const Token& t : tokens_) {
        const std::uint32_t term = term_of(t.id);
        sentence_.push_back((std::uint64_t{t.id} << 32) | term);
    }
}

void SentenceTerms::add_entry(std::uint64_t entry) {
    if (entry != kNoEntry) sentence_.push_back(entry);
}

// The span that starts at `at` (a word character or a non-ASCII byte): a
// word or a CJK run, added to the sentence; returns where it ends.
std::size_t SentenceTerms::word_at(std::string_view text, std::size_t at) {
    const std::size_t n = text.size();
    const std::size_t start = at;
    bool ascii = static_cast<unsigned char>(text[at]) < 0x80;
    std::size_t i = at;
    if (ascii) {
        ++i;
    } else {
        const char32_t c = utf8::next_codepoint(text, i);
        if (utf8::is_cjk(c)) {
            while (i < n) {
                std::size_t j = i;
                if (!utf8::is_cjk(utf8::next_codepoint(text, j))) break;
                i = j;
            }
            add_cjk_run(text.substr(start, i - start));
            return i;
        }
        if (!is_word_char(c)) return i;
    }
    // A word: word characters, and apostrophes with a word character
    // right after them ("don't", "l'état").
    for (;;) {
        while (i < n && kWordByte[static_cast<unsigned char>(text[i])]) ++i;
        if (i == n) break;
        const unsigned char d = static_cast<unsigned char>(text[i]);
        if (d < 0x80 && d != '\'') break;
        std::size_t j = i;
        const char32_t c = utf8::next_codepoint(text, j);
        if (c == '\'' || c == 0x2019) {
            if (j == n || !word_char_at(text, j)) break;
        } else if (utf8::is_cjk(c) || !is_word_char(c)) {
            break;
        }
        ascii = ascii && c < 0x80;
        i = j;
    }
    const std::size_t size = i - start;
    if (ascii && size <= kShortWordBytes) {
        const char* p = text.data() + start;
        const char* end = p + size;
        const std::uint64_t low = swar::to_lower(swar::load_chunk_before(p, end));
        const std::uint64_t high = size > swar::kChunk ? swar::to_lower(swar::load_chunk_before(p + swar::kChunk, end)) : 0;
        add_entry(short_word_entry(low, high));
    } else {
        const std::uint32_t term = word_term(text.substr(start, size));
        if (term != kNoTerm) sentence_.push_back((std::uint64_t{term_ids_[term]} << 32) | term);
    }
    return i;
}

// One span from `p` (the next word or CJK run at or after it), added to
// the sentence; returns where it ends (or `end`).
const char* SentenceTerms::next_span(std::string_view text, const char* p) {
    const char* const end = text.data() + text.size();
    for (;;) {
        // To the next byte that may start a span: ASCII letters and digits, and every non-ASCII byte.
        const std::uint64_t gap = swar::load_chunk_before(p, end);
        const std::uint64_t word_bytes = swar::alphanumeric_bytes(gap);
        const std::uint64_t starts = word_bytes | (gap & swar::kHighBits);
        if (starts == 0) {
            p += swar::kChunk;
            if (p >= end) return end;
            continue;
        }
        const std::size_t skip = swar::first_marked(starts);
        p += skip;
        if (p >= end) return end;
        // An ASCII word of at most sixteen bytes, followed by neither an
        // apostrophe nor a non-ASCII byte, is whole in two chunks: its key
        // comes straight from them (word_at() would make the same). Most
        // words end in the chunk that found them (every byte before the
        // first non-ASCII one is classified exactly): no second load.
        if (static_cast<unsigned char>(*p) < 0x80) {
            const std::uint64_t same = ((~word_bytes | gap) & swar::kHighBits) >> (8 * skip);
            std::uint64_t low = 0, high = 0;
            std::size_t size = kShortWordBytes + 1;  // not found
            if (same != 0) {
                size = swar::first_marked(same);
                low = swar::first_bytes(swar::to_lower(gap) >> (8 * skip), size);
            } else {
                const std::uint64_t x = swar::load_chunk_before(p, end);
                const std::uint64_t stops = (~swar::alphanumeric_bytes(x) | x) & swar::kHighBits;
                if (stops != 0) {
                    size = swar::first_marked(stops);
                    low = swar::first_bytes(swar::to_lower(x), size);
                } else if (end - p > static_cast<std::ptrdiff_t>(swar::kChunk)) {
                    const std::uint64_t y = swar::load_chunk_before(p + swar::kChunk, end);
                    const std::uint64_t more = (~swar::alphanumeric_bytes(y) | y) & swar::kHighBits;
                    if (more != 0) {
                        const std::size_t tail = swar::first_marked(more);
                        size = swar::kChunk + tail;
                        low = swar::to_lower(x);
                        high = swar::first_bytes(swar::to_lower(y), tail);
                    }
                }
            }
            if (size <= kShortWordBytes &&
                (p + size == end || (static_cast<unsigned char>(p[size]) < 0x80 && p[size] != '\''))) {
                add_entry(short_word_entry(low, high));
                return p + size;
            }
        }
        return text.data() + word_at(text, static_cast<std::size_t>(p - text.data()));
    }
}

#if SIFT_WIDE_LANES
// Sixteen bytes classified at once, and every word that ends inside them
// taken from that one classification (about two and a half words of prose):
// the words, their ends and their keys come from bit masks and one
// lower-cased copy. A word that runs past the window starts the next one; a
// span that may hold more than ASCII letters and digits goes to word_at().
// The sentence's last few bytes come zero padded (a zero ends a word, and
// starts and joins none).
void SentenceTerms::wide_spans(std::string_view text) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    // The window lower-cased, and zeros after it: a key is read from here
    // with plain eight-byte loads wherever the word starts.
    alignas(16) char lowered[2 * wide::kWidth] = {};
    std::size_t at = 0;  // the window's start
    while (at < text.size()) {
        __m128i x;
        if (text.size() - at >= wide::kWidth) {
            x = wide::load16(text, at);
        } else {
            alignas(16) char tail[wide::kWidth] = {};
            std::memcpy(tail, text.data() + at, text.size() - at);
            x = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
        }
        const __m128i folded = _mm_or_si128(x, case_bit);
        // Letters folded and moved by 0x80 - 'a', digits moved by 0x80 - '0',
        // are the only bytes then below -128 + 26 (-128 + 10) as signed bytes.
        const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                                              _mm_set1_epi8(static_cast<char>(-128 + 26)));
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                             _mm_set1_epi8(static_cast<char>(-128 + 10)));
        const unsigned word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(x));
        const unsigned spans = word | high;
        if (spans == 0) { at += wide::kWidth; continue; }
        const unsigned joins = high | wide::equal_mask(x, '\'');
        // Letters take the case bit; every other byte stays as it is.
        _mm_store_si128(reinterpret_cast<__m128i*>(lowered), _mm_or_si128(x, _mm_and_si128(letter, case_bit)));
        unsigned from = 0;  // bits of the window before this are done
        for (;;) {
            const unsigned ahead = spans & (~0u << from);
            if (ahead == 0) { at += wide::kWidth; break; }
            const unsigned start = static_cast<unsigned>(wide::first_bit(ahead));
            if ((high >> start) & 1) {  // a non-ASCII byte: a word or CJK run of its own
                at = word_at(text, at + start);
                break;
            }
            // ~word has every bit from 16 up: stop <= 16.
            const unsigned stop = static_cast<unsigned>(wide::first_bit(~word & (~0u << start)));
            if (stop == wide::kWidth) {  // may run on past the window: the next window starts with it
                at = start > 0 ? at + start : static_cast<std::size_t>(next_span(text, text.data() + at) - text.data());
                break;
            }
            if ((joins >> stop) & 1) {  // an apostrophe or a non-ASCII byte may join it
                at = word_at(text, at + start);
                break;
            }
            const std::size_t size = stop - start;  // < 16
            const std::uint64_t low = swar::first_bytes(swar::load_chunk(lowered + start), size);
            const std::uint64_t high_key =
                size > swar::kChunk ? swar::first_bytes(swar::load_chunk(lowered + start + swar::kChunk), size - swar::kChunk) : 0;
            add_entry(short_word_entry(low, high_key));
            from = stop;
        }
    }
}
#endif

void SentenceTerms::sorted_term_counts(std::string_view text, std::vector<std::uint32_t>& terms,
                                       std::vector<std::uint32_t>& counts) {
    sentence_.clear();
#if SIFT_WIDE_LANES
    wide_spans(text);
#else
    const char* const end = text.data() + text.size();
    for (const char* p = text.data(); p < end;) p = next_span(text, p);
#endif
    // Sorted by token id; equal ids are one term, so runs of equal entries are one term's count.
    std::sort(sentence_.begin(), sentence_.end());
    for (std::size_t a = 0; a < sentence_.size();) {
        std::size_t e = a + 1;
        while (e < sentence_.size() && sentence_[e] == sentence_[a]) ++e;
        terms.push_back(static_cast<std::uint32_t>(sentence_[a] & 0xFFFFFFFFu));
        counts.push_back(static_cast<std::uint32_t>(e - a));
        a = e;
    }
}

}  // namespace sift
