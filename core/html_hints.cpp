// html_hints.cpp — per-element role hints from tag, class/id, role,
// aria-label, itemprop and inline style.
//
// Input: one start tag. Output: ElementHints. Class and id values are cut
// into words (on punctuation and camelCase) and each word is looked up in
// small tables, so "ad-slot" and "adContainer" say "ad" while "header",
// "shadow" and "lead" do not. Linear in the attribute text.
#include "html_hints.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <vector>

namespace sift::html {

namespace {

// Longest word we bother matching: every table word is shorter, so a longer
// word (a hash, a long compound) can never match and is skipped.
constexpr std::size_t kMaxWordLength = 24;

struct WordRule {
    std::string_view word;
    const char* reason;
    bool prefix;  // also matches longer words starting with it ("commentlist")
};

// Words that mark site chrome rather than the article.
constexpr WordRule kBoilerplateWords[] = {
    {"ad", "ad", false},            {"ads", "ad", false},           {"adsense", "ad", false},
    {"adslot", "ad", false},        {"adunit", "ad", false},        {"advert", "ad", true},
    {"sponsor", "sponsor", true},   {"promo", "promo", true},
    {"outbrain", "related", false}, {"taboola", "related", false},  {"recirc", "related", true},
    {"related", "related", true},   {"recommended", "related", false}, {"trending", "related", false},
    {"popular", "related", false},  {"comment", "comment", true},   {"disqus", "comment", false},
    {"share", "share", false},      {"shares", "share", false},     {"sharing", "share", false},
    {"sharebar", "share", false},   {"sharetools", "share", false}, {"social", "social", true},
    {"newsletter", "newsletter", true}, {"subscribe", "subscribe", true}, {"subscription", "subscribe", true},
    {"signup", "subscribe", false}, {"signin", "login", false},     {"login", "login", false},
    {"cookie", "cookie", true},     {"consent", "cookie", false},   {"gdpr", "cookie", false},
    {"breadcrumb", "breadcrumb", true}, {"sidebar", "sidebar", true}, {"widget", "widget", true},
    {"tag", "tags", false},         {"tags", "tags", false},        {"taglist", "tags", false},
    {"pagination", "pagination", true}, {"pager", "pagination", false},
    {"nav", "nav", false},          {"navbar", "nav", false},       {"navigation", "nav", false},
    {"menu", "menu", true},         {"footer", "footer", true},     {"header", "header", false},
    {"masthead", "header", false},  {"topbar", "header", false},    {"aside", "aside", false},
    {"search", "search", false},    {"modal", "modal", false},      {"popup", "modal", false},
    {"skip", "skip", false},        {"toolbar", "toolbar", false},
};

// Words that say "this is the content"; on the same element they veto a hint.
constexpr std::string_view kPositiveWords[] = {
    "article", "content", "post", "entry", "main", "story", "body", "articlebody",
    "articlecontent", "storybody", "storycontent", "postbody", "postcontent", "entrycontent",
    "maincontent",
    "math", "katex",  // rendered formulas ("MathJax" splits into math + jax) are content, whatever their menu classes say
};
// A token with one word of each list ("article-body", "post_content") marks
// the article body itself.
constexpr std::string_view kArticleWords[] = {"article", "post", "entry", "story", "blog", "main"};
constexpr std::string_view kBodyWords[] = {"body", "content", "text"};
constexpr std::string_view kArticleCompounds[] = {
    "articlebody", "articlecontent", "articletext", "storybody", "storycontent",
    "postbody", "postcontent", "entrycontent", "entrybody", "maincontent",
};

struct RoleRule { std::string_view role; const char* reason; };
constexpr RoleRule kRoles[] = {
    {"navigation", "nav"}, {"banner", "header"}, {"contentinfo", "footer"},
    {"complementary", "aside"}, {"search", "search"}, {"menu", "menu"},
    {"menubar", "menu"}, {"dialog", "modal"}, {"alertdialog", "modal"},
    {"form", "form"}, {"toolbar", "toolbar"},
};

struct TagRule { std::string_view tag; const char* reason; };
constexpr TagRule kTagHints[] = {
    {"nav", "nav"}, {"aside", "aside"}, {"footer", "footer"}, {"header", "header"},
    {"form", "form"}, {"button", "button"}, {"menu", "menu"}, {"dialog", "modal"},
    {"select", "form"}, {"label", "form"}, {"fieldset", "form"},
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// What the tables say about one word, besides its boilerplate reason.
enum WordClass : unsigned {
    kPositiveWord = 1u << 0,
    kArticleWord = 1u << 1,
    kBodyWord = 1u << 2,
    kCompoundWord = 1u << 3,
    kCommentWord = 1u << 4,  // "comment", "comments": not "commented" (a post's state) or "commentary"
};
constexpr std::string_view kCommentWords[] = {"comment", "comments"};

template <std::size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
    for (std::string_view x : list) if (w == x) return true;
    return false;
}

// Every table word, grouped by its first two letters; within a group
// boilerplate rules keep their table order, so the first matching rule still
// wins. A word is compared with the one or two entries sharing its first two
// letters (a prefix rule's matches share them too) instead of every table:
// class/id values are read for every element of the page.
class WordIndex {
public:
    struct Match {
        const char* reason = nullptr;  // first boilerplate rule that matches
        unsigned classes = 0;          // WordClass bits of an exact match
    };

