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
#include "summary_graph.h"
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

// Final score = (1 - kPriorWeight) * centrality + kPriorWeight * prior, both
// scaled to [0, 1]. The prior keeps a news lead in play; centrality lets a
// later sentence that restates the story's core win over a weak lead.
// tools/eval_summary.py scores ROUGE against the pages' own descriptions at an
// equal length budget. On the 51 / 54 pages (text / HTML input) whose
// description an editor wrote (not a copy of the opening), 0.7 gives R1 0.231
// / 0.305 against lead-N's 0.215 / 0.301; 0.5 0.227 / 0.276, 0.8 0.226 /
// 0.307 (half-life 3). Where the description copies the opening, lead-N wins
// by construction and 0.7 stays close (0.82 / 0.79 vs 0.87 / 0.86).
// News leads carry the gist: lean on them.
constexpr double kPriorWeight = 0.7;
// Prior by sentence position k: 1 / (1 + k / kPriorHalfLife); the lead
// sentence scores 1, the 4th about 0.5.
constexpr double kPriorHalfLife = 3.0;
// A paragraph's first sentence is its topic sentence: a small extra prior.
constexpr double kTopicSentenceBonus = 0.15;

// MMR: weight of relevance against redundancy with sentences already chosen.
constexpr double kMmrLambda = 0.7;
// Sentences this similar to a chosen one are near-duplicates: never chosen.
constexpr double kDuplicateSimilarity = 0.8;

// A sentence with this many near-duplicates among the candidates is a
// template (reference lists: "Archived from the original on ..."), not
// content: it leaves the graph, where the cluster would make it "central".
constexpr int kTemplateDuplicates = 3;
static_assert(kDuplicateSimilarity >= kMinEdge, "near-duplicates are counted among the graph's edges");

// Sentences without closing punctuation are often titles, captions or link
// lines ("Lire aussi : ..."), and CJK pieces cut at ；are clauses; they stay
// candidates but score lower.
constexpr double kNoTerminalFactor = 0.5;

// MMR values are computed from the ranks in a few operations on numbers of
// at most 1: their rounding stays far below this.
constexpr double kValueRounding = 1e-12;
// PageRank stops early once no pick can change within the distance its ranks
// may still move (summary_graph.h). Trying costs a pass over the candidates,
// an iteration a pass over the edges: try every few iterations, from the
// first where the distance is usually small enough.
constexpr int kFirstEarlyPick = 10;
constexpr int kEarlyPickEvery = 5;

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
    TermRange terms;           // its distinct terms in SentenceSet::terms (tokenized once)
};

struct SentenceSet {
    std::vector<Sentence> sentences;
    std::vector<std::uint32_t> terms;   // distinct terms of each sentence, back to back
    std::vector<std::uint32_t> counts;  // how often each of those terms occurs in its sentence
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
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
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

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A block's script counts (count_scripts of the whole block) put together
// from its sentences' counts, which fits_length needs anyway, and the gaps
// between them: the word state is carried across as one pass over the block
// would carry it, so the sums are exact. Given up (the caller counts the
// block itself) where a boundary falls inside a UTF-8 sequence (malformed
// text) or a sentence was not read.
class BlockScripts {
public:
    explicit BlockScripts(std::string_view block) : block_(block) {}

    // `own`: count_scripts(sentence) from no word; `own_in_word`: the word
    // state it ended in. Sentences come in order, without overlap.
    void add(std::string_view sentence, const ScriptCounts& own, unsigned own_in_word) {
        if (!exact_) return;
        const std::size_t begin = static_cast<std::size_t>(sentence.data() - block_.data());
        if (begin < covered_) { exact_ = false; return; }
        gap_to(begin);
        if (!exact_) return;
        if (in_word_ == 0) {  // the usual case: the sentence counts as it counted alone
            add_counts(own);
            in_word_ = own_in_word;
        } else {              // a word runs into it: counted again from there
            count_scripts_continued(sentence, total_, in_word_);
        }
        covered_ = begin + sentence.size();
        exact_ = covered_ == block_.size() || !is_continuation_byte(block_[covered_]);
    }
    void give_up() { exact_ = false; }
    // The block's counts, if they came out exact.
    bool finish(ScriptCounts& out) {
        if (exact_) gap_to(block_.size());
        if (exact_) out = total_;
        return exact_;
    }

private:
    void gap_to(std::size_t end) {
        if (end < block_.size() && is_continuation_byte(block_[end])) { exact_ = false; return; }
        if (end > covered_) count_scripts_continued(block_.substr(covered_, end - covered_), total_, in_word_);
        covered_ = end;
    }
    void add_counts(const ScriptCounts& c) {
        total_.words += c.words;
        total_.han += c.han;
        total_.kana += c.kana;
        total_.hangul += c.hangul;
    }

