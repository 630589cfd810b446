// summary_spans.cpp — sentences' recorded word spans and their script
// counts, for the summariser (summary_spans.h).
#include "summary_spans.h"

#include "utf8.h"

namespace sift {
namespace {

// True when text[from, to) is one or more apostrophes (' or U+2019), the
// only characters count_scripts lets a word run on through: two word spans
// with only those between them are one word to it.
bool apostrophes_only(std::string_view text, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    while (from < to) {
        if (text[from] == '\'') {
            ++from;
        } else if (text[from] == '\xE2' && to - from >= 3 && text[from + 1] == '\x80' && text[from + 2] == '\x99') {
            from += 3;
        } else {
            return false;
        }
    }
    return true;
}

// Whether byte c may end an apostrophe: ' itself, or U+2019's last byte.
bool ends_apostrophe(char c) { return c == '\'' || c == '\x99'; }

}  // namespace

BlockSpans::BlockSpans(const PageWords* words, std::size_t block, std::string_view text) : text_(text) {
    if (!words || !words->has_block(block)) return;
    next_ = words->occurrences.data() + words->block_begin[block];
    last_ = words->occurrences.data() + words->block_end[block];
    known_ = true;
}

// One walk over the spans that start before `end`, which finds where they
// stop and counts them as it goes: count_scripts_continued of the sentence
// from no word, where a CJK span counts its characters by script and the
// others a word each, except one that continues the word before it across
// apostrophes only. `in_word` becomes the state it ends in: in a word when
// the last span is one and nothing but apostrophes follows it. (Counts made
// over a span cut by a bound are dropped with the sentence.)
bool BlockSpans::take(std::size_t begin, std::size_t end, SentenceSpans& spans, ScriptCounts& scripts, unsigned& in_word) {
    if (!known_) return false;
    while (next_ != last_ && next_->end <= begin) ++next_;
    const WordOccurrence* const first = next_;
    ScriptCounts n;
    const WordOccurrence* after = first;
    for (; after != last_ && after->begin < end; ++after) {
        const WordOccurrence* const o = after;
        if (o->surface < 0) {
            for (std::size_t i = o->begin; i < o->end;) {
                const char32_t c = utf8::next_codepoint(text_, i);
                if (utf8::is_han(c)) ++n.han;
                else if (utf8::is_kana(c)) ++n.kana;
                else ++n.hangul;  // the rest of utf8::is_cjk
            }
            continue;
        }
        // A word continues the one before only across apostrophes (' or
        // U+2019) alone, at least two bytes of them (one before a word
        // character would have joined the two spans into one): so only when
        // the byte before it ends an apostrophe. That test rules out almost
        // every word at once (the gap's size, tested first, mispredicted at
        // every punctuation mark). (o->begin > 0 past the first: a span
        // ends before it.)
        if (o == first || !ends_apostrophe(text_[o->begin - 1]) || o->begin - o[-1].end < 2 || o[-1].surface < 0 ||
            !apostrophes_only(text_, o[-1].end, o->begin))
            ++n.words;
    }
    const bool cut_before = first != after && first->begin < begin;
    const bool cut_after = first != after && after[-1].end > end;
    next_ = cut_after ? after - 1 : after;  // a span cut at the end may start the next sentence's
    if (cut_before || cut_after) return false;
    spans = SentenceSpans{first, after, true};
    scripts = n;
    in_word = first != after && after[-1].surface >= 0 &&
              (after[-1].end == end || apostrophes_only(text_, after[-1].end, end));
    return true;
}

}  // namespace sift
