// summary_words.cpp — SentenceTerms' word tables: each distinct word of an
// article tokenized once, on its first sight.
//
// Input: a word's key (a short ASCII word, lower-cased and zero padded) or
// bytes (any other word), or a CJK run. Output: its (token id << 32 | term)
// entry, or none. The token is tokenize()'s: short ASCII words go through a
// copy of its word rules on a stack buffer, the rest through tokenize()
// itself. summary_terms.cpp finds the words and looks them up.
#include "summary_terms.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "stopwords.h"
#include "summary_bytes.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr std::size_t kShortestStemmed = 4;  // stem_light keeps >= 3 letters of a word and drops >= 1

// Table sizes from the text's size, so that most articles never grow them:
// at most about one distinct lower-cased word per this many bytes of text
// (English prose has about one word per 6 bytes, most of them repeats; the
// corpus averages one distinct word per ~20 bytes, and at 24 some sixty
// tables grew; 12..32 measured, 16 the fewest instructions), and at least a
// few. Words outside the short-word table are rare: it starts small.
constexpr std::size_t kBytesPerDistinctWord = 16;
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

// The code point at run[i] of a CJK run, advancing i past it: word_at()
// found each to be a well-formed CJK code point, all of which are three
// bytes long (U+2E80..U+FFFF) or four (U+20000 and up), so no check is
// needed here (and none of utf8::next_codepoint's inline code is).
char32_t cjk_codepoint(std::string_view run, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(run[i + k]) & 0x3Fu); };
    char32_t c;
    if (static_cast<unsigned char>(run[i]) >= 0xF0) {
        c = (static_cast<char32_t>(static_cast<unsigned char>(run[i]) & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
        i += 4;
    } else {
        c = (static_cast<char32_t>(static_cast<unsigned char>(run[i]) & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
        i += 3;
    }
    return c;
}

std::uint64_t id_hash(std::uint32_t id) { return std::uint64_t{id} * 0x9E3779B97F4A7C15ull; }

}  // namespace

SentenceTerms::SentenceTerms(std::size_t text_bytes, std::size_t scanned_bytes)
    : short_words_(slots_for(scanned_bytes / kBytesPerDistinctWord)),
      short_shift_(shift_for(short_words_.size())),
      words_(kMinSlots),
      ids_(slots_for(text_bytes / kBytesPerDistinctWord)) {
    term_ids_.resize(terms_before_growth(ids_.size()));
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

// Inline into the first-sight paths that call it (a call costs about as
// much as a lookup); a new id takes the call.
inline std::uint32_t SentenceTerms::term_of(std::uint32_t id) {
    const std::size_t mask = ids_.size() - 1;
    std::size_t at = (id_hash(id) >> 32) & mask;
    while (ids_[at].used) {
        if (ids_[at].id == id) return ids_[at].term;
        at = (at + 1) & mask;
    }
    return add_term(at, id);
}

// term_ids_ has room for every term ids_ holds before it grows (one slot
// more than it may hold: the term that makes it grow is stored first), so
// a new term is two stores and a compare; the growth takes a call.
std::uint32_t SentenceTerms::add_term(std::size_t at, std::uint32_t id) {
    const std::uint32_t term = term_count_;
    ids_[at] = Id{id, term, true};
    term_ids_[term] = id;
    if (++term_count_ * 2 > ids_.size()) grow_ids();
    return term;
}

void SentenceTerms::grow_ids() {
    grow(ids_, [](const Id& slot) { return slot.used; }, [](const Id& slot) { return id_hash(slot.id) >> 32; });
    term_ids_.resize(terms_before_growth(ids_.size()));
}

// Two passes, neither with a branch on the kind of surface: the first
// marks the surfaces without a token and those whose token is not made
// (kUnknownEntry: first_sight() makes theirs from their text), and lists
// the others; the second makes their entries (term_of() inlined here).
// Terms are numbered in surface order, a few of them for surfaces no
// sentence reads (no result depends on how terms are numbered: only on
// their token ids).
void SentenceTerms::read_surface_tokens(const PageWords& words) {
    const std::size_t from = surfaces_read_;
    const std::size_t count = words.surface_count();
    if (count <= from) return;
    std::unique_ptr<std::uint64_t[]> grown(new std::uint64_t[count]);
    std::copy(surface_entries_.get(), surface_entries_.get() + from, grown.get());
    surface_entries_ = std::move(grown);
    surfaces_read_ = count;
    const std::unique_ptr<std::uint32_t[]> made(new std::uint32_t[count - from]);
    const std::uint64_t* const tokens = words.surface_tokens.data();
    std::uint64_t* const entries = surface_entries_.get();
    static_assert(PageWords::kTokenUnknown < PageWords::kNoToken, "made tokens (32-bit ids) sort below both marks");
    // A shift picks either mark: token >> 33 is 1 for kNoToken alone (a
    // select, or a shift by a comparison, compiled to a branch).
    static_assert(kUnknownEntry >> 32 == kNoEntry, "kNoEntry is kUnknownEntry shifted by 32");
    static_assert(PageWords::kNoToken >> 33 == 1 && PageWords::kTokenUnknown >> 33 == 0, "only kNoToken has bit 33");
    std::size_t listed = 0;
    for (std::size_t s = from; s < count; ++s) {
        const std::uint64_t token = tokens[s];
        entries[s] = kUnknownEntry >> (32 * (token >> 33));
        made[listed] = static_cast<std::uint32_t>(s);
        listed += token < PageWords::kTokenUnknown;
    }
    for (std::size_t k = 0; k < listed; ++k) {
        const std::uint32_t id = static_cast<std::uint32_t>(tokens[made[k]]);
        entries[made[k]] = (std::uint64_t{id} << 32) | term_of(id);
    }
}

// The entry of a token id made elsewhere (page_words.h).
std::uint64_t SentenceTerms::token_entry(std::uint32_t id) { return (std::uint64_t{id} << 32) | term_of(id); }

std::uint64_t SentenceTerms::add_short_word(std::size_t at, std::uint64_t low, std::uint64_t high) {
    const std::uint64_t entry = lower_ascii_entry(low, high);
    short_words_[at] = ShortWord{low, high, entry};
    if (++short_words_used_ * 2 > short_words_.size()) {
        const unsigned shift = shift_for(short_words_.size() * 2);
        grow(short_words_, [](const ShortWord& slot) { return slot.low != 0; },
             [shift](const ShortWord& slot) { return short_word_slot(slot.low, slot.high, shift); });
        short_shift_ = shift;
    }
    return entry;
}

// tokenize()'s way with a word, for short ASCII words (most of them), without
// its UTF-8 decoding and on a stack buffer: (lower-cased already) drop a
// possessive "'s"; no token for numbers, one-letter words and stopwords; the
// rest is stemmed and hashed. tests/unit/test_summary_terms.cpp holds this
// to tokenize().
inline std::uint64_t SentenceTerms::lower_ascii_entry(std::uint64_t low, std::uint64_t high) {
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

// CJK runs are mostly one-off clauses: tokenized directly, not looked up,
// by tokenize()'s CJK rule without its word scan and token records: every
// two neighbouring characters are a token unless both are function
// characters (的, 了, ...); a run of one character is one unless it is one.
// The token is the hash of the characters' bytes. tests/unit/
// test_summary_terms.cpp holds this to tokenize().
void SentenceTerms::add_cjk_run(std::string_view run) {
    const auto add = [&](std::string_view key) {
        const std::uint32_t id = token_id(key);
        sentence_.push_back((std::uint64_t{id} << 32) | term_of(id));
    };
    std::size_t prev_begin = 0;
    bool prev_function = false;
    std::size_t i = 0;
    for (bool first = true; i < run.size(); first = false) {
        const std::size_t begin = i;
        const bool function = is_cjk_function_char(cjk_codepoint(run, i));
        if (!first && !(prev_function && function)) add(run.substr(prev_begin, i - prev_begin));
        prev_begin = begin;
        prev_function = function;
    }
    if (prev_begin == 0 && !run.empty() && !prev_function) add(run);  // one character
}

}  // namespace sift
