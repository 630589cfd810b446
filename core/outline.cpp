// outline.cpp — outline entries with anchor slugs, and heading numbering styles.
//
// Input: body blocks / one line. Output: OutlineEntries / a numbering depth.
// Linear in the body; numbered_heading_level only looks at the first
// kNumberingWindow code points of a line.
#include "outline.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <string_view>
#include <unordered_set>

#include "decimal.h"
#include "utf8.h"

namespace sift {
namespace {

// Numbering never needs more than this many code points ("第一百二十三部分 ").
constexpr std::size_t kNumberingWindow = 24;
// Arabic components longer than this are quantities or years ("2024. The").
constexpr std::size_t kMaxNumberDigits = 3;

int level_of(BodyType t) {
    switch (t) {
        case BodyType::H2: return 2;
        case BodyType::H3: return 3;
        case BodyType::H4: return 4;
        default: return 0;
    }
}

bool is_chinese_numeral(char32_t c) {
    static constexpr std::u32string_view kNumerals = U"〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾";
    return kNumerals.find(c) != std::u32string_view::npos;
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_any_digit(char32_t c) { return utf8::is_digit(c); }

// The first kNumberingWindow code points of the trimmed line, decoded into a
// fixed buffer: the heading rules ask this of thousands of lines, and a
// growing std::u32string allocated several times for each.
class HeadCodepoints {
public:
    HeadCodepoints(std::string_view line, bool& truncated) {
        std::size_t i = 0;
        while (i < line.size() && size_ < kNumberingWindow) cps_[size_++] = utf8::next_codepoint(line, i);
        truncated = i < line.size();
    }
    std::u32string_view view() const { return std::u32string_view(cps_.data(), size_); }

private:
    std::array<char32_t, kNumberingWindow> cps_{};
    std::size_t size_ = 0;
};

bool has_text_after(std::u32string_view cps, std::size_t k, bool truncated) {
    for (; k < cps.size(); ++k)
        if (!utf8::is_space(cps[k])) return true;
    return truncated;
}

std::size_t skip_spaces(std::u32string_view cps, std::size_t k) {
    while (k < cps.size() && utf8::is_space(cps[k])) ++k;
    return k;
}

bool is_roman(std::u32string_view r) {
    // I..XXXIX: X{0,3} (IX | IV | V?I{0,3}), non-empty.
    std::size_t k = 0;
    while (k < r.size() && k < 3 && r[k] == 'X') ++k;
    std::u32string_view rest = r.substr(k);
    static constexpr std::array<std::u32string_view, 10> kUnits = {
        U"", U"I", U"II", U"III", U"IV", U"V", U"VI", U"VII", U"VIII", U"IX"};
    return !r.empty() && std::find(kUnits.begin(), kUnits.end(), rest) != kUnits.end();
}

std::string ascii_lower_word(std::u32string_view cps, std::size_t& k) {
    std::string w;
    while (k < cps.size() && cps[k] < 0x80 && ((cps[k] | 0x20) >= 'a' && (cps[k] | 0x20) <= 'z')) {
        w += static_cast<char>(cps[k] | 0x20);
        ++k;
    }
    return w;
}

// The words that number a part (kTop) or a section (kSub) when a number follows.
constexpr std::array<std::string_view, 7> kTop = {"chapter", "part", "book", "chapitre", "capitulo", "kapitel", "teil"};
constexpr std::array<std::string_view, 6> kSub = {"section", "step", "lesson", "question", "appendix", "unit"};
constexpr std::size_t kMaxKeywordBytes = 8;  // "chapitre", "question", "appendix"

// Whether a line that opens with this (lower-cased) word may be numbered by
// it: "q" and the words of kTop and kSub.
bool is_numbering_keyword(std::string_view word) {
    return word == "q" || std::find(kTop.begin(), kTop.end(), word) != kTop.end() ||
           std::find(kSub.begin(), kSub.end(), word) != kSub.end();
}

// "Chapter 3", "Part Two", "Step 4:", "Q:", "Question 1".
int keyword_numbering(std::u32string_view cps) {
    std::size_t k = 0;
    const std::string word = ascii_lower_word(cps, k);
    if (word.empty()) return 0;
    // "Q:", "Q1", "Q." — a question in a Q&A.
    if (word == "q" && k < cps.size() && (cps[k] == ':' || cps[k] == 0xFF1A || cps[k] == '.' || is_ascii_digit(cps[k])))
        return 2;
    if (word == "question" && k < cps.size() && (cps[k] == ':' || cps[k] == 0xFF1A)) return 2;
    int depth = 0;
    if (std::find(kTop.begin(), kTop.end(), word) != kTop.end()) depth = 1;
    else if (std::find(kSub.begin(), kSub.end(), word) != kSub.end()) depth = 2;
    if (depth == 0 || k >= cps.size() || !utf8::is_space(cps[k])) return 0;
    k = skip_spaces(cps, k);
    // The number: digits, a Roman numeral, a number word, or one capital letter.
    const std::size_t start = k;
    if (k < cps.size() && is_ascii_digit(cps[k])) {
        while (k < cps.size() && (is_ascii_digit(cps[k]) || cps[k] == '.')) ++k;
    } else {
        while (k < cps.size() && cps[k] < 0x80 && (cps[k] | 0x20) >= 'a' && (cps[k] | 0x20) <= 'z') ++k;
        const std::u32string_view token = cps.substr(start, k - start);
        std::string lower;
        for (char32_t c : token) lower += static_cast<char>(c | 0x20);
        static constexpr std::array<std::string_view, 20> kNumberWords = {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        const bool number_word = std::find(kNumberWords.begin(), kNumberWords.end(), lower) != kNumberWords.end();
        const bool letter = token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z';
        if (!number_word && !letter && !is_roman(token)) return 0;
    }
    if (k == start) return 0;
    // Then the end, or a separator: "Part Two: ...", "Step 4 - ...", "Chapter 3 The ...".
    if (k < cps.size() && !utf8::is_space(cps[k]) && cps[k] != ':' && cps[k] != 0xFF1A && cps[k] != '.' &&
        cps[k] != '-' && cps[k] != 0x2013 && cps[k] != 0x2014)
        return 0;
    return depth;
}

}  // namespace

std::string heading_slug(std::string_view text) {
    // Built in a buffer on the stack (a slug has at most kMaxSlugBytes) and
    // made a string once: appending to the string a byte at a time cost a
    // library call per byte.
    char slug[kMaxSlugBytes];
    std::size_t size = 0;
    bool pending_dash = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t before = i;
        char32_t c = utf8::next_codepoint(text, i);
        if (c >= 0xFF10 && c <= 0xFF19) c = c - 0xFF10 + '0';  // full-width digits
        if (c == '\'' || c == 0x2019) continue;                 // "don't" -> "dont"
        if (c < 0x80) {  // most headings are ASCII: lower-cased and written without a piece
            const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            if (!letter && !is_ascii_digit(c)) { pending_dash = true; continue; }
            const bool dash = pending_dash && size > 0;
            if (size + (dash ? 2 : 1) > kMaxSlugBytes) break;
            if (dash) slug[size++] = '-';
            slug[size++] = static_cast<char>(letter ? (c | 0x20) : c);
            pending_dash = false;
            continue;
        }
        const bool keep = utf8::is_letter(c) || is_ascii_digit(c);
        if (!keep) { pending_dash = true; continue; }
        char piece[4];  // the character as written: a CJK one as it is, others lower-cased (one code point)
        std::size_t piece_size;
        if (utf8::is_cjk(c)) {
            piece_size = i - before;
            std::memcpy(piece, text.data() + before, piece_size);
        } else {
            piece_size = utf8::encode(utf8::to_lower(c), piece);
        }
        const bool dash = pending_dash && size > 0;
        if (size + (dash ? 1 : 0) + piece_size > kMaxSlugBytes) break;
        if (dash) slug[size++] = '-';
        std::memcpy(slug + size, piece, piece_size);
        size += piece_size;
        pending_dash = false;
    }
    return std::string(slug, size);
}

std::vector<OutlineEntry> build_outline(const std::vector<BodyBlock>& body) {
    std::vector<OutlineEntry> out;
    // Room for every heading up front: the ids taken stay where they are, so
    // `used` holds views of them rather than copies.
    out.reserve(static_cast<std::size_t>(std::count_if(body.begin(), body.end(), [](const BodyBlock& b) { return level_of(b.type) != 0; })));
    std::unordered_set<std::string_view> used(out.capacity());
    std::unordered_map<std::string, int> next_suffix;  // per base: where to resume probing, so N repeats stay linear
    for (std::size_t b = 0; b < body.size(); ++b) {
        const int level = level_of(body[b].type);
        if (level == 0) continue;
        OutlineEntry e;
        e.level = level;
        e.text = std::string(utf8::trim(body[b].text));
        e.block = static_cast<int>(b);
        std::string base = heading_slug(e.text);
        if (base.empty()) base = "section-" + decimal(out.size() + 1);
        if (used.count(base) == 0) {
            e.id = std::move(base);
        } else {
            int& n = next_suffix.try_emplace(base, 2).first->second;
            do e.id = base + "-" + decimal(n++);
            while (used.count(e.id) > 0);
        }
        out.push_back(std::move(e));
        used.insert(out.back().id);
    }
    return out;
}

int numbered_heading_level(std::string_view line) {
    line = utf8::trim(line);
    if (line.empty()) return 0;
    // Every numbering opens with a digit, '(', a Latin letter (a Roman numeral
    // or "Chapter", "Step", ...) or a non-ASCII character (一 （ 第 １): any
    // other ASCII byte ends the question before decoding.
    const char first = line.front();
    const bool ascii_letter = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
    if (static_cast<unsigned char>(first) < 0x80 && !ascii_letter && first != '(' && !(first >= '0' && first <= '9')) return 0;
    // A Latin letter opens a Roman numeral (I V X) or a keyword; other
    // opening words are answered without decoding the line.
    if (ascii_letter && first != 'I' && first != 'V' && first != 'X') {
        char word[kMaxKeywordBytes + 1];
        std::size_t n = 0;
        for (; n < line.size() && n <= kMaxKeywordBytes && ((line[n] | 0x20) >= 'a' && (line[n] | 0x20) <= 'z'); ++n)
            word[n] = static_cast<char>(line[n] | 0x20);
        if (n > kMaxKeywordBytes || !is_numbering_keyword(std::string_view(word, n))) return 0;
    }
    // A non-ASCII opening numbers a line only as 〇一…, （, 第 or a full-width digit.
    if (static_cast<unsigned char>(first) >= 0x80) {
        std::size_t i = 0;
        const char32_t c = utf8::next_codepoint(line, i);
        if (!is_chinese_numeral(c) && c != 0xFF08 && c != U'第' && !is_any_digit(c)) return 0;
    }
    bool truncated = false;
    const HeadCodepoints head(line, truncated);
    const std::u32string_view cps = head.view();
    if (cps.empty()) return 0;
    std::size_t k = 0;

    // 一、 十二． — top-level Chinese numbering.
    if (is_chinese_numeral(cps[0])) {
        while (k < cps.size() && is_chinese_numeral(cps[k])) ++k;
        if (k < cps.size() && (cps[k] == 0x3001 || cps[k] == 0xFF0E || cps[k] == '.') && has_text_after(cps, k + 1, truncated))
            return 1;
        return 0;
    }

    // （一） (一) （1） (1)
    if (cps[0] == 0xFF08 || cps[0] == '(') {
        k = 1;
        const bool chinese = k < cps.size() && is_chinese_numeral(cps[k]);
        while (k < cps.size() && (chinese ? is_chinese_numeral(cps[k]) : is_any_digit(cps[k]))) ++k;
        if (k == 1 || k - 1 > kMaxNumberDigits + (chinese ? 2 : 0)) return 0;
        if (k < cps.size() && (cps[k] == 0xFF09 || cps[k] == ')') && has_text_after(cps, k + 1, truncated))
            return chinese ? 2 : 3;
        return 0;
    }

    // 第一章 第3节 第二部分
    if (cps[0] == U'第') {
        k = 1;
        while (k < cps.size() && (is_chinese_numeral(cps[k]) || is_any_digit(cps[k]))) ++k;
        if (k == 1 || k >= cps.size()) return 0;
        const char32_t unit = cps[k];
        if (unit == U'章' || unit == U'篇' || unit == U'编' || unit == U'卷') return 1;
        if (unit == U'部' && k + 1 < cps.size() && cps[k + 1] == U'分') return 1;
        if (unit == U'节') return 2;
        if (unit == U'条' || unit == U'款') return 3;
        return 0;
    }

    // 1. / 1、 / 1.1 / 1.1.1 (ASCII or full-width digits and dots).
    if (is_any_digit(cps[0])) {
        int components = 0;
        bool trailing_separator = false;
        while (k < cps.size()) {
            const std::size_t start = k;
            while (k < cps.size() && is_any_digit(cps[k])) ++k;
            if (k == start || k - start > kMaxNumberDigits) return 0;
            ++components;
            if (k < cps.size() && (cps[k] == '.' || cps[k] == 0xFF0E)) {
                ++k;
                if (k < cps.size() && is_any_digit(cps[k])) continue;
                trailing_separator = true;
            } else if (k < cps.size() && cps[k] == 0x3001) {  // 1、
                ++k;
                return components == 1 && has_text_after(cps, k, truncated) ? 1 : 0;
            }
            break;
        }
        if (k >= cps.size() && !truncated) return 0;        // a bare number
        if (k < cps.size() && !utf8::is_space(cps[k])) return 0;  // "1.5%", "3)", "2a"
        const std::size_t text_start = skip_spaces(cps, k);
        if (!has_text_after(cps, text_start, truncated)) return 0;
        if (!trailing_separator) {
            if (components == 1) return 0;  // "3 apples": a count, not a number label
            const char32_t next = text_start < cps.size() ? cps[text_start] : 0;
            // "3.5 million people": a decimal followed by a lower-case word.
            if (next >= 'a' && next <= 'z') return 0;
        }
        if (text_start < cps.size() && (is_any_digit(cps[text_start]) || cps[text_start] == '%')) return 0;
        return components;
    }

    // I. II. IV. — Roman numerals with a period.
    if (cps[0] == 'I' || cps[0] == 'V' || cps[0] == 'X') {
        while (k < cps.size() && (cps[k] == 'I' || cps[k] == 'V' || cps[k] == 'X')) ++k;
        if (k < cps.size() && cps[k] == '.' && is_roman(cps.substr(0, k)) &&
            k + 1 < cps.size() && utf8::is_space(cps[k + 1]) && has_text_after(cps, k + 1, truncated))
            return 1;
    }

    return keyword_numbering(cps);
}

}  // namespace sift
