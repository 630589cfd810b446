// test_keyword_stem.cpp — stem_light_chars must give stem_light_in_place's
// stem for every word: each rule, each exception, and words the rules skip.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "keyword_stem.h"
#include "tokens.h"

namespace {

std::string stem_chars(const std::string& word) {
    std::string buffer = word;
    const std::size_t n = sift::stem_light_chars(&buffer[0], buffer.size());
    // A word of the letters a-z only stems the same when the caller says so.
    bool az = true;
    for (const char c : word) az = az && c >= 'a' && c <= 'z';
    if (az) {
        std::string known = word;
        const std::size_t m = sift::stem_light_chars(&known[0], known.size(), true);
        CHECK(known.substr(0, m) == buffer.substr(0, n));
    }
    return buffer.substr(0, n);
}

}  // namespace

TEST_CASE("stem_light_chars agrees with stem_light_in_place", "[keywords][stem]") {
    const std::vector<std::string> words = {
        "", "a", "is", "bus", "gas", "rate", "rates", "rated", "rating", "ratings", "strandings", "kings", "sings",
        "studies", "ties", "lies", "classes", "boxes", "wishes", "churches", "buzzes", "quizzes", "status", "virus",
        "analysis", "glass", "rising", "sing", "ring", "bring", "string", "stopped", "running", "falling", "passed",
        "buzzed", "fizzed", "agreed", "freed", "need", "bed", "red", "quickly", "only", "daily", "family", "ugly",
        "apply", "anomaly", "assembly", "belly", "bully", "holy", "italy", "monopoly", "rally", "reply", "supply",
        "happily", "fly", "july", "shed", "hopped", "hoped", "rapping", "played", "yes", "eyes", "axes", "mixes",
        "cafés", "naïve", "co2s", "abc1", "word's", "o'neill", "sees", "trees", "flees", "issues", "houses",
        "closely", "early", "reed", "speed", "seeded", "tings", "things", "dings", "thing", "eing", "xyzing",
        "mmmed", "ssed", "lled", "administration", "governments", "understanding", "responsibilities",
        "unquestionably", "overwhelmingly", "sss", "ssss", "esss", "yyyy", "eeee", "aaaaings", "bbbbings"};
    for (const std::string& word : words) {
        std::string expected = word;
        sift::stem_light_in_place(expected);
        INFO(word);
        CHECK(stem_chars(word) == expected);
    }
}

TEST_CASE("stem_light_chars agrees on generated suffix combinations", "[keywords][stem]") {
    const std::vector<std::string> roots = {"b", "st", "rat", "hop", "fiz", "ro", "sky", "tre", "ea", "bbb", "nul"};
    const std::vector<std::string> tails = {"", "s", "es", "ies", "ing", "ings", "ed", "eed", "ly", "ily", "e",
                                            "ss", "sses", "shes", "ches", "xes", "zes", "us", "is", "ping", "ped"};
    for (const std::string& root : roots)
        for (const std::string& tail : tails) {
            const std::string word = root + tail;
            std::string expected = word;
            sift::stem_light_in_place(expected);
            INFO(word);
            CHECK(stem_chars(word) == expected);
        }
}
