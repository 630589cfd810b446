// test_page_words.cpp — the word spans extract_keywords records for the
// summariser (page_words.h): a sentence's terms made from them are the ones
// its own scan makes, and summarise gives the same summary with them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "body_blocks.h"
#include "keywords.h"
#include "page_words.h"
#include "sentences.h"
#include "stats.h"
#include "summarize.h"
#include "summary_spans.h"
#include "summary_terms.h"

namespace {

using sift::BodyType;

// Words of every kind the two stages treat apart: stopwords in both cases,
// possessives, two-letter words and acronyms, numbers with apostrophes,
// long and non-ASCII words, CJK runs with and without function characters,
// and sentence breaks with no space after them.
const std::vector<std::string> kPieces = {
    "The", "the", "rates", "Rates", "RATES", "council's", "Council", "it's", "don't", "EU", "eu", "ab", "Xi",
    "1990", "1990's", "9'11", "a", "I", "internationalisation", "governments", "Governments",
    "caf\xC3\xA9", "na\xC3\xAFve", "l\xE2\x80\x99\xC3\xA9tat", "\xE4\xBD\xA0\xE5\xA5\xBD",
    "\xE7\x9A\x84\xE4\xBA\x86", "\xE7\xBB\x8F\xE6\xB5\x8E\xE5\x8F\x91\xE5\xB1\x95", "\xE3\x80\x82",
    "\xEA\xB0\x80\xEB\x82\x98", " ", " ", " ", ". ", ".", ", ", "! ", "?", "-", "'", "\n", "(", ")", "studies",
    "running", "quickly", "library", "libraries", "budget", "Budget", "hours", "public",
    "f\xC3\xBCr", "o\xC3\xB9", "\xD0\xB8", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
    "\xC3\x89tats-Unis", "Stra\xC3\x9F" "en", "nevertheless", "Nevertheless's", "1234567890123", "ID", "Id",
    "\xEF\xBC\x91\xEF\xBC\x92",  // full-width digits
};

std::string random_text(std::mt19937& rng, int words) {
    std::string text;
    for (int k = 0; k < words; ++k) {
        text += kPieces[rng() % kPieces.size()];
        if (rng() % 3 != 0) text += ' ';
    }
    return text;
}

struct Runs {
    std::vector<std::uint32_t> ids, counts;
};

// A sentence's runs from its text, or from its recorded spans when `words`
// is given, with token ids in place of terms.
Runs runs_of(sift::SentenceTerms& terms, std::string_view text, const sift::WordOccurrence* first = nullptr,
             const sift::WordOccurrence* last = nullptr, const sift::PageWords* words = nullptr) {
    sift::TermRuns runs;
    if (words) terms.sorted_term_counts(text, first, last, *words, runs);
    else terms.sorted_term_counts(text, runs);
    Runs out;
    for (std::size_t k = 0; k < runs.size; ++k) {
        out.ids.push_back(terms.token_id_of(runs.terms()[k]));
        out.counts.push_back(runs.counts()[k]);
    }
    return out;
}

}  // namespace

TEST_CASE("page words: a sentence's terms from its recorded spans are its scanned terms", "[summary][page_words]") {
    std::mt19937 rng(6);
    int compared = 0;
    for (int round = 0; round < 300; ++round) {
        std::vector<sift::BodyBlock> body;
        for (int b = 0; b < 3; ++b)
            body.push_back(block(b == 1 && round % 2 ? BodyType::H2 : BodyType::Paragraph, random_text(rng, 60)));
        sift::PageWords words;
        sift::extract_keywords(body, "en", 8, &words);
        // Two tokenizers, each seeing the same sentences in the same order.
        sift::SentenceTerms scanned(4096), recorded(4096);
        for (std::size_t b = 0; b < body.size(); ++b) {
            REQUIRE(words.has_block(b));
            const std::string& text = body[b].text;
            std::vector<std::string_view> sentences;
            sift::split_sentences(text, sentences);
            for (std::string_view s : sentences) {
                const std::size_t begin = static_cast<std::size_t>(s.data() - text.data()), end = begin + s.size();
                const sift::WordOccurrence* first = nullptr;
                const sift::WordOccurrence* last = nullptr;
                bool cut = false;
                for (std::uint32_t k = words.block_begin[b]; k < words.block_end[b]; ++k) {
                    const sift::WordOccurrence& o = words.occurrences[k];
                    if (o.end <= begin || o.begin >= end) continue;
                    cut = cut || o.begin < begin || o.end > end;
                    if (!first) first = &o;
                    last = &o + 1;
                }
                if (cut) continue;
                const Runs a = runs_of(scanned, s), b2 = runs_of(recorded, text, first, last, &words);
                INFO(std::string(s));
                CHECK(a.ids == b2.ids);
                CHECK(a.counts == b2.counts);
                ++compared;
            }
        }
        // The recorded one numbers every surface's term up front (its words
        // too, heading or not): at least as many terms, the same token ids.
        CHECK(scanned.term_count() <= recorded.term_count());
    }
    CHECK(compared > 1000);
}

