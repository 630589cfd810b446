// metadata_title.cpp — the headline search of stage 5 (see metadata_title.h).
//
// Input: labelled blocks, the main region and the page's own title. Output:
// the headline's index, its cleaned text and the site suffix cut from it.
// Each line within kTitleWindow of the body start gets a score from its own
// shape (length, case, dates, marks) and its neighbours (a credit line just
// after it, an echo of it above the body); a line the page's own title names
// gains kMetaTitleBonus. The share of its words that recur in the opening
// paragraphs adds up to kTopicOverlapWeight, and is tokenised only for lines
// that could still win with it.
#include "metadata_title.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "headings.h"
#include "stats.h"
#include "tokens.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr int kTitleWindow = 40;                  // the headline sits within this many lines before the body
constexpr int kMaxTitleUnits = 40;                // longer lines are sentences, not headlines
constexpr int kMinTitleUnits = 2;                 // one word is a section name ("Africa"), not a headline
constexpr int kOpeningBlocks = 5;                 // the article's first paragraphs say what the headline says
constexpr double kTopicOverlapWeight = 3;         // a headline whose words all recur there gains this much
constexpr double kMetaTitleBonus = 4.0;           // the page's own <title> / og:title names this line
constexpr std::size_t kMaxCitationMarkBytes = 6;  // "[12]", "[n 3]"
constexpr int kMinEchoedTitleUnits = 4;           // "All Stories" inside "View All Stories" is no headline echo
constexpr int kMaxNameLikeUnits = 3;              // "Jane Doe", "Silicon Exposed": names of people, blogs and sections
constexpr int kMaxHeadlineUnits = 16;             // headlines run 4-16 words; longer lines are standfirsts and captions
constexpr std::size_t kMinTopicTokens = 4;        // fewer tokens than this earn partial topic credit
constexpr double kMinTitleScore = 1.0;            // below this no candidate is convincing

// --- Cleaning a title: reading prefixes, permalink marks, site suffixes.

// Prefixes some portals put before the headline on the page.
constexpr std::string_view kReadingPrefixes[] = {"正在阅读:", "正在阅读：", "当前位置:", "当前位置：", "Now reading:", "Now Reading:", "You are reading:"};

std::string_view strip_reading_prefix(std::string_view t) {
    for (std::string_view p : kReadingPrefixes)
        if (t.substr(0, p.size()) == p) return utf8::trim(t.substr(p.size()));
    return t;
}

// "Evolve: Shared Mutable History¶", "Setup #": the anchor link docs pages put
// after a heading is not part of it.
std::string_view strip_permalink_mark(std::string_view t) {
    constexpr std::string_view kPilcrow = "\xC2\xB6";
    for (;;) {
        t = utf8::trim(t);
        if (t.size() > kPilcrow.size() && t.substr(t.size() - kPilcrow.size()) == kPilcrow) t.remove_suffix(kPilcrow.size());
        else if (t.size() > 2 && t.back() == '#' && t[t.size() - 2] == ' ') t.remove_suffix(1);
        else return t;
    }
}

// t.rfind(sep) for a separator of a few bytes. Found through the
// occurrences of its second byte (its first is mostly a space), which a
// memchr search finds fast and most titles hold few of: rfind would compare
// the separator at every position of the line.
std::size_t rfind_separator(std::string_view t, std::string_view sep) {
    const std::size_t key = sep.size() > 1 ? 1 : 0;  // the byte searched for, and its place in sep
    std::size_t last = std::string_view::npos;
    for (std::size_t at = t.find(sep[key], key); at != std::string_view::npos; at = t.find(sep[key], at + 1)) {
        const std::size_t start = at - key;
        if (t.size() - start >= sep.size() && t.compare(start, sep.size(), sep) == 0) last = start;
    }
    return last;
}

// False when clean_title(text) cannot be `title` (a cleaned title, so one
// without line breaks): what clean_title returns is a piece of the text with
// its line breaks read as spaces. Spares cleaning long paragraphs.
bool may_clean_to(std::string_view text, std::string_view title) {
    if (text.find('\n') == std::string_view::npos) return text.find(title) != std::string_view::npos;
    const auto same = [](char in_text, char in_title) { return in_text == in_title || (in_text == '\n' && in_title == ' '); };
    return std::search(text.begin(), text.end(), title.begin(), title.end(), same) != text.end() || title.empty();
}

}  // namespace

