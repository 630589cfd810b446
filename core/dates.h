// dates.h — finds a publication date in a line of text and normalises it to
// ISO 8601 ("2022-07-08" or "2022-07-08T10:27"). Used by the metadata stage on
// byline/dateline candidates and on HTML <meta>/<time>/JSON-LD values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sift {

struct DateMatch {
    bool found = false;
    std::string iso;         // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    std::size_t begin = 0;   // byte span of the match in the searched text
    std::size_t end = 0;
};

// Recognises: 2022-07-08 10:27, 2022/7/8, 2022.07.08, 2022年7月8日 10:27 (and
// 10时27分), Jan. 13, 2017 / January 13, 2017 5:02 PM / 13 January 2017,
// 13 janvier 2017, 13. Januar 2017, 13 de enero de 2017, 07/08/2022 (month
// first unless the first number is above 12), ISO timestamps (2017-01-13T05:00:00Z).
// Returns the first date in the text.
DateMatch find_date(std::string_view text);
// find_date(text).found, without spelling the date out.
bool contains_date(std::string_view text);

// Years outside this window are not publication dates (a "1066" in prose).
inline constexpr int kMinYear = 1990;
inline constexpr int kMaxYear = 2100;

// Every form holds a day (one digit or more) and a year of four ASCII digits:
// a text with fewer ASCII digits than this holds no date, and its callers
// skip the scan on the digit count they already have.
inline constexpr int kMinDateDigits = 5;
static_assert(kMinYear >= 1000 && kMaxYear <= 9999, "kMinDateDigits counts a four-digit year");

}  // namespace sift
