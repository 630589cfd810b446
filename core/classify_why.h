// classify_why.h — why the classifier weighed a block as it did: the reason
// its local evidence gave, then the marks later steps added. Kept as an enum
// and bits while the classifier works, and spelled out once, as the block's
// rule ("main-region(short+dated+repeated)"), when its label is set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "block.h"

namespace sift {

enum class WhyReason : std::uint8_t {
    HtmlHidden,
    Signoff,
    Pattern,  // "pattern:" + the block's pattern name
    Prose,
    ShortSentence,
    Fragment,
    Digits,
    Unpunctuated,
    Short,
    LinkDense,
    HtmlHint,  // "html-hint:" + the block's html hint
    ListItem,
    TableOfContents,
};

// Marks, in the order the classifier adds them (the rule lists them so).
enum WhyMark : std::uint16_t {
    kWhyDated = 1 << 0,
    kWhyTimestamped = 1 << 1,
    kWhyRepeated = 1 << 2,
    kWhyInArticle = 1 << 3,
    // teaser cards come here, counted (a card can pair with both neighbours)
    kWhyFeed = 1 << 4,
    kWhySlideCaption = 1 << 5,
    kWhyInContainer = 1 << 6,
    kWhyOutsideContainer = 1 << 7,
};

struct Why {
    WhyReason reason = WhyReason::Short;
    std::uint16_t marks = 0;
    std::uint8_t teaser_cards = 0;

    // A new reason replaces the old one and its marks.
    void set(WhyReason r) { *this = Why{r}; }
    void mark(WhyMark m) { marks |= m; }
    bool has(WhyMark m) const { return (marks & m) != 0; }
};

inline std::string_view why_reason_name(WhyReason r) {
    switch (r) {
        case WhyReason::HtmlHidden: return "html-hidden";
        case WhyReason::Signoff: return "signoff";
        case WhyReason::Pattern: return "pattern:";
        case WhyReason::Prose: return "prose";
        case WhyReason::ShortSentence: return "short-sentence";
        case WhyReason::Fragment: return "fragment";
        case WhyReason::Digits: return "digits";
        case WhyReason::Unpunctuated: return "unpunctuated";
        case WhyReason::Short: return "short";
        case WhyReason::LinkDense: return "link-dense";
        case WhyReason::HtmlHint: return "html-hint:";
        case WhyReason::ListItem: return "list-item";
        case WhyReason::TableOfContents: return "table-of-contents";
    }
    return "";
}

// Appends the reason and its marks as text; `b` is the block it explains.
// Out: anything with += std::string_view (std::string, or the classifier's
// stack buffer).
template <class Out>
void append_why(Out& out, const Why& why, const Block& b) {
    out += why_reason_name(why.reason);
    if (why.reason == WhyReason::Pattern) out += std::string_view(b.f.pattern);
    if (why.reason == WhyReason::HtmlHint) out += std::string_view(b.html_hint);
    if (why.has(kWhyDated)) out += "+dated";
    if (why.has(kWhyTimestamped)) out += "+timestamped";
    if (why.has(kWhyRepeated)) out += "+repeated";
    if (why.has(kWhyInArticle)) out += "+in-article";
    for (int k = 0; k < why.teaser_cards; ++k) out += "+teaser-card";
    if (why.has(kWhyFeed)) out += "+feed";
    if (why.has(kWhySlideCaption)) out += "+slide-caption";
    if (why.has(kWhyInContainer)) out += "+container";
    if (why.has(kWhyOutsideContainer)) out += "-container";
}

}  // namespace sift
