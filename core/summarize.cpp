// summarize.cpp — sentence graph ranking with a position prior and MMR.
//
// Input: body blocks. Output: SummaryItems in reading order. See summarize.h
// for the method and the cap; the knobs are all named below.
#include "summarize.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "sentences.h"
#include "stats.h"
#include "tokens.h"
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

// PageRank: the classic damping; 50 fixed iterations converge to well below
// the differences that matter for ranking (no data-dependent stopping, so
// the same input always does the same arithmetic).
constexpr double kDamping = 0.85;
constexpr int kIterations = 50;

// Edges weaker than this are noise (one shared common word) and are dropped.
constexpr double kMinEdge = 0.05;

// Final score = (1 - kPriorWeight) * centrality + kPriorWeight * prior, both
// scaled to [0, 1]. The prior keeps a news lead in play; centrality lets a
// later sentence that restates the story's core win over a weak lead. Checked
// against the meta descriptions of the readability corpus pages (word-overlap
// F1 with the human-written excerpt, 49 pages): 0.5 scores ~0.28 where the
// lead sentences score ~0.26; 0.2 (~0.19) and 0.7 (~0.27) do worse.
constexpr double kPriorWeight = 0.5;
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

// Sentences without closing punctuation are often titles, captions or link
// lines ("Lire aussi : ..."), and CJK pieces cut at ；are clauses; they stay
// candidates but score lower.
constexpr double kNoTerminalFactor = 0.5;

// Automatic count: at most one summary sentence per this many sentences.
constexpr int kSentencesPerSummarySentence = 5;

struct Sentence {
    std::string_view text;
    int block = 0;
    int position = 0;          // index among all sentences, reading order
    bool topic = false;        // first sentence of its block
    bool eligible = false;     // length and shape fit a summary
    bool terminal = false;     // ends with sentence punctuation (closers allowed)
    std::uint32_t ids_begin = 0, ids_end = 0;  // its distinct token ids in SentenceSet::ids
};

struct SentenceSet {
    std::vector<Sentence> sentences;
    std::vector<std::uint32_t> ids;     // distinct token ids of each sentence, back to back (tokenized once)
    std::vector<std::uint32_t> counts;  // how often each of those ids occurs in its sentence
};

// The token ids of `text`, sorted, as (distinct id, count) runs appended to
// ids/counts. Reuses a per-thread token buffer.
void sorted_id_counts(std::string_view text, std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& counts) {
    thread_local std::vector<Token> tokens;
    thread_local std::vector<std::uint32_t> all;
    tokens.clear();
    tokenize(text, tokens);
    all.clear();
    for (const Token& t : tokens) all.push_back(t.id);
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        while (j < all.size() && all[j] == all[i]) ++j;
        ids.push_back(all[i]);
        counts.push_back(static_cast<std::uint32_t>(j - i));
        i = j;
    }
}

