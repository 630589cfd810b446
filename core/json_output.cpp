// json_output.cpp — Article <-> the schema-1 JSON boundary (see json_output.h).
// nlohmann/json is used here and nowhere else in the stages.
#include "json_output.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "decimal.h"
#include "feature_bytes.h"

namespace sift {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

ordered or_null(const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

// Length of the strictly valid UTF-8 sequence (no overlongs, no surrogates,
// nothing above U+10FFFF: exactly what nlohmann's decoder accepts) that
// starts with the non-ASCII byte s[i], or 0 if there is none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const unsigned char b0 = static_cast<unsigned char>(s[i]);
    std::size_t extra;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) extra = 1;
    else if (b0 == 0xE0) { extra = 2; lo = 0xA0; }
    else if (b0 >= 0xE1 && b0 <= 0xEC) extra = 2;
    else if (b0 == 0xED) { extra = 2; hi = 0x9F; }
    else if (b0 >= 0xEE && b0 <= 0xEF) extra = 2;
    else if (b0 == 0xF0) { extra = 3; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) extra = 3;
    else if (b0 == 0xF4) { extra = 3; hi = 0x8F; }
    else return 0;
    if (i + extra >= s.size()) return 0;  // truncated sequence
    const unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lo || b1 > hi) return 0;
    for (std::size_t k = 2; k <= extra; ++k) {
        const unsigned char b = static_cast<unsigned char>(s[i + k]);
        if (b < 0x80 || b > 0xBF) return 0;
    }
    return extra + 1;
}

// 0x80 in the lanes of x that JSON escapes: controls below 0x20, '"' and '\\'.
// (A lane below 0x20 has its high bit clear and stays below 0x80 when 0x60
// is added; no sum carries into the next lane.)
std::uint64_t escaped_lanes(std::uint64_t x) {
    using bytes::kHigh, bytes::kOnes;
    const std::uint64_t control = ~(((x & ~kHigh) + (0x80 - 0x20) * kOnes) | x) & kHigh;
    return control | bytes::lanes_equal(x, '"') | bytes::lanes_equal(x, '\\');
}

// Compact JSON writer producing the same bytes as nlohmann's dump(-1, ' ',
// ensure_ascii = false) for valid UTF-8: '"' and '\\' escaped, \b \f \n \r \t
// by name, other controls below 0x20 as \u00xx (lower-case hex), everything
// else (DEL, '/', non-ASCII) as is.
class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}
    // Escapes and checks the UTF-8 in one pass. The stages only hand over
    // valid UTF-8; should a byte that is not slip through, it is written as
    // U+FFFD, as nlohmann's `replace` handler does, so the document stays
    // valid JSON without the library's serialiser in the wasm bundle.
    void string(std::string_view s) {
        out_ += '"';
        std::size_t run = 0;  // start of the pending unescaped run
        for (std::size_t i = 0; i < s.size();) {
            if (i + 8 <= s.size()) {
                const std::uint64_t x = bytes::load8(s, i);
                if (((x & bytes::kHigh) | escaped_lanes(x)) == 0) { i += 8; continue; }  // eight plain ASCII bytes
            }
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {
                const std::size_t length = utf8_sequence_length(s, i);
                if (length == 0) {
                    out_.append(s.data() + run, i - run);
                    out_ += "\xEF\xBF\xBD";
                    run = ++i;
                    continue;
                }
                i += length;
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\') { ++i; continue; }
            out_.append(s.data() + run, i - run);
            run = ++i;
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case 0x08: out_ += "\\b"; break;
                case 0x0C: out_ += "\\f"; break;
                case 0x0A: out_ += "\\n"; break;
                case 0x0D: out_ += "\\r"; break;
                case 0x09: out_ += "\\t"; break;
                default: {
                    static constexpr char kHex[] = "0123456789abcdef";
                    out_ += "\\u00";
                    out_ += kHex[c >> 4];
                    out_ += kHex[c & 0xF];
                }
            }
        }
        out_.append(s.data() + run, s.size() - run);
        out_ += '"';
    }
    void string_or_null(const std::string& s) { if (s.empty()) out_ += "null"; else string(s); }
    template <typename Int>
    void integer(Int v) { append_decimal(out_, static_cast<long long>(v)); }
    void boolean(bool v) { out_ += v ? "true" : "false"; }
    void key(std::string_view k) {  // keys are ASCII literals: no escaping needed
        comma();
        out_ += '"';
        out_ += k;
        out_ += "\":";
    }
    void raw(std::string_view r) { out_ += r; }
    // Separators: call before each array element / object key.
    void comma() {
        if (!first_) out_ += ',';
        first_ = false;
    }
    void open(char c) { out_ += c; first_ = true; }
    void close(char c) { out_ += c; first_ = false; }
    // "key":[{…},{…}]: one object per item, its fields written by each(item).
    template <class Items, class Each>
    void object_array(std::string_view k, const Items& items, Each each) {
        key(k);
        open('[');
        for (const auto& item : items) {
            comma();
            open('{');
            each(item);
            close('}');
        }
        close(']');
    }
    void string_array(const std::vector<std::string>& items) {
        open('[');
        for (const std::string& x : items) { comma(); string(x); }
        close(']');
    }

private:
    std::string& out_;
    bool first_ = true;
};

std::string article_to_json_nlohmann(const Article& a, bool pretty);

// The compact document, written directly.
void write_compact(const Article& a, std::string& out) {
    std::size_t estimate = 512;
    for (const BodyBlock& b : a.body) estimate += b.text.size() + 32;
    for (const RemovedBlock& r : a.removed) estimate += r.text.size() + r.rule.size() + 64;
    for (const OutlineEntry& o : a.outline) estimate += o.text.size() + o.id.size() + 48;
    for (const SummaryItem& item : a.summary) estimate += item.text.size() + 32;
    for (const std::string& k : a.keywords) estimate += k.size() + 4;
    for (const Explanation& e : a.explain) estimate += e.text.size() + e.features.size() + e.rule.size() + 64;
    out.reserve(estimate);
    Writer w(out);
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
        w.key("type"); w.string(body_type_name(b.type));
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
        w.key("rule"); w.string(r.rule);
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

}  // namespace

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
