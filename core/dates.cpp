// dates.cpp — a small hand-written date scanner (see dates.h). It tries each
// pattern only at word starts and every pattern reads a bounded number of
// bytes, so a line is scanned in linear time.
#include "dates.h"

#include <algorithm>
#include <array>
#include <vector>

#include "decimal.h"
#include "feature_phrase_search.h"
#include "utf8.h"

namespace sift {
namespace {

struct MonthName {
    std::string_view name;
    int month;
};

// Lower-case month names and abbreviations (English, French, German, Spanish,
// Italian, Portuguese, Dutch). Longer names first so "june" wins over "jun".
constexpr MonthName kMonths[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"june", 6}, {"july", 7}, {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}, {"sept", 9},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"januar", 1}, {"februar", 2}, {"märz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"augustus", 8},
};

// The letters month names start with: words starting otherwise are not looked up.
constexpr std::array<bool, 128> kMonthInitials = [] {
    std::array<bool, 128> initials{};
    for (const MonthName& m : kMonths) initials[static_cast<unsigned char>(m.name[0])] = true;
    return initials;
}();

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1..max_digits ASCII digits at pos; returns -1 if none.
int read_number(std::string_view s, std::size_t& pos, int max_digits) {
    int value = 0, n = 0;
    while (pos < s.size() && n < max_digits && is_ascii_digit(s[pos])) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    if (n == 0) return -1;
    if (pos < s.size() && is_ascii_digit(s[pos])) return -1;  // too many digits: not this field
    return value;
}

// A byte loop the compiler can inline: the patterns look for two- and
// three-byte marks ("st", "de ", "年") at many positions of a line.
bool starts_with_at(std::string_view s, std::size_t pos, std::string_view what) {
    if (pos > s.size() || s.size() - pos < what.size()) return false;
    for (std::size_t k = 0; k < what.size(); ++k)
        if (s[pos + k] != what[k]) return false;
    return true;
}

void skip_spaces(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
}

bool valid_date(int y, int m, int d) {
    return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string format_iso(int y, int m, int d, int hh, int mm) {
    std::string out;
    out.reserve(16);
    append_decimal(out, y, 4);
    out += '-';
    append_decimal(out, m, 2);
    out += '-';
    append_decimal(out, d, 2);
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60) {
        out += 'T';
        append_decimal(out, hh, 2);
        out += ':';
        append_decimal(out, mm, 2);
    }
    return out;
}

// Optional time after a date: " 10:27", "T10:27:00Z", " 10时27分", " 5:02 PM", " 5:02 p.m.".
// Advances pos only if a time was read.
void read_time(std::string_view s, std::size_t& pos, int& hh, int& mm) {
    std::size_t p = pos;
    if (p < s.size() && (s[p] == 'T' || s[p] == ',')) ++p;
    skip_spaces(s, p);
    if (starts_with_at(s, p, "at ")) p += 3;
    const int h = read_number(s, p, 2);
    if (h < 0 || h > 23) return;
    int m = -1;
    if (p < s.size() && s[p] == ':') {
        ++p;
        m = read_number(s, p, 2);
    } else if (starts_with_at(s, p, "时") || starts_with_at(s, p, "點") || starts_with_at(s, p, "点")) {
        p += 3;
        m = read_number(s, p, 2);
        if (m >= 0 && starts_with_at(s, p, "分")) p += 3;
    }
    if (m < 0 || m > 59) return;
    if (p < s.size() && s[p] == ':') {  // seconds
        ++p;
        read_number(s, p, 2);
    }
    std::size_t q = p;
    skip_spaces(s, q);
    const std::string_view rest = s.substr(q, 4);
    const bool pm = rest.size() >= 2 && (rest[0] == 'p' || rest[0] == 'P') && (rest[1] == 'm' || rest[1] == 'M' || rest[1] == '.');
    const bool am = rest.size() >= 2 && (rest[0] == 'a' || rest[0] == 'A') && (rest[1] == 'm' || rest[1] == 'M' || rest[1] == '.');
    int hour = h;
    if (pm || am) {
        if (h < 1 || h > 12) return;
        hour = pm ? (h % 12) + 12 : h % 12;
        p = q + 2;
        if (p < s.size() && s[p] == '.') ++p;
        if (p < s.size() && (s[p] == 'm' || s[p] == 'M')) ++p;
        if (p < s.size() && s[p] == '.') ++p;
    }
    hh = hour;
    mm = m;
    pos = p;
}

// A date as read, before it is spelled out (contains_date never needs the text).
struct RawDate {
    int y = 0, m = 0, d = 0, hh = -1, mm = -1;
    std::size_t begin = 0, end = 0;
};

// A valid date ends at p: read an optional time after it and fill `out`.
bool finish_match(std::string_view s, std::size_t start, std::size_t p, int y, int m, int d, RawDate& out) {
    int hh = -1, mm = -1;
    read_time(s, p, hh, mm);
    out = {y, m, d, hh, mm, start, p};
    return true;
}

// No month name is longer than 12 bytes: a run of letters is read no further.
constexpr std::size_t kMaxMonthWordLookahead = 12;
// The longest run month_word_end returns: it may finish a multi-byte letter
// that starts within the lookahead.
constexpr std::size_t kMaxMonthWordBytes = kMaxMonthWordLookahead + 3;

// End of the run of letters at pos that may be a month name (bounded by
// kMaxMonthWordLookahead).
std::size_t month_word_end(std::string_view s, std::size_t pos) {
    std::size_t end = pos;
    while (end < s.size() && (is_ascii_alpha(s[end]) || static_cast<unsigned char>(s[end]) >= 0x80) && end - pos < kMaxMonthWordLookahead) {
        if (static_cast<unsigned char>(s[end]) >= 0x80) {
            std::size_t j = end;
            if (!utf8::is_letter(utf8::next_codepoint(s, j))) break;
            end = j;
        } else {
            ++end;
        }
    }
    return end;
}

// Matches a month name (lower-cased compare) at pos; returns month or 0.
int read_month_name(std::string_view s, std::size_t& pos) {
    const std::size_t end = month_word_end(s, pos);
    if (end == pos) return 0;
    // The names in one hash table (first of equal names wins, as a walk over
    // the list would): one lookup, not a compare with each of eighty names.
    static const ExactPhraseTable names = [] {
        std::vector<std::string_view> list;
        for (const MonthName& m : kMonths) list.push_back(m.name);
        return ExactPhraseTable(list);
    }();
    const int k = names.find(utf8::to_lower(s.substr(pos, end - pos)));
    if (k == kNoPhrase) return 0;
    pos = end;
    if (pos < s.size() && s[pos] == '.') ++pos;
    return kMonths[k].month;
}

// Whether an ASCII digit follows the word at pos, past what read_month_name
// and the date form skip after a month name (a full stop; for day-first dates
// also a comma and "de "). Both forms need that number (the day, the year),
// and most words have none after them: testing this first spares looking
// them up as month names.
bool number_follows_month_word(std::string_view s, std::size_t pos, bool day_first) {
    std::size_t p = month_word_end(s, pos);
    if (p < s.size() && s[p] == '.') ++p;
    if (day_first && p < s.size() && s[p] == ',') ++p;
    skip_spaces(s, p);
    if (day_first && starts_with_at(s, p, "de ")) p += 3;
    return p < s.size() && is_ascii_digit(s[p]);
}

// Year first: 2022-07-08, 2022/7/8, 2022.07.08, 2022年7月8日.
bool match_year_first(std::string_view s, std::size_t start, RawDate& out) {
    std::size_t p = start;
    const int y = read_number(s, p, 4);
    if (y < 1000) return false;
    const bool cjk = starts_with_at(s, p, "年");
    char sep = 0;
    if (cjk) p += 3;
    else if (p < s.size() && (s[p] == '-' || s[p] == '/' || s[p] == '.')) sep = s[p++];
    else return false;
    skip_spaces(s, p);
    const int m = read_number(s, p, 2);
    if (m < 0) return false;
    if (cjk) {
        if (!starts_with_at(s, p, "月")) return false;
        p += 3;
    } else if (p < s.size() && s[p] == sep) {
        ++p;
    } else {
        return false;
    }
    skip_spaces(s, p);
    const int d = read_number(s, p, 2);
    if (!valid_date(y, m, d)) return false;
    if (cjk && (starts_with_at(s, p, "日") || starts_with_at(s, p, "号"))) p += 3;
    return finish_match(s, start, p, y, m, d, out);
}

// Month name first: "Jan. 13, 2017", "January 13th 2017 5:02 PM".
bool match_month_first(std::string_view s, std::size_t start, RawDate& out) {
    if (!kMonthInitials[static_cast<unsigned char>(s[start]) | 0x20]) return false;  // s[start] is an ASCII letter
    if (!number_follows_month_word(s, start, false)) return false;
    std::size_t p = start;
    const int m = read_month_name(s, p);
    if (m == 0) return false;
    skip_spaces(s, p);
    const int d = read_number(s, p, 2);
    if (d < 1) return false;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (starts_with_at(s, p, suffix)) { p += 2; break; }
    }
    if (p < s.size() && s[p] == ',') ++p;
    skip_spaces(s, p);
    const int y = read_number(s, p, 4);
    if (!valid_date(y, m, d)) return false;
    return finish_match(s, start, p, y, m, d, out);
}

