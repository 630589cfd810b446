// Golden tests over the shared corpus (../shared/corpus, never copied into the
// project): for a spread of pages in several languages, what the body must
// contain and which page chrome must stay out. Skipped, with a message, where
// ../shared is absent (a fresh clone). tests/golden/corpus_snippets.json is the table.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "sift.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

}  // namespace

TEST_CASE("corpus pages: body keeps the article and drops the chrome", "[golden][corpus]") {
    std::string table_text;
    REQUIRE(read_file(std::string(SIFT_SOURCE_DIR) + "/tests/golden/corpus_snippets.json", table_text));
    const nlohmann::json table = nlohmann::json::parse(table_text);
    const std::string corpus = std::string(SIFT_SHARED_DIR) + "/corpus/";
    int checked = 0;
    for (const auto& entry : table) {
        if (!entry.contains("case")) continue;
        const std::string name = entry["case"];
        std::string paste;
        if (!read_file(corpus + name + "/pasted.txt", paste)) continue;
        INFO("case " << name);
        const sift::Article a = sift::extract(paste, "", {});
        REQUIRE(a.ok);
        std::string body;
        for (const auto& b : a.body) body += b.text + "\n";
        for (const std::string must : entry["must_contain"]) {
            INFO("must contain: " << must);
            CHECK(body.find(must) != std::string::npos);
        }
        for (const std::string never : entry["must_not_contain"]) {
            INFO("must not contain: " << never);
            CHECK(body.find(never) == std::string::npos);
        }
        ++checked;
    }
    if (checked == 0) WARN("../shared/corpus not found: corpus golden tests skipped");
}