std::string clean_title(std::string_view title, std::string* site) {
    // A headline set with <br> spans lines; as a title it is one line.
    std::string flat(title);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::string_view t = strip_permalink_mark(utf8::trim(strip_reading_prefix(utf8::trim(flat))));
    // "Headline | Site", "Headline - Site", "Headline_频道_腾讯网": keep the longest part
    // when the others are short (site names are short). The last part is the site.
    for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: ", "_", " » "}) {
        const std::size_t at = rfind_separator(t, sep);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view head = t.substr(0, at);
        const std::string_view tail = utf8::trim(t.substr(at + sep.size()));
        if (count_units(tail) <= kMaxSiteNameUnits && count_units(head) > count_units(tail) && count_units(head) >= 3) {
            if (site && site->empty()) *site = std::string(tail);
            return clean_title(head, nullptr);
        }
    }
    return std::string(t);
}

namespace {

// --- Scoring one line as the headline.

// U+E000–U+F8FF (UTF-8 EE xx xx, EF 80–A3 xx): icon-font glyphs of buttons and players.
// Found with byte searches: most lines hold neither lead byte.
bool has_private_use_char(std::string_view t) {
    const std::size_t ee = t.find('\xEE');
    if (ee != std::string_view::npos && ee + 1 < t.size()) return true;
    for (std::size_t ef = t.find('\xEF'); ef != std::string_view::npos && ef + 1 < t.size(); ef = t.find('\xEF', ef + 1)) {
        const auto next = static_cast<unsigned char>(t[ef + 1]);
        if (next >= 0x80 && next <= 0xA3) return true;
    }
    return false;
}

// "9:30", "1:39 PM": a clock time, which headlines rarely carry.
bool has_clock_time(std::string_view t) {
    for (std::size_t i = 1; i + 2 < t.size(); ++i)
        if (t[i] == ':' && t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '5' && t[i + 2] >= '0' && t[i + 2] <= '9')
            return true;
    return false;
}

// "[5]", "[n 3]": a reference mark, which wikis put on infobox values, not titles.
bool has_citation_mark(std::string_view t) {
    for (std::size_t open = t.find('['); open != std::string_view::npos; open = t.find('[', open + 1)) {
        const std::size_t close = t.find(']', open);
        if (close == std::string_view::npos || close - open > kMaxCitationMarkBytes) continue;
        bool digit = false;
        for (std::size_t k = open + 1; k < close; ++k) digit |= t[k] >= '0' && t[k] <= '9';
        if (digit) return true;
    }
    return false;
}

// "… Underneath N.Y.C.", "… in the U.S.": the final full stop belongs to an
// abbreviation, not to a sentence.
bool ends_with_abbreviation(std::string_view t) {
    const std::size_t space = t.rfind(' ');
    const std::string_view last_word = space == std::string_view::npos ? t : t.substr(space + 1);
    return last_word.size() >= 4 && last_word.substr(0, last_word.size() - 1).find('.') != std::string_view::npos;
}

// The same text twice in a row, with or without a space between.
bool is_doubled(std::string_view t) {
    if (t.size() < 4) return false;
    const std::size_t half = t.size() / 2;
    if (t.size() % 2 == 0 && t.substr(0, half) == t.substr(half)) return true;
    return t.size() % 2 == 1 && t[half] == ' ' && t.substr(0, half) == t.substr(half + 1);
}

// Whether each block holds a date, looked up once: every headline candidate
// asks about the lines after it, and neighbouring candidates share them.
class DatedBlocks {
public:
    explicit DatedBlocks(const std::vector<Block>& blocks) : blocks_(blocks), state_(blocks.size(), kUnknown) {}
    bool operator()(int i) {
        if (state_[i] == kUnknown) state_[i] = block_has_date(blocks_[i]) ? kDated : kUndated;
        return state_[i] == kDated;
    }

private:
    enum State : std::uint8_t { kUnknown, kDated, kUndated };
    const std::vector<Block>& blocks_;
    std::vector<std::uint8_t> state_;
};

double title_score(const std::vector<Block>& blocks, int i, int anchor, DatedBlocks& dated) {
    const Block& b = blocks[i];
    const Features& f = b.f;
    if (f.units < kMinTitleUnits || f.units > kMaxTitleUnits) return -1;
    if (!f.pattern.empty() || is_byline_like(b) || is_caption_like(b) || f.starts_with_bullet) return -1;
    if (f.digits > f.letters) return -1;
    if (b.shape == SourceShape::TableRow) return -1;  // "Currency\tNew Zealand dollar": table cells, not a headline
    if (has_citation_mark(b.text)) return -1;  // "Population 4,933,210[5]": an infobox row, not a headline
    if (has_private_use_char(b.text)) return -1;  // "\uE060 Next video starts in: 7 Play": a player's controls
    if (f.sentence_ends >= 2 || (f.sentence_ends >= 1 && f.units > kMaxTitleUnits / 2)) return -1;  // prose, not a headline
    double s = 1.0;
    // Closer to the body start is better.
    s -= 0.04 * std::abs(anchor - i);
    // A credit or date line right after: the classic headline/byline pair.
    // The nearer the credit line, the surer the pairing (+2, +1, +0.5).
    // A blog's or section's name above a date line is not that pairing.
    const bool name_like = f.units <= kMaxNameLikeUnits && f.cjk_chars == 0;
    for (int k = i + 1; !name_like && k < static_cast<int>(blocks.size()) && k <= i + 3; ++k) {
        if (is_byline_like(blocks[k]) || (blocks[k].f.units <= kMaxCreditLineUnits && dated(k))) {
            s += 2.0 / (1 << (k - i - 1));
            break;
        }
    }
    // The headline often appears twice: in the page <title> echo, a breadcrumb,
    // or behind a "now reading" prefix.
    const std::string_view text = b.text;
    // Only echoes above the body count: a footer's "© Site" is not a headline echo.
    for (int k = std::max(0, i - kTitleWindow); k < std::min<int>(anchor, i + kTitleWindow); ++k) {
        if (k == i) continue;
        const std::string_view other = blocks[k].text;
        if (f.units >= kMinEchoedTitleUnits && f.units <= kMaxHeadlineUnits && other.size() > text.size() && other.size() < text.size() * 3 &&
            other.find(text) != std::string_view::npos) {
            s += 2.0;  // echoed
            break;
        }
        if (other == text) { s += 1.0; break; }  // repeated
    }
    if (f.ends_with_terminal && text.back() == '.' && !ends_with_abbreviation(text)) s -= 2.0;  // a sentence
    if (f.starts_lower) s -= 2.0;  // a fragment
    if (f.units >= 4 && f.units <= kMaxHeadlineUnits) s += 0.5;  // a headline's length
    if (name_like) s -= 1.5;  // "Jane Doe", "Daring Fireball": bylines and site names
    if (dated(i) || has_clock_time(text)) s -= 2.0;  // "1:39 PM ET", "Yahoo Finance October 13, 2016"
    if (is_doubled(text)) s -= 3.0;  // "Jane DoeJane Doe": an avatar's alt text and the name
    if (b.shape == SourceShape::Heading && b.html_heading_level == 1) s += 3.0;  // <h1>
    return s;
}

// --- Topic overlap: the headline's words recur in the opening paragraphs.

// The overlap of a line of `hits` of its `tokens` recurring (at most 1).
// Two words ("New York") recur in any article about them: full credit takes a headline's worth.
double overlap_share(std::size_t hits, std::size_t tokens) {
    return static_cast<double>(hits) / std::max<std::size_t>(tokens, kMinTopicTokens);
}

// --- Choosing among the candidates.

// "Mozilla - Wikipedia" is headed by "Mozilla": the page title is the line plus
// a site suffix too short for clean_title to cut safely on its own.
bool heads_title(std::string_view page_title, std::string_view line) {
    if (line.empty() || page_title.size() <= line.size() || page_title.substr(0, line.size()) != line) return false;
    const std::string_view rest = page_title.substr(line.size());
    for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: ", " » ", " · "})
        if (rest.substr(0, sep.size()) == sep) return true;
    return false;
}

double with_meta_bonus(double score, bool matches_meta) { return matches_meta ? score + kMetaTitleBonus : score; }

struct TitleCandidate {
    TitleCandidate(int i, double s, bool is_topical, bool meta)
        : index(i), score(s), topical(is_topical), matches_meta(meta), low(with_meta_bonus(s, meta)),
          high(topical ? with_meta_bonus(s + kTopicOverlapWeight, meta) : low) {}

