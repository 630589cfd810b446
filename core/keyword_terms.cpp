// keyword_terms.cpp — one counting pass over the words of each block.
//
// Input: block texts. Output: the interned terms of KeywordCounter. A word
// surface is normalised, tested and stemmed only the first time it is seen
// (and normalised again only if its term is shown). CJK runs are handed
// to keyword_cjk.cpp.
#include "keyword_terms.h"

#include <algorithm>
#include <cstring>
#include <tuple>

#include "keyword_forms.h"
#include "keyword_scan.h"
#include "tokens.h"
#include "stopwords.h"
#include "utf8.h"

namespace sift {
namespace {

// Keys of at most this many bytes are packed into one number (pack_short):
// word surfaces, stems and forms never hold a NUL (scan_words ends words
// there), so the packing is exact.
constexpr std::size_t kShortKey = 8;
// Surfaces of up to this many bytes (nearly all the rest) are packed into two
// numbers (pack_wide) and found without hashing or comparing strings.
constexpr std::size_t kWideKey = 16;
// Every new term starts as a copy of this one: copying a known value is a
// few vector moves, where value-initialising the struct costs a slow
// string-store instruction (as GCC compiles it).
const KeywordTerm kFreshTerm{};

// Appends a span written field by field where it lies: a braced temporary
// is assembled on the stack in 4-byte stores and copied out with an 8-byte
// load, which cannot be forwarded from them (a stall at every word).
inline void append_span(std::vector<WordOccurrence>& record, std::uint32_t begin, std::uint32_t end, std::int32_t surface) {
    WordOccurrence& o = record.emplace_back();
    o.begin = begin;
    o.end = end;
    o.surface = surface;
}

bool is_upper_initial(std::string_view word) {
    if (static_cast<unsigned char>(word[0]) < 0x80) return word[0] >= 'A' && word[0] <= 'Z';
    std::size_t i = 0;
    const char32_t c = utf8::next_codepoint(word, i);
    return utf8::is_letter(c) && utf8::to_lower(c) != c;
}

}  // namespace

void KeywordCounter::reset(std::size_t bytes, PageWords* record) {
    record_ = record;
    page_bytes_ = bytes;
    // New keys per byte of prose, as measured on the corpus (about one new
    // surface per 18 bytes, one stem per 28, one phrase per 38; a quarter
    // of them longer than a short key): tables this size rarely need to
    // grow. CJK n-grams get no room up front: most pages have none, and the
    // index grows when a page does.
    constexpr std::size_t kBytesPerSurface = 16, kBytesPerStem = 24, kBytesPerPhrase = 32, kBytesPerLongKey = 64;
    terms_.clear();
    terms_.reserve(bytes / kBytesPerStem + bytes / kBytesPerPhrase);
    surface_counts_.clear();
    arena_.clear();
    main_forms_.clear();
    surfaces_.clear();
    surface_texts_.clear();
    stems_.long_stems.clear();
    stems_.short_terms.reset(bytes / kBytesPerStem);
    stems_.wide_terms.reset(bytes / kBytesPerLongKey);
    stems_.long_keys.reset(bytes / kBytesPerLongKey);
    hangul_terms_.clear();
    // The surfaces of up to 16 bytes are looked up at nearly every word, at
    // random: their indexes get no more room than the others (at most half
    // full). Twice the room (a quarter full) saved valgrind a few probe
    // collisions but doubled the memory each word's probe may miss in:
    // count_block took 10-14 % more time, as perf samples it.
    short_surface_index_.reset(bytes / kBytesPerSurface);
    long_surface_index_.reset(bytes / kBytesPerLongKey);
    wide_surface_index_.reset(bytes / kBytesPerLongKey);
    phrase_index_.reset(bytes / kBytesPerPhrase);
    pending_phrases_.clear();
    joined_pairs_.clear();
    cjk_index_.reset(0);
    gram_index_.reset(0);
    cjk_runs_.clear();
    cjk_codepoints_.clear();
    pair_index_.reset(0);
    pair_counts_.clear();
}

KeywordCounter::Range KeywordCounter::store(std::string_view s) {
    const Range r{static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(s.size())};
    arena_.append(s);
    return r;
}

int KeywordCounter::new_word_term(std::size_t position) {
    const int id = static_cast<int>(terms_.size());
    terms_.push_back(kFreshTerm);
    terms_.back().first = position;
    return id;
}

int KeywordCounter::stem_term(std::string_view stem, std::size_t position) {
    bool added = false;
    if (stem.size() <= kShortKey) {
        std::int32_t& term = stems_.short_terms.find_or_add_slot(pack_short(stem.data(), stem.size()), 0, added);
        if (added) term = new_word_term(position);
        return term;
    }
    if (stem.size() <= kWideKey) {  // packed whole too: no hashing, no comparing, no copy kept
        const auto [low, high] = pack_wide(stem.data(), stem.size());
        std::int32_t& term = stems_.wide_terms.find_or_add_slot(low, high, 0, added);
        if (added) term = new_word_term(position);
        return term;
    }
    const auto found = stems_.long_keys.find_or_add(hash_bytes(stem), static_cast<int>(stems_.long_stems.size()),
                                                    [&](int k) { return same_bytes(view(stems_.long_stems[k].text), stem); });
    if (!found.second) return stems_.long_stems[found.first].term;
    const Range text = store(stem);
    const int term = new_word_term(position);
    stems_.long_stems.push_back({text, term});
    return term;
}

int KeywordCounter::surface_id(std::string_view surface, std::size_t position) {
    if (surface.size() <= kShortKey) return short_surface_id(surface, pack_short(surface.data(), surface.size()), position);
    if (surface.size() <= kWideKey) {
        const auto [low, high] = pack_wide(surface.data(), surface.size());
        return wide_surface_id(surface, low, high, position);
    }
    const auto [id, added] = long_surface_index_.find_or_add(hash_bytes(surface), static_cast<int>(surfaces_.size()),
                                                             [&](int k) { return same_bytes(surface_texts_[k], surface); });
    if (added) add_surface(surface, 0, id, position);
    return id;
}

int KeywordCounter::short_surface_id(std::string_view surface, std::uint64_t packed, std::size_t position) {
    bool added = false;
    const int id = short_surface_index_.find_or_add_slot(packed, static_cast<int>(surfaces_.size()), added);
    if (added) add_surface(surface, packed, id, position);
    return id;
}

template <bool kPlain>
int KeywordCounter::wide_surface_id(std::string_view surface, std::uint64_t low, std::uint64_t high, std::size_t position) {
    bool added = false;
    const int id = wide_surface_index_.find_or_add_slot(low, high, static_cast<int>(surfaces_.size()), added);
    if (added) add_surface<kPlain ? SurfaceKind::PlainWide : SurfaceKind::Any>(surface, low, id, position, high);
    return id;
}

template <KeywordCounter::SurfaceKind kKind>
void KeywordCounter::add_surface(std::string_view surface, std::uint64_t packed, int id, std::size_t position,
                                 std::uint64_t high) {
    surfaces_.emplace_back();  // filled in place: nothing else grows surfaces_ here
    Surface& s = surfaces_.back();
    surface_texts_.push_back(surface);
    if (record_) record_->surface_tokens.push_back(PageWords::kTokenUnknown);
    char short_lower[kWideKey] = {};  // the lower-case form of a short or wide ASCII surface (zeroed: loaded whole)
    SurfaceForm form;
    // ASCII and packed: at most kShortKey bytes in `packed`, or kWideKey in
    // `packed` and `high`.
    constexpr bool kPlain = kKind != SurfaceKind::Any;
    const bool packed_ascii = kPlain || (surface.size() <= kWideKey && ((packed | high) & swar::kHighBits) == 0);
    if (kKind == SurfaceKind::PlainShort) {
        form = plain_ascii_form(surface.size(), packed, short_lower);
    } else if (kKind == SurfaceKind::PlainWide) {
        form = plain_wide_form(surface.size(), packed, high, short_lower);
    } else if (surface.size() <= kShortKey && packed_ascii) {
        form = short_ascii_form(surface, packed, short_lower);
    } else if (packed_ascii) {
        form = wide_ascii_form(surface, packed, high, short_lower);
    } else {
        const bool ascii = utf8::is_ascii(surface);
        const Normalised normal = normalise(surface, ascii, lower_);
        form.lower = normal.lower;
        form.letters = ascii ? normal.lower.size() : utf8::length(normal.lower);
        form.content = is_content_word(form.lower, form.letters, surface);
    }
    if (!form.content) {
        if (record_ && form.no_token) record_->surface_tokens.back() = PageWords::kNoToken;
        return;
    }
    s.letters = static_cast<std::uint32_t>(form.letters);
    s.capitalised = kPlain ? surface[0] >= 'A' && surface[0] <= 'Z' : is_upper_initial(surface);
    s.display_size = static_cast<std::uint32_t>(
        kPlain ? surface.size()
        : packed_ascii  // ASCII: only "'s" can end it
            ? surface.size() - (surface.size() > 2 && surface[surface.size() - 2] == '\'' && surface.back() == 's' ? 2 : 0)
            : without_possessive(surface).size());
    std::string_view stem_text = form.lower;
    if (may_stem(form.lower)) {
        // The form lies at the start of a buffer of ours (short_lower or
        // lower_), no longer needed as it is: stemmed where it lies.
        char* chars = packed_ascii ? short_lower : &lower_[0];
        stem_text = std::string_view(chars, stem_light_length(chars, form.lower.size()));
    }
    if (packed_ascii && stem_text.size() <= kShortKey) {
        // The stem lies at the start of short_lower (room for 16 bytes): its
        // short key is one load, masked, with no call (as stem_term would key it).
        const std::uint64_t key = swar::first_bytes(keyword_scan::load_eight(short_lower), stem_text.size());
        bool new_stem = false;
        std::int32_t& term = stems_.short_terms.find_or_add_slot(key, 0, new_stem);
        if (new_stem) term = new_word_term(position);
        s.word = term;
    } else {
        s.word = stem_term(stem_text, position);
    }
    // A content word is one tokenize() gives a token, from the same
    // lower-cased, possessive-free form and the same stem: its hash is the
    // summariser's token.
    if (record_) record_->surface_tokens[static_cast<std::size_t>(id)] = token_id(stem_text);
    // A surface always means the same word, so its place in the word's
    // chain is settled now (in order of first occurrence, as counted).
    KeywordTerm& word = terms_[s.word];
    // The link to set is chosen, not branched to: whether a word was seen
    // before in another writing follows the text.
    int& link = word.surfaces_last >= 0 ? surfaces_[word.surfaces_last].next : word.surfaces;
    link = id;
    word.surfaces_last = id;
}

int KeywordCounter::new_phrase_term(int first_word, int second_word, std::size_t position) {
    const int id = static_cast<int>(terms_.size());
    KeywordTerm& t = terms_.emplace_back(kFreshTerm);
    t.first = position;
    t.phrase = true;
    t.shorter_left = first_word;
    t.shorter_right = second_word;
    return id;
}

void KeywordCounter::add_phrase_occurrence(int term, const PhraseOccurrence& o) {
    KeywordTerm& t = terms_[term];
    t.count += o.weight;
    note_phrase_surfaces(t, o.first, o.second, o.gap);
    note_use(t, o.display, o.mid, o.cap);
}

void KeywordCounter::finish() {
    count_phrases();
    finish_cjk();
}

void KeywordCounter::count_phrases() {
    for (const PhraseOccurrence& o : joined_pairs_) {
        const int first_word = surfaces_[o.first].word, second_word = surfaces_[o.second].word;
        // Every occurrence of a phrase is one of each of its words, of the
        // same weight: with a word counted below kMinCount, the phrase is too.
        if (terms_[first_word].count < kMinCount || terms_[second_word].count < kMinCount) continue;
        count_phrase(first_word, second_word, o);
    }
}

void KeywordCounter::count_phrase(int first_word, int second_word, const PhraseOccurrence& o) {
    bool added = false;
    std::int32_t& entry = phrase_index_.find_or_add_slot(pair_key(first_word, second_word), 0, added);
    if (added) {
        if (o.weight < kMinCount) {
            entry = kPendingPhrase | static_cast<std::int32_t>(pending_phrases_.size());
            pending_phrases_.push_back(o);
            return;
        }
        entry = new_phrase_term(first_word, second_word, o.position);
    } else if (entry & kPendingPhrase) {
        // Seen before: the term is made now, its first occurrence counted
        // first, exactly as if it had been made then.
        const PhraseOccurrence& earlier = pending_phrases_[entry & ~kPendingPhrase];
        entry = new_phrase_term(first_word, second_word, earlier.position);
        add_phrase_occurrence(entry, earlier);
    }
    add_phrase_occurrence(entry, o);
}

int KeywordCounter::add_phrase_surface_count(KeywordTerm& t, int first, int second, std::string_view gap) {
    const int added = static_cast<int>(surface_counts_.size());
    SurfaceCount& written = surface_counts_.emplace_back();  // filled in place (no copy through the stack)
    written.first = first;
    written.second = second;
    written.gap = gap;
    if (t.surfaces_last >= 0) surface_counts_[t.surfaces_last].next = added;
    else t.surfaces = added;
    t.surfaces_last = added;
    return added;
}

void KeywordCounter::note_phrase_surfaces(KeywordTerm& t, int first, int second, std::string_view gap) {
    int node = t.surfaces;
    while (node >= 0) {
        const SurfaceCount& written = surface_counts_[node];
        if (written.first == first && written.second == second && same_bytes(written.gap, gap)) break;
        node = written.next;
    }
    if (node < 0) node = add_phrase_surface_count(t, first, second, gap);
    ++surface_counts_[node].count;
}

// Whether a word inside a sentence is capitalised follows the text, not a
// pattern a branch predictor can learn: it is counted as 0 or 1, and the
// display taken when "cap > its size" (1 > 0: capitalised, display still
// empty), one comparison true only on a term's first such use, so the
// branch is predicted. (Most words are inside a sentence: `mid` is left a
// branch.)
void KeywordCounter::note_use(KeywordTerm& t, std::string_view display, bool mid, bool cap) {
    if (mid) {
        ++t.mid_sentence;
        if (t.mid_display.empty()) t.mid_display = display;
        t.capitalised += cap;
        if (static_cast<std::size_t>(cap) > t.cap_display.size()) t.cap_display = display;
    }
}

// The lower-case form of a word surface (without a possessive).
void KeywordCounter::append_word_form(std::string& out, int surface) {
    const std::string_view text = surface_texts_[surface];
    out += normalise(text, utf8::is_ascii(text), lower_).lower;
}

// Of a phrase, the first word keeps its possessive and the white space
// between stays as it is (lower-casing leaves white space alone).
void KeywordCounter::append_phrase_form(std::string& out, const SurfaceCount& written) {
    const std::string_view first = surface_texts_[written.first];
    const Normalised first_form = normalise(first, utf8::is_ascii(first), lower_);
    out += first_form.lower;
    if (first_form.possessive) out += "'s";
    out += written.gap;
    append_word_form(out, written.second);
}

// Groups the form just appended to scratch_ (from `begin` on) with an equal
// one made before, or starts a group, and adds `count` to it.
void KeywordCounter::add_written_form(std::size_t begin, int count) {
    const std::string_view form = std::string_view(scratch_).substr(begin);
    const auto [group, added] =
        form_index_.find_or_add(hash_bytes(form), static_cast<int>(written_forms_.size()), [&](int k) {
            return same_bytes(std::string_view(scratch_).substr(written_forms_[k].text_begin, written_forms_[k].text_size), form);
        });
    if (added) written_forms_.push_back({begin, form.size(), 0});
    written_forms_[group].count += count;
}

std::string_view KeywordCounter::main_form(const KeywordTerm& t) {
    if (t.surfaces < 0) return t.key;
    // Surfaces written differently may share a form ("Rates", "rates"): the
    // form's count is theirs summed, its order that of the first of them.
    // Forms are grouped through a hash index, in order of first writing.
    scratch_.clear();
    written_forms_.clear();
    form_index_.reset(0);
    if (t.phrase) {
        for (int node = t.surfaces; node >= 0; node = surface_counts_[node].next) {
            const std::size_t begin = scratch_.size();
            append_phrase_form(scratch_, surface_counts_[node]);
            add_written_form(begin, surface_counts_[node].count);
        }
    } else {
        for (int surface = t.surfaces; surface >= 0; surface = surfaces_[surface].next) {
            const std::size_t begin = scratch_.size();
            append_word_form(scratch_, surface);
            add_written_form(begin, surfaces_[surface].count);
        }
    }
    const WrittenForm* best = &written_forms_[0];  // groups in order of first writing: the first wins ties
    for (const WrittenForm& f : written_forms_)
        if (f.count > best->count) best = &f;
    main_forms_.emplace_back(std::string_view(scratch_).substr(best->text_begin, best->text_size));
    return main_forms_.back();
}

void KeywordCounter::count_block(std::string_view text, double weight, std::size_t base) {
    std::vector<WordOccurrence>* const record = record_ ? &record_->occurrences : nullptr;
    int prev = -1;  // surface of the previous span when it was a content word
    std::size_t prev_begin = 0, prev_end = 0;
    bool prev_mid = false;
    for_each_keyword_span(text, [&](const KeywordSpan& span) {
        if (span.cjk) {
            if (record) append_span(*record, span.begin, span.end, -1);
            count_cjk_run(text, span.begin, span.end, weight, base);
            prev = -1;
            return;
        }
        // Spans lie inside the text: views are made directly, without
        // substr's range check on every word.
        const std::string_view surface(text.data() + span.begin, span.end - span.begin);
        // Most words are short ASCII words: one probe, inline, which also
        // places a new one (add_surface then fills in what it means).
        int id;
        if (span.has_packed && surface.size() <= kShortKey) {
            bool added = false;
            id = short_surface_index_.find_or_add_slot(span.packed, static_cast<int>(surfaces_.size()), added);
            if (added) add_surface<SurfaceKind::PlainShort>(surface, span.packed, id, base + span.begin);
        } else if (span.has_packed) {  // 9..16 bytes: the scanner packed the first eight
            id = wide_surface_id<true>(surface, span.packed, pack_short(surface.data() + kShortKey, surface.size() - kShortKey),
                                 base + span.begin);
        } else {
            id = surface_id(surface, base + span.begin);
        }
        if (record) append_span(*record, span.begin, span.end, id);
        Surface& s = surfaces_[id];
        if (s.word < 0) {
            prev = -1;
            return;
        }
        const bool mid = !span.sentence_start;
        KeywordTerm& word = terms_[s.word];
        word.count += weight;
        word.length = s.letters;
        ++s.count;
        note_use(word, std::string_view(surface.data(), s.display_size), mid, s.capitalised);

        if (prev >= 0 && span.joined && !span.hyphenated) {  // "two-year-old" makes no phrases
            // Counted once every word is (finish()). A phrase is
            // "capitalised" when both words are (a name: "Jon Sopel").
            // Filled in place, as append_span (a braced temporary would be
            // copied out in 16-byte loads over smaller stores).
            PhraseOccurrence& o = joined_pairs_.emplace_back();
            o.position = base + prev_begin;
            o.first = prev;
            o.second = id;
            o.gap = std::string_view(text.data() + prev_end, span.begin - prev_end);
            o.display = std::string_view(text.data() + prev_begin, span.end - prev_begin);
            o.weight = weight;
            o.mid = prev_mid;
            o.cap = s.capitalised && surfaces_[prev].capitalised;
        }
        prev = id;
        prev_begin = span.begin;
        prev_end = span.end;
        prev_mid = mid;
    });
}

}  // namespace sift
