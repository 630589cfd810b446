// heading_text.cpp — looks_like_heading_text and is_caption_like (see
// headings.h): whether a line reads like a section heading, judged on its own
// text. The table-of-contents search, the shape rules and the headline search
// ask it of most short lines of a page, so the phrase searches are gated by
// the set of bytes the line holds: a search runs only when every byte of one
// of its phrases occurs somewhere in the line.
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "feature_phrase_search.h"
#include "headings.h"
#include "outline.h"
#include "patterns.h"
#include "text_match.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr int kMaxHeadingCjkChars = 30;        // a CJK heading is a phrase, not a sentence
constexpr int kMaxCaptionUnits = 40;           // a long paragraph that mentions a photo is prose
constexpr std::size_t kMaxListNumberBytes = 3;  // "21)", "iv)"
constexpr int kMaxHeadingRepeats = 2;          // "Screenshot" under every image is a placeholder, not a section
constexpr std::size_t kMaxCrossReferenceLabelBytes = 24;  // "Lire aussi", "Read more", "相关阅读"
constexpr int kMinBreadcrumbSeparators = 2;    // "Home > News > Story": two steps make a trail
constexpr int kMaxPhotoCreditUnits = 5;        // "Devindra Hardawar/AOL": a name and an agency
constexpr int kMaxCreditLineUnits = 6;         // "Edited by Betsy Beyer": a participle, "by", a name or two
constexpr int kMaxSentencesInQuestionHeading = 2;  // an FAQ entry: "Great! How does it work?"

// A set of byte values, four words of 64 bits.
struct ByteSet {
    std::uint64_t words[4] = {};
};

constexpr ByteSet bytes_of(std::string_view text) {
    ByteSet set{};
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        set.words[b >> 6] |= std::uint64_t{1} << (b & 63);
    }
    return set;
}

// A phrase searched for, with its bytes gathered at compile time: whether a
// line may hold it is then four word tests, not a loop over its bytes.
struct GatedPhrase {
    constexpr GatedPhrase(std::string_view phrase) : text(phrase), bytes(bytes_of(phrase)) {}
    std::string_view text;
    ByteSet bytes;
};

// Which byte values occur in a line: one pass, then a phrase whose bytes do
// not all occur cannot be in it (a necessary test, never a sufficient one).
class PresentBytes {
public:
    explicit PresentBytes(std::string_view t) : present_(bytes_of(t)) {}
    bool has(char c) const {
        const auto b = static_cast<unsigned char>(c);
        return (present_.words[b >> 6] >> (b & 63)) & 1;
    }
    bool may_contain(const GatedPhrase& phrase) const {
        const ByteSet& need = phrase.bytes;
        return ((need.words[0] & ~present_.words[0]) | (need.words[1] & ~present_.words[1]) |
                (need.words[2] & ~present_.words[2]) | (need.words[3] & ~present_.words[3])) == 0;
    }
    // Whether the line holds one of `phrases`.
    template <std::size_t kCount>
    bool contains_any(std::string_view t, const GatedPhrase (&phrases)[kCount]) const {
        for (const GatedPhrase& p : phrases)
            if (may_contain(p) && t.find(p.text) != std::string_view::npos) return true;
        return false;
    }

private:
    ByteSet present_;
};

constexpr GatedPhrase kBreadcrumbSeparators[] = {{" > "}, {" » "}, {" / "}};
constexpr GatedPhrase kCjkClausePunctuation[] = {{"，"}, {"、"}, {"："}};
constexpr GatedPhrase kAddressParts[] = {{"://"}, {"www."}, {".com/"}, {".org/"}};
constexpr GatedPhrase kCreditAfterSentence[] = {{". ("}, {"。（"}, {"。("}};
constexpr GatedPhrase kOpeningFrenchQuotes[] = {{"«"}, {"‹"}};

int count_separators(std::string_view t, const PresentBytes& present) {
    int n = 0;
    for (const GatedPhrase& sep : kBreadcrumbSeparators)
        if (present.may_contain(sep))
            for (std::size_t at = t.find(sep.text); at != std::string_view::npos; at = t.find(sep.text, at + sep.text.size())) ++n;
    return n;
}

bool has_pattern(const Block& b) { return !b.f.pattern.empty(); }

// U+2500–U+257F (UTF-8 E2 94 xx / E2 95 xx): table borders of terminal output.
bool contains_box_drawing(std::string_view t) {
    for (std::size_t i = t.find('\xE2'); i != std::string_view::npos && i + 1 < t.size(); i = t.find('\xE2', i + 1))
        if (t[i + 1] == '\x94' || t[i + 1] == '\x95') return true;
    return false;
}

// Headings close what they open; code and cut-off fragments often do not.
// A leading list number ("21) Star Wars", "b) Setup") opens nothing.
bool brackets_balance(std::string_view t) {
    const std::size_t number_end = t.find(')');
    if (number_end != std::string_view::npos && number_end > 0 && number_end <= kMaxListNumberBytes &&
        t.substr(0, number_end).find_first_of(" (") == std::string_view::npos)
        t.remove_prefix(number_end + 1);
    int round = 0, square = 0;
    for (char c : t) {
        round += (c == '(') - (c == ')');
        square += (c == '[') - (c == ']');
        if (round < 0 || square < 0) return false;
    }
    return round == 0 && square == 0;
}

