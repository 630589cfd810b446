// summarize.cpp — sentence graph ranking with a position prior and MMR.
//
// Input: body blocks. Output: SummaryItems in reading order. See summarize.h
// for the method and the cap; the knobs are named below (PageRank's in
// summary_graph.cpp).
#include "summarize.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "sentences.h"
#include "stats.h"
#include "summary_block_scripts.h"
#include "summary_graph.h"
#include "summary_picks.h"
#include "summary_spans.h"
#include "summary_terms.h"
#include "utf8.h"

namespace sift {
namespace {

// Sentence length limits, in units. Alphabetic scripts count words, CJK
// counts characters, which carry less each, so CJK gets wider limits.
constexpr int kMinUnitsLatin = 6;     // shorter is a fragment ("Read more.", a dateline)
constexpr int kMaxUnitsLatin = 80;    // longer is a run-on list or a mis-split block
constexpr int kMinUnitsCjk = 10;      // ~6 words' worth of characters
constexpr int kMaxUnitsCjk = 160;     // Chinese news sentences of 100+ characters are normal
// A sentence needs this many distinct content tokens (stopwords, numbers,
// single letters and symbols do not count): "^ a b c d e "New Zealand"." has
// two, and so has "list: [ list: [ list: ...".
constexpr std::size_t kMinContentTokens = 3;

// Edges weaker than this are noise (one shared common word) and are dropped
// from the graph (MMR asks for a picked sentence's similarities anew).
constexpr double kMinEdge = 0.05;

// Prior by sentence position k: 1 / (1 + k / kPriorHalfLife); the lead
// sentence scores 1, the 4th about 0.5.
constexpr double kPriorHalfLife = 3.0;
// A paragraph's first sentence is its topic sentence: a small extra prior.
constexpr double kTopicSentenceBonus = 0.15;

// A sentence with this many near-duplicates among the candidates is a
// template (reference lists: "Archived from the original on ..."), not
// content: it leaves the graph, where the cluster would make it "central".
constexpr std::uint32_t kTemplateDuplicates = 3;
static_assert(kDuplicateSimilarity >= kMinEdge, "near-duplicates are counted among the graph's edges");

// PageRank's ranks are offered to MMR (summary_picks.h) first after this
// many iterations, then again once the distance to the final ranks should be
// within the picks' tolerance, at the rate the last iteration shrank it (a
// check costs about an iteration). Few corpus pages are settled sooner: a
// first check at 4 or 6 costs 0.5 M or 0.3 M Ir more in all, one at 9 the same.
constexpr int kFirstPickCheck = 8;
// The rate assumed when the iteration before a check was not measured.
constexpr double kAssumedShrinkPerIteration = 0.7;
// Bounds for the measured rate: PageRank shrinks its steps by at most
// kDamping (0.85) per iteration in the long run; the lower one only keeps the
// logarithm finite.
constexpr double kSlowestShrink = 0.85;
constexpr double kFastestShrink = 0.05;
// When a pick ties a rival within rounding, no distance suffices yet; the
// ranks are offered again after this many iterations.
constexpr int kRecheckAfterTie = 5;

// The term arrays are sized up front for about one distinct term per this
// many bytes of source text (English prose: a word per ~6 bytes, a few of
// them stopwords or repeated within their sentence), so they rarely regrow.
constexpr std::size_t kBytesPerSentenceTerm = 8;

// Automatic count: at most one summary sentence per this many sentences.
constexpr int kSentencesPerSummarySentence = 5;

struct Sentence {
    std::string_view text;
    int block = 0;
    int position = 0;          // index among all sentences, reading order
    bool topic = false;        // first sentence of its block
    bool eligible = false;     // length and shape fit a summary
    bool terminal = false;     // ends with sentence punctuation (closers allowed)
    TermRange terms;           // its distinct terms in SentenceSet::runs (tokenized once)
    // Its word spans as extract_keywords recorded them (summary_spans.h),
    // when it has them; else its terms come from scanning its text.
    SentenceSpans spans;
};

struct SentenceSet {
    std::vector<Sentence> sentences;
    TermRuns runs;                      // distinct terms of each sentence and their counts, back to back
    std::size_t unread = 0;             // sentences past kMaxSummaryScanBytes: counted, not kept
};

bool is_summary_source(BodyType t) {
    return t == BodyType::Paragraph || t == BodyType::ListItem || t == BodyType::Quote;
}

// Lead-ins ("He said:") introduce something else; they summarise nothing.
bool ends_with_colon(std::string_view s) {
    return (!s.empty() && s.back() == ':') ||
           (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xEF\xBC\x9A") == 0);  // U+FF1A
}

bool ends_with_terminal(std::string_view s) {
    std::size_t end = s.size();
    // Most sentences end in ASCII '.', '!' or '?', or in a letter: answered
    // here, without decoding or a call (utf8's own tests say the same).
    if (end > 0) {
        const char last = s[end - 1];
        if (last == '.' || last == '!' || last == '?') return true;
        if (static_cast<unsigned char>(last) < 0x80 && last != '"' && last != '\'' && last != ')' && last != ']')
            return false;
    }
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && utf8::is_continuation(s[start])) --start;
        std::size_t j = start;
        const char32_t c = utf8::next_codepoint(s, j);
        if (utf8::is_sentence_end(c)) return true;  // not ';': a clause, often a fragment
        if (!utf8::is_closing_punct(c)) return false;
        end = start;
    }
    return false;
}

bool fits_length(const ScriptCounts& counts) {
    const std::size_t units = counts.units();
    const bool mostly_cjk = counts.cjk() * 2 >= units;
    const std::size_t lo = mostly_cjk ? kMinUnitsCjk : kMinUnitsLatin;
    const std::size_t hi = mostly_cjk ? kMaxUnitsCjk : kMaxUnitsLatin;
    return units >= lo && units <= hi;
}

// Appends a sentence's sorted term runs: from its recorded spans when it
// has them, else from its text.
void add_sentence_terms(const Sentence& sentence, const std::vector<BodyBlock>& body, const PageWords* words,
                        SentenceTerms& tokenizer, SentenceSet& set) {
    if (sentence.spans.known)
        tokenizer.sorted_term_counts(body[static_cast<std::size_t>(sentence.block)].text, sentence.spans.first,
                                     sentence.spans.last, *words, set.runs);
    else
        tokenizer.sorted_term_counts(sentence.text, set.runs);
}

int automatic_count(std::size_t total_sentences) {
    const int by_length = static_cast<int>((total_sentences + kSentencesPerSummarySentence / 2) /
                                           kSentencesPerSummarySentence);
    return std::max(1, std::min(kDefaultSummarySentences, by_length));
}

// Sentences that start within the first kMaxSummaryScanBytes of the source
// text are kept (and tokenized when they fit); later ones are only counted,
// and only until automatic_count() can grow no more.
// `scanned_bytes`: the source text it will read (sizes the term arrays).
// `words`: the page's recorded word spans, or null.
SentenceSet collect_sentences(const std::vector<BodyBlock>& body, std::size_t scanned_bytes, SentenceTerms& tokenizer,
                              std::vector<KnownBlockCounts>* known, const PageWords* words) {
    SentenceSet set;
    if (known) known->assign(body.size(), KnownBlockCounts{});
    const std::size_t expected_terms = scanned_bytes / kBytesPerSentenceTerm;
    set.runs.make_room(expected_terms);
    std::vector<std::string_view> pieces;
    std::size_t block_offset = 0;  // source bytes before the current block
    for (std::size_t b = 0; b < body.size(); ++b) {
        if (!is_summary_source(body[b].type)) continue;
        const std::string_view text = body[b].text;
        const std::size_t offset = block_offset;
        block_offset += text.size();
        if (offset >= kMaxSummaryScanBytes &&
            automatic_count(set.sentences.size() + set.unread) >= kDefaultSummarySentences)
            break;
        pieces.clear();
        split_sentences(text, pieces);
        BlockScripts block_scripts(text);
        BlockSpans block_spans(words, b, text);
        bool first = true;
        for (std::string_view s : pieces) {
            if (offset + static_cast<std::size_t>(s.data() - text.data()) >= kMaxSummaryScanBytes) {
                ++set.unread;
                block_scripts.give_up();
                continue;
            }
            Sentence sentence;
            ScriptCounts scripts;
            unsigned in_word = 0;
            const std::size_t at = static_cast<std::size_t>(s.data() - text.data());
            if (!block_spans.take(at, at + s.size(), sentence.spans, scripts, in_word))
                count_scripts_continued(s, scripts, in_word);
            block_scripts.add(s, scripts, in_word);
            sentence.text = s;
            sentence.block = static_cast<int>(b);
            sentence.position = static_cast<int>(set.sentences.size());
            sentence.topic = first;
            sentence.terminal = ends_with_terminal(s);
            const std::uint32_t begin = static_cast<std::uint32_t>(set.runs.size);
            sentence.terms = TermRange{begin, begin};
            if (fits_length(scripts) && !ends_with_colon(s)) {
                add_sentence_terms(sentence, body, words, tokenizer, set);
                sentence.eligible = set.runs.size - begin >= kMinContentTokens;
                if (sentence.eligible) sentence.terms.end = static_cast<std::uint32_t>(set.runs.size);
                else set.runs.size = begin;
            }
            first = false;
            set.sentences.push_back(sentence);
        }
        if (known) {
            KnownBlockCounts& k = (*known)[b];
            k.sentences = static_cast<int>(pieces.size());
            k.scripts_known = block_scripts.finish(k.scripts);
        }
    }
    return set;
}

// Picks at most kMaxGraphSentences pool members: the first kLeadCandidates,
// then the highest mean log document frequency of their tokens (ties:
// earlier first). Linear: one pass over the stored terms and one nth_element.
std::vector<int> cap_candidates(const SentenceSet& set, const std::vector<int>& pool, std::size_t term_count) {
    if (pool.size() <= kMaxGraphSentences) return pool;
    std::vector<std::uint32_t> frequency(term_count, 0);
    for (int s : pool) {
        const TermRange r = set.sentences[s].terms;
        for (std::uint32_t k = r.begin; k < r.end; ++k) ++frequency[set.runs.terms()[k]];
    }
    // log(1 + frequency) by frequency (at most the pool's size), each taken once.
    std::vector<double> log_of(pool.size() + 1, -1.0);
    const auto log_frequency = [&](std::uint32_t f) {
        if (log_of[f] < 0) log_of[f] = std::log(1.0 + f);
        return log_of[f];
    };
    std::vector<std::pair<double, int>> scored;  // (score, position) for the non-lead rest
    for (std::size_t p = kLeadCandidates; p < pool.size(); ++p) {
        const TermRange r = set.sentences[pool[p]].terms;
        double sum = 0;
        for (std::uint32_t k = r.begin; k < r.end; ++k) sum += log_frequency(frequency[set.runs.terms()[k]]);
        const std::uint32_t n = r.end - r.begin;
        scored.emplace_back(n == 0 ? 0.0 : sum / n, pool[p]);
    }
    const std::size_t rest = kMaxGraphSentences - kLeadCandidates;
    const auto better = [](const std::pair<double, int>& a, const std::pair<double, int>& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::nth_element(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(rest), scored.end(), better);
    std::vector<int> chosen(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(kLeadCandidates));
    for (std::size_t k = 0; k < rest; ++k) chosen.push_back(scored[k].second);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

// The term runs of the chosen sentences; those of the fallback pool (not
// eligible, so not tokenized yet) are tokenized now, after the others.
std::vector<TermRange> candidate_terms(SentenceSet& set, const std::vector<int>& chosen, SentenceTerms& tokenizer,
                                       const std::vector<BodyBlock>& body, const PageWords* words) {
    std::vector<TermRange> ranges;
    ranges.reserve(chosen.size());
    for (int s : chosen) {
        const Sentence& sentence = set.sentences[s];
        if (sentence.eligible) {
            ranges.push_back(sentence.terms);
            continue;
        }
        const std::uint32_t begin = static_cast<std::uint32_t>(set.runs.size);
        add_sentence_terms(sentence, body, words, tokenizer, set);
        ranges.push_back(TermRange{begin, static_cast<std::uint32_t>(set.runs.size)});
    }
    return ranges;
}

// How many more PageRank iterations until `distance` (to the final ranks)
// is expected below `tolerance`, shrinking by `rate` per iteration (the last
// one's; later ones shrink a little more slowly, never more slowly than
// kDamping). A guess only: a check that comes too early costs one more
// check, never a different result.
int iterations_until(double tolerance, double distance, double rate) {
    if (tolerance <= 0) return kRecheckAfterTie;
    rate = std::min(std::max(rate, kFastestShrink), kSlowestShrink);
    const double wanted = std::ceil(std::log(tolerance / distance) / std::log(rate));
    return wanted < 1 ? 1 : wanted > kPageRankIterations ? kPageRankIterations : static_cast<int>(wanted);
}

}  // namespace

std::vector<SummaryItem> summarise(const std::vector<BodyBlock>& body, std::string_view /*lang*/, int wanted,
                                   std::vector<KnownBlockCounts>* known, const PageWords* words) {
    std::size_t source_bytes = 0;
    std::size_t unrecorded_bytes = 0;  // of blocks whose words the tokenizer finds itself
    for (std::size_t b = 0; b < body.size(); ++b) {
        if (!is_summary_source(body[b].type)) continue;
        source_bytes += body[b].text.size();
        if (!words || !words->has_block(b)) unrecorded_bytes += body[b].text.size();
    }
    const std::size_t scanned_bytes = std::min(source_bytes, kMaxSummaryScanBytes);
    SentenceTerms tokenizer(scanned_bytes, std::min(unrecorded_bytes, kMaxSummaryScanBytes));
    SentenceSet set = collect_sentences(body, scanned_bytes, tokenizer, known, words);
    const std::vector<Sentence>& sentences = set.sentences;
    if (sentences.empty()) return {};

    // The eligible sentences, listed without a branch on each (which went
    // either way, sentence by sentence).
    std::vector<int> pool(sentences.size());
    std::size_t eligible = 0;
    for (const Sentence& s : sentences) {
        pool[eligible] = s.position;
        eligible += s.eligible;
    }
    pool.resize(eligible);
    if (pool.empty())  // nothing fits: fall back to every sentence
        for (const Sentence& s : sentences) pool.push_back(s.position);

    const std::vector<int> chosen = cap_candidates(set, pool, tokenizer.term_count());
    const std::vector<TermRange> terms = candidate_terms(set, chosen, tokenizer, body, words);
    const SentenceSimilarity similarity(terms, set.runs.terms(), set.runs.counts(), tokenizer.term_count());
    const SimilarityGraph graph = similarity.graph(kMinEdge, kDuplicateSimilarity);
    const std::size_t n = chosen.size();

    std::vector<unsigned char> is_template(n, 0);
    for (std::size_t i = 0; i < n; ++i) is_template[i] = graph.strong_neighbours[i] >= kTemplateDuplicates;
    int count = wanted > 0 ? wanted : automatic_count(sentences.size() + set.unread);
    count = std::min<int>(count, static_cast<int>(n));

    std::vector<PickCandidate> shapes(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Sentence& s = sentences[chosen[i]];
        shapes[i].text = s.text;
        shapes[i].prior = std::min(1.0, 1.0 / (1.0 + s.position / kPriorHalfLife) + (s.topic ? kTopicSentenceBonus : 0.0));
        shapes[i].has_terms = !terms[i].empty();
        shapes[i].terminal = s.terminal;
        shapes[i].is_template = is_template[i] != 0;
    }
    SummaryPicker picker(std::move(shapes), similarity, count);

    // PageRank runs until MMR's picks can no longer change (at most its
    // fixed iteration count, where they are the final ones by definition).
    Centrality pagerank(graph, is_template);
    int next_check = kFirstPickCheck;
    double length_before = 0;  // the step length one iteration before the check, if measured
    for (;;) {
        pagerank.step();
        if (pagerank.done()) {
            picker.pick(pagerank.rank(), false);
            break;
        }
        const int iterations = pagerank.iterations();
        if (iterations < next_check) {
            if (iterations + 1 == next_check) length_before = pagerank.step_length();
            continue;
        }
        double length = 0;
        const double distance = pagerank.distance_to_final(&length);
        const double tolerance = picker.pick(pagerank.rank(), true);
        if (distance < tolerance) break;
        const double rate = length_before > 0 ? length / length_before : kAssumedShrinkPerIteration;
        next_check = iterations + iterations_until(tolerance, distance, rate);
        length_before = length;  // for a check at the very next iteration
    }

    std::vector<std::size_t> picked = picker.picked();
    std::sort(picked.begin(), picked.end());  // candidate order is reading order
    std::vector<SummaryItem> out;
    for (std::size_t i : picked) {
        const Sentence& s = sentences[chosen[i]];
        SummaryItem item;
        item.text = std::string(s.text);
        item.block = s.block;
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace sift
