// find_date: the formats pages print their dates in, and look-alikes that are not dates.
#include <catch2/catch.hpp>

#include "dates.h"

TEST_CASE("find_date normalises common formats to ISO 8601", "[dates]") {
    struct Case {
        const char* text;
        const char* iso;
    };
    const Case cases[] = {
        {"来源:马鞍山日报2022-07-08 10:27", "2022-07-08T10:27"},
        {"2022年7月8日 10:27", "2022-07-08T10:27"},
        {"发布时间：2021年12月1日", "2021-12-01"},
        {"2021年3月5日10时30分", "2021-03-05T10:30"},
        {"2019/5/17", "2019-05-17"},
        {"2019.05.17 08:00", "2019-05-17T08:00"},
        {"By JEFFREY GETTLEMAN JAN. 13, 2017", "2017-01-13"},
        {"Updated January 13, 2017 5:02 PM ET", "2017-01-13T17:02"},
        {"March 3rd 2020 at 9:15 am", "2020-03-03T09:15"},
        {"Published 13 January 2017", "2017-01-13"},
        {"Friday 25 December 2015", "2015-12-25"},
        {"le 30 avril 2015 à 12:00", "2015-04-30"},
        {"13. Januar 2017", "2017-01-13"},
        {"13 de enero de 2017", "2017-01-13"},
        {"07/08/2022", "2022-07-08"},
        {"25/12/2015", "2015-12-25"},
        {"2017-01-13T05:00:00Z", "2017-01-13T05:00"},
        {"12:00 PM, May 4, 2018", "2018-05-04"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const sift::DateMatch m = sift::find_date(c.text);
        REQUIRE(m.found);
        CHECK(m.iso == c.iso);
    }
}

TEST_CASE("find_date rejects numbers that are not dates", "[dates]") {
    for (const char* text : {"3.14159", "Call 555-1234", "In 1066 the Normans came", "version 2.0.1", "Chapter 12",
                             "May I help you?", "13/50 Gallery", "12022-07-08", "2022-13-40", ""}) {
        INFO(text);
        CHECK_FALSE(sift::find_date(text).found);
    }
}

TEST_CASE("find_date reports where the date is", "[dates]") {
    const std::string text = "来源:马鞍山日报2022-07-08 10:27";
    const sift::DateMatch m = sift::find_date(text);
    REQUIRE(m.found);
    CHECK(text.substr(0, m.begin) == "来源:马鞍山日报");
    CHECK(m.end == text.size());
}

TEST_CASE("a date holds at least kMinDateDigits ASCII digits, so fewer skip the scan", "[dates]") {
    const auto ascii_digits = [](std::string_view t) {
        int n = 0;
        for (char c : t) n += c >= '0' && c <= '9';
        return n;
    };
    // The shortest of each form: a one-digit day (and month) with a four-digit year.
    for (const char* text : {"Jan 1, 2017", "1 January 2017", "1. Januar 2017", "1 de enero de 2017", "2017-1-1", "2017年1月1日",
                             "1/2/2017", "May 4 2018"}) {
        INFO(text);
        CHECK(sift::contains_date(text));
        CHECK(ascii_digits(text) >= sift::kMinDateDigits);
    }
    // One digit fewer is never a date, whatever surrounds it.
    for (const char* text : {"Jan 1, 201", "1 January 201", "Jan 12, 99", "January 2017", "199 May 1"}) {
        INFO(text);
        REQUIRE(ascii_digits(text) < sift::kMinDateDigits);
        CHECK_FALSE(sift::contains_date(text));
    }
    // Five digits that still make no date.
    for (const char* text : {"12/1/99", "2017-1", "June 2020 at 9"}) {
        INFO(text);
        CHECK_FALSE(sift::contains_date(text));
    }
}
