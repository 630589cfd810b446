// utf8::is_space and is_digit are inline with an ASCII fast path: over every
// code point they must answer as the plain lists of utf8.h say.
#include <catch2/catch.hpp>

#include <cstdint>

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
