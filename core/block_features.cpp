// block_features.cpp — stage 3 (see block_features.h). Input: Blocks with text. Output:
// the same Blocks with Features filled in. Nothing here decides anything.
//
// Speed: one pass per distinct block text (a repeated line copies the
// features of its first copy). ASCII (most bytes of most pages) is classified
// by a table, and the end of a run of ASCII letters is found sixteen or eight
// bytes at a time; other code points go through the utf8.h classes.
#include "block_features.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "feature_ascii.h"
#include "feature_classes.h"
#include "feature_padding.h"
#include "feature_phrase_search.h"
#include "feature_repeats.h"
#include "feature_word.h"
#include "language_census.h"
#include "patterns.h"
#include "per_thread.h"
#include "utf8.h"

namespace sift {
namespace {

using namespace feature_scan;  // the byte and code point classes (feature_classes.h)

// The census word of scan_text (a Latin word that meets a byte beyond ASCII:
// rare outside French, German...), built out of line so that the scan's hot
// loop over ASCII words keeps its registers.
__attribute__((noinline)) void push_census_letters(LowerWord& word, std::string_view padded_text, std::size_t start, std::size_t run) {
    word.push_padded_ascii_letters(padded_text, start, run);
}
__attribute__((noinline)) void push_census_letter(LowerWord& word, char32_t c) { word.push(utf8::to_lower(c)); }
// Its languages, the word cleared for the next.
__attribute__((noinline)) StopwordLanguages end_census_word(LowerWord& word) {
    const StopwordLanguages languages = word.stopword_languages();
    word.clear();
    return languages;
}

// One function with local counters (not members of an object whose address
// escapes), so the compiler keeps them in registers through the hot loop.
// ASCII is handled by class without decoding; a word of ASCII letters that
// ends where it starts being read (the common case) is counted and looked
// up at once, without going through `word`.
//
// `text` is padded: kScanPadding zero bytes follow it (PaddedText), so words
// near its end are read as the others are, with no test of where they stand.
//
// Sets `unicode_case` when utf8::append_lower would change more than ASCII
// letters (a non-ASCII letter with a lower case, or a U+FFFD that may stand
// for malformed bytes): only then do the phrase matchers need a lower-cased copy.
// Every field of `f` is written (not a fresh Features assigned: zeroing and
// copying its 168 bytes per block cost more than the fields).
void scan_text(std::string_view text, bool& unicode_case, LowerWord& latin_word, Features& f) {
    bool non_ascii_case = false;
    int units = 0, chars = 0, cjk_chars = 0, letters = 0, latin_letters = 0, words = 0, digits = 0, punct = 0;
    int sentence_ends = 0, commas = 0, stopwords = 0;
    // Letters in runs of ASCII letters, and words that are one such run
    // alone: added to chars, letters, latin_letters, words and units at the
    // end (one counter each in the hot path instead of three and two).
    int ascii_letters = 0, lone_words = 0;
    bool starts_with_bullet = false;
    // The language census of the text (language_figures.h): its words are the
    // runs of Latin code points (ASCII letters, U+00C0..U+024F), whatever the
    // words of these features make of them ("don't" is two, "abc123" one).
    // Most are runs of ASCII letters with an ASCII byte (or a curly quote, a
    // dash...) after them, looked up at once; one that meets the first byte of
    // a Latin letter beyond ASCII ("café", "naïve") is built in `latin_word`
    // until a code point that is not Latin, or an ASCII byte that is no
    // letter, ends it.
    CensusFigures& census = f.census;
    census.counts = {};
    census.vote = ExactVote{};
    VoteLanes lanes(census.vote);  // how many languages a stopword is of is no branch: see VoteLanes
    // Whether latin_word holds a census word (a local, so kept in a register).
    bool latin_pending = false;
    const auto flush_latin_word = [&] {
        if (!latin_pending) return;
        lanes.add(end_census_word(latin_word));
        latin_pending = false;
    };
    // The run of ASCII letters text[start, start + run), for the census.
    const auto census_run = [&](std::size_t start, std::size_t run) {
        const bool latin_may_follow = may_start_latin_beyond_ascii(static_cast<unsigned char>(text.data()[start + run]));  // the padding's zero at the end
        if (!latin_pending && !latin_may_follow) {  // a whole census word
            if (run > kStopwordKeyBytes) return;  // no stopword is that long
            lanes.add(key_stopword_languages(padded_ascii_stopword_key(text.data() + start, run)));
            return;
        }
        push_census_letters(latin_word, text, start, run);
        latin_pending = true;
        if (!latin_may_follow) flush_latin_word();
    };
    const bool starts_lower = starts_with_lower_ascii(text);
    LowerWord word;  // current Latin-like word, lower-cased, when it is not a lone ASCII run
    bool in_digits = false;
    char32_t last_visible = 0, before_last = 0;
    const auto flush_word = [&] {
        if (word.empty()) return;
        ++words;
        ++units;
        if (word.is_stopword()) ++stopwords;
        word.clear();
    };
    if (!text.empty()) {
        const unsigned char b = static_cast<unsigned char>(text[0]);
        if (b < 0x80) {  // no bullet is ASCII: only "- ", "* ", "+ "
            starts_with_bullet = (b == '-' || b == '*' || b == '+') && text.size() > 1 && text[1] == ' ';
        } else {
            std::size_t i = 0;
            starts_with_bullet = is_bullet(utf8::next_codepoint(text, i));
        }
    }
    const std::size_t n = text.size();
    // An ASCII sentence ender counts when followed by a space, the end, a
    // closing mark or CJK: asked after every ASCII punctuation mark, enders
    // or not, so that which mark it was is no branch.
    const auto ender_may_count_before = [&](std::size_t after) {
        const unsigned char next = static_cast<unsigned char>(text.data()[after]);  // the padding's zero at the end
        if (next < 0x80) return kEnderCountsBefore[next];
        const char32_t c = utf8::next_codepoint(text, after);
        return utf8::is_space(c) || utf8::is_closing_punct(c) || utf8::is_cjk(c);
    };
    for (std::size_t i = 0; i < n;) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            const std::uint8_t cls = kFeatureClasses[b];
            if (cls == kSpace) {
                flush_word();
                in_digits = false;
                ++i;
                continue;
            }
            if (cls == kLetter) {  // runs of ASCII letters: the common case, in one loop
                std::size_t start = i;
                i = padded_ascii_letter_run_end(text, start + 1);
                std::size_t run = i - start;
                ascii_letters += static_cast<int>(run);
                in_digits = false;
                // Which letters they were never matters: the visible
                // characters are only asked whether they are digits, closing
                // marks or sentence ends, and no ASCII letter is any of those.
                // A select by mask: as `run >= 2 ? kAnyAsciiLetter : last_visible` it was a branch on word length.
                const char32_t lone_letter = 0u - static_cast<char32_t>(run < 2);  // all ones for a one-letter run
                before_last = (last_visible & lone_letter) | (kAnyAsciiLetter & ~lone_letter);
                last_visible = kAnyAsciiLetter;
                if (!word.empty() || latin_pending) {  // the run goes on a word (or a census word: "×b") begun before it
                    census_run(start, run);
                    word.push_padded_ascii_letters(text, start, run);
                    continue;
                }
                for (;;) {  // lone words, one after another
                    if (run > kStopwordKeyBytes || !ends_word(static_cast<unsigned char>(text.data()[i]))) {  // the padding's zero ends a word
                        census_run(start, run);
                        word.push_padded_ascii_letters(text, start, run);
                        break;
                    }
                    ++lone_words;
                    const StopwordLanguages languages = key_stopword_languages(padded_ascii_stopword_key(text.data() + start, run));
                    lanes.add_counted(languages);  // its stopword counted in the lanes: stopwords below
                    if (text.data()[i] != ' ') break;  // (a zero at the end)
                    ++i;  // the usual space after it: nothing to flush, nothing visible
                    // Most often another word follows: read on without the dispatch above.
                    if (!is_ascii_letter(static_cast<unsigned char>(text.data()[i]))) break;
                    start = i;
                    i = padded_ascii_letter_run_end(text, start + 1);
                    run = i - start;
                    ascii_letters += static_cast<int>(run);
                    before_last = kAnyAsciiLetter;  // this run's letter, or the last word's
                }
                continue;
            }
            ++chars;
            if (cls == kDigit) {
                ++digits;
                units += word.empty() & !in_digits;  // added, not branched on: digits come as they come
                in_digits = word.empty();
                if (!word.empty()) word.push_byte('0');
            } else {
                if (cls != kJoiner) flush_word();
                in_digits = false;
                ++punct;
                commas += cls == kComma;
                // "1." / "3.5" after a digit is numbering or a decimal, not a sentence end.
                const bool after_digit = (last_visible - U'0' < 10u) | (last_visible - U'\uFF10' < 10u);  // utf8::is_digit
                sentence_ends += (cls == kEnder) & !((b == '.') & after_digit) & ender_may_count_before(i + 1);
                // The usual space after ", " or ". " has nothing left to do
                // (the word is flushed, no digits run): stepped over here, not
                // dispatched on. After a joiner it would end the word.
                i += (text.data()[i + 1] == ' ') & (cls != kJoiner);
            }
            ++i;
            before_last = last_visible;
            last_visible = b;
            continue;
        }
        if (const std::size_t ideographs = common_ideograph_run(text, i)) {
            flush_word();  // no census word is pending: an ideograph is no Latin letter's first byte
            in_digits = false;
            i += 3 * ideographs;
            const int count = static_cast<int>(ideographs);
            census.counts[kHanScript] += count;
            chars += count;
            cjk_chars += count;
            letters += count;
            units += count;
            before_last = ideographs >= 2 ? kAnyIdeograph : last_visible;
            last_visible = kAnyIdeograph;
            continue;
        }
        const char32_t c = utf8::next_codepoint_multibyte(text, i);
        const int script = script_of(c);
        if (script >= 0) ++census.counts[script];
        if (script == kLatinScript) {
            push_census_letter(latin_word, c);
            latin_pending = true;
            // Only an ASCII letter or a Latin letter beyond ASCII may go on
            // with the census word; anything else ends it here.
            const unsigned char next = static_cast<unsigned char>(text.data()[i]);  // the padding's zero at the end
            if (!is_ascii_letter(next) && !may_start_latin_beyond_ascii(next)) flush_latin_word();
        } else {
            flush_latin_word();
        }
        if (utf8::is_space(c)) {
            flush_word();
            in_digits = false;
            continue;
        }
        ++chars;
        if (utf8::is_cjk(c)) {
            flush_word();
            in_digits = false;
            ++cjk_chars;
            ++letters;
            ++units;
        } else if (utf8::is_letter(c) || (c >= 0x300 && c <= 0x36F)) {
            in_digits = false;
            ++letters;
            if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) ++latin_letters;
            const char32_t lower = utf8::to_lower(c);
            non_ascii_case |= lower != c;
            word.push(lower);
        } else if (utf8::is_digit(c)) {
            ++digits;
            if (word.empty() && !in_digits) ++units;
            in_digits = word.empty();
            if (!word.empty()) word.push_byte('0');
        } else {
            if (c != 0x2019) flush_word();  // don’t stays one word
            non_ascii_case |= c == utf8::kReplacement;
            in_digits = false;
            ++punct;
            if (is_comma(c)) ++commas;
            if (utf8::is_sentence_end(c)) {
                // Every non-ASCII ender from U+2000 up counts wherever it stands.
                std::size_t j = i;
                const char32_t next = j < n ? utf8::next_codepoint(text, j) : 0;
                if (next == 0 || utf8::is_space(next) || utf8::is_closing_punct(next) || utf8::is_cjk(next) || c >= 0x2000)
                    ++sentence_ends;
            }
        }
        before_last = last_visible;
        last_visible = c;
    }
    flush_word();
    flush_latin_word();
    lanes.flush();
    stopwords += lanes.counted();
    chars += ascii_letters;
    letters += ascii_letters;
    latin_letters += ascii_letters;
    words += lone_words;
    units += lone_words;
    f.units = units;
    f.chars = chars;
    f.cjk_chars = cjk_chars;
    f.letters = letters;
    f.latin_letters = latin_letters;
    f.words = words;
    f.starts_lower = starts_lower;
    f.digits = digits;
    f.punct = punct;
    f.sentence_ends = sentence_ends;
    f.commas = commas;
    // utf8::is_closing_punct and is_sentence_end, ASCII answered here: most
    // lines end with a letter or a full stop.
    char32_t terminal = last_visible;
    const bool closing = terminal < 0x80 ? terminal == '"' || terminal == '\'' || terminal == ')' || terminal == ']' : utf8::is_closing_punct(terminal);
    if (closing) terminal = before_last;
    f.ends_with_terminal = terminal < 0x80 ? terminal == '.' || terminal == '!' || terminal == '?' : utf8::is_sentence_end(terminal);
    f.stopword_share = words > 0 ? static_cast<double>(stopwords) / words : 0.0;
    f.starts_with_bullet = starts_with_bullet;
    census.counts[kLatinScript] += ascii_letters;
    census.bytes = n;
    f.repeats = 0;
    f.pattern = {};
    unicode_case = non_ascii_case;
}

}  // namespace

