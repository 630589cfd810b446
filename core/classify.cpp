// classify.cpp — stage 4 (see classify.h). Input: Blocks with features.
// Output: labels and rules on every block, and the main region.
#include "classify.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "ascii_case.h"
#include "classify_why.h"
#include "container.h"
#include "headings.h"
#include "outline.h"
#include "text_match.h"

namespace sift {
namespace {

// ---- Local evidence -----------------------------------------------------------
constexpr int kProseMinUnits = 8;              // fewer units rarely make a sentence of body text
constexpr int kMediumMinUnits = 4;             // a short sentence ("He left.") still reads as text
constexpr double kMinLatinStopwordShare = 0.12;// Latin prose is full of function words; menus are not
constexpr int kMaxFragmentChars = 2;           // "x", "=", "42": pieces of formulas and code, neutral
constexpr double kProseLineCost = 9;           // per prose line: menu teaser sentences are worth little, paragraphs much
constexpr double kHtmlProseLineCost = 0;      // the same for an HTML paragraph
constexpr int kMaxScoredUnits = 200;           // one huge block must not outweigh the whole page
constexpr double kMediumWeight = 0.5;          // short sentences count half: captions and UI text look alike
constexpr double kShortLinePenalty = 1.0;      // menus are runs of short lines; a few inside an article are bridged
constexpr double kHeadlineLinePenalty = 1.5;   // a longer line without punctuation: headline lists or headings
constexpr int kMaxChromeLineUnits = 12;        // a chrome phrase on a longer line is part of a sentence
constexpr int kMaxSignoffUnits = 20;           // "[ 责编:徐皓 ]", "By Jane Doe": credit lines are short
constexpr int kMaxBylineUnits = 30;            // "来源:… 作者:… 2022-07-08 10:27" at the most
constexpr double kPatternPenalty = 8;          // a known chrome phrase ("Share", "Advertisement")
constexpr double kRepeatPenalty = 1;           // text that appears twice on a page is chrome (menus, headers)
constexpr double kDigitLinePenalty = 1.5;        // dates, counters, prices on their own line
constexpr int kMaxDatedLineUnits = 14;         // "Jane Doe · March 10, 2017 at 12:20 AM": comment and teaser headers
constexpr double kDatedLinePenalty = 2;       // ... come in lists after the article
constexpr int kMaxTimestampedUnits = 24;       // "14:44 Headline of a feed entry"
constexpr double kTimestampedLinePenalty = 8;  // a feed's entries: a few of them outweigh the blurbs between
constexpr int kMaxBlocksPerSlide = 4;          // a slide: its counter, a caption, a credit
constexpr int kMinFeedEntries = 3;             // time-stamped lines ...
constexpr int kFeedWindow = 8;                 // ... within this many blocks: a feed
constexpr double kTeaserCardPenalty = 2;      // a headline printed twice in a row is a teaser card (image alt + link)
constexpr double kHtmlHintPenalty = 12;        // class/id/role says nav, footer, comments, related...
constexpr double kLinkDenseShare = 0.5;        // HTML: more than half link text is a link list, not prose
constexpr int kLinkedHeadingMinTextUnits = 20; // a linked heading followed by this much prose heads a section
constexpr double kContainerBonus = 10;          // HTML: inside the element with the most prose
constexpr double kOutsideContainerPenalty = 10;  // HTML: outside it
constexpr int kHintOverrideUnits = 40;         // HTML: a paragraph this long is article text whatever its wrapper is called
constexpr double kHintOverrideLinkShare = 0.3; // ... unless it is mostly links
constexpr double kInArticleBonus = 3;          // HTML: inside <article>/<main> or an article-body class
constexpr int kMinListItems = 3;               // a bulleted run this long is a list, not stray bullets
constexpr double kMinListItemUnits = 3.0;      // lists of one- or two-word items are menus
constexpr double kListItemWeight = 0.5;        // list items count half, like short sentences
constexpr double kRelatedPenalty = 60;         // "Related"/"Recommended": the article must outweigh the list after it
constexpr double kCommentsPenalty = 100;       // comment threads are long prose: a higher wall than related links
constexpr int kMinSpacedCjkProseChars = 31;   // a spaced CJK line longer than any headline (30) may be prose ...
constexpr int kMinCjkClauseChars = 8;         // ... when its space-separated pieces average a clause, not a word
constexpr double kSectionBreak = -1e9;         // "Comments", "Related articles", an editor's sign-off: the article is over

bool is_latin_text(const Features& f) { return f.latin_letters * 2 > f.letters; }

bool has_pattern(const Block& b) { return !b.f.pattern.empty(); }
// Compared as views: no call into the library for every block.
bool pattern_is(const Block& b, std::string_view name) { return std::string_view(b.f.pattern) == name; }

// The Chinese credit and sign-off phrases all start with a non-ASCII byte.
bool starts_non_ascii(std::string_view t) { return !t.empty() && static_cast<unsigned char>(t.front()) >= 0x80; }

// Lower-case ASCII phrases and the bytes they may start with, either case:
// a line starting with any other byte skips the list (most lines do).
template <std::size_t N>
struct AsciiPrefixList {
    std::array<std::string_view, N> phrases;
    std::array<bool, 128> initials{};
    constexpr explicit AsciiPrefixList(const std::array<std::string_view, N>& list) : phrases(list) {
        for (std::string_view p : list) {
            const char c = p[0];
            initials[static_cast<unsigned char>(c)] = true;
            if (c >= 'a' && c <= 'z') initials[static_cast<unsigned char>(c - 32)] = true;
        }
    }
    bool starts(std::string_view t) const {
        if (t.empty() || static_cast<unsigned char>(t[0]) >= 0x80 || !initials[static_cast<unsigned char>(t[0])]) return false;
        for (std::string_view p : phrases)
            if (starts_with_ascii_ci(t, p)) return true;
        return false;
    }
};

constexpr AsciiPrefixList<5> kSignoffPhrases(std::array<std::string_view, 5>{"editing by ", "edited by ", "reporting by ", "editor:", "editors:"});

// "[ 责编:徐皓 ]", "责任编辑：王五", "(完)", "Editing by ...": the article ends here.
bool is_signoff(const Block& b) {
    if (b.f.units > kMaxSignoffUnits) return false;
    std::string_view t = b.text;
    while (!t.empty() && (t.front() == '[' || t.front() == '(' || t.front() == ' ')) t.remove_prefix(1);
    if (!starts_non_ascii(t)) return kSignoffPhrases.starts(t);
    // Every Chinese phrase that can still match starts with a non-ASCII byte ('(' was stripped).
    if (starts_with_any(t, {"责编", "责任编辑", "編輯", "编辑:", "编辑：", "编辑 ", "（完）", "(完)", "【完】", "校对", "审核"}))
        return true;
    // "（责任编辑：王芳）", "【责编：李四】": the same in full-width brackets.
    return starts_with_any(t, {"（", "【"}) && starts_with_any(t.substr(3), {"责编", "责任编辑", "编辑:", "编辑："});
}

// "14:44 Accusations de viols…", "9:05 pm Storm warning": a news ticker or
// live feed entry, stamped with the time of day.
bool starts_with_clock_time(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == 0 || i + 3 > t.size() || t[i] != ':') return false;
    if (!(t[i + 1] >= '0' && t[i + 1] <= '5' && t[i + 2] >= '0' && t[i + 2] <= '9')) return false;
    return i + 3 == t.size() || t[i + 3] == ' ';
}

// Some Chinese writers (blogs, captions, verse-like travelogues) mark clauses
// with spaces instead of commas: "寒流报到 已将后山一带层层山峦染红". A menu
// line is spaced too ("首页 新闻 体育"), but its pieces are words, not clauses.
bool is_spaced_cjk_prose(const Block& b) {
    const Features& f = b.f;
    if (f.cjk_chars < kMinSpacedCjkProseChars || f.cjk_chars * 2 < f.letters) return false;
    const int pieces = 1 + static_cast<int>(std::count(b.text.begin(), b.text.end(), ' '));
    return pieces >= 2 && f.cjk_chars >= kMinCjkClauseChars * pieces;
}

}  // namespace

