// decimal.h — integers as decimal text without the C library's printf.
// std::to_string goes through snprintf in the wasm build's libc++, which pulls
// printf's floating-point formatting (and 128-bit float helpers) into the
// bundle: ~4 KB gzip for the handful of integers the output prints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace sift {

// Largest output of write_decimal: a sign and the 19 digits of a long long.
inline constexpr std::size_t kMaxDecimalBytes = 20;

// Integers below this take write_decimal's four-digit path.
inline constexpr long long kMaxShortDecimal = 10000;

// Writes `value` in decimal to `out` (room for kMaxDecimalBytes), returns the
// length: for writers that fill a buffer of their own.
inline std::size_t write_decimal(char* out, long long value) {
    if (value >= 0 && value < kMaxShortDecimal) {
        // Block indices, levels and most counts: four digits at most, written
        // without a loop, then the leading zeros skipped by where the copy
        // starts (the bytes past the number are scratch in out's room).
        // Multiply-shift divisions, exact over this range: x / 100 for x below
        // 43,699 and x / 10 for x below 1,029.
        const auto u = static_cast<std::uint32_t>(value);
        const std::uint32_t hundreds = (u * 5243) >> 19, below_hundred = u - 100 * hundreds;
        const std::uint32_t thousands = (hundreds * 205) >> 11, tens = (below_hundred * 205) >> 11;
        const char digits[7] = {static_cast<char>('0' + thousands), static_cast<char>('0' + hundreds - 10 * thousands),
                                static_cast<char>('0' + tens), static_cast<char>('0' + below_hundred - 10 * tens), 0, 0, 0};
        const std::size_t length = 1 + (u >= 10) + (u >= 100) + (u >= 1000);
        std::memcpy(out, digits + 4 - length, 4);  // a fixed-size copy: one store
        return length;
    }
    char digits[kMaxDecimalBytes];
    std::size_t n = 0, length = 0;
    unsigned long long v = value < 0 ? 0ull - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    do digits[n++] = static_cast<char>('0' + v % 10);
    while ((v /= 10) != 0);
    if (value < 0) out[length++] = '-';
    while (n > 0) out[length++] = digits[--n];
    return length;
}

// Appends `value` in decimal, left-padded with zeros to at least `width` digits.
inline void append_decimal(std::string& out, long long value, int width = 1) {
    char digits[24];
    int n = 0;
    unsigned long long v = value < 0 ? 0ull - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    do digits[n++] = static_cast<char>('0' + v % 10);
    while ((v /= 10) != 0);
    if (value < 0) out += '-';
    for (int pad = width - n; pad > 0; --pad) out += '0';
    while (n > 0) out += digits[--n];
}

inline std::string decimal(long long value) {
    std::string out;
    append_decimal(out, value);
    return out;
}

}  // namespace sift
