// decode.h — stage 1: raw pasted bytes -> clean UTF-8 text.
#pragma once

#include <string>
#include <string_view>

namespace sift {

struct DecodeReport {
    std::size_t invalid_sequences = 0;  // replaced by U+FFFD
    std::size_t dropped_controls = 0;   // NUL and other control characters removed
};

// Repairs invalid UTF-8 (each bad sequence -> U+FFFD), drops a leading BOM,
// NUL and control characters (tab and newline survive), turns CRLF / CR /
// U+2028 / U+2029 into '\n', maps every Unicode space (NBSP, U+3000, ...) to
// ' ' and removes zero-width characters that only break words apart. One pass.
std::string decode_text(std::string_view bytes, DecodeReport* report = nullptr);

// The same, without copying what needs no change (most pastes): returns a
// view of `bytes` (past a BOM) when nothing was replaced or dropped, else a
// view of `storage`, which then holds the decoded text. The view lives as
// long as the one it points into.
std::string_view decode_text(std::string_view bytes, std::string& storage, DecodeReport* report = nullptr);

}  // namespace sift