bool is_prose(const Block& b) {
    const Features& f = b.f;
    if (f.units < kProseMinUnits) return false;
    const bool punctuated = f.sentence_ends >= 1 || f.commas >= 2 || f.ends_with_terminal || is_spaced_cjk_prose(b);
    if (!punctuated) return false;
    if (is_latin_text(f) && f.words >= kProseMinUnits && f.stopword_share < kMinLatinStopwordShare) return false;
    return true;
}

namespace {

double local_weight(const Block& b, Why& why) {
    const Features& f = b.f;
    if (b.html_hidden) { why.set(WhyReason::HtmlHidden); return -kPatternPenalty; }
    if (is_signoff(b)) { why.set(WhyReason::Signoff); return kSectionBreak; }
    if (pattern_is(b, "gallery")) { why.set(WhyReason::Pattern); return -kRelatedPenalty; }  // a slideshow: a wall the article may cross
    if (has_pattern(b) && f.units <= kMaxChromeLineUnits) {
        why.set(WhyReason::Pattern);
        if (pattern_is(b, "related")) return -kRelatedPenalty;  // often an inline box mid-article: a wall, not an end
        if (pattern_is(b, "comments")) return -kCommentsPenalty;  // a table header or a share-bar counter can read "Comments" too
        return -kPatternPenalty;
    }
    double w;
    if (is_prose(b)) {
        // HTML paragraphs are real blocks and links/hints expose menus, so they pay less.
        w = std::min(f.units, kMaxScoredUnits) - (b.tag_path.empty() ? kProseLineCost : kHtmlProseLineCost);
        why.set(WhyReason::Prose);
    } else if (f.units >= kMediumMinUnits && f.ends_with_terminal) {
        w = kMediumWeight * f.units;
        why.set(WhyReason::ShortSentence);
    } else if (f.chars <= kMaxFragmentChars) {
        w = 0;  // a lone symbol or letter: a formula or code split over lines, not navigation
        why.set(WhyReason::Fragment);
    } else if (f.digits > f.letters) {
        w = -kDigitLinePenalty;
        why.set(WhyReason::Digits);
    } else if (f.units >= kProseMinUnits) {
        w = -kHeadlineLinePenalty;
        why.set(WhyReason::Unpunctuated);
    } else {
        w = -kShortLinePenalty;
        why.set(WhyReason::Short);
    }
    if (has_pattern(b)) { w = std::min(w, -kPatternPenalty); why.set(WhyReason::Pattern); }
    if (w <= 0 && f.units <= kMaxDatedLineUnits && block_has_date(b)) { w -= kDatedLinePenalty; why.mark(kWhyDated); }
    if (w <= 0 && f.units <= kMaxTimestampedUnits && starts_with_clock_time(b.text)) { w -= kTimestampedLinePenalty; why.mark(kWhyTimestamped); }
    if (f.repeats > 0 && w <= 0) { w -= kRepeatPenalty; why.mark(kWhyRepeated); }
    if (b.link_share > kLinkDenseShare) { w = -std::max<double>(f.units, kShortLinePenalty); why.set(WhyReason::LinkDense); }
    if (!b.html_hint.empty()) {  // (text blocks never have one)
        // A class hint misfires when a wrapper's name covers the article ("sidebar-layout"):
        // long, link-free prose overrides it, except inside a comment section.
        const bool prose_overrides_hint = is_prose(b) && f.units >= kHintOverrideUnits && b.link_share < kHintOverrideLinkShare &&
                                          b.html_hint.find("comment") == std::string::npos;
        // Inside <article>, layout names (header, sidebar, widget) say little; comment,
        // related, form, share and ad hints still mean what they say.
        // A menu's short items stay chrome there too (a video player's "Mute", "Captions").
        const bool menu_item = contains_any(b.html_hint, {"menu", "nav"}) && !is_prose(b);
        const bool layout_hint_in_article =
            b.html_in_article && !menu_item && contains_any(b.html_hint, {"header", "sidebar", "widget", "menu", "nav", "aside"});
        if (!layout_hint_in_article && !prose_overrides_hint) {
            w = std::min(w, 0.0) - kHtmlHintPenalty;
            why.set(WhyReason::HtmlHint);
        }
    }
    if (b.html_in_article && w > -kPatternPenalty) { w += kInArticleBonus; why.mark(kWhyInArticle); }
    return w;
}

// Maximum-sum contiguous run of weights (Kadane). Section breaks are walls.
Region best_region(const std::vector<double>& w) {
    Region best{0, 0};
    double best_sum = -std::numeric_limits<double>::infinity();
    double run = 0;
    int run_begin = 0;
    for (int i = 0; i < static_cast<int>(w.size()); ++i) {
        if (w[i] <= kSectionBreak) { run = 0; run_begin = i + 1; continue; }
        if (run <= 0) { run = 0; run_begin = i; }
        run += w[i];
        if (run > best_sum) { best_sum = run; best = {run_begin, i + 1}; }
    }
    if (best_sum <= 0) return Region{0, static_cast<int>(w.size())};  // nothing reads as prose: keep the page
    return best;
}


// A table of contents repeats the section headings at the top of a long
// article. Its lines are neither chrome nor body: weigh them neutral so the
// article's lead and its sections stay one region, and ignore phrases in them
// ("6 See also" is a section name there, not a related-links box).
void mark_tables_of_contents(const std::vector<Region>& tocs, std::vector<Block>& blocks, std::vector<double>& weights,
                             std::vector<Why>& why) {
    for (const Region& toc : tocs) {
        for (int k = toc.begin; k < toc.end; ++k) {
            weights[k] = 0;
            blocks[k].score = 0;
            blocks[k].f.pattern = {};
            why[k].set(WhyReason::TableOfContents);
        }
    }
}

// "<h2><a href="#intro">Introduction</a></h2>" followed by its text: a
// permalinked section heading, not a link list. (Teaser cards link their
// headings too, but a blurb or the next card follows them, not prose.)
bool is_linked_section_heading(const std::vector<Block>& blocks, int i, const Region& region) {
    if (blocks[i].shape != SourceShape::Heading || i + 1 >= region.end) return false;
    if (contains_any(blocks[i].html_hint, {"aside", "related", "promo"})) return false;  // a teaser box's card titles
    const Block& next = blocks[i + 1];
    return is_prose(next) && next.link_share <= kLinkDenseShare && next.f.units >= kLinkedHeadingMinTextUnits;
}

// A live feed or news ticker: several time-stamped entries close together.
// Its first entry is a wall like a "Related" header: the article may sit
// before it, and the feed's blurbs must not pull the region past it.
void mark_feeds(const std::vector<Block>& blocks, std::vector<double>& weights, std::vector<Why>& why) {
    const int n = static_cast<int>(blocks.size());
    int last_feed_start = -kFeedWindow;
    for (int i = 0; i < n; ++i) {
        if (!why[i].has(kWhyTimestamped) || i < last_feed_start + kFeedWindow) continue;
        int entries = 0;
        for (int k = i; k < std::min(n, i + kFeedWindow); ++k) entries += why[k].has(kWhyTimestamped);
        if (entries < kMinFeedEntries) continue;
        weights[i] = std::min(weights[i], -kRelatedPenalty);
        why[i].mark(kWhyFeed);
        last_feed_start = i;
    }
}

// A slideshow: slide counters ("1/50 United goin down", "2/50 …") a few blocks
// apart. The captions between them describe photos, not the article: they
// weigh nothing, so a long gallery cannot carry the region past its wall.
void mark_slideshows(const std::vector<Block>& blocks, std::vector<double>& weights, std::vector<Why>& why) {
    const int n = static_cast<int>(blocks.size());
    int previous = -1;  // the last slide counter seen
    for (int i = 0; i < n; ++i) {
        if (!pattern_is(blocks[i], "gallery")) continue;
        if (previous >= 0 && i - previous <= kMaxBlocksPerSlide) {
            for (int k = previous + 1; k < i; ++k) {
                if (weights[k] <= 0) continue;
                weights[k] = 0;
                why[k].mark(kWhySlideCaption);
            }
        }
        previous = i;
    }
}

constexpr AsciiPrefixList<12> kBylinePhrases(std::array<std::string_view, 12>{
    "by ", "source:", "posted by", "written by", "published", "updated", "last updated", "reviewed by", "posted on", "par ", "von ", "por "});

}  // namespace

