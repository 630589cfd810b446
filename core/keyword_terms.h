// keyword_terms.h — counting the candidate terms of extract_keywords.
//
// Input: body block texts, one at a time, with their weight and global byte
// offset. Output: every candidate term once (CJK n-grams that can rank (see
// keyword_cjk.cpp: counted in finish()) and Hangul words,
// content words by stem, two-word phrases) with its weighted count, first
// occurrence, capitalisation tallies and the surfaces it was written with
// (from which main_form makes its lower-case form); see keywords.h
// for what the terms are.
//
// Everything is interned on first sight, so an occurrence costs a hash and a
// probe, never an allocation: a word surface ("Obama's") maps once to its
// stem and content flag (ASCII surfaces of up to 16 bytes: keyed by their
// packed bytes, which the scanner hands over); a phrase is a pair of word
// ids; a Han or Katakana n-gram is keyed by its code points, packed as it
// grows (a Hangul word is hashed by them). Phrases are counted
// in one batch after the words (finish()): a phrase occurs no more often
// than either of its words, so one with a word below kMinCount (most) can
// never rank, merge or fill in, and is not even looked up. Of the rest, most
// occur once too: a phrase becomes a term only when it is seen again (or its
// one occurrence weighs kMinCount), its first occurrence kept aside until
// then. A term tallies the surfaces
// it was written with, not their lower-case forms: the forms are made only
// for the few terms shown (main_form), by grouping those surfaces. Keys and
// display texts are views into the block texts (which must outlive the
// counter) or into the counter's own storage.
//
// Given a PageWords at reset, the counter also records every span it counts
// and each new surface's similarity token, for the summariser (page_words.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "keyword_index.h"
#include "page_words.h"
#include "tokens.h"

namespace sift {

inline constexpr std::size_t kMinCjkGram = 2;     // one Han character is too ambiguous
inline constexpr std::size_t kMaxCjkGram = 5;     // 高质量发展, 中国共产党: five covers most terms
inline constexpr std::size_t kMinHangulWord = 2;
inline constexpr std::size_t kMaxHangulWord = 8;
// A term counted (weighted) fewer times is no key term: a single mention
// says little. The counter relies on it too: a phrase that cannot reach it is
// never made a term (see count_phrases and count_phrase).
inline constexpr double kMinCount = 2.0;

// Kept small (104 bytes): one is made for every distinct word and n-gram.
// CJK-only tallies of merging live beside the terms (keywords.cpp).
struct KeywordTerm {
    double count = 0;          // weighted occurrences
    double merged_into = 0;    // count of the best longer term containing it
    std::size_t first = 0;     // global byte position of the first occurrence
    std::string_view key;      // CJK only: the characters, also the display text
    std::string_view cap_display;  // capitalised surface (first seen mid-sentence)
    // Phrases: the first mid-sentence surface, case kept, with a possessive
    // at its end still on (strip it with without_possessive, keyword_forms.h:
    // done only for the few shown, not at every occurrence).
    std::string_view mid_display;
    int mid_sentence = 0;      // occurrences not at a sentence start
    int capitalised = 0;       // ... of which capitalised
    std::uint32_t length = 0;  // code points (CJK) or letters of the last form seen (words)
    // CJK: the counted terms one character shorter (prefix, suffix);
    // phrases: the two words. -1 when there is none.
    int shorter_left = -1, shorter_right = -1;
    // The ways it was written (counter-owned lists, in order of first
    // writing): words, a chain of surfaces; phrases, of SurfaceCounts.
    int surfaces = -1, surfaces_last = -1;
    bool phrase = false;       // a two-word phrase
    bool cjk = false;
};

class KeywordCounter {
public:
    // Forgets all terms before counting about `bytes` of text (tables are
    // sized for it; their storage is kept from earlier uses).
    // `record`, when given, gets every span of the blocks counted and every
    // surface's similarity token (page_words.h).
    void reset(std::size_t bytes, PageWords* record = nullptr);
    void count_block(std::string_view text, double weight, std::size_t base);
    // Counts the two-word phrases of every block (they need the words'
    // counts first) and the Han and Katakana n-grams (they need the
    // character pairs of all blocks first, see keyword_cjk.cpp), and links
    // Hangul words to their one-syllable-shorter terms; call once after the
    // last block.
    void finish();