    WordIndex() {
        std::vector<Entry> all;
        for (const WordRule& r : kBoilerplateWords) all.push_back({r.word, r.reason, r.prefix, classes_of(r.word)});
        auto add_plain = [&](std::string_view w) {
            for (const Entry& e : all) if (e.word == w) return;
            all.push_back({w, nullptr, false, classes_of(w)});
        };
        for (std::string_view w : kPositiveWords) add_plain(w);
        for (std::string_view w : kArticleWords) add_plain(w);
        for (std::string_view w : kBodyWords) add_plain(w);
        for (std::string_view w : kArticleCompounds) add_plain(w);
        for (std::string_view w : kCommentWords) add_plain(w);
        // Every table word is lower-case a-z of two letters or more, so each
        // has a group; a word that has none can match nothing.
        std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return group(a.word) < group(b.word); });
        entries_ = std::move(all);
        std::size_t k = 0;
        for (int g = 0; g < kGroups; ++g) {
            begin_[g] = static_cast<std::uint16_t>(k);
            while (k < entries_.size() && group(entries_[k].word) == g) ++k;
        }
        begin_[kGroups] = static_cast<std::uint16_t>(k);
    }

    // Whether a word starting with these two characters (any case; '\0'
    // for a one-letter word) can match anything.
    bool may_match(char first, char second) const {
        const int a = symbol(lower(first)), b = symbol(lower(second));
        if (a < 0 || b < 0) return false;
        const int g = a * kSymbols + b;
        return begin_[g] != begin_[g + 1];
    }

    // `w` is a non-empty lower-cased word of letters and digits.
    Match lookup(std::string_view w) const {
        Match m;
        const int g = group(w);
        if (g < 0) return m;
        for (std::size_t k = begin_[g]; k < begin_[g + 1]; ++k) {
            const Entry& e = entries_[k];
            if (e.word.size() == w.size()) {
                if (e.word != w) continue;
                m.classes |= e.classes;
            } else if (!(e.prefix && w.size() > e.word.size() && w.compare(0, e.word.size(), e.word) == 0)) {
                continue;
            }
            if (!m.reason) m.reason = e.reason;
        }
        return m;
    }

private:
    static constexpr int kSymbols = 36;  // a-z, 0-9
    static constexpr int kGroups = kSymbols * kSymbols;
    static int symbol(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= '0' && c <= '9') return 26 + (c - '0');
        return -1;
    }
    // The group of a word's first two letters; -1 for shorter words.
    static int group(std::string_view w) {
        if (w.size() < 2) return -1;
        const int a = symbol(w[0]), b = symbol(w[1]);
        return (a < 0 || b < 0) ? -1 : a * kSymbols + b;
    }
    struct Entry {
        std::string_view word;
        const char* reason;
        bool prefix;
        unsigned classes;
    };
    static unsigned classes_of(std::string_view w) {
        return (in_list(w, kPositiveWords) ? kPositiveWord : 0u) | (in_list(w, kArticleWords) ? kArticleWord : 0u) |
               (in_list(w, kBodyWords) ? kBodyWord : 0u) | (in_list(w, kArticleCompounds) ? kCompoundWord : 0u) |
               (in_list(w, kCommentWords) ? kCommentWord : 0u);
    }
    std::vector<Entry> entries_;
    std::uint16_t begin_[kGroups + 1] = {};
};

const WordIndex& word_index() {
    static const WordIndex index;
    return index;
}

