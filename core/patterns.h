// patterns.h — the word and phrase lists behind boilerplate recognition, in
// one place so they can be read, extended and translated without touching the
// classifier. Every list is multilingual; none assumes one language.
#pragma once

#include <string_view>

namespace sift {

enum class PatternKind {
    None,
    Share,        // share / tweet / 分享 ...
    Account,      // log in, subscribe, 登录 ...
    Navigation,   // home, menu, skip to content, next/previous, 首页 ...
    Advert,       // advertisement, sponsored, 广告
    Legal,        // copyright, all rights reserved, privacy policy, cookies, ICP licence
    Comments,     // "12 Comments", leave a reply, 发表评论: the comment section starts here
    Related,      // related articles, you may also like, 相关阅读: a link list starts here
    Reaction,     // vote / mood widgets: 您此时的心情, was this helpful
    ReadMore,     // "continue reading", "read more", 阅读全文: teaser links
    Gallery,      // slideshow counters ("3/50 Caption", "Image 3 of 12"): a photo gallery
    ImageFile,    // an image's file name shown as alt text ("bandb2.jpg")
    ReadingTime,  // a page's own reading-time label: "6 min read", "3 分钟阅读" (Sift states its own)
};

const char* pattern_kind_name(PatternKind kind);

// The matchers below take a line lower-cased by utf8::to_lower, or one whose
// only upper-case letters are ASCII: every phrase is lower case, and ASCII
// letters are compared ignoring case (so most lines need no lower-cased copy).

// Matches a whole short line against the lists: the line
// must *be* the phrase, give or take surrounding punctuation, digits and
// counters ("Comments (12)", "分享到:"). Long lines never match this way.
PatternKind match_boilerplate_line(std::string_view lower_line);

// Phrases that mark a line as boilerplate wherever they occur in it
// ("© 2024 ...", "All rights reserved", "京ICP备"), checked for lines of any length
// up to kMaxContainedPatternUnits units.
PatternKind match_boilerplate_contained(std::string_view lower_line);
// The same for a line followed by kPhrasePadding (feature_phrase_search.h)
// zero bytes, which it may read.
PatternKind match_boilerplate_contained_padded(std::string_view lower_line);
// match_boilerplate_contained_padded of two lines at once: their phrase
// searches run side by side (ContainedPhraseSearch::find_padded_pair).
void match_boilerplate_contained_padded_pair(std::string_view first_line, std::string_view second_line, PatternKind& first_kind,
                                             PatternKind& second_kind);
inline constexpr int kMaxContainedPatternUnits = 40;  // a long paragraph that mentions copyright is prose


// Structural patterns that are not phrases: slideshow counters and image file
// names (Chrome's text/plain copy includes image alt text).
PatternKind match_structural(std::string_view lower_line);

}  // namespace sift
