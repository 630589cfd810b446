// summarize.h — extractive summary: the few sentences that carry the article.
//
// Input: the assembled body blocks, the article language, and how many
// sentences are wanted (0 = choose from the article's length). Output:
// SummaryItems in reading order, each a verbatim substring of
// body[item.block].text.
//
// Method (LexRank family):
//  1. Sentences come from Paragraph, ListItem and Quote blocks only (never
//     headings, never code). Sentences too short or too long to stand alone
//     (see kMin*/kMax* in summarize.cpp) and lead-ins ending in ':' are left
//     out unless nothing else is left.
//  2. Each candidate becomes a tf-idf vector of similarity tokens (tokens.h,
//     each distinct word tokenized once: summary_terms.h; in the pipeline
//     its words, and most of their tokens, come from the spans the keyword
//     counter recorded of the same blocks: page_words.h); the graph's edges
//     are the idf-modified cosine similarities above a noise floor, stored
//     sparsely (summary_graph.h).
//  3. Centrality = PageRank on that graph (fixed damping, fixed iteration
//     count), combined with a position prior (the lead of a news story
//     carries its gist; a paragraph's first sentence is its topic sentence).
//     PageRank stops early only once the ranks are provably too close to the
//     final ones for any pick of step 4 to change (summary_graph.h bounds the
//     distance, summary_picks.h the tolerance of the picks).
//  4. Maximal Marginal Relevance picks the sentences: high score, low overlap
//     with those already picked; exact ties go to the earlier sentence
//     (summary_picks.h).
//
// Cap: the graph is quadratic, so it holds at most kMaxGraphSentences
// candidates: the first kLeadCandidates by position, plus the rest chosen by
// a linear token-frequency score (sentences made of the article's most
// frequent terms). Everything outside the graph is linear, so a 10 MB paste
// stays fast. Only sentences that start within the first
// kMaxSummaryScanBytes of the source text are candidates (later ones only
// count toward the automatic length): tokenizing every sentence of a long
// paste keeps tens of bytes of terms per byte of text, so memory stays
// bounded, and no corpus page comes near the bound.
//
// Deterministic: no result depends on hash-map iteration order; ties are
// broken by position.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "page_words.h"
#include "sift.h"
#include "stats.h"

namespace sift {

inline constexpr std::size_t kMaxGraphSentences = 300;  // 300^2 similarities: a few ms
inline constexpr std::size_t kLeadCandidates = 100;     // always in the graph: the lead matters most
// 4x the longest corpus article's body (120 KB): a longer paste is a dump,
// whose opening is what a summary can stand for; ~15 MB of terms at most.
inline constexpr std::size_t kMaxSummaryScanBytes = std::size_t{512} << 10;

// Number of sentences chosen when `wanted` is 0: kDefaultSummarySentences,
// but never more than about a fifth of the article's sentences, and at least
// one when there is any sentence. An explicit `wanted` is honoured as far as
// there are sentences.
inline constexpr int kDefaultSummarySentences = 3;

// `lang` is the article's BCP 47 tag, accepted for per-language tuning; the
// current heuristics detect the script per sentence and do not read it.
// `known`, when given, becomes one entry per body block: the sentence count
// and the script counts of each block it split and measured (nothing for a
// block it did not read), so that compute_stats need not do it again.
// `words`, when given, holds the word spans extract_keywords recorded of the
// same body (page_words.h): sentences read their words from there instead
// of scanning their text again. The summary is the same either way.
std::vector<SummaryItem> summarise(const std::vector<BodyBlock>& body, std::string_view lang, int wanted,
                                   std::vector<KnownBlockCounts>* known = nullptr, const PageWords* words = nullptr);

}  // namespace sift