const char* boilerplate_reason(std::string_view w) { return word_index().lookup(w).reason; }

// Calls f(word) for each lower-cased word of one whitespace-free token:
// split on non-alphanumerics and before an upper-case letter that follows a
// lower-case one ("shareButtons" -> share, buttons).
template <typename F>
void for_each_word(std::string_view token, F&& f) {
    char buf[kMaxWordLength];
    std::size_t len = 0;
    bool too_long = false;
    auto emit = [&] {
        if (len > 0 && !too_long) f(std::string_view(buf, len));
        len = 0;
        too_long = false;
    };
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (!is_alnum(c)) { emit(); continue; }
        if (is_upper(c) && i > 0 && token[i - 1] >= 'a' && token[i - 1] <= 'z') emit();
        if (len < kMaxWordLength) buf[len++] = lower(c); else too_long = true;
    }
    emit();
}

// Cuts `value` at whitespace and calls f(token) for each piece.
template <typename F>
void for_each_token(std::string_view value, F&& f) {
    std::size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() && is_space(value[i])) ++i;
        const std::size_t start = i;
        while (i < value.size() && !is_space(value[i])) ++i;
        if (i > start) f(value.substr(start, i - start));
    }
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) if (lower(a[k]) != lower(b[k])) return false;
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Reads display / visibility / white-space out of an inline style.
void parse_style(std::string_view style, ElementHints& h) {
    std::size_t i = 0;
    while (i < style.size()) {
        std::size_t end = style.find(';', i);
        if (end == std::string_view::npos) end = style.size();
        const std::string_view decl = style.substr(i, end - i);
        i = end + 1;
        const std::size_t colon = decl.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view prop = trim(decl.substr(0, colon));
        std::string_view value = trim(decl.substr(colon + 1));
        const std::size_t bang = value.find('!');  // "!important"
        if (bang != std::string_view::npos) value = trim(value.substr(0, bang));
        if (iequals(prop, "display")) {
            if (iequals(value, "none")) h.display = Display::None;
            else if (iequals(value, "block") || iequals(value, "flex") || iequals(value, "grid") ||
                     iequals(value, "list-item") || iequals(value, "table") || iequals(value, "flow-root") ||
                     iequals(value, "-webkit-box"))
                h.display = Display::Block;
            else if (iequals(value, "inline") || iequals(value, "inline-block") || iequals(value, "inline-flex") ||
                     iequals(value, "inline-grid") || iequals(value, "contents") || iequals(value, "-webkit-inline-box"))
                h.display = Display::Inline;
        } else if (iequals(prop, "visibility")) {
            if (iequals(value, "hidden") || iequals(value, "collapse")) h.visibility = Visibility::Hidden;
            else if (iequals(value, "visible")) h.visibility = Visibility::Visible;
        } else if (iequals(prop, "white-space")) {
            if (iequals(value, "pre") || iequals(value, "pre-wrap") || iequals(value, "break-spaces")) h.white_space = WhiteSpace::Pre;
            else if (iequals(value, "pre-line")) h.white_space = WhiteSpace::PreLine;
            else if (iequals(value, "normal") || iequals(value, "nowrap")) h.white_space = WhiteSpace::Normal;
        }
    }
}

// Byte kinds for reading class/id values, one table lookup per byte.
enum ByteKind : unsigned char { kOther, kSpace, kLower, kUpper, kDigit };
struct ByteKinds {
    unsigned char of[256] = {};
    constexpr ByteKinds() {
        for (const char c : {' ', '\t', '\n', '\r', '\f'}) of[static_cast<unsigned char>(c)] = kSpace;
        for (int c = 'a'; c <= 'z'; ++c) of[c] = kLower;
        for (int c = 'A'; c <= 'Z'; ++c) of[c] = kUpper;
        for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
    }
};
constexpr ByteKinds kByteKinds;
unsigned kind_of(char c) { return kByteKinds.of[static_cast<unsigned char>(c)]; }

