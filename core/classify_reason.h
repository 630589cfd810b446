// classify_reason.h — the classifier's evidence for a block, kept as an enum
// and bits: the reason its local evidence gave, then the marks later steps
// added. Block::rule carries one, so the rule's text ("main-region(short+dated)")
// is spelled out only when somebody reads it (see classify_why.h).
#pragma once

#include <cstdint>

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

}  // namespace sift
