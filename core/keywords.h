// keywords.h — the article's key terms.
//
// Input: the assembled body blocks, the article language, the most terms
// wanted. Output: up to `max` terms, best first, deterministic.
//
// - CJK: Han (or Katakana) n-grams of 2..5 characters are counted; an n-gram
//   that starts or ends with a function character (的 是 在 ...) is no term;
//   a shorter n-gram that mostly occurs inside one longer n-gram is merged
//   into it (慈湖高 -> 慈湖高新区), so the longest frequent term survives.
//   A Hangul word (run) of 2..8 syllables counts as one term.
// - Alphabetic scripts: content words (no stopwords, no numbers) grouped by
//   their light stem, and two-word phrases of adjacent content words. Short
//   words are penalised (an idf-like stand-in: short words are the common
//   ones), capitalised words inside sentences (names) and phrases are
//   preferred; a word that mostly occurs inside a kept phrase is merged into
//   it.
// - Headings count double. A term must occur at least twice (weighted) unless
//   that leaves fewer than kMinKeywords terms, when long single words may
//   fill in. A term that contains, or is contained in, a better one is skipped.
//
// Cap: only the first kMaxKeywordInputBytes of body text are read; the key
// terms of an article show up long before that.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "page_words.h"
#include "sift.h"

namespace sift {

inline constexpr std::size_t kMaxKeywordInputBytes = 256u << 10;
inline constexpr int kMinKeywords = 5;
inline constexpr int kDefaultKeywords = 8;  // a handful a reader takes in at a glance

// `lang` is accepted for per-language tuning; the current heuristics detect
// the script per word and do not read it. `words`, when given, is filled
// with the spans of every block read (page_words.h), for summarise.
std::vector<std::string> extract_keywords(const std::vector<BodyBlock>& body, std::string_view lang, int max = kDefaultKeywords,
                                          PageWords* words = nullptr);

}  // namespace sift