Features text_features(std::string_view text) {
    bool unicode_case = false;
    PaddedText padded;
    LowerWord latin_word;
    Features f;
    scan_text(padded.copy(text), unicode_case, latin_word, f);
    return f;
}

namespace {

// A line whose contained phrases are still to be sought: block `block`'s
// text, followed by kPhrasePadding zeros, at `at` in the page's line buffer.
// The pending lines are sought once they hold this many bytes: a batch keeps
// the phrase automaton in cache, and the cap keeps a paste of many short
// lines (10 MB of 40-character CJK lines) from copying all of itself here.
constexpr std::size_t kMaxPendingLineBytes = 64 * 1024;

struct PendingLine {
    std::size_t block, at, size;
};

// The pattern of a line that matched no whole-line phrase, from what its
// contained-phrase search found.
void set_pattern(Block& b, std::string_view line, PatternKind contained) {
    const PatternKind kind = contained != PatternKind::None ? contained : match_structural(line);
    if (kind != PatternKind::None) b.f.pattern = pattern_kind_name(kind);
}

}  // namespace

void compute_features(std::vector<Block>& blocks) {
    SIFT_PER_THREAD PaddedText padded;  // the text being read: one small buffer, reused from block to block
    SIFT_PER_THREAD std::string lower;  // a line lower-cased, when its letters beyond ASCII have cases
    // The short lines whose contained phrases are still to be sought, padded,
    // one after another (its size is kept from page to page).
    SIFT_PER_THREAD std::string lines;
    SIFT_PER_THREAD std::vector<PendingLine> pending;
    std::size_t kept = 0;  // bytes of `lines` that pending lines hold
    pending.clear();
    // The contained phrases of the pending lines, sought two lines at a time
    // (see match_boilerplate_contained_padded_pair), then the structural
    // patterns; empties the list.
    const auto seek_pending = [&] {
        const auto line_of = [&](const PendingLine& p) { return std::string_view(lines.data() + p.at, p.size); };
        std::size_t k = 0;
        for (; k + 1 < pending.size(); k += 2) {
            const std::string_view first = line_of(pending[k]), second = line_of(pending[k + 1]);
            PatternKind first_kind, second_kind;
            match_boilerplate_contained_padded_pair(first, second, first_kind, second_kind);
            set_pattern(blocks[pending[k].block], first, first_kind);
            set_pattern(blocks[pending[k + 1].block], second, second_kind);
        }
        if (k < pending.size()) set_pattern(blocks[pending[k].block], line_of(pending[k]), match_boilerplate_contained_padded(line_of(pending[k])));
        pending.clear();
        kept = 0;
    };
    LowerWord latin_word;  // the census word scan_text builds, empty between blocks
    // Menus, share bars and comment widgets repeat their lines: the features
    // (patterns included) depend on the text alone, so each distinct text is
    // read once and its copies take its features (at the end).
    const EqualTexts groups = group_equal_texts(blocks);
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        if (groups.first[k] != k) continue;
        Block& b = blocks[k];
        const std::string_view text = padded.copy(b.text);
        bool unicode_case = false;
        scan_text(text, unicode_case, latin_word, b.f);
        if (b.f.units > kMaxContainedPatternUnits) continue;
        // The matchers ignore the case of ASCII letters themselves.
        std::string_view line = text;  // padded
        if (unicode_case) {
            lower.clear();
            utf8::append_lower(lower, b.text);
            const std::size_t size = lower.size();
            lower.append(kPhrasePadding, '\0');
            line = std::string_view(lower.data(), size);
        }
        const PatternKind kind = match_boilerplate_line(line);
        if (kind != PatternKind::None) {
            b.f.pattern = pattern_kind_name(kind);
        } else if (unicode_case) {  // rare: sought at once, in its own copy
            set_pattern(b, line, match_boilerplate_contained_padded(line));
        } else {
            const std::size_t needed = kept + text.size() + kPhrasePadding;
            if (lines.size() < needed) lines.resize(std::max(needed, 2 * lines.size()));
            std::memcpy(&lines[kept], text.data(), text.size() + kPhrasePadding);  // padding and all
            pending.push_back({k, kept, text.size()});
            kept = needed;
            if (kept >= kMaxPendingLineBytes) seek_pending();
        }
    }
    seek_pending();
    // Each copy takes its first's features, and every block its repeats
    // (set_repeats, in the same pass).
    for (std::size_t j = 0; j < blocks.size(); ++j) {
        const std::uint32_t first = groups.first[j];
        if (first != j) blocks[j].f = blocks[first].f;
        blocks[j].f.repeats = static_cast<int>(groups.size[first]) - 1;
    }
}

}  // namespace sift
