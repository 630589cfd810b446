// headings.cpp — stage 4b (see headings.h). Input: labelled blocks and the
// main region. Output: section headings relabelled, each with its rule.
#include "headings.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ascii_case.h"
#include "outline.h"
#include "text_match.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr int kMaxLinesBetweenHeadingAndText = 1;  // a caption or image alt line may sit between
constexpr int kMinFollowingUnits = 12;         // a heading introduces real text, not another short line
constexpr int kMinTocEntries = 4;              // "1 Intro / 2 History / 2.1 ..." in a row: a table of contents
constexpr int kMaxTocTitleUnits = 3;           // "Contents", "Table of contents", "目录"
constexpr int kMinTrustedTocMatches = 3;       // this many entries found again below: the list is the outline
constexpr std::size_t kMaxEditLinkBytes = 16;  // "[edit]", "[edit source]", "[编辑]": a wiki's section edit link
constexpr std::size_t kMaxWikiEditLinkBytes = 48;  // "[modifier | modifier le code]": the long forms of other languages
// Blank lines before at least 1 in 5 blocks: the paste marks blocks with them,
// and a heading starts a block too.
constexpr int kMinBlankLineShareInverse = 5;
// ... unless the blank lines only set off images and boxes while paragraphs run
// on without them: then a heading need not follow one.
constexpr double kMinProseAfterBlankShare = 0.1;
constexpr int kMaxChromeLinesBeforeHeading = 2;  // an "Advertisement" slot may sit between the blank line and the heading

constexpr int kMaxImagePlaceholderUnits = 3;   // "Image", "Photo 3 of 12": the line a paste leaves for a picture
constexpr std::size_t kMaxCreditTailBytes = 48;  // "Various foliage (Lucy Akins)": the alt text again, with its credit
constexpr int kMaxPlainTocEntryUnits = 10;     // an unnumbered contents entry is a section title, not a teaser
// An unnumbered list is only a table of contents when most of it is found
// again as lines of the article (a menu's items are not).
constexpr double kMinPlainTocMatchShare = 0.5;
// A table of contents sits at the top, after a lead at most; a list of the
// same names further down ("Frontend / Task Store / Queue" above a section
// per component) is a list, not the outline of the page.
constexpr int kMaxProseBeforePlainToc = 6;

// "1 History", "3.2 Firefox Mobile": a section number, a space, a title.
// Returns the title, or an empty view when the line is not such an entry.
std::string_view toc_entry_title(const Block& b) {
    const std::string& t = b.text;
    std::size_t i = 0;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.')) ++i;
    if (i == 0 || i >= t.size() || t[i] != ' ' || b.f.units > kMaxHeadingWords) return {};
    return std::string_view(t).substr(i + 1);
}

// "3.2 Firefox Mobile" -> 2: how deep the entry's section sits.
int toc_entry_depth(const Block& b) {
    int depth = 1;
    for (std::size_t i = 0; i < b.text.size() && b.text[i] != ' '; ++i)
        depth += b.text[i] == '.' && i + 1 < b.text.size() && b.text[i + 1] != ' ';
    return depth;
}

// The text a heading and its table-of-contents entry share: lower case, without
// the edit link or anchor mark a wiki or a docs page appends ("History[edit]",
// "Conclusion¶").
std::string heading_key(std::string_view text) {
    auto trim_end = [&] {
        while (!text.empty() && (text.back() == ' ' || text.back() == '#')) text.remove_suffix(1);
        constexpr std::string_view kPilcrow = "\xC2\xB6";
        while (text.size() >= kPilcrow.size() && text.substr(text.size() - kPilcrow.size()) == kPilcrow)
            text.remove_suffix(kPilcrow.size());
    };
    trim_end();
    if (!text.empty() && text.back() == ']') {
        const std::size_t open = text.rfind('[');
        if (open != std::string_view::npos && open > 0 && text.size() - open <= kMaxEditLinkBytes) text = text.substr(0, open);
    }
    trim_end();
    return utf8::to_lower(text);
}

