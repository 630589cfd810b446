// keyword_stem.h — the light stemmer of tokens.h on a character buffer.
//
// Input: a lower-cased word held in a writable buffer. Output: its stem's
// length; the stem is the buffer's first bytes (only "-ies" -> "-y" writes a
// byte). The same answers as stem_light_in_place, without a std::string:
// extract_keywords stems every distinct word it meets, and the copy into a
// string and back cost more than the stemming. Agreement with
// stem_light_in_place is held by tests/unit/test_keyword_stem.cpp.
#pragma once

#include <cstddef>

namespace sift {

std::size_t stem_light_chars(char* word, std::size_t size);

}  // namespace sift
