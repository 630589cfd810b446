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

// `az_only`: the caller knows the word holds only the letters a-z (its
// packed form was tested word-wide), so they need not be tested again.
std::size_t stem_light_chars(char* word, std::size_t size, bool az_only = false);

}  // namespace sift