TEST_CASE("page words: every made token is read up front, the rest on first sight", "[summary][page_words]") {
    // "The" and "1990" have no token; the counter leaves a two-letter word's
    // token to the summariser ("ab": made from its text on its first sight);
    // it makes the rest.
    const std::vector<sift::BodyBlock> body = {
        block(BodyType::H2, "Budget hours"),
        block(BodyType::Paragraph, "The council's budget ab rates in 1990. The rates rose."),
    };
    sift::PageWords words;
    sift::extract_keywords(body, "en", 8, &words);
    sift::SentenceTerms up_front(4096), lazily(4096), scanned(4096);
    up_front.read_surface_tokens(words);
    const std::size_t made = up_front.term_count();
    CHECK(made == 5);  // budget, hours, council, rate, rose: the heading's too
    up_front.read_surface_tokens(words);  // nothing new: nothing changes
    CHECK(up_front.term_count() == made);
    const std::string& text = body[1].text;
    const sift::WordOccurrence* first = words.occurrences.data() + words.block_begin[1];
    const sift::WordOccurrence* last = words.occurrences.data() + words.block_end[1];
    const Runs a = runs_of(up_front, text, first, last, &words);
    const Runs b = runs_of(lazily, text, first, last, &words);
    const Runs c = runs_of(scanned, text);
    CHECK(up_front.term_count() == made + 1);  // "ab", on its first sight
    CHECK(c.ids.size() == 5);  // council, budget, ab, rate (twice), rose
    CHECK(std::count(c.counts.begin(), c.counts.end(), 2u) == 1);
    CHECK(a.ids == c.ids);
    CHECK(b.ids == c.ids);
    CHECK(a.counts == c.counts);
    CHECK(b.counts == c.counts);
}

TEST_CASE("page words: summarise gives the same summary with recorded spans", "[summary][page_words]") {
    std::mt19937 rng(11);
    for (int round = 0; round < 200; ++round) {
        std::vector<sift::BodyBlock> body;
        const int blocks = 1 + static_cast<int>(rng() % 5);
        for (int b = 0; b < blocks; ++b) {
            const BodyType type = rng() % 5 == 0 ? BodyType::Pre : rng() % 4 == 0 ? BodyType::H2 : BodyType::Paragraph;
            body.push_back(block(type, random_text(rng, 20 + static_cast<int>(rng() % 120))));
        }
        sift::PageWords words;
        sift::extract_keywords(body, "en", 8, &words);
        const auto alone = sift::summarise(body, "en", 6);
        const auto shared = sift::summarise(body, "en", 6, nullptr, &words);
        REQUIRE(alone.size() == shared.size());
        for (std::size_t k = 0; k < alone.size(); ++k) {
            CHECK(alone[k].text == shared[k].text);
            CHECK(alone[k].block == shared[k].block);
        }
    }
}

TEST_CASE("page words: code blocks and blocks past the keyword cap are not recorded", "[summary][page_words]") {
    std::vector<sift::BodyBlock> body = {block(BodyType::Paragraph, "Public libraries opened longer hours."),
                                         block(BodyType::Pre, "int rates = 3;"),
                                         block(BodyType::Paragraph, std::string(sift::kMaxKeywordInputBytes, 'x')),
                                         block(BodyType::Paragraph, "Too late to be read.")};
    sift::PageWords words;
    sift::extract_keywords(body, "en", 8, &words);
    CHECK(words.has_block(0));
    CHECK_FALSE(words.has_block(1));
    CHECK(words.has_block(2));
    CHECK_FALSE(words.has_block(3));
    REQUIRE(words.block_end[0] - words.block_begin[0] == 5);
    const sift::WordOccurrence& first = words.occurrences[words.block_begin[0]];
    CHECK(first.begin == 0);
    CHECK(first.end == 6);  // "Public"
    CHECK(words.surface_tokens[static_cast<std::size_t>(first.surface)] == sift::token_id("public"));
    // Blocks without spans are scanned: the summary is the same.
    body.push_back(block(BodyType::Paragraph, "Public libraries in the county opened longer hours this winter."));
    words = sift::PageWords{};
    sift::extract_keywords(body, "en", 8, &words);
    const auto alone = sift::summarise(body, "en", 3);
    const auto shared = sift::summarise(body, "en", 3, nullptr, &words);
    REQUIRE(alone.size() == shared.size());
    for (std::size_t k = 0; k < alone.size(); ++k) CHECK(alone[k].text == shared[k].text);
}