struct Candidate {
    int sentence = 0;                                      // index into sentences
    std::vector<std::pair<std::uint32_t, double>> vec;     // (token id, tf-idf), sorted by id
    double norm = 0;
    double score = 0;
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

bool fits_length(std::string_view s) {
    std::size_t cjk = 0;
    for (std::size_t i = 0; i < s.size();) if (utf8::is_cjk(utf8::next_codepoint(s, i))) ++cjk;
    const std::size_t units = count_units(s);
    const bool mostly_cjk = cjk * 2 >= units;
    const std::size_t lo = mostly_cjk ? kMinUnitsCjk : kMinUnitsLatin;
    const std::size_t hi = mostly_cjk ? kMaxUnitsCjk : kMaxUnitsLatin;
    return units >= lo && units <= hi;
}

SentenceSet collect_sentences(const std::vector<BodyBlock>& body) {
    SentenceSet set;
    std::vector<std::string_view> pieces;
    for (std::size_t b = 0; b < body.size(); ++b) {
        if (!is_summary_source(body[b].type)) continue;
        bool first = true;
        for (std::string_view s : split_sentences(body[b].text)) {
            Sentence sentence;
            sentence.text = s;
            sentence.block = static_cast<int>(b);
            sentence.position = static_cast<int>(set.sentences.size());
            sentence.topic = first;
            sentence.terminal = ends_with_terminal(s);
            sentence.ids_begin = sentence.ids_end = static_cast<std::uint32_t>(set.ids.size());
            if (fits_length(s) && !ends_with_colon(s)) {
                sorted_id_counts(s, set.ids, set.counts);
                sentence.eligible = set.ids.size() - sentence.ids_begin >= kMinContentTokens;
                if (sentence.eligible) {
                    sentence.ids_end = static_cast<std::uint32_t>(set.ids.size());
                } else {
                    set.ids.resize(sentence.ids_begin);
                    set.counts.resize(sentence.ids_begin);
                }
            }
            first = false;
            set.sentences.push_back(sentence);
        }
    }
    return set;
}

// Picks at most kMaxGraphSentences pool members: the first kLeadCandidates,
// then the highest mean log document frequency of their tokens (ties:
// earlier first). Linear: one pass over the stored ids and one nth_element.
std::vector<int> cap_candidates(const SentenceSet& set, const std::vector<int>& pool) {
    if (pool.size() <= kMaxGraphSentences) return pool;
    std::unordered_map<std::uint32_t, std::uint32_t> frequency;  // lookups only: order never observed
    for (int s : pool)
        for (std::uint32_t k = set.sentences[s].ids_begin; k < set.sentences[s].ids_end; ++k) ++frequency[set.ids[k]];
    std::vector<std::pair<double, int>> scored;  // (score, position) for the non-lead rest
    for (std::size_t p = kLeadCandidates; p < pool.size(); ++p) {
        const Sentence& s = set.sentences[pool[p]];
        double sum = 0;
        for (std::uint32_t k = s.ids_begin; k < s.ids_end; ++k) sum += std::log(1.0 + frequency[set.ids[k]]);
        const std::uint32_t n = s.ids_end - s.ids_begin;
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

// Builds tf-idf vectors over the candidate set (idf from the candidates
// themselves: the article is its own corpus) and fills `sim` (n x n) with
// their cosine similarities. One pass per token over the candidates holding
// it (an inverted index), summing each pair's products in ascending token id
// order: the same arithmetic as a merge of the two sorted vectors.
std::vector<Candidate> build_vectors(const SentenceSet& set, const std::vector<int>& chosen, std::vector<double>& sim) {
    const std::size_t n = chosen.size();
    std::vector<Candidate> cands(n);
    struct Posting { std::uint32_t id; std::uint32_t cand; std::uint32_t count; };
    std::vector<Posting> postings;
    std::vector<std::uint32_t> ids, counts;
    for (std::size_t k = 0; k < n; ++k) {
        cands[k].sentence = chosen[k];
        const Sentence& s = set.sentences[chosen[k]];
        if (s.eligible) {
            for (std::uint32_t x = s.ids_begin; x < s.ids_end; ++x)
                postings.push_back({set.ids[x], static_cast<std::uint32_t>(k), set.counts[x]});
        } else {  // the fallback pool: not tokenized yet
            ids.clear();
            counts.clear();
            sorted_id_counts(s.text, ids, counts);
            for (std::size_t x = 0; x < ids.size(); ++x)
                postings.push_back({ids[x], static_cast<std::uint32_t>(k), counts[x]});
        }
    }
    std::sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) {
        return a.id != b.id ? a.id < b.id : a.cand < b.cand;
    });
    std::vector<double> norm2(n, 0.0);
    std::vector<double> weight(postings.size());
    const double nd = static_cast<double>(n);
    for (std::size_t g = 0; g < postings.size();) {
        std::size_t e = g;
        while (e < postings.size() && postings[e].id == postings[g].id) ++e;
        const int df = static_cast<int>(e - g);
        const double idf = std::log(1.0 + nd / df);
        for (std::size_t p = g; p < e; ++p) {
            const double w = postings[p].count * idf;
            weight[p] = w;
            cands[postings[p].cand].vec.emplace_back(postings[p].id, w);
            norm2[postings[p].cand] += w * w;
        }
        g = e;
    }
    for (std::size_t k = 0; k < n; ++k) cands[k].norm = std::sqrt(norm2[k]);

    std::vector<double> dot(n * n, 0.0);  // upper triangle: dot[i * n + j], i < j
    for (std::size_t g = 0; g < postings.size();) {
        std::size_t e = g;
        while (e < postings.size() && postings[e].id == postings[g].id) ++e;
        for (std::size_t a = g; a < e; ++a) {
            const std::size_t i = postings[a].cand;
            const double wa = weight[a];
            double* row = &dot[i * n];
            for (std::size_t b = a + 1; b < e; ++b) row[postings[b].cand] += wa * weight[b];
        }
        g = e;
    }
    sim.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (cands[i].norm == 0) continue;
        for (std::size_t j = i + 1; j < n; ++j) {
            if (cands[j].norm == 0) continue;
            const double c = dot[i * n + j] / (cands[i].norm * cands[j].norm);
            sim[i * n + j] = sim[j * n + i] = c;
        }
    }
    return cands;
}