    std::vector<KeywordTerm>& terms() { return terms_; }
    // The most frequent lower-case form of a word or phrase (first seen wins
    // ties); the view stays valid until the next reset.
    std::string_view main_form(const KeywordTerm& term);

private:
    struct Range {  // into arena_
        std::uint32_t offset = 0, size = 0;
    };
    // What a word surface means, decided on its first occurrence, and how
    // often it was written. What count_block reads and bumps at every
    // occurrence, 20 bytes; the text is kept apart (surface_texts_), read
    // only on first sight and for the few terms shown. A word's surfaces are
    // chained in order of first occurrence (KeywordTerm::surfaces), so a
    // word occurrence touches no other list.
    struct Surface {
        int word = -1;               // its stem's term, -1 when it is no content word
        int count = 0;               // content words: occurrences written this way
        int next = -1;               // content words: the word's next surface
        std::uint32_t letters = 0;   // code points of its lower-case form
        std::uint32_t display_size : 31;  // bytes of the surface without a possessive
        std::uint32_t capitalised : 1;
        Surface() : display_size(0), capitalised(0) {}
    };
    // Stems (lower-case, no NUL) to their terms; those of at most 16 bytes
    // (nearly all) are their own key and map straight to the term id.
    struct LongStem {
        Range text;  // in arena_
        int term;
    };
    struct StemTable {
        KeyIndex short_terms;     // pack_short of the stem -> term id
        WideKeyIndex wide_terms;  // 9..16 bytes: pack_wide of the stem -> term id
        IdIndex long_keys;        // -> index in long_stems
        std::vector<LongStem> long_stems;
    };
    // How often a phrase was written one way: its two surfaces and the
    // white space between them.
    struct SurfaceCount {
        int first = -1, second = -1;  // surfaces
        std::string_view gap;
        int count = 0;
        int next = -1;  // the phrase's next SurfaceCount
    };
    // One occurrence of a phrase (two adjacent content words): where it
    // starts, how it was written.
    struct PhraseOccurrence {
        std::size_t position;
        int first, second;  // surfaces
        std::string_view gap, display;
        double weight;
        bool mid, cap;
    };
    struct Codepoint {
        char32_t c;
        std::uint32_t begin;  // byte offset in the block text
        bool function;        // a Chinese function character
    };
    struct NewGram {
        int term;
        std::uint32_t start, n;  // first code point (in codepoints_) and length
    };
    // A CJK span whose n-grams are counted in finish().
    struct CjkRun {
        std::string_view text;  // the block text
        double weight;
        std::size_t base;
        std::uint32_t codepoints_begin, codepoints_end;  // in cjk_codepoints_
    };

