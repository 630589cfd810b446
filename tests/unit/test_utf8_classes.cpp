// utf8::is_space and is_digit (inline, with an ASCII fast path) and
// append_lower (written in place over an appended copy) answer as the plain
// definitions of utf8.h do.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "utf8.h"

TEST_CASE("utf8::is_space and is_digit over every code point", "[utf8]") {
    const auto space = [](char32_t c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 || c == 0xA0 ||
               c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
               c == 0x3000;
    };
    const auto digit = [](char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); };
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (sift::utf8::is_space(c) != space(c) || sift::utf8::is_digit(c) != digit(c)) {
            CAPTURE(static_cast<std::uint32_t>(c));
            FAIL("class differs");
        }
    }
    CHECK(sift::utf8::is_space(U'\u3000'));
    CHECK_FALSE(sift::utf8::is_space(0x0E));
    CHECK_FALSE(sift::utf8::is_space(0x08));
}

TEST_CASE("utf8::append_lower is lower-casing code point by code point, malformed bytes included", "[utf8]") {
    const char* pieces[] = {"A", "z", "Q", " ", "ABCDEFGHIJ", "\xC3\x89", "\xC3\xA9", "\xC4\x80", "\xD0\x96", "\xCE\xA3",
                            "\xE4\xB8\xAD", "\xEF\xBC\xA1", "\xF0\x9F\x98\x80", "\xFF", "\x80", "\xE4\xB8", "\xC3", "\xED\xA0\x80"};
    std::uint32_t state = 5;
    const auto next = [&state] { state = state * 1664525u + 1013904223u; return state >> 8; };
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        const std::size_t n = next() % 30;
        for (std::size_t k = 0; k < n; ++k) s += pieces[next() % std::size(pieces)];
        std::string expected = "prefix";
        for (std::size_t i = 0; i < s.size();) sift::utf8::append(expected, sift::utf8::to_lower(sift::utf8::next_codepoint(s, i)));
        std::string out = "prefix";
        sift::utf8::append_lower(out, s);
        INFO(s);
        REQUIRE(out == expected);
    }
}