    int index;
    double score;      // before topic overlap and the meta-title bonus
    bool topical;      // topic overlap counts for it
    bool matches_meta;
    // Bounds of the final score: topic overlap adds between 0 and kTopicOverlapWeight.
    double low;
    double high;
    std::vector<std::uint32_t> tokens;  // when the overlap is needed: the line's token ids, in order
    std::size_t hits = 0;               // of those, how many the opening read so far holds

    void set_overlap(double overlap) { low = with_meta_bonus(score + kTopicOverlapWeight * overlap, matches_meta); }
    // Once the tokens are known, the most the overlap can give: every token
    // recurring. A line of fewer than kMinTopicTokens tokens cannot reach
    // full credit, so it can be ruled out before the opening is read.
    void bound_by_tokens() {
        high = tokens.empty() ? low : with_meta_bonus(score + kTopicOverlapWeight * overlap_share(tokens.size(), tokens.size()), matches_meta);
    }
};

// The candidate that wins whatever the topic overlaps not read yet turn out
// to be, or -1: its lowest score beats the minimum and every other's highest
// (ties go to the earlier line).
int sure_winner(const std::vector<TitleCandidate>& candidates) {
    int top = -1;
    for (int k = 0; k < static_cast<int>(candidates.size()); ++k)
        if (top < 0 || candidates[k].low > candidates[top].low) top = k;
    if (top < 0 || candidates[top].low <= kMinTitleScore) return -1;
    for (int k = 0; k < static_cast<int>(candidates.size()); ++k) {
        if (k == top) continue;
        if (k < top ? candidates[k].high >= candidates[top].low : candidates[k].high > candidates[top].low) return -1;
    }
    return candidates[top].index;
}

// The opening paragraphs read a token at a time (a TokenSink): the first
// sight of a candidate line's token raises the overlap of every line holding
// it, and the reading stops as soon as one line is sure to win. Overlaps only
// grow as more is read and never pass each line's `high`, so a winner sure
// mid-paragraph is the line that reading all of the opening would pick.
class OpeningReader final : public TokenSink {
public:
    OpeningReader(std::vector<TitleCandidate>& candidates, const std::vector<TitleCandidate*>& overlapping)
        : candidates_(candidates), overlapping_(overlapping) {
        std::size_t ids = 0;
        for (const TitleCandidate* c : overlapping) ids += c->tokens.size();
        std::size_t slots = kMinSlots;
        while (slots < 2 * ids) slots *= 2;  // at most half full: probes stay short
        slots_.assign(slots, Slot{});
        for (const TitleCandidate* c : overlapping)
            for (std::uint32_t id : c->tokens) {
                Slot& slot = find(id);
                slot.id = id;
                slot.state = Slot::kWanted;
            }
    }
    // The sure winner's index once the reading stopped, else -1.
    int winner() const { return winner_; }