bool is_byline_like(const Block& b) {
    if (b.f.units > kMaxBylineUnits) return false;
    const std::string_view t = b.text;
    if (!starts_non_ascii(t)) return kBylinePhrases.starts(t) && b.f.units <= kMaxSignoffUnits;
    return starts_with_any(t, {"来源", "作者", "记者", "文/", "文|", "文｜", "撰文", "发布时间", "发布日期", "时间：", "时间:", "日期",
                               "出处", "稿源", "本报记者", "通讯员"});
}

std::string rule_text(const Block& b) {
    return spell_rule(rule_parts(b), [](std::string_view text) { return std::string(text); });
}

std::string RemovedRule::text() const {
    return spell_rule(rule_parts(*this), [](std::string_view text) { return std::string(text); });
}

RemovedRule removed_rule(const Block& b) {
    RemovedRule r;
    r.prefix = b.rule.prefix;
    r.suffix = b.rule.suffix;
    r.has_why = b.rule.has_why;
    r.why = b.rule.why;
    if (!r.has_why) return r;
    // Only the evidence the reason names is kept: the hint is the one piece
    // that is not static text.
    if (r.why.reason == WhyReason::Pattern) r.pattern = b.f.pattern;
    if (r.why.reason == WhyReason::HtmlHint) r.html_hint = b.html_hint;
    return r;
}

