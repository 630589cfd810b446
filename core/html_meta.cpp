// html_meta.cpp — collects PageMeta from <title>, <meta>, JSON-LD, <time>,
// and lang/dir attributes.
//
// Input: tokens and raw-text bodies handed over by html_reader.cpp. Output:
// PageMeta. JSON-LD is read with json_reader.h (invalid JSON is ignored);
// only Article-like objects (NewsArticle, BlogPosting, ...) count, found at
// the top, in an array or in "@graph".
#include "html_meta.h"

#include <algorithm>

#include "html_entities.h"
#include "json_reader.h"
#include "utf8.h"

namespace sift::html {

namespace {

namespace json = json_reader;

// Source priorities, best first, in the order reader-mode tools conventionally
// trust them: structured data, Dublin Core, Open Graph, Twitter, parse.ly,
// plain <meta name>, then weaker conventions and finally a visible <time>.
constexpr int kPriorityJsonLd = 10;
constexpr int kPriorityDublinCore = 9;
constexpr int kPriorityDcTerms = 8;
constexpr int kPriorityOpenGraph = 7;
constexpr int kPriorityTwitter = 6;
constexpr int kPriorityParsely = 5;
constexpr int kPriorityMeta = 4;
constexpr int kPriorityWeakMeta = 3;
constexpr int kPriorityRootAttribute = 2;
constexpr int kPriorityTimeElement = 1;

// Within one priority a <meta property> beats a <meta name> (Open Graph and
// RDFa use property; name is often a loose copy): ranks interleave the two.
constexpr int rank(int priority, bool preferred = true) { return priority * 2 + (preferred ? 1 : 0); }

// JSON-LD deeper than this is not real metadata (the reader itself has no
// recursion and takes any depth; the limit predates it and keeps outputs as they were).
constexpr int kMaxJsonNesting = 64;
// How deep the Article search walks through arrays and @graph.
constexpr int kMaxJsonSearchDepth = 8;
// JSON-LD larger than this is a data dump, not page metadata (the corpus's
// largest block is 52 KB); skipping it keeps a hostile multi-megabyte script of
// tiny values from costing its parsed form (32 bytes a value) in memory.
constexpr std::size_t kMaxJsonLdBytes = std::size_t{1} << 20;

enum class MetaField { Headline, Author, Published, SiteName, Description, None };

struct MetaKey {
    const char* key;  // lower-cased name / property / itemprop
    MetaField field;
    int priority;
};

// Keys are lower-cased and "dc:"/"dcterm:" spellings normalised to
// "dc."/"dcterms." before lookup (see normalise_key).
constexpr MetaKey kMetaKeys[] = {
    {"dc.title", MetaField::Headline, kPriorityDublinCore},
    {"dcterms.title", MetaField::Headline, kPriorityDcTerms},
    {"og:title", MetaField::Headline, kPriorityOpenGraph},
    {"twitter:title", MetaField::Headline, kPriorityTwitter},
    {"parsely-title", MetaField::Headline, kPriorityParsely},
    {"headline", MetaField::Headline, kPriorityMeta},
    {"title", MetaField::Headline, kPriorityWeakMeta},
    {"dc.creator", MetaField::Author, kPriorityDublinCore},
    {"dcterms.creator", MetaField::Author, kPriorityDcTerms},
    {"author", MetaField::Author, kPriorityOpenGraph},
    {"article:author", MetaField::Author, kPriorityTwitter},
    {"parsely-author", MetaField::Author, kPriorityParsely},
    {"sailthru.author", MetaField::Author, kPriorityWeakMeta},
    {"byl", MetaField::Author, kPriorityWeakMeta},
    {"article:published_time", MetaField::Published, kPriorityOpenGraph},
    {"datepublished", MetaField::Published, kPriorityOpenGraph},
    {"og:published_time", MetaField::Published, kPriorityTwitter},
    {"parsely-pub-date", MetaField::Published, kPriorityParsely},
    {"published_time", MetaField::Published, kPriorityMeta},
    {"date", MetaField::Published, kPriorityMeta},
    {"pubdate", MetaField::Published, kPriorityMeta},
    {"publishdate", MetaField::Published, kPriorityMeta},
    {"publish-date", MetaField::Published, kPriorityMeta},
    {"publish_date", MetaField::Published, kPriorityMeta},
    {"dc.date", MetaField::Published, kPriorityMeta},
    {"dc.date.issued", MetaField::Published, kPriorityMeta},
    {"dcterms.date", MetaField::Published, kPriorityMeta},
    {"dcterms.created", MetaField::Published, kPriorityMeta},
    {"dcterms.issued", MetaField::Published, kPriorityMeta},
    {"sailthru.date", MetaField::Published, kPriorityWeakMeta},
    {"article.published", MetaField::Published, kPriorityWeakMeta},
    {"ptime", MetaField::Published, kPriorityWeakMeta},
    {"og:site_name", MetaField::SiteName, kPriorityOpenGraph},
    {"dc.description", MetaField::Description, kPriorityDublinCore},
    {"dcterms.description", MetaField::Description, kPriorityDcTerms},
    {"og:description", MetaField::Description, kPriorityOpenGraph},
    {"twitter:description", MetaField::Description, kPriorityTwitter},
    {"description", MetaField::Description, kPriorityMeta},
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// "DC:Title" -> "dc.title", "dcterm:creator" -> "dcterms.creator".
std::string normalise_key(std::string_view raw) {
    std::string key(raw);
    for (char& c : key) c = lower(c);
    for (const char* prefix : {"dcterms:", "dcterm:", "dcterm."}) {
        const std::size_t n = std::char_traits<char>::length(prefix);
        if (key.compare(0, n, prefix) == 0) return "dcterms." + key.substr(n);
    }
    if (key.compare(0, 3, "dc:") == 0) key[2] = '.';
    return key;
}

bool looks_like_url(std::string_view s) {
    return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 1) == "/";
}

bool has_article_type(const json::Value& obj) {
    const json::Value* type = obj.find("@type");
    if (type == nullptr) return false;
    if (type->kind == json::Kind::String) return is_article_type(type->text);
    if (type->kind == json::Kind::Array)
        for (const json::Value& t : *type)
            if (t.kind == json::Kind::String && is_article_type(t.text)) return true;
    return false;
}

std::string_view string_member(const json::Value& obj, const char* key) {
    const json::Value* v = obj.find(key);
    if (v == nullptr || v->kind != json::Kind::String) return {};
    return v->text;
}

// A person/organisation as JSON-LD writes it: "Name", {"name": "Name"}, or an array of those.
std::string names_of(const json::Value& v) {
    if (v.kind == json::Kind::String) return std::string(v.text);
    if (v.kind == json::Kind::Object) return std::string(string_member(v, "name"));
    std::string out;
    if (v.kind == json::Kind::Array) {
        for (const json::Value& item : v) {
            const std::string one = item.kind == json::Kind::Array ? std::string() : names_of(item);
            if (one.empty()) continue;
            if (!out.empty()) out += ", ";
            out += one;
        }
    }
    return out;
}

// Strips what pages wrap JSON-LD in ("<!--", "//<![CDATA[") by keeping the
// outermost {...} or [...] span.
std::string_view json_span(std::string_view s) {
    const std::size_t first = s.find_first_of("{[");
    const std::size_t last = s.find_last_of("}]");
    if (first == std::string_view::npos || last == std::string_view::npos || last < first) return {};
    return s.substr(first, last - first + 1);
}

bool nesting_within_limit(std::string_view s) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonNesting) return false;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

}  // namespace

