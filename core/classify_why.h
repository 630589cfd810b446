// classify_why.h — the classifier's evidence (a Why, classify_reason.h)
// spelled out as text: the block's rule ("main-region(short+dated+repeated)")
// when somebody reads it (rule_text, RemovedRule::text, the JSON writer).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "block.h"  // Why and its enums live in classify_reason.h, which block.h includes
#include "sift.h"   // RemovedRule

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

// A rule's pieces, read from a block (rule_text) or from a removed block
// (RemovedRule::text, the JSON writer): all views, spelled out by spell_rule.
struct RuleParts {
    std::string_view prefix;
    std::string_view suffix;
    bool has_why = false;
    Why why;
    std::string_view pattern;    // named by a Pattern reason
    std::string_view html_hint;  // named by a HtmlHint reason
};

inline RuleParts rule_parts(const Block& b) {
    return {b.rule.prefix, b.rule.suffix, b.rule.has_why, b.rule.why, b.f.pattern, b.html_hint};
}
inline RuleParts rule_parts(const RemovedRule& r) {
    return {r.prefix, r.suffix, r.has_why, r.why, r.pattern, r.html_hint};
}

// Appends the reason and its marks as text.
// Out: anything with += std::string_view (std::string, or RuleText below).
template <class Out>
void append_why(Out& out, const RuleParts& rule) {
    const Why& why = rule.why;
    out += why_reason_name(why.reason);
    if (why.reason == WhyReason::Pattern) out += rule.pattern;
    if (why.reason == WhyReason::HtmlHint) out += rule.html_hint;
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

// A rule spelled out on the stack: each literal piece, inlined, is a
// constant-length move, and nothing is allocated. Room for any rule but one
// with a long html hint or many teaser cards (may_overflow), which are
// spelled out into a string instead.
class RuleText {
public:
    static constexpr std::size_t kCapacity = 192;
    static bool may_overflow(const RuleParts& rule) {
        constexpr std::size_t kLongestFixedPieces = 128;  // the longest prefix, reason, suffix and every mark but the cards
        constexpr std::size_t kTeaserCardBytes = 12;      // "+teaser-card"
        const std::size_t variable = rule.pattern.size() + rule.html_hint.size() + kTeaserCardBytes * rule.why.teaser_cards;
        return kLongestFixedPieces + variable > kCapacity;
    }
    RuleText& operator+=(std::string_view s) {
        std::memcpy(bytes_ + size_, s.data(), s.size());
        size_ += s.size();
        return *this;
    }
    std::string_view view() const { return std::string_view(bytes_, size_); }

private:
    char bytes_[kCapacity];
    std::size_t size_ = 0;
};

// Returns use(text) for the rule's text, a view that lives only during the
// call: on the stack for nearly every rule, so a reader that copies it once
// (into a string, or escaped into JSON) allocates nothing else.
template <class Use>
auto spell_rule(const RuleParts& rule, Use&& use) -> decltype(use(std::string_view())) {
    if (!rule.has_why) return use(rule.prefix);
    if (RuleText::may_overflow(rule)) {
        std::string text(rule.prefix);
        append_why(text, rule);
        text += rule.suffix;
        return use(std::string_view(text));
    }
    RuleText text;
    text += rule.prefix;
    append_why(text, rule);
    text += rule.suffix;
    return use(text.view());
}

}  // namespace sift