// "History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]", "历史[编辑]":
// MediaWiki puts an edit link after every section heading and nowhere else.
bool ends_with_wiki_edit_link(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.back() != ']') return false;
    const std::size_t open = text.rfind('[');
    if (open == std::string_view::npos || open == 0 || text.size() - open > kMaxWikiEditLinkBytes) return false;
    const std::string link = utf8::to_lower(text.substr(open + 1));
    return starts_with_any(link, {"edit]", "edit source", "编辑", "編輯", "editar", "modifier", "bearbeiten", "modifica"});
}

class HeadingMarker {
public:
    HeadingMarker(std::vector<Block>& blocks, const Region& region, const std::vector<Region>& tocs)
        : blocks_(blocks), region_(region), tocs_(tocs), heading_text_(blocks.size(), -1), numbering_(blocks.size(), -1) {
        // One walk over the region for what needs no other line: the blank
        // line counts, the HTML headings (marked once counted) and the lines
        // ending in a wiki edit link, whose labels are judged later.
        int blank_lines = 0, prose = 0, prose_after_blank = 0;
        for (int i = region.begin; i < region.end; ++i) {
            const Block& b = blocks[i];
            blank_lines += b.blank_before;
            if (b.shape == SourceShape::Line && b.f.letters >= kMinHeadingLetters && b.f.units <= kMaxHeadingWords &&
                ends_with_wiki_edit_link(b.text))
                wiki_edit_link_lines_.push_back(i);
            if (b.label != Label::Content) continue;
            if (is_prose(b)) {
                ++prose;
                prose_after_blank += b.blank_before;
            }
            if (b.shape == SourceShape::Heading) mark(i, "html-heading");
        }
        blank_lines_mean_blocks_ = blank_lines * kMinBlankLineShareInverse >= region.end - region.begin &&
                                   prose_after_blank >= kMinProseAfterBlankShare * prose;
    }

    void run() {
        const int trusted_from = mark_from_tables_of_contents();
        mark_wiki_sections();
        mark_by_shape(trusted_from >= 0 ? trusted_from : region_.end);
    }

private:
    void mark(int i, const char* rule) {
        blocks_[i].label = Label::Heading;
        blocks_[i].rule = rule;
    }

    // A line of a text paste; in HTML, also a paragraph that carries a CJK
    // section number ("<p><strong>一、问需于民</strong></p>"): Chinese news sites
    // set section titles as bold paragraphs, not heading tags. ("1. Take the
    // blankets off", "Step 1" paragraphs are list items and steps there.)
    bool candidate(int i) const { return candidate_shape(i) && candidate_text(i); }

    // The half of candidate() that reads the label and the shape only (and
    // the numbering of a CJK paragraph): cheap, so callers ask it first and
    // their own cheap tests next, before the text is judged.
    bool candidate_shape(int i) const {
        const Block& b = blocks_[i];
        if (b.label != Label::Content) return false;
        const auto cjk_numbered = [&] { return static_cast<unsigned char>(b.text.front()) >= 0x80 && numbering(i) > 0; };
        return b.shape == SourceShape::Line || (b.shape == SourceShape::Paragraph && cjk_numbered());
    }

    // The other half: the text reads like a heading and repeats no neighbour.
    bool candidate_text(int i) const { return heading_text(i) && !repeats_neighbour(i); }

    // looks_like_heading_text(blocks_[i]), judged once per block: the table of
    // contents search, its matching and the shape rules all ask it of the
    // same lines, and the answer reads only the text and its features, which
    // relabelling does not touch.
    bool heading_text(int i) const {
        std::int8_t& known = heading_text_[i];
        if (known < 0) known = looks_like_heading_text(blocks_[i]) ? 1 : 0;
        return known == 1;
    }

    // numbered_heading_level(blocks_[i].text), judged once per block: the
    // shape rules ask it of a line and of both its neighbours.
    int numbering(int i) const {
        std::int8_t& known = numbering_[i];
        if (known < 0) known = static_cast<std::int8_t>(numbered_heading_level(blocks_[i].text));
        return known;
    }