// What one class or id value says, read in one pass over its bytes: the
// words of for_each_word, token by token as for_each_token cuts them. A
// word is lower-cased (into a small buffer) only when the index holds words
// starting like it; most words of a page's classes are skipped unread.
ClassFacts read_class_value(std::string_view value) {
    ClassFacts facts;
    const WordIndex& index = word_index();
    const char* token_hint = nullptr;
    unsigned classes = 0;
    const auto end_token = [&] {  // an empty token leaves everything as it is
        facts.comment |= (classes & kCommentWord) != 0;
        if (token_hint) {
            if (!facts.hint) facts.hint = token_hint;
        } else {
            facts.positive |= (classes & kPositiveWord) != 0;
            facts.article_body |= (classes & kCompoundWord) || ((classes & kArticleWord) && (classes & kBodyWord));
        }
        token_hint = nullptr;
        classes = 0;
    };
    const std::size_t n = value.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned k = kind_of(value[i]);
        if (k == kSpace) { end_token(); ++i; continue; }
        if (k == kOther) { ++i; continue; }
        // A word: letters and digits, cut before an upper-case letter that
        // follows a lower-case one ("shareButtons" -> share, Buttons).
        const std::size_t start = i;
        unsigned prev = k;
        for (++i; i < n; ++i) {
            const unsigned c = kind_of(value[i]);
            if (c < kLower || (c == kUpper && prev == kLower)) break;
            prev = c;
        }
        const std::size_t len = i - start;
        if (len > kMaxWordLength || !index.may_match(value[start], len > 1 ? value[start + 1] : '\0')) continue;
        char buf[kMaxWordLength];
        for (std::size_t q = 0; q < len; ++q) buf[q] = lower(value[start + q]);
        const WordIndex::Match m = index.lookup(std::string_view(buf, len));
        if (!token_hint) token_hint = m.reason;
        classes |= m.classes;
    }
    end_token();
    return facts;
}

}  // namespace

ClassFacts ClassValueCache::read(std::string_view value) {
    if (value.size() > kMaxValueLength) return read_class_value(value);
    if (slots_.empty()) slots_.resize(kSlots);
    Slot& slot = slots_[std::hash<std::string_view>{}(value) & (kSlots - 1)];
    if (!slot.used || slot.value != value) {
        slot.value.assign(value.data(), value.size());
        slot.facts = read_class_value(value);
        slot.used = true;
    }
    return slot.facts;
}

const char* class_hint(std::string_view value, bool* positive_out, bool* article_body_out) {
    const ClassFacts facts = read_class_value(value);
    if (positive_out) *positive_out = facts.positive;
    if (article_body_out) *article_body_out = facts.article_body;
    return facts.positive ? nullptr : facts.hint;
}

ElementHints analyse_element(std::string_view tag, const Token& t, ClassValueCache* cache) {
    ElementHints h;
    for (const TagRule& r : kTagHints) if (tag == r.tag) { h.tag_hint = r.reason; break; }
    h.article_marker = (tag == "article" || tag == "main");

    bool positive = false, comment = false;
    for (std::size_t k = 0; k < t.attr_count; ++k) {
        const std::string_view name = t.attrs[k].name;
        const std::string_view value = t.attrs[k].value;
        if (name == "class" || name == "id") {
            const ClassFacts facts = cache ? cache->read(value) : read_class_value(value);
            comment |= facts.comment;
            positive |= facts.positive;
            h.article_marker |= facts.article_body;
            if (!h.attr_hint && !facts.positive) h.attr_hint = facts.hint;
        } else if (name == "role") {
            const std::string_view role = trim(value);
            if (iequals(role, "main")) h.article_marker = true;
            for (const RoleRule& r : kRoles) if (iequals(role, r.role)) { h.attr_hint = r.reason; break; }
        } else if (name == "aria-label") {
            for_each_token(value, [&](std::string_view token) {
                for_each_word(token, [&](std::string_view w) {
                    if (!h.attr_hint && w.size() > 2) h.attr_hint = boilerplate_reason(w);
                });
            });
        } else if (name == "itemprop") {
            for_each_token(value, [&](std::string_view token) {
                if (iequals(token, "articleBody")) h.article_marker = true;
                if (iequals(token, "comment")) h.attr_hint = "comment";
            });
        } else if (name == "hidden") {
            h.hidden_attr = true;
        } else if (name == "aria-hidden") {
            h.aria_hidden = iequals(trim(value), "true");
        } else if (name == "style") {
            parse_style(value, h);
        }
    }
    // Positive words anywhere on the element (class="post-content share") win,
    // except over a comment: threads borrow the article's words
    // (id="comment-text" class="user-post-text").
    if (comment) {
        h.attr_hint = "comment";
        h.article_marker = false;
    } else if (positive || h.article_marker) {
        h.attr_hint = nullptr;
    }
    return h;
}

}  // namespace sift::html