// "Devindra Hardawar/AOL", "Jane Doe/Reuters": a photographer and an agency.
bool is_photo_credit(std::string_view t, int units) {
    if (units > kMaxPhotoCreditUnits) return false;
    const std::size_t space = t.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? t : t.substr(space + 1);
    const std::size_t slash = last.find('/');
    if (slash == std::string_view::npos || slash < 2 || slash + 2 >= last.size()) return false;
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    // A name before the slash ("Hardawar", not "TCP"), a capitalised word after it.
    return space != std::string_view::npos && upper(last[0]) && lower(last[1]) && upper(last[slash + 1]);
}

// "Edited by Betsy Beyer", "Written by …", "Illustrated by …": who made the
// piece, a participle then "by" and a name.
bool is_credit_line(std::string_view t, int units) {
    if (units > kMaxCreditLineUnits) return false;
    const std::size_t space = t.find(' ');
    if (space == std::string_view::npos || space < 3) return false;
    const std::string_view first = t.substr(0, space);
    const bool participle = ends_with_any(first, {"ed", "ten"});
    return participle && (t.substr(space, 4) == " by " || t.substr(space, 4) == " By ");
}

// "Lire aussi : Les critiques…", "Read more: …", "相关阅读：…": a label that
// introduces a link to another article, then its title.
bool is_cross_reference(std::string_view t) {
    std::size_t colon = t.find(':');
    if (colon == std::string_view::npos) colon = t.find("\xEF\xBC\x9A");  // U+FF1A
    if (colon == std::string_view::npos || colon > kMaxCrossReferenceLabelBytes) return false;
    const PatternKind kind = match_boilerplate_line(utf8::to_lower(t.substr(0, colon)));
    return kind == PatternKind::Related || kind == PatternKind::ReadMore;
}

}  // namespace

bool looks_like_heading_text(const Block& b) {
    const Features& f = b.f;
    if (f.letters < kMinHeadingLetters) return false;
    if (f.repeats > kMaxHeadingRepeats) return false;
    if (b.shape == SourceShape::TableRow) return false;  // a row of table cells is data, not a heading
    // The tests that read only the features and the ends of the line come
    // first: most lines fail one of them, and the text searches below need
    // not run for those.
    if (has_pattern(b) || f.starts_with_bullet || f.starts_lower) return false;
    if (f.digits > f.letters) return false;
    const bool cjk = f.cjk_chars * 2 > f.letters;
    if (cjk ? f.cjk_chars > kMaxHeadingCjkChars : f.units > kMaxHeadingWords) return false;
    // A heading does not end a sentence (a question is allowed: "Why now?").
    std::string_view t = b.text;
    const bool question = t.back() == '?' || t.substr(t.size() >= 3 ? t.size() - 3 : 0) == "？";
    if (f.ends_with_terminal && !question) return false;
    if (f.sentence_ends > (question ? kMaxSentencesInQuestionHeading : 1)) return false;
    const char last = t.back();
    if (last == ',' || last == ';' || last == ':' || last == '-') return false;
    if (t.front() == '^' || (t.front() == '[' && last == ']')) return false;  // a footnote backlink, an image placeholder
    if (t.front() == '(' && last == ')') return false;                        // "(Artist: Elearia)": an aside or a credit
    if (is_byline_like(b)) return false;
    const PresentBytes present(t);
    const auto contains = [&](const auto& phrases) { return present.contains_any(t, phrases); };
    if (contains(kCjkClausePunctuation) && !numbered_heading_level(t)) return false;  // CJK clause punctuation: a fragment
    if (is_caption_like(b) || is_photo_credit(t, f.units)) return false;  // photo credits and captions are short unpunctuated lines too
    if (contains(kAddressParts)) return false;     // an address: an infobox or link row
    if (contains(kCreditAfterSentence)) return false;                  // "Attach moss. (Lucy Akins)": a caption with its credit
    if (is_cross_reference(t)) return false;
    if (is_credit_line(t, f.units)) return false;
    // "Rarst · March 10, 2017 at 1:26 AM", "— Jane (@jane) August 22, 2015": a
    // comment's or a quote's stamp; sections are not dated.
    if (block_has_date(b)) return false;
    // "首页 > 科技 > 正文", "View all stories »": a breadcrumb trail or a link.
    if (count_separators(t, present) >= kMinBreadcrumbSeparators) return false;
    // "»" C2 BB, "›" E2 80 BA, "→" E2 86 92: the last byte tells most lines apart first.
    const bool may_end_with_arrow = last == '>' || last == '\xBB' || last == '\xBA' || last == '\x92';
    if (may_end_with_arrow && ends_with_any(t, {"»", "›", "→", ">"}) && !contains(kOpeningFrenchQuotes)) return false;  // not a closing French quote
    const bool brackets = present.has('(') || present.has(')') || present.has('[') || present.has(']');
    return !(brackets && !brackets_balance(t)) && !(present.has('\xE2') && contains_box_drawing(t));  // code and its output: "WITH s AS (", "3 │ f"
}

bool is_caption_like(const Block& b) {
    if (b.f.units > kMaxCaptionUnits) return false;
    // One pass for every marker (ASCII case folded): the title search and
    // the heading rules ask this of most short lines of a paste.
    static const ContainedPhraseSearch markers(
        {"photo", "foto", "caption", "credit", "getty", "image", "reuters", "afp", "illustration", "shutterstock",
         "图片", "摄影", "供图", "图/", "视觉中国", "新华社发"},
        /*fold_ascii_case=*/true);
    if (markers.find(b.text) != kNoPhrase) return true;
    // "…。记者 张伟 摄": a photographer's credit ends the caption.
    return ends_with_any(b.text, {" 摄", "摄）", "摄)"});
}

}  // namespace sift