    bool take(const Token& token) override {
        Slot& slot = find(token.id);
        if (slot.state != Slot::kWanted) return true;  // not a line's, or seen: each id counts once from the opening
        slot.state = Slot::kSeen;
        for (TitleCandidate* c : overlapping_) {
            const auto held = static_cast<std::size_t>(std::count(c->tokens.begin(), c->tokens.end(), token.id));
            if (held == 0) continue;
            c->hits += held;
            c->set_overlap(overlap_share(c->hits, c->tokens.size()));
        }
        winner_ = sure_winner(candidates_);
        return winner_ < 0;
    }

private:
    // The lines' token ids in an open-addressed table (ids are hashes
    // already: their low bits pick the slot). Most opening tokens miss on
    // the first probe, where a binary search took a mispredicted branch or
    // two per step.
    struct Slot {
        enum State : std::uint8_t { kEmpty, kWanted, kSeen };
        std::uint32_t id = 0;
        State state = kEmpty;
    };
    static constexpr std::size_t kMinSlots = 64;

    // The slot holding `id`, or the empty one where it would go.
    Slot& find(std::uint32_t id) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t k = id & mask;; k = (k + 1) & mask)
            if (slots_[k].state == Slot::kEmpty || slots_[k].id == id) return slots_[k];
    }

    std::vector<TitleCandidate>& candidates_;
    const std::vector<TitleCandidate*>& overlapping_;
    std::vector<Slot> slots_;
    int winner_ = -1;
};