    std::string_view view(Range r) const { return std::string_view(arena_).substr(r.offset, r.size); }
    Range store(std::string_view s);
    int surface_id(std::string_view surface, std::size_t position);
    // A surface of at most kShortKey bytes, given as pack_short packs it.
    int short_surface_id(std::string_view surface, std::uint64_t packed, std::size_t position);
    // A surface of 9..16 bytes, given as pack_wide packs it.
    // kPlain: the surface is ASCII letters and digits only (see SurfaceKind).
    template <bool kPlain = false>
    int wide_surface_id(std::string_view surface, std::uint64_t low, std::uint64_t high, std::size_t position);
    // Decides what a new surface means (packed: as above, when short; low
    // and high as pack_wide packs a surface of 9..16 bytes, else 0).
    // What add_surface knows of a surface before it looks: anything, or
    // ASCII letters and digits only, packed by the scanner (most first
    // sights), of at most eight bytes or of 9..16: no apostrophe, so no
    // possessive to look for. One instantiation per call site, each inlined
    // where it is called.
    enum class SurfaceKind { Any, PlainShort, PlainWide };
    template <SurfaceKind kKind = SurfaceKind::Any>
    void add_surface(std::string_view surface, std::uint64_t packed, int id, std::size_t position,
                     std::uint64_t high = 0);
    // The term of a stem, made (first seen at `position`) when new.
    int stem_term(std::string_view stem, std::size_t position);
    int new_word_term(std::size_t position);
    int new_phrase_term(int first_word, int second_word, std::size_t position);
    void count_phrases();  // the joined_pairs_, in order
    void count_phrase(int first_word, int second_word, const PhraseOccurrence& occurrence);
    void add_phrase_occurrence(int term, const PhraseOccurrence& occurrence);
    void new_cjk_term(std::string_view key, std::size_t position, std::size_t length);  // appended to terms_
    int cjk_term(std::uint64_t hash, std::string_view key, std::size_t position, std::size_t length, bool& added);
    // The term of a Han or Katakana n-gram, its code points packed as
    // keyword_cjk.cpp's add_to_gram_key packs them.
    int gram_term(std::uint64_t low, std::uint64_t high, std::string_view key, std::size_t position, std::size_t length,
                  bool& added);
    int add_phrase_surface_count(KeywordTerm& term, int first, int second, std::string_view gap);
    void note_phrase_surfaces(KeywordTerm& term, int first, int second, std::string_view gap);
    static void note_use(KeywordTerm& term, std::string_view display, bool mid, bool cap);
    // The lower-case form of a word surface, or of a phrase written as `written`.
    void append_word_form(std::string& out, int surface);
    void append_phrase_form(std::string& out, const SurfaceCount& written);
    void add_written_form(std::size_t begin, int count);
    void decode_cjk(std::string_view text, std::size_t begin, std::size_t end);
    template <class Each>
    void for_each_cjk_class_run(Each each);
    void finish_cjk();  // keyword_cjk.cpp's part of finish()
    void count_cjk_run(std::string_view text, std::size_t begin, std::size_t end, double weight, std::size_t base);
    void count_pairs(std::size_t s, std::size_t e, double weight);
    bool frequent_pair(char32_t a, char32_t b) const;
    bool is_function_char(char32_t c);  // is_cjk_function_char, remembered
    void count_grams(std::string_view text, std::size_t s, std::size_t e, double weight, std::size_t base);
    void count_hangul(std::string_view text, std::size_t s, std::size_t e, double weight, std::size_t base);

    std::vector<KeywordTerm> terms_;
    PageWords* record_ = nullptr;
    std::vector<SurfaceCount> surface_counts_;  // the phrases' surface lists
    std::string arena_;                         // long stems
    std::deque<std::string> main_forms_;        // main_form's answers (a deque never moves them)
    std::vector<Surface> surfaces_;
    std::vector<std::string_view> surface_texts_;  // by surface id
    StemTable stems_;
    std::vector<int> hangul_terms_;
    std::vector<CjkRun> cjk_runs_;     // Han/Katakana spans, counted in finish()
    std::vector<Codepoint> cjk_codepoints_;  // their characters
    std::string function_chars_;  // one byte per character, see is_function_char (kept from call to call)
    std::size_t page_bytes_ = 0;       // reset()'s text size (sizes pair_index_)
    KeyIndex pair_index_;              // adjacent Han/Katakana characters -> pair_counts_
    std::vector<double> pair_counts_;  // weighted occurrences of each pair
    IdIndex long_surface_index_, cjk_index_;  // long: surfaces of more than 16 bytes; cjk: Hangul words
    WideKeyIndex gram_index_;                 // Han and Katakana n-grams, their code points packed
    KeyIndex short_surface_index_;            // surfaces of at most 8 bytes, packed
    WideKeyIndex wide_surface_index_;         // 9..16 bytes, packed (pack_wide)
    // A phrase's term, or kPendingPhrase | its index in pending_phrases_.
    KeyIndex phrase_index_;
    static constexpr std::int32_t kPendingPhrase = 1 << 30;
    std::vector<PhraseOccurrence> pending_phrases_;  // phrases seen once
    std::vector<PhraseOccurrence> joined_pairs_;     // every occurrence, counted in finish()
    // Scratch, reused across blocks.
    std::vector<Codepoint> codepoints_;
    std::vector<int> gram_terms_;
    std::vector<int> frequent_run_;
    std::vector<NewGram> new_grams_;
    std::string lower_, scratch_;
    struct WrittenForm {  // a main_form candidate: its text in scratch_, its summed count
        std::size_t text_begin, text_size;
        int count;
    };
    IdIndex form_index_;  // main_form's forms, grouped
    std::vector<WrittenForm> written_forms_;
};

}  // namespace sift