bool is_article_type(std::string_view t) {
    constexpr std::string_view kSuffix = "Article";
    if (t.size() >= kSuffix.size() && t.substr(t.size() - kSuffix.size()) == kSuffix) return true;
    return t == "BlogPosting" || t == "LiveBlogPosting" || t == "SocialMediaPosting" ||
           t == "DiscussionForumPosting" || t == "Report" || t == "Posting";
}

std::string_view json_ld_body(std::string_view script_text) {
    const std::string_view body = json_span(script_text);
    if (body.size() > kMaxJsonLdBytes || !nesting_within_limit(body)) return {};
    return body;
}

std::string clean_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = utf8::next_codepoint(s, i);
        if (utf8::is_space(cp)) { space = !out.empty(); continue; }
        if (cp < 0x20 || cp == 0x7F || utf8::is_zero_width(cp)) continue;
        if (space) out += ' ';
        space = false;
        utf8::append(out, cp);
    }
    return out;
}

void MetaCollector::offer(Field& f, std::string_view value, int priority) {
    if (priority <= f.priority) return;
    std::string cleaned = clean_text(value);
    if (cleaned.empty()) return;
    f.value = std::move(cleaned);
    f.priority = priority;
}

void MetaCollector::title(std::string_view text) {
    if (have_title_) return;
    title_ = clean_text(text);
    have_title_ = !title_.empty();
}