// Day first: "13 January 2017", "13. Januar 2017", "13 de enero de 2017",
// or numeric "07/08/2022" (month first unless the first number exceeds 12).
bool match_day_first(std::string_view s, std::size_t start, RawDate& out) {
    std::size_t p = start;
    const int d = read_number(s, p, 2);
    if (d < 1) return false;
    if (p < s.size() && (s[p] == '/' || s[p] == '.' || s[p] == '-') && p + 1 < s.size() && is_ascii_digit(s[p + 1])) {
        const char sep = s[p++];
        const int second = read_number(s, p, 2);
        if (second < 1 || p >= s.size() || s[p] != sep) return false;
        ++p;
        const int y = read_number(s, p, 4);
        const bool day_first = d > 12 || sep == '.';
        const int month = day_first ? second : d;
        const int day = day_first ? d : second;
        if (!valid_date(y, month, day)) return false;
        return finish_match(s, start, p, y, month, day, out);
    }
    if (p < s.size() && s[p] == '.') ++p;
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"}) {
        if (starts_with_at(s, p, suffix)) { p += suffix.size(); break; }
    }
    skip_spaces(s, p);
    if (starts_with_at(s, p, "de ")) p += 3;
    if (starts_with_at(s, p, "of ")) p += 3;
    if (!number_follows_month_word(s, p, true)) return false;
    const int m = read_month_name(s, p);
    if (m == 0) return false;
    if (p < s.size() && s[p] == ',') ++p;
    skip_spaces(s, p);
    if (starts_with_at(s, p, "de ")) p += 3;
    const int y = read_number(s, p, 4);
    if (!valid_date(y, m, d)) return false;
    return finish_match(s, start, p, y, m, d, out);
}

