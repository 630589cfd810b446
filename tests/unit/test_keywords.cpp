// test_keywords.cpp — extract_keywords: CJK terms (merging into the longest
// frequent term, function characters), Latin words and phrases (stopwords,
// names, stems), headings counting double, the limit, and determinism.
#include <catch2/catch.hpp>

#include "body_blocks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "keywords.h"
#include "stopwords.h"
#include "tokens.h"

using sift::BodyBlock;
using sift::BodyType;

namespace {


bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("stopwords and language guess", "[keywords]") {
    struct Case { const char* word; bool stop; };
    const Case cases[] = {{"the", true}, {"don't", true}, {"don\xE2\x80\x99t", true}, {"und", true}, {"les", true},
                          {"della", true}, {"não", true}, {"het", true}, {"library", false}, {"", false}, {"obama", false}};
    for (const Case& c : cases) {
        INFO(c.word);
        CHECK(sift::is_stopword(c.word) == c.stop);
    }
    CHECK(sift::is_cjk_function_char(U'的'));
    CHECK(sift::is_cjk_function_char(U'了'));
    CHECK(!sift::is_cjk_function_char(U'党'));

    struct Guess { std::vector<std::string_view> words; const char* lang; };
    const Guess guesses[] = {
        {{"the", "cat", "is", "on", "the", "mat", "and", "it", "was", "happy"}, "en"},
        {{"le", "chat", "est", "sur", "la", "table", "et", "il", "dort", "dans", "les"}, "fr"},
        {{"der", "hund", "ist", "nicht", "auf", "dem", "tisch", "und", "die", "katze"}, "de"},
        {{"el", "perro", "está", "en", "la", "casa", "y", "los", "gatos", "también"}, "es"},
        {{"il", "gatto", "è", "sulla", "tavola", "della", "cucina", "e", "non", "dorme", "più"}, "it"},
        {{"o", "gato", "não", "está", "em", "casa", "mas", "os", "cães", "também", "são"}, "pt"},
        {{"de", "kat", "is", "niet", "op", "het", "dak", "maar", "zij", "wordt", "een"}, "nl"},
        {{"xyz", "qwe"}, ""},
    };
    for (const Guess& g : guesses) {
        INFO(g.lang);
        CHECK(sift::guess_latin_language(g.words) == g.lang);
    }
}

TEST_CASE("tokens: stems, stopwords, bigrams", "[keywords]") {
    const struct { const char* in; const char* out; } stems[] = {
        {"rates", "rat"}, {"rating", "rat"}, {"rated", "rat"}, {"rate", "rat"}, {"studies", "study"},
        {"boxes", "box"}, {"running", "run"}, {"quickly", "quick"}, {"family", "family"}, {"families", "family"},
        {"supply", "supply"}, {"bus", "bus"}, {"status", "status"}, {"strandings", "strand"}, {"classes", "class"},
    };
    for (const auto& s : stems) {
        INFO(s.in);
        CHECK(sift::stem_light(s.in) == s.out);
    }
    const std::string text = "The rates, and 2024: 党建的发展";
    std::vector<sift::Token> tokens;
    sift::tokenize(text, tokens);
    std::vector<std::string> keys;
    for (const auto& t : tokens) keys.push_back(sift::token_key(text, t));
    CHECK(keys == std::vector<std::string>{"rat", "党建", "建的", "的发", "发展"});
    CHECK(sift::token_id("党建") == sift::token_id("党建"));
    CHECK(sift::token_id("a") != sift::token_id("b"));
}

TEST_CASE("keywords: Chinese terms merge into the longest frequent term", "[keywords]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::H2, "高新区党建引领发展"),
        block(BodyType::Paragraph, "慈湖高新区坚持党建引领，高新区把党建工作放在首位。"),
        block(BodyType::Paragraph, "高新区成立党建联盟，党建联盟覆盖企业三十八家。"),
        block(BodyType::Paragraph, "高新区的企业积极参与党建活动，党建与生产经营深度融合。"),
    };
    const auto kw = sift::extract_keywords(body, "zh", 8);
    CHECK(has(kw, "党建"));
    CHECK(has(kw, "高新区"));
    CHECK(!has(kw, "高新"));  // merged into 高新区
    CHECK(!has(kw, "新区"));
    for (const std::string& k : kw) {
        INFO(k);
        CHECK(k.find("的") == std::string::npos);  // never starts or ends with a function char here
    }
    CHECK(kw == sift::extract_keywords(body, "zh", 8));  // deterministic
}