// The index of the headline among the lines before (or at) the body start, or -1.
int best_title_line(const std::vector<Block>& blocks, const Region& region, int anchor, const std::string& meta_title) {
    const int n = static_cast<int>(blocks.size());
    DatedBlocks dated(blocks);
    std::vector<TitleCandidate> candidates;
    candidates.reserve(static_cast<std::size_t>(std::max(0, std::min(n, anchor + 3) - std::max(0, anchor - kTitleWindow))));
    for (int i = std::max(0, anchor - kTitleWindow); i < std::min(n, anchor + 3); ++i) {
        // Inside the body only a heading-like line before the first paragraph can
        // be the headline (a notice or a standfirst may open the region).
        if (i > anchor && (blocks[i].label == Label::Content || blocks[i].label == Label::Heading)) {
            if (is_prose(blocks[i])) break;
            if (!looks_like_heading_text(blocks[i])) continue;
        }
        if (i == anchor && region.end - region.begin == 1) break;  // the only body block is the body, not a title
        double s = title_score(blocks, i, anchor, dated);
        const std::string cleaned = meta_title.empty() ? std::string() : clean_title(blocks[i].text);
        const bool matches_meta = !meta_title.empty() && (cleaned == meta_title || heads_title(meta_title, cleaned));
        if (s <= -1 && matches_meta && blocks[i].shape == SourceShape::Heading) s = 0;  // "Mozilla": short, but the page's own title says so
        candidates.emplace_back(i, s, s > -1 && i < anchor, matches_meta);  // body lines overlap the opening trivially
    }
    // Topic overlaps only matter when they could change the winner. A line
    // that cannot reach what another line (or the minimum) scores without it
    // cannot win: it is not tokenised. The opening is read a paragraph at a
    // time, and no further once one line is sure to win.
    if (const int sure = sure_winner(candidates); sure >= 0) return sure;
    double floor = kMinTitleScore;
    for (const TitleCandidate& c : candidates) floor = std::max(floor, c.low);
    std::vector<Token> scratch;
    std::vector<TitleCandidate*> overlapping;
    AsciiKeyPrefixes wanted;  // the candidates' keys: what the opening is asked about
    for (TitleCandidate& c : candidates) {
        if (!c.topical || c.high < floor) { c.high = c.low; continue; }
        scratch.clear();
        tokenize(blocks[c.index].text, scratch);
        c.tokens.resize(scratch.size());
        for (std::size_t k = 0; k < scratch.size(); ++k) c.tokens[k] = scratch[k].id;
        for (const Token& t : scratch) wanted.add_key_of(blocks[c.index].text, t);
        c.set_overlap(0);
        c.bound_by_tokens();
        overlapping.push_back(&c);
    }
    if (const int sure = sure_winner(candidates); sure >= 0) return sure;
    OpeningReader opening(candidates, overlapping);
    int used = 0;
    for (int i = region.begin; i < region.end && used < kOpeningBlocks && !overlapping.empty(); ++i) {
        if (blocks[i].label != Label::Content) continue;
        ++used;
        // Only the tokens whose keys may be among the candidates' (all of
        // those are there): the opening is only ever asked about the
        // candidate lines' tokens, so its other words need not be
        // lower-cased, stemmed and hashed.
        if (!tokenize_like_while(blocks[i].text, wanted, opening)) return opening.winner();
    }
    int title_index = -1;
    double best = kMinTitleScore;
    for (const TitleCandidate& c : candidates)
        if (c.low > best) { best = c.low; title_index = c.index; }
    return title_index;
}

}  // namespace

int extract_title(std::vector<Block>& blocks, const Region& region, int anchor, const PageMeta& meta, Article& article) {
    const int n = static_cast<int>(blocks.size());
    const std::string meta_title = clean_title(!meta.headline.empty() ? meta.headline : meta.title);
    int title_index = best_title_line(blocks, region, anchor, meta_title);
    if (!meta_title.empty() && title_index < 0) {
        // The page's own headline text may sit anywhere near the top.
        for (int i = 0; i < std::min(n, anchor + 3); ++i)
            if (may_clean_to(blocks[i].text, meta_title) && clean_title(blocks[i].text) == meta_title) { title_index = i; break; }
    }
    if (title_index >= 0) {
        article.title = clean_title(blocks[title_index].text, &article.site_name);
        blocks[title_index].label = Label::Title;
        blocks[title_index].rule = "title";
        // The same headline repeated at the top of the body is not body text.
        for (int i = region.begin; i < std::min(region.end, region.begin + 3); ++i)
            if (i != title_index && may_clean_to(blocks[i].text, article.title) && clean_title(blocks[i].text) == article.title) { blocks[i].label = Label::Title; blocks[i].rule = "title-repeat"; }
    } else if (!meta_title.empty()) {
        article.title = meta_title;
    }
    return title_index;
}

}  // namespace sift