Region classify_blocks(std::vector<Block>& blocks) {
    const int n = static_cast<int>(blocks.size());
    std::vector<double> weights(n);
    std::vector<Why> why(n);
    // is_signoff of every block html does not hide, as local_weight found it
    // (later steps may replace the reason it gave): the labels ask again.
    std::vector<std::uint8_t> signoff(n);  // bytes, not vector<bool>: a plain store and load per block, no bit masking
    bool any_tag_path = false;  // only HTML blocks have elements for the container search
    for (int i = 0; i < n; ++i) {
        weights[i] = local_weight(blocks[i], why[i]);
        signoff[i] = why[i].reason == WhyReason::Signoff;
        blocks[i].score = weights[i] <= kSectionBreak ? -1000 : weights[i];
        any_tag_path |= !blocks[i].tag_path.empty();
    }
    // Bulleted runs with substantial items are lists of the article, not menus.
    for (int i = 0; i < n;) {
        int j = i;
        int units = 0;
        while (j < n && blocks[j].f.starts_with_bullet && blocks[j].f.pattern.empty()) units += blocks[j++].f.units;
        if (j - i >= kMinListItems && units >= kMinListItemUnits * (j - i)) {
            for (int k = i; k < j; ++k) {
                const double list_weight = kListItemWeight * blocks[k].f.units;
                if (list_weight > weights[k]) { weights[k] = list_weight; blocks[k].score = list_weight; why[k].set(WhyReason::ListItem); }
            }
        }
        i = std::max(j, i + 1);
    }
    for (int i = 0; i + 1 < n; ++i) {
        if (blocks[i].text == blocks[i + 1].text && weights[i] <= 0) {
            for (int k : {i, i + 1}) { weights[k] -= kTeaserCardPenalty; blocks[k].score = weights[k]; ++why[k].teaser_cards; }
        }
    }
    const std::vector<Region> tocs = find_tables_of_contents(blocks);
    mark_tables_of_contents(tocs, blocks, weights, why);
    mark_feeds(blocks, weights, why);
    mark_slideshows(blocks, weights, why);
    // HTML: the element holding the most prose is likely the article
    // (Readability's insight). It biases the region search rather than
    // deciding it: blocks inside gain, blocks outside lose. A block without
    // a tag path credits no element, so a text paste (no block has one) has
    // no container: its blocks are not walked again to find that out.
    const Region container = any_tag_path ? best_container_region(blocks, weights) : Region{0, 0};
    if (container.end > container.begin) {
        for (int i = 0; i < n; ++i) {
            if (weights[i] <= kSectionBreak) continue;
            const bool inside = i >= container.begin && i < container.end;
            weights[i] += inside ? kContainerBonus : -kOutsideContainerPenalty;
            blocks[i].score = weights[i];
            why[i].mark(inside ? kWhyInContainer : kWhyOutsideContainer);
        }
    }
    const Region region = best_region(weights);

    for (int i = 0; i < n; ++i) {
        Block& b = blocks[i];
        const bool inside = i >= region.begin && i < region.end;
        if (!inside) {
            b.label = Label::Boilerplate;
            b.rule = BlockRule::with_why("outside-main-region(", why[i], ")");
            continue;
        }
        if (b.html_hidden) { b.label = Label::Boilerplate; b.rule = "html-hidden"; continue; }
        if (has_pattern(b) && b.f.units <= kMaxChromeLineUnits) { b.label = Label::Boilerplate; b.rule = BlockRule::with_why("", Why{WhyReason::Pattern}, ""); continue; }
        // A linked heading of any length is a teaser's title unless prose follows it.
        const bool short_or_heading = b.f.units < kProseMinUnits * 2 || b.shape == SourceShape::Heading;
        if (b.link_share > kLinkDenseShare && short_or_heading && !is_linked_section_heading(blocks, i, region)) {
            b.label = Label::Boilerplate;
            b.rule = "link-dense";
            continue;
        }
        // Ad slots, share bars and promo boxes named by their wrapper, even inside the article.
        if (weights[i] < 0 && why[i].reason == WhyReason::HtmlHint && b.f.units <= kMaxChromeLineUnits &&
            b.shape != SourceShape::Heading) {
            b.label = Label::Boilerplate;
            b.rule = BlockRule::with_why("", why[i], "");
            continue;
        }
        if (is_byline_like(b) || signoff[i]) { b.label = Label::Byline; b.rule = "byline-line"; continue; }
        b.label = Label::Content;
        b.rule = BlockRule::with_why("main-region(", why[i], ")");
    }

    mark_section_headings(blocks, region, tocs);
    return region;
}

}  // namespace sift
