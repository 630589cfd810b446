// test_keyword_tables.cpp — the interning behind extract_keywords: short keys
// packed into one number must never meet (a word and its doubled self, a
// word and its prefix), and reused tables must forget the previous article.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "keyword_forms.h"
#include "keyword_index.h"
#include "keyword_terms.h"
#include "keywords.h"
#include "stopwords.h"
#include "utf8.h"

using sift::BodyType;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("keyword tables: packed short keys are distinct", "[keywords]") {
    // Every prefix of a few words, and each word doubled: overlapping loads
    // must not make "rate" and "raterate" (or "ab" and "abab") one key.
    std::set<std::string> strings;
    for (const std::string word : {"rate", "abcdefgh", "zzzzzzzz", "abab", "\xC3\xA9t\xC3\xA9"}) {
        for (std::size_t n = 1; n <= word.size(); ++n) strings.insert(word.substr(0, n));
        if (word.size() <= 4) strings.insert(word + word);
    }
    std::set<std::uint64_t> keys;
    for (const std::string& s : strings) {
        INFO(s);
        REQUIRE(s.size() <= 8);
        CHECK(keys.insert(sift::pack_short(s.data(), s.size())).second);
    }

    sift::KeyIndex index;
    index.reset(4);
    for (std::uint64_t k = 0; k < 1000; ++k) {
        bool added = false;
        CHECK(index.find_or_add_slot(k * 0x10001, static_cast<int>(k), added) == static_cast<int>(k));
        CHECK(added);
    }
    for (std::uint64_t k = 0; k < 1000; ++k) CHECK(index.find(k * 0x10001) == static_cast<int>(k));
    CHECK(index.find(7) == -1);
}

TEST_CASE("keyword tables: packed wide keys are distinct and found again", "[keywords]") {
    // Every 9..16-byte prefix of a few words: a word and its plural, and
    // words sharing their first eight bytes, must be different keys.
    std::set<std::string> strings;
    for (const std::string word : {"governments", "governmental", "administrations", "abcdefghabcdefgh", "zzzzzzzzzzzzzzzz"})
        for (std::size_t n = 9; n <= word.size(); ++n) strings.insert(word.substr(0, n));
    std::set<std::pair<std::uint64_t, std::uint64_t>> keys;
    sift::WideKeyIndex index;
    index.reset(2);  // grows past its first size
    int next = 0;
    std::map<std::string, int> ids;
    for (const std::string& s : strings) {
        INFO(s);
        const auto key = sift::pack_wide(s.data(), s.size());
        CHECK(keys.insert(key).second);
        bool added = false;
        ids[s] = index.find_or_add_slot(key.first, key.second, next, added);
        CHECK(added);
        ++next;
    }
    for (const std::string& s : strings) {
        INFO(s);
        const auto key = sift::pack_wide(s.data(), s.size());
        bool added = true;
        CHECK(index.find_or_add_slot(key.first, key.second, -1, added) == ids[s]);
        CHECK_FALSE(added);
    }
    index.reset(2);  // a new article: nothing is found
    bool added = false;
    const auto key = sift::pack_wide("governments", 11);
    CHECK(index.find_or_add_slot(key.first, key.second, 5, added) == 5);
    CHECK(added);
}