void MetaCollector::meta_tag(const Token& t) {
    bool has_content = false;
    const std::string_view content = t.attr("content", &has_content);
    if (!has_content) return;
    // name="og:title twitter:title" lists several keys at once.
    for (const char* attr : {"property", "name", "itemprop"}) {
        const bool preferred = attr[0] != 'n';
        const std::string_view keys = t.attr(attr);
        std::size_t i = 0;
        while (i < keys.size()) {
            while (i < keys.size() && is_ws(keys[i])) ++i;
            const std::size_t start = i;
            while (i < keys.size() && !is_ws(keys[i])) ++i;
            if (i == start) break;
            const std::string key = normalise_key(keys.substr(start, i - start));
            for (const MetaKey& k : kMetaKeys) {
                if (key != k.key) continue;
                const int r = rank(k.priority, preferred);
                switch (k.field) {
                    case MetaField::Headline: offer(headline_, content, r); break;
                    case MetaField::Author:
                        if (!looks_like_url(content)) offer(author_, content, r);
                        break;
                    case MetaField::Published: offer(published_, content, r); break;
                    case MetaField::SiteName: offer(site_name_, content, r); break;
                    case MetaField::Description: offer(description_, content, r); break;
                    case MetaField::None: break;
                }
            }
        }
    }
}

void MetaCollector::json_ld(std::string_view script_text) {
    const std::string_view body = json_ld_body(script_text);
    if (body.empty()) return;
    json::Document doc;
    if (!doc.parse(body)) return;

    const auto decoded = [](std::string_view s) {
        std::string out;
        decode_entities(s, false, out);
        return out;
    };
    // Explicit work list instead of recursion: (node, depth).
    std::vector<std::pair<const json::Value*, int>> work{{&doc.root(), 0}};
    while (!work.empty()) {
        const auto [node, depth] = work.back();
        work.pop_back();
        if (depth > kMaxJsonSearchDepth) continue;
        if (node->kind == json::Kind::Array) {  // its elements in order: pushed last to first
            const std::size_t first = work.size();
            for (const json::Value& element : *node) work.push_back({&element, depth + 1});
            std::reverse(work.begin() + static_cast<std::ptrdiff_t>(first), work.end());
            continue;
        }
        if (node->kind != json::Kind::Object) continue;
        if (const json::Value* graph = node->find("@graph")) work.push_back({graph, depth + 1});
        if (!has_article_type(*node)) continue;
        std::string_view headline = string_member(*node, "headline");
        if (headline.empty()) headline = string_member(*node, "name");
        offer(headline_, decoded(headline), rank(kPriorityJsonLd));
        offer(published_, string_member(*node, "datePublished"), rank(kPriorityJsonLd));
        offer(description_, decoded(string_member(*node, "description")), rank(kPriorityJsonLd));
        if (const json::Value* a = node->find("author")) offer(author_, decoded(names_of(*a)), rank(kPriorityJsonLd));
        if (const json::Value* p = node->find("publisher")) offer(site_name_, decoded(names_of(*p)), rank(kPriorityJsonLd));
    }
}

void MetaCollector::time_element(const Token& t, bool in_article) {
    bool has = false;
    const std::string_view dt = t.attr("datetime", &has);
    if (!has) return;
    const std::string_view itemprop = t.attr("itemprop");
    if (t.has_attr("pubdate") || itemprop == "datePublished") offer(published_, dt, rank(kPriorityMeta));
    else if (in_article) offer(published_, dt, rank(kPriorityTimeElement));
}

void MetaCollector::lang_dir(std::string_view lang, std::string_view dir, bool is_root) {
    // <html lang dir> is authoritative; otherwise the first element that has one.
    const int priority = is_root ? kPriorityRootAttribute : kPriorityTimeElement;
    offer(lang_, lang, rank(priority));
    offer(dir_, dir, rank(priority));
}

PageMeta MetaCollector::result() const {
    PageMeta m;
    m.title = title_;
    m.headline = headline_.value;
    m.author = author_.value;
    m.published = published_.value;
    m.site_name = site_name_.value;
    m.description = description_.value;
    m.lang = lang_.value;
    m.dir = dir_.value;
    for (char& c : m.dir) c = lower(c);
    return m;
}

}  // namespace sift::html
