// decode.cpp — stage 1 of the pipeline (see decode.h). Input: any bytes.
// Output: valid, NUL-free UTF-8 with normalised spaces and newlines, which
// every later stage may rely on.
#include "decode.h"

#include "utf8.h"

namespace sift {

std::string decode_text(std::string_view bytes, DecodeReport* report) {
    DecodeReport local;
    DecodeReport& r = report ? *report : local;
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < bytes.size()) {
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b >= 0x20 && b < 0x7F) {  // fast path: printable ASCII
            out += static_cast<char>(b);
            ++i;
            continue;
        }
        if (b == '\r') {
            out += '\n';
            ++i;
            if (i < bytes.size() && bytes[i] == '\n') ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = utf8::next_codepoint(bytes, i);
        if (cp == utf8::kReplacement && !(i - start == 3 && bytes.substr(start, 3) == "\xEF\xBF\xBD")) {
            ++r.invalid_sequences;
            utf8::append(out, cp);
        } else if (cp == '\n' || cp == '\t') {
            out += static_cast<char>(cp);
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            out += '\n';
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            ++r.dropped_controls;
        } else if (utf8::is_zero_width(cp)) {
            // dropped: invisible, and would split words and headings apart
        } else if (utf8::is_space(cp)) {
            out += ' ';
        } else {
            out.append(bytes.data() + start, i - start);
        }
    }
    return out;
}

}  // namespace sift
