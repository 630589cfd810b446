// json_output.cpp — Article <-> the schema-1 JSON boundary (see json_output.h).
// nlohmann/json is used here and nowhere else in the stages.
#include "json_output.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <string_view>
#include <vector>

#include "classify_why.h"
#include "json_reader.h"
#include "json_writer.h"

namespace sift {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

ordered or_null(const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

std::string article_to_json_nlohmann(const Article& a, bool pretty);

// A body block's type as written, quotes and all (body_type_name quoted):
// the names are fixed ASCII, so they need no escape test, nor a length count.
struct QuotedTypeName {
    char bytes[8];
    std::size_t size;
};
QuotedTypeName quoted_type_name(BodyType t) {
    switch (t) {
        case BodyType::Paragraph: return {"\"p\"", 3};
        case BodyType::H2: return {"\"h2\"", 4};
        case BodyType::H3: return {"\"h3\"", 4};
        case BodyType::H4: return {"\"h4\"", 4};
        case BodyType::ListItem: return {"\"li\"", 4};
        case BodyType::Quote: return {"\"quote\"", 7};
        case BodyType::Pre: return {"\"pre\"", 5};
    }
    return {"\"p\"", 3};
}

// Room reserved for a removed block's rule: most are fixed names shorter than this.
constexpr std::size_t kRuleEstimate = 32;

// The compact document, written directly.
void write_compact(const Article& a, std::string& out) {
    std::size_t estimate = 512;
    for (const BodyBlock& b : a.body) estimate += b.text.size() + 32;
    for (const RemovedBlock& r : a.removed) estimate += r.text.size() + kRuleEstimate + 64;
    for (const OutlineEntry& o : a.outline) estimate += o.text.size() + o.id.size() + 48;
    for (const SummaryItem& item : a.summary) estimate += item.text.size() + 32;
    for (const std::string& k : a.keywords) estimate += k.size() + 4;
    for (const Explanation& e : a.explain) estimate += e.text.size() + e.features.size() + e.rule.size() + 64;
    out.reserve(estimate);
    JsonWriter w(out);  // appends what it still holds to `out` when it goes out of scope
    w.open('{');
    w.key("schema"); w.integer(kSchemaVersion);
    w.key("ok"); w.boolean(a.ok);
    w.key("error");
    if (a.ok) {
        w.raw("null");
    } else {
        w.open('{');
        w.key("code"); w.string(a.error.code);
        w.key("message"); w.string(a.error.message);
        w.close('}');
    }
    w.key("title"); w.string(a.title);
    w.key("byline"); w.string_or_null(a.byline);
    w.key("source"); w.string_or_null(a.source);
    w.key("site_name"); w.string_or_null(a.site_name);
    w.key("published"); w.string_or_null(a.published);
    w.key("editor"); w.string_or_null(a.editor);
    w.key("lang"); w.string(a.lang);
    w.key("dir"); w.string(a.dir);
    w.key("input"); w.string(a.input_kind);
    w.key("excerpt"); w.string_or_null(a.excerpt);
    w.object_array("body", a.body, [&](const BodyBlock& b) {
        const QuotedTypeName type = quoted_type_name(b.type);
        w.key("type"); w.short_piece(type.bytes, type.size);
        w.key("text"); w.string(b.text);
    });
    w.object_array("outline", a.outline, [&](const OutlineEntry& o) {
        w.key("level"); w.integer(o.level);
        w.key("text"); w.string(o.text);
        w.key("block"); w.integer(o.block);
        w.key("id"); w.string(o.id);
    });
    w.object_array("summary", a.summary, [&](const SummaryItem& item) {
        w.key("text"); w.string(item.text);
        w.key("block"); w.integer(item.block);
    });
    w.key("keywords"); w.string_array(a.keywords);
    w.key("stats");
    w.open('{');
    w.key("units"); w.integer(a.stats.units);
    w.key("sentences"); w.integer(a.stats.sentences);
    w.key("reading_minutes"); w.integer(a.stats.reading_minutes);
    w.close('}');
    w.object_array("removed", a.removed, [&](const RemovedBlock& r) {
        w.key("text"); w.string(r.text);
        w.key("label"); w.string(r.label);
        w.key("rule");
        spell_rule(rule_parts(r.rule), [&](std::string_view rule) { w.string(rule); });
        w.key("after"); w.integer(r.after);
    });
    w.key("warnings"); w.string_array(a.warnings);
    if (!a.explain.empty()) {
        w.object_array("explain", a.explain, [&](const Explanation& e) {
            w.key("text"); w.string(e.text);
            w.key("features"); w.string(e.features);
            w.key("label"); w.string(e.label);
            w.key("rule"); w.string(e.rule);
        });
    }
    w.close('}');
}

}  // namespace

std::string article_to_compact_json(const Article& a) {
    std::string out;
    write_compact(a, out);
    return out;
}

std::string article_to_json(const Article& a, bool pretty) {
    return pretty ? article_to_json_nlohmann(a, true) : article_to_compact_json(a);
}

namespace {

// The pretty form (CLI --pretty), through nlohmann/json.
std::string article_to_json_nlohmann(const Article& a, bool pretty) {
    ordered j;
    j["schema"] = kSchemaVersion;
    j["ok"] = a.ok;
    j["error"] = a.ok ? ordered(nullptr) : ordered{{"code", a.error.code}, {"message", a.error.message}};
    j["title"] = a.title;
    j["byline"] = or_null(a.byline);
    j["source"] = or_null(a.source);
    j["site_name"] = or_null(a.site_name);
    j["published"] = or_null(a.published);
    j["editor"] = or_null(a.editor);
    j["lang"] = a.lang;
    j["dir"] = a.dir;
    j["input"] = a.input_kind;
    j["excerpt"] = or_null(a.excerpt);
    ordered body = ordered::array();
    for (const BodyBlock& b : a.body) body.push_back({{"type", body_type_name(b.type)}, {"text", b.text}});
    j["body"] = std::move(body);
    ordered outline = ordered::array();
    for (const OutlineEntry& o : a.outline)
        outline.push_back({{"level", o.level}, {"text", o.text}, {"block", o.block}, {"id", o.id}});
    j["outline"] = std::move(outline);
    ordered summary = ordered::array();
    for (const SummaryItem& s : a.summary) summary.push_back({{"text", s.text}, {"block", s.block}});
    j["summary"] = std::move(summary);
    j["keywords"] = a.keywords;
    j["stats"] = {{"units", a.stats.units}, {"sentences", a.stats.sentences}, {"reading_minutes", a.stats.reading_minutes}};
    ordered removed = ordered::array();
    for (const RemovedBlock& r : a.removed)
        removed.push_back({{"text", r.text}, {"label", r.label}, {"rule", r.rule.text()}, {"after", r.after}});
    j["removed"] = std::move(removed);
    j["warnings"] = a.warnings;
    if (!a.explain.empty()) {
        ordered explain = ordered::array();
        for (const Explanation& e : a.explain)
            explain.push_back({{"text", e.text}, {"features", e.features}, {"label", e.label}, {"rule", e.rule}});
        j["explain"] = std::move(explain);
    }
    // Strings are valid UTF-8 by construction; `replace` is a belt for the braces.
    return j.dump(pretty ? 1 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

// Read with json_reader.h, not nlohmann/json: the wasm calls this, and the
// writer above, which it does not call, is then the only user of nlohmann's
// code (the parser, strtod and printf stay out of the wasm). Same answers as
// when this used nlohmann: members are taken in nlohmann's (std::map) order,
// by name, with the last of a repeated name winning; "maxInputBytes" must be
// an unsigned integer (not "1.0", "1e3" or "-0"), "summarySentences" any
// integer (so "-0" too) from 0 to 20.
Options options_from_json(std::string_view text, std::vector<std::string>& warnings) {
    Options o;
    if (text.empty()) return o;
    json_reader::Document doc;
    if (!doc.parse(text) || doc.root().kind != json_reader::Kind::Object) {
        warnings.push_back("options are not a JSON object; defaults used");
        return o;
    }
    std::vector<const json_reader::Value*> members;
    for (const json_reader::Value& m : doc.root()) members.push_back(&m);
    std::sort(members.begin(), members.end(), [](const json_reader::Value* a, const json_reader::Value* b) {
        return a->key != b->key ? a->key < b->key : a < b;  // repeats in document order
    });
    for (std::size_t k = 0; k < members.size(); ++k) {
        if (k + 1 < members.size() && members[k + 1]->key == members[k]->key) continue;  // a later one wins
        const std::string_view key = members[k]->key;
        const json_reader::Value& v = *members[k];
        if (key == "input") {
            const std::string_view s = v.kind == json_reader::Kind::String ? v.text : "";
            if (s == "auto") o.input = InputKind::Auto;
            else if (s == "text") o.input = InputKind::Text;
            else if (s == "html") o.input = InputKind::Html;
            else warnings.push_back("options.input must be \"auto\", \"text\" or \"html\"");
        } else if (key == "maxInputBytes") {
            if (v.kind == json_reader::Kind::Unsigned && v.number > 0) o.max_input_bytes = static_cast<std::size_t>(std::min<std::uint64_t>(v.number, SIZE_MAX));
            else warnings.push_back("options.maxInputBytes must be a positive integer");
        } else if (key == "explain") {
            if (v.kind == json_reader::Kind::Boolean) o.explain = v.boolean;
            else warnings.push_back("options.explain must be true or false");
        } else if (key == "summarySentences") {
            const auto n = static_cast<std::int64_t>(v.number);  // nlohmann's get<std::int64_t>() of an unsigned too
            if ((v.kind == json_reader::Kind::Unsigned || v.kind == json_reader::Kind::Integer) && n >= 0 && n <= 20) o.summary_sentences = static_cast<int>(n);
            else warnings.push_back("options.summarySentences must be an integer from 0 to 20");
        } else {
            warnings.push_back("unknown option \"" + std::string(key) + "\" ignored");
        }
    }
    return o;
}

}  // namespace sift
