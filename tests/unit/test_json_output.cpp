// The compact JSON writer's string escaper against nlohmann's serialiser: it
// tests eight bytes at a time and jumps to the first byte to escape, so every
// byte value is tried at every offset of a word, in strings of every length
// around the word size.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "decimal.h"
#include "json_output.h"
#include "utf8.h"

namespace {

// The "title" value as the compact writer prints it (with its quotes).
std::string written_title(const std::string& title) {
    sift::Article a;
    a.title = title;
    const std::string json = sift::article_to_compact_json(a);
    const std::size_t from = json.find("\"title\":") + 8;
    const std::size_t to = json.find(",\"byline\":", from);
    return json.substr(from, to - from);
}

std::string nlohmann_string(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("the JSON escaper finds every byte that needs escaping, at any offset", "[json]") {
    // Controls, the two escaped printables, their neighbours, DEL and '/'.
    const std::string specials = std::string("\x00\x01\x08\x09\x0A\x0C\x0D\x1F", 8) + " !\"#[\\]/\x7F";
    int checked = 0;
    for (std::size_t length = 1; length <= 70; ++length) {  // past the 64-byte short path
        for (std::size_t at = 0; at < length; ++at) {
            for (char c : specials) {
                std::string s(length, 'a');
                s[at] = c;
                REQUIRE(written_title(s) == nlohmann_string(s));
                s[length - 1 - (at / 2)] = '"';  // a second one later in the same word or the next
                REQUIRE(written_title(s) == nlohmann_string(s));
                ++checked;
            }
        }
    }
    CHECK(checked > 10000);
}

TEST_CASE("the JSON escaper passes valid UTF-8 through and replaces a stray byte", "[json]") {
    const std::string cjk = "\xE4\xB8\xAD\xE6\x96\x87";  // 中文
    for (std::size_t before = 0; before <= 17; ++before) {
        const std::string s = std::string(before, 'x') + cjk + "\n" + std::string(before % 5, 'y') + "\xF0\x9F\x98\x80\\";
        CHECK(written_title(s) == nlohmann_string(s));
        // A lone continuation byte, a truncated sequence at the end.
        CHECK(written_title(std::string(before, 'x') + "\x80z") == "\"" + std::string(before, 'x') + "\xEF\xBF\xBDz\"");
        CHECK(written_title(std::string(before, 'x') + "\xE4\xB8") == "\"" + std::string(before, 'x') + "\xEF\xBF\xBD\xEF\xBF\xBD\"");
    }
    CHECK(written_title("") == "\"\"");
}

TEST_CASE("write_decimal spells integers as std::to_string does", "[json]") {
    char buffer[sift::kMaxDecimalBytes];
    for (long long v : {0LL, 7LL, -1LL, 10LL, 99LL, 100LL, -4096LL, 2147483647LL, -2147483648LL, 9223372036854775807LL,
                        -9223372036854775807LL - 1}) {
        const std::size_t length = sift::write_decimal(buffer, v);
        CHECK(std::string(buffer, length) == std::to_string(v));
    }
}

TEST_CASE("the compact writer's buffer: strings longer than it, and strings across its end", "[json]") {
    // Pieces of every size around the 2 KB buffer, with escapes and UTF-8 near
    // both ends, so runs are copied through the buffer and straight to the output.
    for (std::size_t length : {2040u, 2047u, 2048u, 2049u, 2050u, 4095u, 4097u, 9000u}) {
        std::string s(length, 'a');
        s[0] = '"';
        s[length / 2] = '\n';
        s.replace(length - 4, 3, "\xE4\xB8\xAD");
        REQUIRE(written_title(s) == nlohmann_string(s));
        REQUIRE(written_title(std::string(length, 'b')) == nlohmann_string(std::string(length, 'b')));
    }
    // A whole document through many flushes: every body block lands in order.
    sift::Article a;
    for (int k = 0; k < 400; ++k) a.body.push_back({sift::BodyType::Paragraph, "block \"" + std::to_string(k) + "\" " + std::string(k % 37, 'x')});
    nlohmann::json parsed = nlohmann::json::parse(sift::article_to_compact_json(a));
    REQUIRE(parsed["body"].size() == 400);
    for (int k = 0; k < 400; ++k) CHECK(parsed["body"][k]["text"] == a.body[k].text);
}

TEST_CASE("the JSON escaper reads runs of multi-byte text, and a bad byte inside one", "[json]") {
    // Runs of CJK and other sequences, broken at every offset by a byte that
    // starts no valid sequence: each bad byte becomes U+FFFD, the rest stays.
    const std::string run = "\xE4\xB8\xAD\xE6\x96\x87\xC3\xA9\xF0\x9F\x98\x80\xEF\xBC\x8C\xE1\x80\x80";  // 中文é😀，U+1000
    const std::string replacement = "\xEF\xBF\xBD";
    for (const std::string bad : {"\x80", "\xED\xA0\x80", "\xE0\x80\x80", "\xFF", "\xC0\xAF"}) {
        for (std::size_t at = 0; at <= run.size(); ++at) {
            const std::string s = run.substr(0, at) + bad + run.substr(at) + "\"x";
            std::string expected = "\"";
            for (std::size_t i = 0; i < s.size();) {
                const std::size_t length = sift::utf8::strict_sequence_length(s, i);
                if (static_cast<unsigned char>(s[i]) < 0x80) { expected += s[i] == '"' ? "\\\"" : std::string(1, s[i]); ++i; }
                else if (length == 0) { expected += replacement; ++i; }
                else { expected += s.substr(i, length); i += length; }
            }
            expected += "\"";
            CHECK(written_title(s) == expected);
        }
    }
    CHECK(written_title(run) == nlohmann_string(run));
}

TEST_CASE("the compact writer's integers: the four-digit path and the general one agree with std::to_string", "[json]") {
    // A removed block's "after" is its integer: -1, then every value across
    // the four-digit path (each digit count's bounds among them) and past it.
    std::vector<long long> values = {-1, -10, 10000, 10001, 99999, 123456789, 2147483647};
    for (long long v = 0; v < 10000; ++v) values.push_back(v);
    for (long long v : values) {
        sift::Article a;
        sift::RemovedBlock r;
        r.text = "x";
        r.label = "boilerplate";
        r.after = static_cast<int>(v);
        a.removed.push_back(r);
        const std::string json = sift::article_to_compact_json(a);
        const std::size_t from = json.find("\"after\":") + 8;
        INFO(v);
        REQUIRE(json.substr(from, json.find('}', from) - from) == std::to_string(v));
    }
}

TEST_CASE("the compact writer spells every body type as body_type_name does", "[json]") {
    using sift::BodyType;
    for (BodyType t : {BodyType::Paragraph, BodyType::H2, BodyType::H3, BodyType::H4, BodyType::ListItem, BodyType::Quote, BodyType::Pre}) {
        sift::Article a;
        a.body.push_back({t, "Some text."});
        const std::string json = sift::article_to_compact_json(a);
        INFO(sift::body_type_name(t));
        CHECK(json.find("\"body\":[{\"type\":\"" + std::string(sift::body_type_name(t)) + "\",\"text\":\"Some text.\"}]") != std::string::npos);
    }
}
