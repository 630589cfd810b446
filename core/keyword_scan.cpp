// keyword_scan.cpp — the slow paths of the keyword scanner (keyword_scan.h):
// words that run past eight bytes or hold other characters than ASCII
// letters and digits, CJK runs, and the scanner as a list of spans.
#include "keyword_scan.h"

namespace sift {
namespace keyword_scan {

bool is_word_char(char32_t c) {
    return (utf8::is_letter(c) && !utf8::is_cjk(c)) || utf8::is_digit(c) || (c >= 0x300 && c <= 0x36F);
}

// ASCII letters and digits run on eight bytes at a time (a word ends within
// its first eight bytes almost always, so the loop mostly runs once), other
// characters are decoded; an apostrophe stays inside when a word character
// follows it ("don't", "l'état").
std::size_t word_end(std::string_view text, std::size_t i) {
    const std::size_t size = text.size();
    for (;;) {
        for (;;) {
            if (i + 8 > size) {
                while (i < size && (kByteTable[static_cast<unsigned char>(text[i])] & kClassMask) == kWordByte) ++i;
                break;
            }
            const std::size_t run = leading_word_bytes(load_eight(text.data() + i));
            i += run;
            if (run < 8) break;
        }
        if (i == size) return i;
        std::size_t next = i;
        const char32_t c = utf8::next_codepoint(text, next);
        if (c >= 0x80 && !utf8::is_cjk(c) && is_word_char(c)) { i = next; continue; }
        if ((c == '\'' || c == 0x2019) && next < size) {
            std::size_t after = next;
            if (is_word_char(utf8::next_codepoint(text, after))) { i = next; continue; }
        }
        return i;
    }
}

std::size_t cjk_end(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        std::size_t next = i;
        if (!utf8::is_cjk(utf8::next_codepoint(text, next))) break;
        i = next;
    }
    return i;
}

}  // namespace keyword_scan

void scan_keyword_spans(std::string_view text, std::vector<KeywordSpan>& out) {
    for_each_keyword_span(text, [&out](const KeywordSpan& span) { out.push_back(span); });
}

}  // namespace sift