    std::string_view block_;
    std::size_t covered_ = 0;  // bytes counted so far
    unsigned in_word_ = 0;     // count_scripts' word state there
    bool exact_ = true;
    ScriptCounts total_;
};

int automatic_count(std::size_t total_sentences) {
    const int by_length = static_cast<int>((total_sentences + kSentencesPerSummarySentence / 2) /
                                           kSentencesPerSummarySentence);
    return std::max(1, std::min(kDefaultSummarySentences, by_length));
}

// Sentences that start within the first kMaxSummaryScanBytes of the source
// text are kept (and tokenized when they fit); later ones are only counted,
// and only until automatic_count() can grow no more.
// `scanned_bytes`: the source text it will read (sizes the term arrays).
SentenceSet collect_sentences(const std::vector<BodyBlock>& body, std::size_t scanned_bytes, SentenceTerms& tokenizer,
                              std::vector<KnownBlockCounts>* known) {
    SentenceSet set;
    if (known) known->assign(body.size(), KnownBlockCounts{});
    const std::size_t expected_terms = scanned_bytes / kBytesPerSentenceTerm;
    set.terms.reserve(expected_terms);
    set.counts.reserve(expected_terms);
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
        bool first = true;
        for (std::string_view s : pieces) {
            if (offset + static_cast<std::size_t>(s.data() - text.data()) >= kMaxSummaryScanBytes) {
                ++set.unread;
                block_scripts.give_up();
                continue;
            }
            ScriptCounts scripts;
            unsigned in_word = 0;
            count_scripts_continued(s, scripts, in_word);
            block_scripts.add(s, scripts, in_word);
            Sentence sentence;
            sentence.text = s;
            sentence.block = static_cast<int>(b);
            sentence.position = static_cast<int>(set.sentences.size());
            sentence.topic = first;
            sentence.terminal = ends_with_terminal(s);
            const std::uint32_t begin = static_cast<std::uint32_t>(set.terms.size());
            sentence.terms = TermRange{begin, begin};
            if (fits_length(scripts) && !ends_with_colon(s)) {
                tokenizer.sorted_term_counts(s, set.terms, set.counts);
                sentence.eligible = set.terms.size() - begin >= kMinContentTokens;
                if (sentence.eligible) {
                    sentence.terms.end = static_cast<std::uint32_t>(set.terms.size());
                } else {
                    set.terms.resize(begin);
                    set.counts.resize(begin);
                }
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
        for (std::uint32_t k = r.begin; k < r.end; ++k) ++frequency[set.terms[k]];
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
        for (std::uint32_t k = r.begin; k < r.end; ++k) sum += log_frequency(frequency[set.terms[k]]);
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
std::vector<TermRange> candidate_terms(SentenceSet& set, const std::vector<int>& chosen, SentenceTerms& tokenizer) {
    std::vector<TermRange> ranges;
    ranges.reserve(chosen.size());
    for (int s : chosen) {
        const Sentence& sentence = set.sentences[s];
        if (sentence.eligible) {
            ranges.push_back(sentence.terms);
            continue;
        }
        const std::uint32_t begin = static_cast<std::uint32_t>(set.terms.size());
        tokenizer.sorted_term_counts(sentence.text, set.terms, set.counts);
        ranges.push_back(TermRange{begin, static_cast<std::uint32_t>(set.terms.size())});
    }
    return ranges;
}

}  // namespace

std::vector<SummaryItem> summarise(const std::vector<BodyBlock>& body, std::string_view /*lang*/, int wanted,
                                   std::vector<KnownBlockCounts>* known) {
    std::size_t source_bytes = 0;
    for (const BodyBlock& b : body) if (is_summary_source(b.type)) source_bytes += b.text.size();
    const std::size_t scanned_bytes = std::min(source_bytes, kMaxSummaryScanBytes);
    SentenceTerms tokenizer(scanned_bytes);
    SentenceSet set = collect_sentences(body, scanned_bytes, tokenizer, known);
    const std::vector<Sentence>& sentences = set.sentences;
    if (sentences.empty()) return {};

    std::vector<int> pool;
    for (const Sentence& s : sentences) if (s.eligible) pool.push_back(s.position);
    if (pool.empty())  // nothing fits: fall back to every sentence
        for (const Sentence& s : sentences) pool.push_back(s.position);

    const std::vector<int> chosen = cap_candidates(set, pool, tokenizer.term_count());
    const std::vector<TermRange> terms = candidate_terms(set, chosen, tokenizer);
    const SentenceSimilarity similarity(terms, set.terms, set.counts, tokenizer.term_count());
    const SimilarityGraph graph = similarity.graph(kMinEdge);
    const std::size_t n = chosen.size();

    std::vector<int> near_duplicates(n, 0);  // each pair is stored once: count it for both
    for (std::size_t i = 0; i < n; ++i) {
        for (std::uint32_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
            if (graph.similarity[e] < kDuplicateSimilarity) continue;
            ++near_duplicates[i];
            ++near_duplicates[graph.neighbour[e]];
        }
    }
    std::vector<bool> is_template(n, false);
    for (std::size_t i = 0; i < n; ++i) is_template[i] = near_duplicates[i] >= kTemplateDuplicates;
    int count = wanted > 0 ? wanted : automatic_count(sentences.size() + set.unread);
    count = std::min<int>(count, static_cast<int>(n));

    // MMR's picks from ranks within `distance` of the final ones (0: the
    // final ones); false when ranks that far off could pick differently.
    // Candidates are in position order, so '>' keeps the earlier on ties.
    std::vector<std::vector<std::pair<std::uint32_t, double>>> similar(n);  // asked once per candidate
    std::vector<std::size_t> picked;
    std::vector<double> score(n), max_sim(n);
    std::vector<unsigned char> used(n);  // bytes, not vector<bool>'s bits: read n times per pick
    const auto select = [&](const std::vector<double>& rank, double distance) {
        const double max_rank = *std::max_element(rank.begin(), rank.end());
        // How far a value below can be from the final one: rank / max_rank
        // moves by at most 2 * distance / (max_rank - distance).
        double slack = 0;
        if (distance > 0) {
            if (max_rank <= distance) return false;
            slack = kMmrLambda * (1.0 - kPriorWeight) * 2 * distance / (max_rank - distance) + kValueRounding;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Sentence& s = sentences[chosen[i]];
            const double prior = std::min(1.0, 1.0 / (1.0 + s.position / kPriorHalfLife) +
                                                   (s.topic ? kTopicSentenceBonus : 0.0));
            const double central = max_rank > 0 ? rank[i] / max_rank : 0.0;
            // A sentence without content tokens cannot represent anything.
            score[i] = terms[i].empty() ? 0.0 : (1.0 - kPriorWeight) * central + kPriorWeight * prior;
            if (!s.terminal) score[i] *= kNoTerminalFactor;
            if (is_template[i]) score[i] = 0;
        }
        picked.clear();
        std::fill(max_sim.begin(), max_sim.end(), 0.0);
        std::fill(used.begin(), used.end(), 0);
        while (static_cast<int>(picked.size()) < count) {
            std::size_t best = n;
            double best_value = 0, runner_up = -1;  // values are above -1
            for (std::size_t i = 0; i < n; ++i) {
                if (used[i] || max_sim[i] >= kDuplicateSimilarity) continue;
                const double value = kMmrLambda * score[i] - (1.0 - kMmrLambda) * max_sim[i];
                if (best == n || value > best_value) {
                    if (best != n) runner_up = std::max(runner_up, best_value);
                    best = i;
                    best_value = value;
                } else {
                    runner_up = std::max(runner_up, value);
                }
            }
            if (best == n) break;
            if (slack > 0 && best_value - runner_up <= 2 * slack) return false;
            used[best] = 1;
            picked.push_back(best);
            // Sentences sharing no term with it have similarity 0, which raises no maximum.
            if (similar[best].empty()) similarity.similarities_of(best, similar[best]);
            for (const auto& [j, sim] : similar[best]) max_sim[j] = std::max(max_sim[j], sim);
            // Identical text counts as a duplicate even when it has no tokens.
            for (std::size_t i = 0; i < n; ++i)
                if (sentences[chosen[i]].text == sentences[chosen[best]].text) used[i] = 1;
        }
        return true;
    };

    // PageRank runs until MMR's picks can no longer change (at most its
    // fixed iteration count, where they are the final ones by definition).
    Centrality pagerank(graph, is_template);
    for (;;) {
        pagerank.step();
        if (pagerank.done()) {
            select(pagerank.rank(), 0);
            break;
        }
        const int iterations = pagerank.iterations();
        if (iterations >= kFirstEarlyPick && (iterations - kFirstEarlyPick) % kEarlyPickEvery == 0 &&
            select(pagerank.rank(), pagerank.distance_to_final()))
            break;
    }

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