TEST_CASE("keywords: very common Chinese words rank below equally frequent terms", "[keywords]") {
    // Each word its own run (the commas split them), each as often as the
    // other, the generic ones (发展 and 工作) first: only their penalty puts
    // them behind; a rarer word (港湾) that is not generic still outranks
    // them at more than half their count.
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "发展，港口，工作，码头，港湾，发展，港口，工作，码头，港湾。"),
        block(BodyType::Paragraph, "发展，港口，工作，码头，港湾，发展，港口，工作，码头。"),
    };
    const auto kw = sift::extract_keywords(body, "zh", 8);
    REQUIRE(kw.size() == 5);
    CHECK(kw[0] == "港口");
    CHECK(kw[1] == "码头");
    CHECK(kw[2] == "港湾");
    CHECK(kw[3] == "发展");
    CHECK(kw[4] == "工作");
}

TEST_CASE("keywords: English words, names and phrases", "[keywords]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "President Barack Obama said gun control remains his biggest frustration. "
                                   "Obama spoke to the BBC in Washington."),
        block(BodyType::Paragraph, "He said that gun control laws had failed in Congress, and that the frustration was real."),
        block(BodyType::Paragraph, "Obama also said race relations had improved. The BBC interview covered gun control and Iran."),
        block(BodyType::H2, "Obama on gun control"),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    REQUIRE(!kw.empty());
    REQUIRE(kw.size() >= 2);
    CHECK((kw[0] == "Obama" || kw[1] == "Obama"));  // the most frequent name, capitalised
    CHECK(has(kw, "gun control"));  // a repeated phrase
    CHECK(has(kw, "BBC"));
    for (const std::string& k : kw) {
        INFO(k);
        CHECK(!sift::is_stopword(k));
        CHECK(k != "control");      // merged into "gun control"
        CHECK(k != "said");
    }
    CHECK(sift::extract_keywords(body, "en", 2).size() == 2);
    CHECK(sift::extract_keywords(body, "en", 0).empty());
    CHECK(sift::extract_keywords({}, "en", 8).empty());
}

TEST_CASE("keywords: a name is shown capitalised, a sentence-start capital is no name", "[keywords]") {
    // "orbiter" is first written in lower case inside a sentence, then
    // capitalised inside sentences three times of four: a name, shown as
    // its first capitalised mid-sentence writing. "Market" is capitalised
    // only where a sentence starts, which says nothing: shown in lower case.
    const std::vector<BodyBlock> body = {
        block(BodyType::Paragraph, "Reports say the orbiter was late. Then the Orbiter crew met the market."),
        block(BodyType::Paragraph, "Market prices rose while the Orbiter engineers spoke. Market traders watched the market."),
        block(BodyType::Paragraph, "Later the Orbiter landed. Market analysts were calm."),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    CHECK(has(kw, "Orbiter"));
    CHECK(!has(kw, "orbiter"));
    CHECK(has(kw, "market"));
    CHECK(!has(kw, "Market"));
}

TEST_CASE("keywords: candidates past the first batch are reached when the best ones overlap", "[keywords]") {
    // "apple" ranks first (40 uses); then come twenty phrases "apple X"
    // (two uses each, scored double), all overlapping "apple" and so
    // skipped: more than one batch of the partial sort. "zebra" (three
    // uses) ranks below them all and must still be found. Each X is merged
    // into its phrase and is no candidate.
    std::string text;
    for (int i = 0; i < 20; ++i) {
        const std::string x = std::string("qu") + static_cast<char>('a' + i) + static_cast<char>('a' + i) + "rvex";
        text += "apple " + x + ". apple " + x + ". ";
    }
    text += "Zebra. Zebra. Zebra.";
    const std::vector<BodyBlock> body = {block(BodyType::Paragraph, text)};
    const auto kw = sift::extract_keywords(body, "en", 8);
    REQUIRE(kw.size() == 2);
    CHECK(kw[0] == "apple");
    CHECK(kw[1] == "zebra");
}

TEST_CASE("keywords: code blocks are ignored", "[keywords]") {
    const std::vector<BodyBlock> body = {
        block(BodyType::Pre, "printf printf printf printf printf"),
        block(BodyType::Paragraph, "Gardening in small spaces: tomatoes grow well in pots, and tomatoes like sun."),
    };
    const auto kw = sift::extract_keywords(body, "en", 8);
    CHECK(!has(kw, "printf"));
    CHECK(has(kw, "tomatoes"));
}
