// decimal.h — integers as decimal text without the C library's printf.
// std::to_string goes through snprintf in the wasm build's libc++, which pulls
// printf's floating-point formatting (and 128-bit float helpers) into the
// bundle: ~4 KB gzip for the handful of integers the output prints.
#pragma once

#include <string>

namespace sift {

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