TEST_CASE("page words: block script counts from recorded spans are count_scripts'", "[summary][page_words][stats]") {
    // Apostrophes between words (count_scripts lets a word run on through
    // them, scan_words does not), CJK of every script, malformed UTF-8 and
    // sentence breaks without spaces.
    const std::vector<std::string> pieces = {
        "Word", "word", "it's", "'", "''", "\xE2\x80\x99", "'\xE2\x80\x99", ". ", ".", "!", "? ", "\n", " ", "  ", "3",
        "\xE3\x80\x82", "\xE4\xBD\xA0", "\xE5\xA5\xBD", "\xE3\x81\x82", "\xE3\x82\xAB", "\xEA\xB0\x80", "\xEF\xBC\x81",
        "\x80", "\xE3\x80", "\xE2", "\xC3\xA9", "\xCC\x81", "(1)", "\"", "rates", "The council met", "\xF0\xA0\x80\x80",
    };
    std::mt19937 rng(29);
    int known_blocks = 0;
    for (int round = 0; round < 2000; ++round) {
        const std::vector<sift::BodyBlock> body = random_body(rng, pieces);
        sift::PageWords words;
        sift::extract_keywords(body, "en", 8, &words);
        std::vector<sift::KnownBlockCounts> known, known_alone;
        const auto shared = sift::summarise(body, "en", 0, &known, &words);
        const auto alone = sift::summarise(body, "en", 0, &known_alone);
        REQUIRE(shared.size() == alone.size());
        for (std::size_t k = 0; k < shared.size(); ++k) CHECK(shared[k].text == alone[k].text);
        REQUIRE(known.size() == body.size());
        for (std::size_t b = 0; b < body.size(); ++b) {
            CHECK(known[b].sentences == known_alone[b].sentences);
            if (!known[b].scripts_known) continue;
            ++known_blocks;
            INFO(body[b].text);
            sift::ScriptCounts want;
            sift::count_scripts(body[b].text, want);
            CHECK(known[b].scripts.words == want.words);
            CHECK(known[b].scripts.han == want.han);
            CHECK(known[b].scripts.kana == want.kana);
            CHECK(known[b].scripts.hangul == want.hangul);
        }
    }
    CHECK(known_blocks > 2000);
}

TEST_CASE("page words: a stretch's script counts from its spans are count_scripts_continued's", "[summary][page_words][stats]") {
    // Any bounds, not only sentence breaks: words continued across
    // apostrophes, a stretch ending in a word or its apostrophes, CJK of every
    // script, malformed UTF-8.
    const std::vector<std::string> pieces = {
        "Word", "word", "it's", "'", "''", "\xE2\x80\x99", "'\xE2\x80\x99", ". ", " ", "  ", "3", "\xE4\xBD\xA0",
        "\xE3\x81\x82", "\xEA\xB0\x80", "\x80", "\xE3\x80", "\xC3\xA9", "\xCC\x81", "\xF0\xA0\x80\x80", "-",
    };
    std::mt19937 rng(31);
    int taken = 0, ending_in_word = 0;
    for (int round = 0; round < 500; ++round) {
        std::string text;
        const int n = 1 + static_cast<int>(rng() % 30);
        for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
        const std::vector<sift::BodyBlock> body = {block(BodyType::Paragraph, text)};
        sift::PageWords words;
        sift::extract_keywords(body, "en", 8, &words);
        for (int trial = 0; trial < 40; ++trial) {
            std::size_t begin = rng() % (text.size() + 1), end = rng() % (text.size() + 1);
            if (begin > end) std::swap(begin, end);
            sift::BlockSpans spans_of_block(&words, 0, text);
            sift::SentenceSpans spans;
            sift::ScriptCounts got;
            unsigned got_in_word = 7;
            if (!spans_of_block.take(begin, end, spans, got, got_in_word)) continue;
            ++taken;
            sift::ScriptCounts want;
            unsigned want_in_word = 0;
            sift::count_scripts_continued(std::string_view(text).substr(begin, end - begin), want, want_in_word);
            INFO(text << " [" << begin << ", " << end << ")");
            CHECK(got.words == want.words);
            CHECK(got.han == want.han);
            CHECK(got.kana == want.kana);
            CHECK(got.hangul == want.hangul);
            CHECK(got_in_word == want_in_word);
            ending_in_word += want_in_word;
            for (const sift::WordOccurrence* o = spans.first; o != spans.last; ++o) {
                CHECK(o->begin >= begin);
                CHECK(o->end <= end);
            }
        }
    }
    CHECK(taken > 5000);
    CHECK(ending_in_word > 500);
}