    // "Sky" / "Sky" under a comment's avatar, an image's alt text and then its
    // caption: a line said twice in a row (or glued to itself) heads nothing.
    // So is an alt text followed by its caption that only adds a credit:
    // "Various foliage" / "Various foliage (Lucy Akins)".
    bool repeats_neighbour(int i) const {
        const std::string& t = blocks_[i].text;
        const bool has_next = i + 1 < static_cast<int>(blocks_.size());
        if (i > 0 && (blocks_[i - 1].text == t || adds_credit(blocks_[i - 1].text, t))) return true;
        if (has_next && (blocks_[i + 1].text == t || adds_credit(t, blocks_[i + 1].text))) return true;
        const std::size_t half = t.size() / 2;
        return t.size() % 2 == 0 && t.compare(0, half, t, half, half) == 0;
    }

    // `captioned` is `alt` and a bracketed tail: "Name (Credit)", "名称（摄影）".
    static bool adds_credit(std::string_view alt, std::string_view captioned) {
        if (captioned.size() <= alt.size() + 3 || captioned.compare(0, alt.size(), alt) != 0) return false;
        std::string_view tail = captioned.substr(alt.size());
        if (tail.front() == ' ') tail.remove_prefix(1);
        if (tail.size() > kMaxCreditTailBytes) return false;
        const bool ascii = tail.front() == '(' && tail.back() == ')';
        const bool full_width = tail.substr(0, 3) == "\xEF\xBC\x88" && tail.substr(tail.size() - 3) == "\xEF\xBC\x89";  // （ ）
        return ascii || full_width;
    }

    // "Illustration for article titled …", "(Artist: 3ihard)": said of a picture.
    static bool is_figure_furniture(const Block& b) {
        return is_caption_like(b) || (b.text.front() == '(' && b.text.back() == ')');
    }

    // A figure pasted as a placeholder line and its caption ("Image" / "...
    // Credit Name for The Times") is a block of its own even when no blank
    // line follows it: the next line starts a new one.
    bool ends_figure(int k) const {
        const Block& caption = blocks_[k];
        // The caption search last: the tests of flags and counts settle most lines.
        if (caption.label == Label::Heading) return false;
        if (caption.blank_before) return is_caption_like(caption);
        if (k == region_.begin) return false;
        const Block& placeholder = blocks_[k - 1];
        return placeholder.blank_before && placeholder.f.units <= kMaxImagePlaceholderUnits && is_caption_like(caption);
    }

    // "});", "}", "return x;": a code listing ends there, and pastes rarely set
    // one off with blank lines.
    static bool ends_code(const Block& b) {
        const char last = b.text.back();
        return (last == ';' || last == '}' || last == '{') && !is_prose(b);
    }

    // Where the paste separates blocks by blank lines, a heading starts one.
    bool starts_block(int i) const {
        if (!blank_lines_mean_blocks_ || i == region_.begin || blocks_[i].blank_before) return true;
        if (ends_figure(i - 1) || ends_code(blocks_[i - 1])) return true;
        if (blocks_[i - 1].label == Label::Heading && numbering(i - 1)) return true;  // "Part Two: …" / "The Holy World": a part, then its first section
        for (int k = i - 1, seen = 0; k >= region_.begin && seen < kMaxChromeLinesBeforeHeading; --k, ++seen) {
            if (blocks_[k].label == Label::Content || blocks_[k].label == Label::Heading) return false;
            if (blocks_[k].blank_before) return true;
        }
        return false;
    }

    bool introduces_text(const Block& heading, int from) const {
        int seen = 0;
        for (int k = from; k < region_.end && seen <= kMaxLinesBetweenHeadingAndText; ++k) {
            const Block& next = blocks_[k];
            // "Corey Kilgannon" above "By Corey Kilgannon": the author's name, not a section
            if (next.label == Label::Byline && next.text.find(heading.text) != std::string::npos) return false;
            if (next.label != Label::Content) continue;
            // A paragraph, or a sentence that announces a list ("We ran three experiments:").
            const bool text = is_prose(next) || next.text.back() == ':';
            if (text && next.f.units >= std::max(kMinFollowingUnits, 2 * heading.f.units)) return true;
            if (next.blank_before && heading_text(k)) return false;  // the next heading: this one has no text
            if (is_figure_furniture(next)) continue;  // a picture's caption and credit sit between a heading and its text
            ++seen;
        }
        return false;
    }