// Whether a date form may start at i: a letter or digit at a word start.
// CJK characters count as word boundaries: "来源:马鞍山日报2022-07-08".
bool at_word_start(std::string_view text, std::size_t i) {
    return i == 0 || !(is_ascii_digit(text[i - 1]) || is_ascii_alpha(text[i - 1]));
}

// The first date in text, as read. Every form holds an ASCII digit (a year,
// a day or a time) and starts either at a digit or at a month name that the
// next digit follows (past a full stop and spaces): so the scan jumps from
// digit to digit and tries only the few positions before each that a month
// name could start at. Most lines have no digit and cost one pass.
bool scan_date(std::string_view text, RawDate& out) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t digit = i;
        while (digit < text.size() && !is_ascii_digit(text[digit])) ++digit;
        if (digit == text.size()) return false;
        // A month name ends at most kMaxMonthWordBytes before the digit's
        // run of spaces and full stop (see number_follows_month_word).
        std::size_t word_end = digit;
        while (word_end > i && text[word_end - 1] == ' ') --word_end;
        if (word_end > i && text[word_end - 1] == '.') --word_end;
        for (std::size_t k = std::max(i, word_end > kMaxMonthWordBytes ? word_end - kMaxMonthWordBytes : 0); k < digit; ++k)
            if (is_ascii_alpha(text[k]) && at_word_start(text, k) && match_month_first(text, k, out)) return true;
        if (at_word_start(text, digit) && (match_year_first(text, digit, out) || match_day_first(text, digit, out))) return true;
        i = digit + 1;
    }
    return false;
}

}  // namespace

DateMatch find_date(std::string_view text) {
    RawDate raw;
    if (!scan_date(text, raw)) return DateMatch{};
    return DateMatch{true, format_iso(raw.y, raw.m, raw.d, raw.hh, raw.mm), raw.begin, raw.end};
}

bool contains_date(std::string_view text) {
    RawDate raw;
    return scan_date(text, raw);
}

}  // namespace sift
