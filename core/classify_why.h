// classify_why.h — the classifier's evidence (a Why, classify_reason.h)
// spelled out as text: the block's rule ("main-region(short+dated+repeated)")
// when somebody reads it (rule_text).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "block.h"  // Why and its enums live in classify_reason.h, which block.h includes

namespace sift {

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
// Out: anything with += std::string_view (std::string, or RuleText below).
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

// A rule spelled out on the stack, then copied into the string returned: the
// copy is one allocation, and each literal piece, inlined, a constant-length
// move. Room for any rule but one with a long html hint or many teaser cards
// (may_overflow), which are spelled out into the string directly.
class RuleText {
public:
    static constexpr std::size_t kCapacity = 192;
    static bool may_overflow(const Block& b) {
        constexpr std::size_t kLongestFixedPieces = 128;  // the longest prefix, reason, suffix and every mark but the cards
        constexpr std::size_t kTeaserCardBytes = 12;      // "+teaser-card"
        const std::size_t variable = b.f.pattern.size() + b.html_hint.size() + kTeaserCardBytes * b.rule.why.teaser_cards;
        return kLongestFixedPieces + variable > kCapacity;
    }
    RuleText& operator+=(std::string_view s) {
        std::memcpy(bytes_ + size_, s.data(), s.size());
        size_ += s.size();
        return *this;
    }
    std::string str() const { return std::string(bytes_, size_); }

private:
    char bytes_[kCapacity];
    std::size_t size_ = 0;
};

}  // namespace sift
