// json_output.cpp — Article <-> the schema-1 JSON boundary (see json_output.h).
// nlohmann/json is used here and nowhere else in the stages.
#include "json_output.h"

#include <nlohmann/json.hpp>

namespace sift {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

ordered or_null(const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

}  // namespace

std::string article_to_json(const Article& a, bool pretty) {
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
        removed.push_back({{"text", r.text}, {"label", r.label}, {"rule", r.rule}, {"after", r.after}});
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

Options options_from_json(std::string_view text, std::vector<std::string>& warnings) {
    Options o;
    if (text.empty()) return o;
    const json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        warnings.push_back("options are not a JSON object; defaults used");
        return o;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const json& v = it.value();
        if (key == "input") {
            const std::string s = v.is_string() ? v.get<std::string>() : "";
            if (s == "auto") o.input = InputKind::Auto;
            else if (s == "text") o.input = InputKind::Text;
            else if (s == "html") o.input = InputKind::Html;
            else warnings.push_back("options.input must be \"auto\", \"text\" or \"html\"");
        } else if (key == "maxInputBytes") {
            if (v.is_number_unsigned() && v.get<std::uint64_t>() > 0) o.max_input_bytes = static_cast<std::size_t>(std::min<std::uint64_t>(v.get<std::uint64_t>(), SIZE_MAX));
            else warnings.push_back("options.maxInputBytes must be a positive integer");
        } else if (key == "explain") {
            if (v.is_boolean()) o.explain = v.get<bool>();
            else warnings.push_back("options.explain must be true or false");
        } else if (key == "summarySentences") {
            if (v.is_number_integer() && v.get<std::int64_t>() >= 0 && v.get<std::int64_t>() <= 20) o.summary_sentences = static_cast<int>(v.get<std::int64_t>());
            else warnings.push_back("options.summarySentences must be an integer from 0 to 20");
        } else {
            warnings.push_back("unknown option \"" + key + "\" ignored");
        }
    }
    return o;
}

}  // namespace sift