    // A page's own table of contents names its sections: the lines below it that
    // repeat an entry are the headings. Returns the first block after the list
    // when enough entries were found again (the list is then the whole outline
    // of what follows), else -1.
    int mark_from_tables_of_contents() {
        int trusted_from = -1;
        for (const Region& toc : tocs_) trusted_from = mark_from_table_of_contents(toc, /*numbered=*/true, trusted_from);
        for (const Region& toc : find_plain_tables_of_contents())
            trusted_from = mark_from_table_of_contents(toc, /*numbered=*/false, trusted_from);
        return trusted_from;
    }

    // "Introduction / Glossary / Features / …" above the article, each line
    // found again further down: a table of contents without numbers. Runs of
    // short lines that all occur again on the page.
    std::vector<Region> find_plain_tables_of_contents() const {
        std::vector<Region> runs;
        const int end = std::min(static_cast<int>(blocks_.size()), region_.end);
        // The tests of an entry that need no text search; the heading test is
        // asked only where its answer can matter: in a stretch of at least
        // kMinTocEntries such lines, or of prose, which stops the search.
        auto plain_line = [&](int k) {
            const Block& b = blocks_[k];
            return b.shape == SourceShape::Line && b.f.repeats >= 1 && b.f.units <= kMaxPlainTocEntryUnits && toc_entry_title(b).empty();
        };
        auto counted_prose = [&](int k) { return k >= region_.begin && blocks_[k].label == Label::Content && is_prose(blocks_[k]); };
        int prose_seen = 0;  // prose lines that are no entry: a table of contents comes before the article
        for (int i = 0; i < end && prose_seen <= kMaxProseBeforePlainToc;) {
            int stretch_end = i;
            while (stretch_end < end && plain_line(stretch_end)) ++stretch_end;
            if (stretch_end == i) {  // no entry
                prose_seen += counted_prose(i);
                ++i;
            } else if (stretch_end - i < kMinTocEntries) {  // too short for a run of entries
                for (; i < stretch_end; ++i) prose_seen += counted_prose(i) && !heading_text(i);
            } else {
                for (; i < stretch_end && prose_seen <= kMaxProseBeforePlainToc;) {
                    int j = i;
                    while (j < stretch_end && heading_text(j)) ++j;
                    prose_seen += j == i && counted_prose(i);
                    if (j - i >= kMinTocEntries) runs.push_back(Region{i, j});
                    i = std::max(j, i + 1);
                }
            }
        }
        return runs;
    }

    // Marks the lines below `toc` that repeat one of its entries; returns the
    // block where the shape rules stop (the list's end once it is trusted).
    int mark_from_table_of_contents(const Region& toc, bool numbered, int trusted_from) {
        std::unordered_map<std::string, int> entries;  // heading key -> numbering depth
        for (int k = toc.begin; k < toc.end; ++k) {
            const Block& b = blocks_[k];
            entries.emplace(heading_key(numbered ? toc_entry_title(b) : std::string_view(b.text)), numbered ? toc_entry_depth(b) : 1);
        }
        const double listed = static_cast<double>(entries.size());
        // The first bytes the keys open with: a line opening with an ASCII
        // byte that lower-cases to none of them has no key in the list, and
        // its own key is not built (an empty key turns the test off).
        std::array<bool, 256> key_opens{};
        bool empty_key = false;
        for (const auto& [key, depth] : entries) {
            if (key.empty()) empty_key = true;
            else key_opens[static_cast<unsigned char>(key.front())] = true;
        }
        std::vector<std::pair<int, int>> found;  // block, depth
        for (int i = std::max(toc.end, region_.begin); i < region_.end && !entries.empty(); ++i) {
            // The opening-byte test before the text is judged: it rules out most lines for free.
            if (!candidate_shape(i)) continue;
            const auto first = static_cast<unsigned char>(blocks_[i].text.front());
            if (!empty_key && first < 0x80 && !key_opens[static_cast<unsigned char>(ascii_lower(static_cast<char>(first)))]) continue;
            if (!candidate_text(i)) continue;
            auto it = entries.find(heading_key(blocks_[i].text));
            if (it == entries.end()) continue;
            found.emplace_back(i, it->second);
            entries.erase(it);  // each entry heads one section
        }
        const int matches = static_cast<int>(found.size());
        if (!numbered && (matches < kMinTrustedTocMatches || matches < kMinPlainTocMatchShare * listed)) return trusted_from;
        for (const auto& [i, depth] : found) {
            mark(i, "heading:toc");
            blocks_[i].toc_depth = depth;
        }
        if (matches < kMinTrustedTocMatches) return trusted_from;
        const int title = toc.begin - 1;
        if (title >= region_.begin && candidate(title) && blocks_[title].f.units <= kMaxTocTitleUnits)
            mark(title, "heading:toc-title");
        return trusted_from < 0 ? toc.end : std::min(trusted_from, toc.end);
    }