// PageRank over the weighted similarity graph with uniform teleport. Zero
// edges are skipped (adding 0 changes no sum), so each iteration costs the
// number of edges, not n^2.
std::vector<double> centrality(const std::vector<double>& sim, std::size_t n) {
    std::vector<double> row_sum(n, 0.0);
    std::vector<std::uint32_t> edge_begin(n + 1, 0);
    std::vector<std::pair<std::uint32_t, double>> edges;
    for (std::size_t i = 0; i < n; ++i) {
        edge_begin[i] = static_cast<std::uint32_t>(edges.size());
        for (std::size_t j = 0; j < n; ++j) {
            const double w = sim[i * n + j];
            if (w == 0) continue;
            row_sum[i] += w;
            edges.emplace_back(static_cast<std::uint32_t>(j), w);
        }
    }
    edge_begin[n] = static_cast<std::uint32_t>(edges.size());
    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    for (int it = 0; it < kIterations; ++it) {
        double dangling = 0;  // rank held by sentences with no edges: spread evenly
        for (std::size_t j = 0; j < n; ++j) if (row_sum[j] == 0) dangling += rank[j];
        const double base = (1.0 - kDamping) / static_cast<double>(n) + kDamping * dangling / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (std::size_t j = 0; j < n; ++j) {
            if (row_sum[j] == 0) continue;
            const double share = kDamping * rank[j] / row_sum[j];
            for (std::uint32_t e = edge_begin[j]; e < edge_begin[j + 1]; ++e)
                next[edges[e].first] += share * edges[e].second;
        }
        rank.swap(next);
    }
    return rank;
}

int automatic_count(std::size_t total_sentences) {
    const int by_length = static_cast<int>((total_sentences + kSentencesPerSummarySentence / 2) /
                                           kSentencesPerSummarySentence);
    return std::max(1, std::min(kDefaultSummarySentences, by_length));
}

}  // namespace

std::vector<SummaryItem> summarise(const std::vector<BodyBlock>& body, std::string_view /*lang*/, int wanted) {
    const SentenceSet set = collect_sentences(body);
    const std::vector<Sentence>& sentences = set.sentences;
    if (sentences.empty()) return {};

    std::vector<int> pool;
    for (const Sentence& s : sentences) if (s.eligible) pool.push_back(s.position);
    if (pool.empty())  // nothing fits: fall back to every sentence
        for (const Sentence& s : sentences) pool.push_back(s.position);

    const std::vector<int> chosen = cap_candidates(set, pool);
    std::vector<double> sim;
    std::vector<Candidate> cands = build_vectors(set, chosen, sim);
    const std::size_t n = cands.size();

    std::vector<bool> is_template(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        int near = 0;
        for (std::size_t j = 0; j < n; ++j) if (j != i && sim[i * n + j] >= kDuplicateSimilarity) ++near;
        is_template[i] = near >= kTemplateDuplicates;
    }
    std::vector<double> graph(sim);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            double& w = graph[i * n + j];
            if (w < kMinEdge || is_template[i] || is_template[j]) w = 0;
        }
    const std::vector<double> rank = centrality(graph, n);

    const double max_rank = *std::max_element(rank.begin(), rank.end());
    for (std::size_t i = 0; i < n; ++i) {
        const Sentence& s = sentences[cands[i].sentence];
        const double prior = std::min(1.0, 1.0 / (1.0 + s.position / kPriorHalfLife) +
                                               (s.topic ? kTopicSentenceBonus : 0.0));
        const double central = max_rank > 0 ? rank[i] / max_rank : 0.0;
        // A sentence without content tokens cannot represent anything.
        double score = cands[i].vec.empty() ? 0.0 : (1.0 - kPriorWeight) * central + kPriorWeight * prior;
        if (!s.terminal) score *= kNoTerminalFactor;
        if (is_template[i]) score = 0;
        cands[i].score = score;
    }

    int count = wanted > 0 ? wanted : automatic_count(sentences.size());
    count = std::min<int>(count, static_cast<int>(n));

    // MMR selection; candidates are in position order, so '>' keeps the earlier on ties.
    std::vector<std::size_t> picked;
    std::vector<double> max_sim(n, 0.0);
    std::vector<bool> used(n, false);
    while (static_cast<int>(picked.size()) < count) {
        std::size_t best = n;
        double best_value = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (used[i] || max_sim[i] >= kDuplicateSimilarity) continue;
            const double value = kMmrLambda * cands[i].score - (1.0 - kMmrLambda) * max_sim[i];
            if (best == n || value > best_value) { best = i; best_value = value; }
        }
        if (best == n) break;
        used[best] = true;
        picked.push_back(best);
        for (std::size_t i = 0; i < n; ++i) max_sim[i] = std::max(max_sim[i], sim[best * n + i]);
        // Identical text counts as a duplicate even when it has no tokens.
        for (std::size_t i = 0; i < n; ++i)
            if (sentences[cands[i].sentence].text == sentences[cands[best].sentence].text) used[i] = true;
    }

    std::sort(picked.begin(), picked.end());  // candidate order is reading order
    std::vector<SummaryItem> out;
    for (std::size_t i : picked) {
        const Sentence& s = sentences[cands[i].sentence];
        SummaryItem item;
        item.text = std::string(s.text);
        item.block = s.block;
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace sift