TEST_CASE("keyword tables: words of 9..16 bytes are lower-cased, stemmed and filtered", "[keywords]") {
    // Packed wide words (wide_ascii_form): capitals and plurals meet, a
    // possessive is dropped, stopwords longer than eight bytes and numbers
    // are no terms; the same words longer than sixteen bytes behave alike.
    const std::vector<sift::BodyBlock> body = {
        block(BodyType::Paragraph,
              "Negotiators themselves met. The negotiators themselves argued, and the negotiator's "
              "ourselves 1234567890 1234567890 1234567890. Counterinsurgencies spread; counterinsurgency grew, "
              "COUNTERINSURGENCY's end."),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    CHECK(has(kw, "negotiators"));
    CHECK(has(kw, "counterinsurgency"));
    CHECK(!has(kw, "themselves"));
    CHECK(!has(kw, "ourselves"));
    CHECK(!has(kw, "1234567890"));
}

TEST_CASE("keyword tables: plain short words get the form short_ascii_form gives them", "[keywords]") {
    // plain_ascii_form skips the apostrophe tests for words of letters and
    // digits only: on such words it must decide exactly as short_ascii_form.
    std::vector<std::string> words = {"a", "I", "EU", "eu", "Eu", "AI", "to", "The", "THE", "the", "And", "2024", "12ab",
                                      "ab12", "x9", "99", "Rates", "RATES", "rates", "governme", "Industry", "12345678",
                                      "zz", "Obama", "de", "DE", "und", "Und", "les", "LES", "qu", "was", "WAS"};
    std::mt19937 rng(7);
    const std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::uniform_int_distribution<std::size_t> letter(0, alphabet.size() - 1), length(1, 8);
    for (int k = 0; k < 5000; ++k) {
        std::string w;
        for (std::size_t n = length(rng); n > 0; --n) w += alphabet[letter(rng)];
        words.push_back(w);
    }
    for (const std::string& w : words) {
        INFO(w);
        const std::uint64_t packed = sift::pack_short(w.data(), w.size());
        char plain_buffer[16] = {}, short_buffer[16] = {};
        const sift::SurfaceForm plain = sift::plain_ascii_form(w.size(), packed, plain_buffer);
        const sift::SurfaceForm expected = sift::short_ascii_form(w, packed, short_buffer);
        CHECK(plain.lower == expected.lower);
        CHECK(plain.letters == expected.letters);
        CHECK(plain.content == expected.content);
        CHECK(plain.no_token == expected.no_token);
    }
}

TEST_CASE("keyword tables: plain words of 9..16 bytes get the form wide_ascii_form gives them", "[keywords]") {
    std::vector<std::string> words = {"themselves", "THEMSELVES", "Negotiators", "1234567890", "123456789a",
                                      "a123456789", "counterinsurgency", "abcdefghijklmnop", "Administration",
                                      "1234567890123456", "nevertheless", "Nevertheless"};
    words.erase(std::remove_if(words.begin(), words.end(), [](const std::string& w) { return w.size() > 16; }), words.end());
    std::mt19937 rng(11);
    const std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::uniform_int_distribution<std::size_t> letter(0, alphabet.size() - 1), length(9, 16), digit(0, 9);
    for (int k = 0; k < 5000; ++k) {
        std::string w;
        const bool number = k % 4 == 0;  // numbers, too, must be told apart from words
        for (std::size_t n = length(rng); n > 0; --n) w += number ? static_cast<char>('0' + digit(rng)) : alphabet[letter(rng)];
        words.push_back(w);
    }
    for (const std::string& w : words) {
        INFO(w);
        const auto [low, high] = sift::pack_wide(w.data(), w.size());
        char plain_buffer[16] = {}, wide_buffer[16] = {};
        const sift::SurfaceForm plain = sift::plain_wide_form(w.size(), low, high, plain_buffer);
        const sift::SurfaceForm expected = sift::wide_ascii_form(w, low, high, wide_buffer);
        CHECK(plain.lower == expected.lower);
        CHECK(plain.letters == expected.letters);
        CHECK(plain.content == expected.content);
        CHECK(plain.no_token == expected.no_token);
    }
}

TEST_CASE("keyword tables: a word and its doubled self stay apart", "[keywords]") {
    const std::vector<sift::BodyBlock> body = {
        block(BodyType::Paragraph, "raterate, raterate, raterate; tariff rate, tariff rate."),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    CHECK(has(kw, "raterate"));
    CHECK(has(kw, "tariff rate"));
}

TEST_CASE("keyword tables: nothing carries over from the previous article", "[keywords]") {
    const std::vector<sift::BodyBlock> first = {
        block(BodyType::Paragraph, "Glaciers retreat. Glaciers melt, and glaciers shrink every summer."),
    };
    const std::vector<sift::BodyBlock> second = {
        block(BodyType::Paragraph, "Volcanoes erupt. Volcanoes rumble, and volcanoes sleep for centuries."),
    };
    const auto alone = sift::extract_keywords(second, "en", 8);
    sift::extract_keywords(first, "en", 8);
    CHECK(sift::extract_keywords(second, "en", 8) == alone);
    CHECK(!has(alone, "Glaciers"));
    CHECK(!has(alone, "glaciers"));
}

namespace {

// Han text from a deterministic generator: characters drawn from the first
// `alphabet` code points of a run of Han (a small alphabet repeats pairs, a
// large one almost never does), with 的 and 是 (function characters) mixed in.
std::string han_text(std::size_t characters, std::uint32_t alphabet, std::uint32_t seed) {
    std::string out;
    std::uint32_t x = seed;
    for (std::size_t k = 0; k < characters; ++k) {
        x = x * 1664525u + 1013904223u;
        const std::uint32_t pick = (x >> 8) % (alphabet + 2);
        sift::utf8::append(out, pick == alphabet ? U'的' : pick == alphabet + 1 ? U'是' : 0x5000 + pick);
    }
    return out;
}

// The n-grams (kMinCjkGram..kMaxCjkGram characters, no function character
// first or last) of a Han-only text counted one by one, those that occur
// kMinCount times or more.
std::map<std::string, double> repeated_grams(const std::string& text) {
    std::vector<std::pair<char32_t, std::size_t>> cps;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t b = i;
        cps.push_back({sift::utf8::next_codepoint(text, i), b});
    }
    cps.push_back({0, text.size()});
    std::map<std::string, double> counts;
    for (std::size_t i = 0; i + 1 < cps.size(); ++i)
        for (std::size_t n = sift::kMinCjkGram; n <= sift::kMaxCjkGram && i + n < cps.size(); ++n)
            if (!sift::is_cjk_function_char(cps[i].first) && !sift::is_cjk_function_char(cps[i + n - 1].first))
                counts[text.substr(cps[i].second, cps[i + n].second - cps[i].second)] += 1;
    for (auto it = counts.begin(); it != counts.end();) it = it->second >= sift::kMinCount ? std::next(it) : counts.erase(it);
    return counts;
}

}  // namespace

TEST_CASE("keyword tables: CJK n-grams are counted exactly where they repeat", "[keywords]") {
    // One block: a repetitive stretch, a random one and the repetitive one
    // again, so repeated n-grams span blocks of rare pairs.
    const std::string text = han_text(400, 12, 7) + han_text(400, 20000, 9) + han_text(400, 12, 7);
    const std::map<std::string, double> expected = repeated_grams(text);
    REQUIRE(expected.size() > 50);

    sift::KeywordCounter counter;
    counter.reset(text.size());
    counter.count_block(text, 1.0, 0);
    counter.finish();
    std::map<std::string, double> counted;
    std::map<std::string, int> ids;
    const std::vector<sift::KeywordTerm>& terms = counter.terms();
    for (std::size_t k = 0; k < terms.size(); ++k) {
        if (terms[k].count >= sift::kMinCount) counted[std::string(terms[k].key)] = terms[k].count;
        ids[std::string(terms[k].key)] = static_cast<int>(k);
    }
    CHECK(counted == expected);
    // A repeated n-gram is linked to its counted prefix and suffix.
    for (const auto& [key, count] : expected) {
        const sift::KeywordTerm& t = terms[ids[key]];
        if (t.length == sift::kMinCjkGram) continue;
        std::size_t second = 0;
        sift::utf8::next_codepoint(key, second);
        std::size_t last = key.size() - 1;
        while ((static_cast<unsigned char>(key[last]) & 0xC0) == 0x80) --last;
        const auto id_of = [&](const std::string& k) { return expected.count(k) ? ids[k] : -2; };
        INFO(key);
        if (expected.count(key.substr(0, last))) CHECK(t.shorter_left == id_of(key.substr(0, last)));
        if (expected.count(key.substr(second))) CHECK(t.shorter_right == id_of(key.substr(second)));
    }
    // The random stretch makes no terms of its own: about four n-grams per
    // character were kept before the pair filter.
    CHECK(terms.size() < 1200);
}

TEST_CASE("keyword tables: random CJK keeps the term table small", "[keywords]") {
    const std::string text = han_text(20000, 20000, 3);
    sift::KeywordCounter counter;
    counter.reset(text.size());
    counter.count_block(text, 1.0, 0);
    counter.finish();
    CHECK(counter.terms().size() < 200);  // was one per n-gram: ~80,000
}

TEST_CASE("keyword tables: a word's shown form is its most frequent, the first written on a tie", "[keywords]") {
    // "rate" and "rates" share the stem; each form's count sums its surfaces.
    const auto shown = [](const std::string& text) {
        return sift::extract_keywords({block(BodyType::Paragraph, text)}, "en", 8);
    };
    CHECK(has(shown("The rate rose. Rates fell, and rates moved; the rate held."), "rate"));
    CHECK(has(shown("The rates rose. A rate fell, and rates moved; the rate held, rates too."), "rates"));
}

TEST_CASE("keyword tables: stems of 9..16 bytes meet in one term however the word is written", "[keywords]") {
    // "governments", "Government", "government's" and "governments\u2019"
    // (unpacked: a curly apostrophe) all stem to "government" (10 bytes),
    // "internationalisation" (20 bytes) keeps the long-stem table, and a
    // word is counted once per occurrence whichever table holds its stem.
    const std::string text =
        "The governments met. Government spending rose, the government's plan held, and governments\xE2\x80\x99 "
        "budgets grew. Internationalisation helps; internationalisation costs.";
    sift::KeywordCounter counter;
    counter.reset(text.size());
    counter.count_block(text, 1.0, 0);
    counter.finish();
    std::map<std::string, double> words;
    for (const sift::KeywordTerm& t : counter.terms())
        if (!t.phrase && !t.cjk) words[std::string(counter.main_form(t))] += t.count;
    CHECK(words.count("governments") + words.count("government") == 1);  // one term, shown in one form
    const auto count_of = [&words](const std::string& form) { return words.count(form) ? words.at(form) : 0.0; };
    CHECK(count_of("governments") + count_of("government") == 4.0);
    CHECK(count_of("internationalisation") == 2.0);
}

TEST_CASE("keyword tables: words overlap only as whole words", "[keywords]") {
    // "art" is no part of "party"; a hyphen separates words like a space.
    const auto kw = sift::extract_keywords(
        {block(BodyType::Paragraph, "Party members met. Party leaders voted. Art lovers came, and art was shown."),
         block(BodyType::Paragraph, "The cross-border trade grew. Border towns traded, and border guards watched.")},
        "en", 8);
    CHECK(has(kw, "party"));
    CHECK(has(kw, "art"));
    CHECK(has(kw, "border"));
    CHECK(!has(kw, "cross-border"));
}

TEST_CASE("keyword tables: phrases are exactly the repeated adjacent word pairs", "[keywords]") {
    // Phrases are counted after the words, and a pair with a word counted
    // fewer than kMinCount times is never looked up: the phrase terms must
    // still be every pair of adjacent words (joined by a space, not a comma)
    // whose occurrences weigh kMinCount, counted in full. Common words make
    // repeated pairs; rare ones (made-up, their own stems) pairs that cannot
    // repeat; headings weigh two, so one occurrence there is enough.
    const std::vector<std::string> common = {"glacier", "tariff", "harbor", "market", "canal", "lemon"};
    std::uint32_t x = 12345;
    const auto next = [&x](std::uint32_t n) {
        x = x * 1664525u + 1013904223u;
        return (x >> 8) % n;
    };
    int rare = 0;
    const auto word = [&]() -> std::string {
        if (next(4) != 0) return common[next(static_cast<std::uint32_t>(common.size()))];
        std::string made = "zq";  // no stopword, no stem suffix
        for (int k = ++rare; k > 0; k /= 20) made += static_cast<char>('a' + k % 20);
        return made + "k";
    };
    std::vector<std::pair<std::string, double>> blocks;
    std::map<std::string, double> expected;
    for (int b = 0; b < 40; ++b) {
        const double weight = next(5) == 0 ? 2.0 : 1.0;
        std::string text, prev;
        for (int w = 3 + static_cast<int>(next(8)); w > 0; --w) {
            const std::string current = word();
            const bool comma = !prev.empty() && next(4) == 0;
            if (!prev.empty()) text += comma ? ", " : " ";
            if (!prev.empty() && !comma) expected[prev + " " + current] += weight;
            text += current;
            prev = current;
        }
        blocks.push_back({text, weight});
    }
    for (auto it = expected.begin(); it != expected.end();) it = it->second >= sift::kMinCount ? std::next(it) : expected.erase(it);
    REQUIRE(expected.size() > 10);

    sift::KeywordCounter counter;
    std::size_t bytes = 0;
    for (const auto& b : blocks) bytes += b.first.size() + 1;
    counter.reset(bytes);
    std::size_t base = 0;
    for (const auto& b : blocks) {
        counter.count_block(b.first, b.second, base);
        base += b.first.size() + 1;
    }
    counter.finish();
    std::map<std::string, double> counted;
    for (const sift::KeywordTerm& t : counter.terms())
        if (t.phrase) counted[std::string(counter.main_form(t))] = t.count;
    CHECK(counted == expected);
}

TEST_CASE("keyword tables: may_stem and first_lanes, looked up without branches, give the spelled-out answers", "[keywords]") {
    // may_stem: four bytes or more, ending in s, g, d, y or e (any other
    // byte, letters in capitals and non-ASCII included, is no stem ending).
    for (int b = 0; b < 256; ++b) {
        const char last = static_cast<char>(b);
        for (std::size_t size = 1; size <= 6; ++size) {
            const std::string word = std::string(size - 1, 'a') + last;
            const bool expected = size >= 4 && (last == 's' || last == 'g' || last == 'd' || last == 'y' || last == 'e');
            INFO(b << " " << size);
            CHECK(sift::may_stem(word) == expected);
        }
    }
    // first_lanes: the top bits of the first n lanes, all eight from n = 8 up.
    for (std::size_t n = 0; n <= 12; ++n) {
        std::uint64_t expected = 0;
        for (std::size_t k = 0; k < std::min<std::size_t>(n, 8); ++k) expected |= 0x80ull << (8 * k);
        INFO(n);
        CHECK(sift::keyword_lanes::first_lanes(n) == expected);
    }
}