    // A wiki section heading carries its edit link: no need to judge its shape
    // or what follows ("See also[edit]" heads a list; "pdf.js[edit]" starts lower
    // case). A section name the phrase rules took for chrome is still one.
    void mark_wiki_sections() {
        for (const int i : wiki_edit_link_lines_) {  // the short lines ending in an edit link (found by the constructor)
            const Block& b = blocks_[i];
            const bool named_chrome = b.label == Label::Boilerplate && !b.f.pattern.empty();
            if (b.label != Label::Content && !named_chrome) continue;
            mark(i, "heading:wiki-edit-link");
        }
    }

    // "Bug 1681796 – Prevent …" / "Bug 1678390 – Prevent …": items of a list
    // whose bullets the paste dropped open with the same word as the item
    // next to them; a heading does not repeat its neighbour that way.
    // The numbering tests come last: they parse the line, and the opening
    // word settles most lines first.
    bool continues_list(int i) const {
        const auto same_opening = [&](int k) {
            if (k < region_.begin || k >= region_.end) return false;
            const Block& other = blocks_[k];
            if ((other.label != Label::Content && other.label != Label::Heading) || is_prose(other)) return false;
            const std::string_view a = other.text, t = blocks_[i].text;
            const std::size_t space = t.find(' ');
            if (space == std::string_view::npos || space == 0) return false;
            if (a.size() <= space || a.compare(0, space + 1, t.substr(0, space + 1)) != 0) return false;
            return numbering(k) <= 0;  // "Chapter 1: …" / "Chapter Text": a part and its section
        };
        const bool next_to_same_opening =
            (!blocks_[i].blank_before && same_opening(i - 1)) || (i + 1 < region_.end && !blocks_[i + 1].blank_before && same_opening(i + 1));
        return next_to_same_opening && numbering(i) <= 0;
    }

    void mark_by_shape(int end) {
        for (int i = region_.begin; i < end; ++i) {
            // Whether the line starts a block is asked before its text is judged:
            // it reads flags of the lines above and settles many lines for less.
            if (!candidate_shape(i) || !starts_block(i) || !candidate_text(i) || continues_list(i)) continue;
            if (!introduces_text(blocks_[i], i + 1)) continue;
            mark(i, numbering(i) ? "heading:numbered" : "heading:short-line-before-prose");
        }
    }

    std::vector<Block>& blocks_;
    const Region region_;
    const std::vector<Region>& tocs_;
    bool blank_lines_mean_blocks_ = false;
    mutable std::vector<std::int8_t> heading_text_;  // per block: -1 not judged yet, else 0 / 1
    mutable std::vector<std::int8_t> numbering_;     // per block: -1 not judged yet, else the numbering level
    std::vector<int> wiki_edit_link_lines_;          // lines of the region the wiki rule may mark, in order
};

}  // namespace

void mark_section_headings(std::vector<Block>& blocks, const Region& region, const std::vector<Region>& tocs) {
    HeadingMarker(blocks, region, tocs).run();
}

std::vector<Region> find_tables_of_contents(const std::vector<Block>& blocks) {
    std::vector<Region> runs;
    const int n = static_cast<int>(blocks.size());
    for (int i = 0; i < n;) {
        // An entry opens with a digit or a dot; most lines open otherwise and
        // are passed over on their first byte.
        const std::string& first_text = blocks[i].text;
        const char first = first_text.empty() ? ' ' : first_text.front();
        if ((first < '0' || first > '9') && first != '.') {
            ++i;
            continue;
        }
        int j = i;
        while (j < n && !toc_entry_title(blocks[j]).empty()) ++j;
        if (j - i >= kMinTocEntries) runs.push_back(Region{i, j});
        i = std::max(j, i + 1);
    }
    return runs;
}

}  // namespace sift
