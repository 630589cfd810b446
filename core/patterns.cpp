// patterns.cpp — phrase tables for patterns.h. Lower-case, one phrase per
// entry; whole-line phrases are compared after trimming punctuation, digits and
// spaces at both ends, so "Share this:", "12 comments" and "分享到:" all match.
#include "patterns.h"

#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "ascii_case.h"
#include "feature_bytes.h"
#include "feature_phrase_search.h"
#include "utf8.h"

namespace sift {
namespace {

struct Phrase {
    std::string_view text;
    PatternKind kind;
};

// Whole-line phrases. A line that is exactly one of these is page chrome.
constexpr Phrase kLinePhrases[] = {
    // Share bars
    {"share", PatternKind::Share}, {"share this", PatternKind::Share}, {"share this article", PatternKind::Share},
    {"share this story", PatternKind::Share}, {"share this page", PatternKind::Share}, {"share on facebook", PatternKind::Share},
    {"share on twitter", PatternKind::Share}, {"tweet", PatternKind::Share}, {"email", PatternKind::Share},
    {"e-mail", PatternKind::Share}, {"print", PatternKind::Share}, {"save", PatternKind::Share}, {"pin", PatternKind::Share},
    {"facebook", PatternKind::Share}, {"twitter", PatternKind::Share}, {"linkedin", PatternKind::Share},
    {"whatsapp", PatternKind::Share}, {"reddit", PatternKind::Share}, {"pinterest", PatternKind::Share},
    {"flipboard", PatternKind::Share}, {"copy link", PatternKind::Share}, {"copy", PatternKind::Share}, {"copy code", PatternKind::Share}, {"copied", PatternKind::Share}, {"copy to clipboard", PatternKind::Share}, {"link copied", PatternKind::Share},
    {"share via email", PatternKind::Share}, {"shares", PatternKind::Share}, {"facebook twitter", PatternKind::Share},
    {"partager", PatternKind::Share}, {"teilen", PatternKind::Share}, {"compartir", PatternKind::Share},
    {"condividi", PatternKind::Share}, {"分享", PatternKind::Share}, {"分享到", PatternKind::Share},
    {"朋友圈", PatternKind::Share}, {"微信", PatternKind::Share}, {"微博", PatternKind::Share}, {"qq空间", PatternKind::Share},
    {"复制链接", PatternKind::Share}, {"点击右上角微信好友", PatternKind::Share},
    {"请使用浏览器分享功能进行分享", PatternKind::Share}, {"扫一扫", PatternKind::Share}, {"打印", PatternKind::Share},
    {"收藏", PatternKind::Share}, {"シェア", PatternKind::Share}, {"공유", PatternKind::Share},
    // Accounts and subscriptions
    {"log in", PatternKind::Account}, {"login", PatternKind::Account}, {"log out", PatternKind::Account},
    {"sign in", PatternKind::Account}, {"sign up", PatternKind::Account}, {"register", PatternKind::Account},
    {"subscribe", PatternKind::Account}, {"subscribe now", PatternKind::Account}, {"my account", PatternKind::Account},
    {"manage account", PatternKind::Account}, {"create account", PatternKind::Account}, {"newsletter", PatternKind::Account},
    {"sign up for our newsletter", PatternKind::Account}, {"follow us", PatternKind::Account},
    {"settings", PatternKind::Account}, {"profile", PatternKind::Account}, {"connexion", PatternKind::Account},
    {"s'abonner", PatternKind::Account}, {"anmelden", PatternKind::Account}, {"abonnieren", PatternKind::Account},
    {"iniciar sesión", PatternKind::Account}, {"suscríbete", PatternKind::Account}, {"登录", PatternKind::Account},
    {"注册", PatternKind::Account}, {"登录注册", PatternKind::Account}, {"订阅", PatternKind::Account},
    {"ログイン", PatternKind::Account}, {"로그인", PatternKind::Account},
    // Navigation
    {"home", PatternKind::Navigation}, {"home page", PatternKind::Navigation}, {"menu", PatternKind::Navigation},
    {"main menu", PatternKind::Navigation}, {"search", PatternKind::Navigation}, {"close", PatternKind::Navigation},
    {"skip to content", PatternKind::Navigation}, {"skip to main content", PatternKind::Navigation},
    {"skip to navigation", PatternKind::Navigation}, {"jump to navigation", PatternKind::Navigation},
    {"jump to search", PatternKind::Navigation}, {"back to top", PatternKind::Navigation},
    {"next", PatternKind::Navigation}, {"previous", PatternKind::Navigation}, {"prev", PatternKind::Navigation},
    {"next article", PatternKind::Navigation}, {"previous article", PatternKind::Navigation},
    {"next post", PatternKind::Navigation}, {"previous post", PatternKind::Navigation}, {"more", PatternKind::Navigation},
    {"next story", PatternKind::Navigation}, {"previous story", PatternKind::Navigation}, {"next page", PatternKind::Navigation},
    {"toggle navigation", PatternKind::Navigation}, {"navigation", PatternKind::Navigation},
    {"site navigation", PatternKind::Navigation}, {"sections", PatternKind::Navigation}, {"loading", PatternKind::Navigation},
    {"loading...", PatternKind::Navigation}, {"load more", PatternKind::Navigation}, {"see more", PatternKind::Navigation},
    {"show more", PatternKind::Navigation}, {"view all", PatternKind::Navigation}, {"accueil", PatternKind::Navigation},
    {"startseite", PatternKind::Navigation}, {"inicio", PatternKind::Navigation}, {"首页", PatternKind::Navigation},
    {"返回顶部", PatternKind::Navigation}, {"返回首页", PatternKind::Navigation}, {"上一篇", PatternKind::Navigation},
    {"下一篇", PatternKind::Navigation}, {"加载更多", PatternKind::Navigation}, {"更多", PatternKind::Navigation},
    {"正文", PatternKind::Navigation}, {"导航", PatternKind::Navigation}, {"搜索", PatternKind::Navigation},
    {"关闭", PatternKind::Navigation}, {"ホーム", PatternKind::Navigation},
    // Adverts
    {"advertisement", PatternKind::Advert}, {"advertising", PatternKind::Advert}, {"sponsored", PatternKind::Advert},
    {"sponsored content", PatternKind::Advert}, {"ad", PatternKind::Advert}, {"ads", PatternKind::Advert},
    {"supported by", PatternKind::Advert}, {"paid content", PatternKind::Advert}, {"promoted", PatternKind::Advert},
    {"story continues below advertisement", PatternKind::Advert}, {"publicité", PatternKind::Advert},
    {"anzeige", PatternKind::Advert}, {"werbung", PatternKind::Advert}, {"publicidad", PatternKind::Advert},
    {"pubblicità", PatternKind::Advert}, {"广告", PatternKind::Advert}, {"推广", PatternKind::Advert}, {"広告", PatternKind::Advert},
    // Legal and footers
    {"privacy policy", PatternKind::Legal}, {"privacy", PatternKind::Legal}, {"terms of use", PatternKind::Legal},
    {"terms of service", PatternKind::Legal}, {"terms and conditions", PatternKind::Legal}, {"cookie policy", PatternKind::Legal},
    {"cookies", PatternKind::Legal}, {"contact us", PatternKind::Legal}, {"about us", PatternKind::Legal},
    {"accessibility", PatternKind::Legal}, {"sitemap", PatternKind::Legal}, {"site map", PatternKind::Legal},
    {"careers", PatternKind::Legal}, {"help", PatternKind::Legal}, {"feedback", PatternKind::Legal},
    {"mentions légales", PatternKind::Legal}, {"impressum", PatternKind::Legal}, {"datenschutz", PatternKind::Legal},
    {"关于我们", PatternKind::Legal}, {"联系我们", PatternKind::Legal}, {"隐私政策", PatternKind::Legal},
    {"网站地图", PatternKind::Legal}, {"免责声明", PatternKind::Legal}, {"版权声明", PatternKind::Legal},
    // Comment sections
    {"comments", PatternKind::Comments}, {"comment", PatternKind::Comments}, {"leave a comment", PatternKind::Comments},
    {"leave a reply", PatternKind::Comments}, {"post a comment", PatternKind::Comments}, {"add a comment", PatternKind::Comments},
    {"join the discussion", PatternKind::Comments}, {"join the conversation", PatternKind::Comments},
    {"show comments", PatternKind::Comments}, {"view comments", PatternKind::Comments}, {"reader comments", PatternKind::Comments},
    {"responses", PatternKind::Comments}, {"commentaires", PatternKind::Comments}, {"kommentare", PatternKind::Comments},
    {"comentarios", PatternKind::Comments}, {"评论", PatternKind::Comments}, {"发表评论", PatternKind::Comments},
    {"网友评论", PatternKind::Comments}, {"我要评论", PatternKind::Comments}, {"查看评论", PatternKind::Comments},
    {"全部评论", PatternKind::Comments}, {"热门评论", PatternKind::Comments}, {"コメント", PatternKind::Comments},
    {"댓글", PatternKind::Comments},
    // Related / recommended lists
    {"related", PatternKind::Related}, {"related articles", PatternKind::Related}, {"related stories", PatternKind::Related},
    {"related posts", PatternKind::Related}, {"related content", PatternKind::Related}, {"related coverage", PatternKind::Related},
    {"you may also like", PatternKind::Related}, {"you might also like", PatternKind::Related},
    {"recommended", PatternKind::Related}, {"recommended for you", PatternKind::Related}, {"most popular", PatternKind::Related},
    {"most read", PatternKind::Related}, {"trending", PatternKind::Related}, {"trending now", PatternKind::Related},
    {"more stories", PatternKind::Related}, {"more from", PatternKind::Related}, {"more on this story", PatternKind::Related},
    {"popular", PatternKind::Related}, {"editor's picks", PatternKind::Related}, {"what to read next", PatternKind::Related},
    {"read next", PatternKind::Related}, {"other people are reading", PatternKind::Related},
    {"people also read", PatternKind::Related}, {"see also", PatternKind::Related}, {"à lire aussi", PatternKind::Related},
    {"lire aussi", PatternKind::Related}, {"sur le même sujet", PatternKind::Related}, {"dans la même rubrique", PatternKind::Related}, {"mehr zum thema", PatternKind::Related}, {"te puede interesar", PatternKind::Related},
    {"相关阅读", PatternKind::Related}, {"推荐阅读", PatternKind::Related}, {"相关新闻", PatternKind::Related},
    {"相关文章", PatternKind::Related}, {"延伸阅读", PatternKind::Related}, {"热门推荐", PatternKind::Related},
    {"热点推荐", PatternKind::Related}, {"猜你喜欢", PatternKind::Related}, {"独家策划", PatternKind::Related},
    {"视觉焦点", PatternKind::Related}, {"热门文章", PatternKind::Related}, {"精彩推荐", PatternKind::Related},
    {"関連記事", PatternKind::Related}, {"관련기사", PatternKind::Related},
    // Reaction widgets
    {"was this helpful", PatternKind::Reaction}, {"was this article helpful", PatternKind::Reaction},
    {"like", PatternKind::Reaction}, {"likes", PatternKind::Reaction}, {"reply", PatternKind::Reaction},
    {"report", PatternKind::Reaction}, {"upvote", PatternKind::Reaction}, {"您此时的心情", PatternKind::Reaction},
    {"开心", PatternKind::Reaction}, {"难过", PatternKind::Reaction}, {"点赞", PatternKind::Reaction},
    {"飘过", PatternKind::Reaction}, {"新闻表情排行", PatternKind::Reaction}, {"顶", PatternKind::Reaction},
    {"踩", PatternKind::Reaction},
    // Teaser links
    {"continue reading", PatternKind::ReadMore}, {"continue reading the main story", PatternKind::ReadMore},
    {"read more", PatternKind::ReadMore}, {"read the full story", PatternKind::ReadMore},
    {"read full article", PatternKind::ReadMore}, {"lire la suite", PatternKind::ReadMore},
    {"weiterlesen", PatternKind::ReadMore}, {"leer más", PatternKind::ReadMore}, {"阅读全文", PatternKind::ReadMore},
    {"阅读剩余全文", PatternKind::ReadMore}, {"查看全文", PatternKind::ReadMore}, {"展开全文", PatternKind::ReadMore},
    // Reading-time labels (the count is trimmed off with the digits: "6 min read" is "min read")
    {"min read", PatternKind::ReadingTime}, {"mins read", PatternKind::ReadingTime},
    {"minute read", PatternKind::ReadingTime}, {"minutes read", PatternKind::ReadingTime},
    {"min reading", PatternKind::ReadingTime}, {"min. read", PatternKind::ReadingTime},
    {"reading time", PatternKind::ReadingTime}, {"read time", PatternKind::ReadingTime},
    {"estimated reading time", PatternKind::ReadingTime}, {"min de lecture", PatternKind::ReadingTime},
    {"minutes de lecture", PatternKind::ReadingTime}, {"temps de lecture", PatternKind::ReadingTime},
    {"min lesezeit", PatternKind::ReadingTime}, {"min. lesezeit", PatternKind::ReadingTime},
    {"lesezeit", PatternKind::ReadingTime}, {"min de lectura", PatternKind::ReadingTime},
    {"minutos de lectura", PatternKind::ReadingTime}, {"tiempo de lectura", PatternKind::ReadingTime},
    {"分钟阅读", PatternKind::ReadingTime}, {"分钟读完", PatternKind::ReadingTime},
    {"阅读时间", PatternKind::ReadingTime}, {"阅读时长", PatternKind::ReadingTime},
};

// Phrases that make a short line boilerplate wherever they occur in it.
constexpr Phrase kContainedPhrases[] = {
    {"©", PatternKind::Legal}, {"copyright", PatternKind::Legal}, {"all rights reserved", PatternKind::Legal},
    {"we use cookies", PatternKind::Legal}, {"uses cookies", PatternKind::Legal}, {"accept cookies", PatternKind::Legal},
    {"cookie settings", PatternKind::Legal}, {"版权所有", PatternKind::Legal}, {"icp备", PatternKind::Legal},
    {"icp证", PatternKind::Legal}, {"公网安备", PatternKind::Legal}, {"不得转载", PatternKind::Legal},
    {"tous droits réservés", PatternKind::Legal}, {"alle rechte vorbehalten", PatternKind::Legal},
    {"todos los derechos reservados", PatternKind::Legal}, {"sign up for", PatternKind::Account},
    {"subscribe to our", PatternKind::Account}, {"follow us on", PatternKind::Share}, {"share on", PatternKind::Share},
    {"opens in new window", PatternKind::Share}, {"opens in a new window", PatternKind::Share},
    {"skip to", PatternKind::Navigation}, {"jump to navigation", PatternKind::Navigation}, {"click here to", PatternKind::ReadMore},
    {"main article:", PatternKind::ReadMore}, {"further information:", PatternKind::ReadMore},
};

// Phrases that mark a short line as chrome when the line starts with them.
constexpr Phrase kPrefixPhrases[] = {
    {"posted in ", PatternKind::Related}, {"filed under", PatternKind::Related}, {"tagged ", PatternKind::Related},
    {"tags:", PatternKind::Related}, {"categories:", PatternKind::Related}, {"in \"", PatternKind::Related},
    {"like this:", PatternKind::Share}, {"share this:", PatternKind::Share}, {"click to share", PatternKind::Share},
    {"click to email", PatternKind::Share}, {"click to print", PatternKind::Share}, {"标签：", PatternKind::Related},
    {"标签:", PatternKind::Related}, {"分类：", PatternKind::Related}, {"分类:", PatternKind::Related},
    {"分享到", PatternKind::Share},  // "分享到微信分享到微博QQ空间": share buttons glued into one line
};

// Short lines about a comment thread: "13 comments", "There are 13 comments",
// "200Comments. Click to view comments", "12 条评论".
// Per first byte, the prefix phrases that start with it (bit k: kPrefixPhrases[k]):
// a line is compared with those alone, in list order, and most lines with none.
static_assert(std::size(kPrefixPhrases) <= 16, "kPrefixByInitial holds one bit per prefix phrase");
constexpr std::array<std::uint16_t, 256> kPrefixByInitial = [] {
    std::array<std::uint16_t, 256> by_initial{};
    for (std::size_t k = 0; k < std::size(kPrefixPhrases); ++k)
        by_initial[static_cast<unsigned char>(kPrefixPhrases[k].text[0])] |= static_cast<std::uint16_t>(1u << k);
    return by_initial;
}();

constexpr std::string_view kCommentWords[] = {"comment", "commentaire", "kommentar", "comentario", "评论", "評論", "コメント", "댓글"};
constexpr int kMaxCommentLineBytes = 60;

bool is_trim_char(char32_t c) {
    return utf8::is_space(c) || utf8::is_digit(c) || (utf8::is_punct(c) && c != 0xA9 /* © */);
}

// is_trim_char on ASCII, spelled out so that it is a constant table: the
// spaces, and every visible byte but letters (digits and punctuation, DEL too).
constexpr std::array<bool, 128> kAsciiTrim = [] {
    std::array<bool, 128> t{};
    for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = true;
    for (int c = 0x21; c < 0x80; ++c) t[c] = !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return t;
}();

// utf8::trim_if(s, is_trim_char), with ASCII answered from the table (this
// runs for every short line; most start and end with an ASCII byte).
std::string_view trim_decoration(std::string_view s) {
    std::size_t begin = 0, end = s.size();
    while (begin < end) {
        const unsigned char b = static_cast<unsigned char>(s[begin]);
        if (b < 0x80) {
            if (!kAsciiTrim[b]) break;
            ++begin;
            continue;
        }
        std::size_t past = begin;
        if (!is_trim_char(utf8::next_codepoint(s, past))) break;
        begin = past;
    }
    while (end > begin) {
        const unsigned char b = static_cast<unsigned char>(s[end - 1]);
        if (b < 0x80) {
            if (!kAsciiTrim[b]) break;
            --end;
            continue;
        }
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t past = start;
        if (!is_trim_char(utf8::next_codepoint(s, past))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// The bytes that start a phrase's counter or alternative, as a table: one
// load per byte instead of a switch.
constexpr char kCounterStartBytes[] = {'(', ':', '[', '|', '/'};
constexpr std::array<bool, 256> kCounterStarts = [] {
    std::array<bool, 256> starts{};
    for (char c : kCounterStartBytes) starts[static_cast<unsigned char>(c)] = true;
    return starts;
}();

#if SIFT_WIDE_LANES
// Bit k set when byte k of x starts a counter or an alternative (kCounterStarts).
unsigned counter_start_mask(__m128i x) {
    unsigned found = 0;
    for (char c : kCounterStartBytes) found |= wide::equal_mask(x, c);
    return found;
}
#endif

// Where a phrase's counter or alternative starts: "Comments (12)", "Sign in / Sign up".
std::size_t find_counter_start(std::string_view s) {
    std::size_t i = 0;
#if SIFT_WIDE_LANES
    for (; i + wide::kWidth <= s.size(); i += wide::kWidth)
        if (const unsigned found = counter_start_mask(wide::load16(s, i))) return i + wide::first_bit(found);
    if (i < s.size() && s.size() >= wide::kWidth) {  // the rest: the last sixteen bytes, lanes before i already read
        const std::size_t start = s.size() - wide::kWidth;
        const unsigned found = counter_start_mask(wide::load16(s, start)) & (~0u << (i - start));
        return found != 0 ? start + wide::first_bit(found) : std::string_view::npos;
    }
#endif
    for (; i < s.size(); ++i)
        if (kCounterStarts[static_cast<unsigned char>(s[i])]) return i;
    return std::string_view::npos;
}

// Longest whole-line phrase is well under this; longer lines skip the lookup.
constexpr std::size_t kMaxLinePhraseBytes = 64;

// The lists above, compiled once (function-local statics: thread-safe) into
// one hash lookup per line and one automaton pass per line.
template <std::size_t N>
std::vector<std::string_view> texts_of(const Phrase (&phrases)[N]) {
    std::vector<std::string_view> texts;
    for (const Phrase& p : phrases) texts.push_back(p.text);
    return texts;
}

const ExactPhraseTable& line_phrase_table() {
    static const ExactPhraseTable table(texts_of(kLinePhrases));
    return table;
}

PatternKind line_phrase_kind(std::string_view text) {
    const int k = line_phrase_table().find_ascii_ci(text);
    return k == kNoPhrase ? PatternKind::None : kLinePhrases[k].kind;
}

// Short lines search the comment words first, then the contained phrases;
// longer lines only the contained phrases: one automaton, the comment words
// its optional leading phrases. Positions below std::size(kCommentWords) are
// comment words.
const ContainedPhraseSearch& contained_search() {
    static const ContainedPhraseSearch search = [] {
        std::vector<std::string_view> texts(std::begin(kCommentWords), std::end(kCommentWords));
        for (const Phrase& p : kContainedPhrases) texts.push_back(p.text);
        return ContainedPhraseSearch(texts, /*fold_ascii_case=*/true, /*optional=*/std::size(kCommentWords));
    }();
    return search;
}

}  // namespace

const char* pattern_kind_name(PatternKind kind) {
    switch (kind) {
        case PatternKind::None: return "none";
        case PatternKind::Share: return "share";
        case PatternKind::Account: return "account";
        case PatternKind::Navigation: return "navigation";
        case PatternKind::Advert: return "advert";
        case PatternKind::Legal: return "legal";
        case PatternKind::Comments: return "comments";
        case PatternKind::Related: return "related";
        case PatternKind::Reaction: return "reaction";
        case PatternKind::ReadMore: return "read-more";
        case PatternKind::Gallery: return "gallery";
        case PatternKind::ImageFile: return "image-file";
        case PatternKind::ReadingTime: return "reading-time";
    }
    return "none";
}

PatternKind match_boilerplate_line(std::string_view lower_line) {
    if (lower_line.size() > kMaxLinePhraseBytes * 2) return PatternKind::None;
    const std::string_view core = trim_decoration(lower_line);
    if (core.empty() || core.size() > kMaxLinePhraseBytes) return PatternKind::None;
    const PatternKind whole = line_phrase_kind(core);
    if (whole != PatternKind::None) return whole;
    // A phrase followed by a counter or an alternative: match its first part.
    const std::size_t cut = find_counter_start(core);
    if (cut != std::string_view::npos && cut > 0) return line_phrase_kind(trim_decoration(core.substr(0, cut)));
    return PatternKind::None;
}

namespace {

// The kind of the first prefix phrase the line starts with, or None.
PatternKind prefix_kind(std::string_view lower_line) {
    const unsigned char first = static_cast<unsigned char>(ascii_lower(lower_line[0]));
    for (unsigned phrases = kPrefixByInitial[first]; phrases != 0; phrases &= phrases - 1) {
        const Phrase& p = kPrefixPhrases[__builtin_ctz(phrases)];
        if (starts_with_ascii_ci(lower_line, p.text)) return p.kind;
    }
    return PatternKind::None;
}

// Long lines seek the contained phrases alone, short ones the comment words too.
bool without_comment_words(std::string_view lower_line) { return lower_line.size() > kMaxCommentLineBytes; }

// The kind of contained_search()'s answer.
PatternKind contained_kind(int k) {
    if (k == kNoPhrase) return PatternKind::None;
    const int comment_words = static_cast<int>(std::size(kCommentWords));
    return k < comment_words ? PatternKind::Comments : kContainedPhrases[k - comment_words].kind;
}

PatternKind match_contained(std::string_view lower_line, bool padded) {
    if (lower_line.empty()) return PatternKind::None;
    const PatternKind prefixed = prefix_kind(lower_line);
    if (prefixed != PatternKind::None) return prefixed;
    const ContainedPhraseSearch& search = contained_search();
    const bool comments_too = !without_comment_words(lower_line);
    const int k = padded ? (comments_too ? search.find_padded(lower_line) : search.find_padded_without_optional(lower_line))
                         : (comments_too ? search.find(lower_line) : search.find_without_optional(lower_line));
    return contained_kind(k);
}

}  // namespace

PatternKind match_boilerplate_contained(std::string_view lower_line) { return match_contained(lower_line, false); }
PatternKind match_boilerplate_contained_padded(std::string_view lower_line) { return match_contained(lower_line, true); }

void match_boilerplate_contained_padded_pair(std::string_view first_line, std::string_view second_line, PatternKind& first_kind,
                                             PatternKind& second_kind) {
    // A line that is empty or starts with a prefix phrase needs no search:
    // the other is then sought alone.
    first_kind = first_line.empty() ? PatternKind::None : prefix_kind(first_line);
    second_kind = second_line.empty() ? PatternKind::None : prefix_kind(second_line);
    const bool seek_first = !first_line.empty() && first_kind == PatternKind::None;
    const bool seek_second = !second_line.empty() && second_kind == PatternKind::None;
    if (!seek_first || !seek_second) {
        if (seek_first) first_kind = match_contained(first_line, true);
        if (seek_second) second_kind = match_contained(second_line, true);
        return;
    }
    ContainedPhraseSearch::PaddedQuery first{first_line, without_comment_words(first_line)};
    ContainedPhraseSearch::PaddedQuery second{second_line, without_comment_words(second_line)};
    contained_search().find_padded_pair(first, second);
    first_kind = contained_kind(first.found);
    second_kind = contained_kind(second.found);
}

}  // namespace sift
