// json_reader.h: the strict JSON reader behind JSON-LD (html_meta.cpp) and
// options_from_json. It replaced nlohmann/json there and must answer as
// nlohmann did, so besides fixed cases every test here also runs nlohmann on
// the same input (the old code, kept below as the reference) and compares.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "html_entities.h"
#include "html_meta.h"
#include "json_output.h"
#include "json_reader.h"

namespace {

namespace jr = sift::json_reader;
using nlohmann::json;

bool ours_accepts(const std::string& text) {
    jr::Document doc;
    return doc.parse(text);
}
bool nlohmann_accepts(const std::string& text) {
    return !json::parse(text.begin(), text.end(), nullptr, false).is_discarded();
}

// The same tree: kinds, strings, integers, members (the last of a repeated
// name, as nlohmann keeps it) and elements in order.
bool same(const jr::Value& v, const json& j) {
    switch (v.kind) {
        case jr::Kind::Null: return j.is_null();
        case jr::Kind::Boolean: return j.is_boolean() && j.get<bool>() == v.boolean;
        case jr::Kind::Unsigned: return j.is_number_unsigned() && j.get<std::uint64_t>() == v.number;
        case jr::Kind::Integer:
            return j.is_number_integer() && !j.is_number_unsigned() && j.get<std::int64_t>() == static_cast<std::int64_t>(v.number);
        case jr::Kind::Float: return j.is_number_float();
        case jr::Kind::String: return j.is_string() && j.get_ref<const std::string&>() == v.text;
        case jr::Kind::Array: {
            if (!j.is_array()) return false;
            std::size_t n = 0;
            for (const jr::Value& e : v) {
                if (n >= j.size() || !same(e, j[n])) return false;
                ++n;
            }
            return n == j.size();
        }
        case jr::Kind::Object: {
            if (!j.is_object()) return false;
            std::vector<std::string_view> keys;
            for (const jr::Value& m : v) keys.push_back(m.key);
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            if (keys.size() != j.size()) return false;
            for (auto it = j.begin(); it != j.end(); ++it) {
                const jr::Value* m = v.find(it.key());
                if (m == nullptr || !same(*m, it.value())) return false;
            }
            return true;
        }
    }
    return false;
}

// Parses with both; both must accept or both refuse, and agree on the tree.
void check_against_nlohmann(const std::string& text) {
    INFO("text: " << text);
    jr::Document doc;
    const bool ours = doc.parse(text);
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    REQUIRE(ours == !j.is_discarded());
    if (ours) CHECK(same(doc.root(), j));
}

// ---- the old nlohmann-based code, as the reference -----------------------

sift::Options reference_options(std::string_view text, std::vector<std::string>& warnings) {
    using sift::InputKind;
    sift::Options o;
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

void check_options(const std::string& text) {
    INFO("options: " << text);
    std::vector<std::string> ours_w, ref_w;
    const sift::Options ours = sift::options_from_json(text, ours_w);
    const sift::Options ref = reference_options(text, ref_w);
    CHECK(ours_w == ref_w);
    CHECK(ours.input == ref.input);
    CHECK(ours.max_input_bytes == ref.max_input_bytes);
    CHECK(ours.explain == ref.explain);
    CHECK(ours.summary_sentences == ref.summary_sentences);
}

// MetaCollector::json_ld as it was with nlohmann (the checks before parsing,
// json_ld_body, and is_article_type are shared, not copied); only JSON-LD offers, so "first non-empty
// cleaned value" is what MetaCollector's priorities give.
struct LdMeta {
    std::string headline, author, published, site_name, description;
};

void ref_offer(std::string& field, std::string_view value) {
    if (!field.empty()) return;
    field = sift::html::clean_text(value);
}

bool ref_has_article_type(const json& obj) {
    const auto it = obj.find("@type");
    if (it == obj.end()) return false;
    if (it->is_string()) return sift::html::is_article_type(it->get_ref<const std::string&>());
    if (it->is_array())
        for (const json& t : *it)
            if (t.is_string() && sift::html::is_article_type(t.get_ref<const std::string&>())) return true;
    return false;
}
std::string_view ref_string_member(const json& obj, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return {};
    return it->get_ref<const std::string&>();
}
std::string ref_names_of(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object()) return std::string(ref_string_member(v, "name"));
    std::string out;
    if (v.is_array()) {
        for (const json& item : v) {
            const std::string one = item.is_array() ? std::string() : ref_names_of(item);
            if (one.empty()) continue;
            if (!out.empty()) out += ", ";
            out += one;
        }
    }
    return out;
}
LdMeta reference_json_ld(std::string_view script_text) {
    LdMeta m;
    const std::string_view body = sift::html::json_ld_body(script_text);  // the span, size and depth checks are shared
    if (body.empty()) return m;
    const json root = json::parse(body.begin(), body.end(), nullptr, false);
    if (root.is_discarded()) return m;
    const auto decoded = [](std::string_view s) {
        std::string out;
        sift::html::decode_entities(s, false, out);
        return out;
    };
    std::vector<std::pair<const json*, int>> work{{&root, 0}};
    while (!work.empty()) {
        const auto [node, depth] = work.back();
        work.pop_back();
        if (depth > 8) continue;
        if (node->is_array()) {
            for (auto it = node->rbegin(); it != node->rend(); ++it) work.push_back({&*it, depth + 1});
            continue;
        }
        if (!node->is_object()) continue;
        const auto graph = node->find("@graph");
        if (graph != node->end()) work.push_back({&*graph, depth + 1});
        if (!ref_has_article_type(*node)) continue;
        std::string_view headline = ref_string_member(*node, "headline");
        if (headline.empty()) headline = ref_string_member(*node, "name");
        ref_offer(m.headline, decoded(headline));
        ref_offer(m.published, ref_string_member(*node, "datePublished"));
        ref_offer(m.description, decoded(ref_string_member(*node, "description")));
        if (const auto a = node->find("author"); a != node->end()) ref_offer(m.author, decoded(ref_names_of(*a)));
        if (const auto p = node->find("publisher"); p != node->end()) ref_offer(m.site_name, decoded(ref_names_of(*p)));
    }
    return m;
}

LdMeta ours_json_ld(std::string_view script_text) {
    sift::html::MetaCollector c;
    c.json_ld(script_text);
    const sift::PageMeta p = c.result();
    return {p.headline, p.author, p.published, p.site_name, p.description};
}

void check_json_ld(const std::string& text) {
    INFO("JSON-LD: " << text);
    const LdMeta ours = ours_json_ld(text), ref = reference_json_ld(text);
    CHECK(ours.headline == ref.headline);
    CHECK(ours.author == ref.author);
    CHECK(ours.published == ref.published);
    CHECK(ours.site_name == ref.site_name);
    CHECK(ours.description == ref.description);
}

// ---- random documents -----------------------------------------------------

struct Gen {
    std::mt19937 rng;
    explicit Gen(unsigned seed) : rng(seed) {}
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
    bool chance(int percent) { return static_cast<int>(pick(100)) < percent; }

    std::string ws() {
        static const char* const kWs[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
        return kWs[pick(7)];
    }
    std::string string_literal() {
        static const char* const kStrings[] = {
            "\"Article\"", "\"NewsArticle\"", "\"BlogPosting\"", "\"WebPage\"", "\"Person\"", "\"Report\"",
            "\"Ann\"", "\"Bob &amp; Co\"", "\"\"", "\"  \"", "\"caf\\u00e9\"", "\"\\ud83d\\ude00 smile\"",
            "\"line\\nbreak\\t\\\"q\\\"\\\\ \\/\"", "\"\\u0000nul\"", "\"caf\xC3\xA9\"", "\"2021-05-06T07:08:09Z\"",
            "\"&lt;b&gt;bold&lt;/b&gt;\"", "\"\\u00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\xFF\"", "\"\xED\xA0\x80\"",
            "\"a\\u0041b\"", "\"\\uD834\\uDD1E\"", "\"\\uDBFF\\uDFFF\"", "\"\\ud800\\u0041\"",
        };
        return kStrings[pick(sizeof kStrings / sizeof *kStrings)];
    }
    std::string key() {
        static const char* const kKeys[] = {"\"@type\"", "\"@graph\"", "\"headline\"", "\"name\"", "\"datePublished\"",
                                            "\"description\"", "\"author\"", "\"publisher\"", "\"@context\"",
                                            "\"input\"", "\"maxInputBytes\"", "\"explain\"", "\"summarySentences\"",
                                            "\"x\"", "\"\"", "\"na\\u006de\"", "\"\\u0040type\""};
        return kKeys[pick(sizeof kKeys / sizeof *kKeys)];
    }
    std::string number() {
        static const char* const kNumbers[] = {
            "0", "-0", "1", "7", "20", "21", "-1", "1.0", "2.5", "1e3", "1E+2", "-2e-2", "0.0", "10",
            "18446744073709551615", "18446744073709551616", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "99999999999999999999999", "1e308", "1e309",
            "-1e400", "1e-400", "0e999999999999999999999", "01", "1.", ".5", "-", "+1", "1e", "1e+", "--1",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "1.79769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791999e308",
            "0.0000179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792e313",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        };
        return kNumbers[pick(sizeof kNumbers / sizeof *kNumbers)];
    }
    std::string value(int depth) {
        const std::size_t k = depth > 5 ? pick(6) : depth == 0 && chance(70) ? 6 + pick(3) : pick(9);
        if (k < 3) return string_literal();
        if (k == 3) return number();
        if (k == 4) { static const char* const kLit[] = {"true", "false", "null", "tru", "nul", "True"}; return kLit[pick(6)]; }
        if (k == 5) return string_literal();
        if (k == 6 || k == 7) {
            std::string s = "{" + ws();
            const std::size_t n = pick(5);
            for (std::size_t i = 0; i < n; ++i) {
                if (i) s += "," + ws();
                s += key() + ws() + ":" + ws() + value(depth + 1) + ws();
            }
            return s + "}";
        }
        std::string s = "[" + ws();
        const std::size_t n = pick(4);
        for (std::size_t i = 0; i < n; ++i) {
            if (i) s += "," + ws();
            s += value(depth + 1) + ws();
        }
        return s + "]";
    }
    // Sometimes broken: cut short, a byte changed, inserted or dropped.
    std::string mutate(std::string s) {
        const int what = static_cast<int>(pick(8));
        if (s.empty() || what >= 4) return s;
        const std::size_t at = pick(s.size());
        static const char kBytes[] = "{}[],:\"\\ 0-.eEtfnu\x01\x80\xC3\xFF";  // and the NUL ending it
        const char b = kBytes[pick(sizeof kBytes)];
        if (what == 0) s.resize(at);
        else if (what == 1) s[at] = b;
        else if (what == 2) s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), b);
        else s.erase(at, 1);
        return s;
    }
};

}  // namespace

TEST_CASE("json_reader: strings, escapes and surrogates", "[json_reader]") {
    struct Case { std::string in; std::string text; };
    const Case cases[] = {
        {R"("plain")", "plain"},
        {R"("")", ""},
        {R"("\" \\ \/ \b \f \n \r \t")", "\" \\ / \b \f \n \r \t"},
        {R"("caf\u00e9 \u00E9")", "caf\xC3\xA9 \xC3\xA9"},
        {R"("\u20AC")", "\xE2\x82\xAC"},
        {R"("\ud83d\ude00")", "\xF0\x9F\x98\x80"},
        {R"("\uDBFF\uDFFF")", "\xF4\x8F\xBF\xBF"},
        {R"("a\u0000b")", std::string("a\0b", 3)},
        {"\"caf\xC3\xA9 \xF0\x9F\x98\x80\"", "caf\xC3\xA9 \xF0\x9F\x98\x80"},
        {R"("x\ny" )", "x\ny"},
    };
    for (const Case& c : cases) {
        INFO(c.in);
        jr::Document doc;
        REQUIRE(doc.parse(c.in));
        CHECK(doc.root().kind == jr::Kind::String);
        CHECK(doc.root().text == c.text);
        check_against_nlohmann(c.in);
    }
    // Refused: lone or reversed surrogates, bad escapes, raw control bytes,
    // invalid UTF-8 (overlong, surrogate, above U+10FFFF, truncated, stray).
    const std::string refused[] = {
        R"("\ud800")", R"("\ud800x")", R"("\ud800\u0041")", R"("\ud800\ud800")", R"("\udc00")", R"("\ude00\ud83d")",
        R"("\u12")", R"("\u12G4")", R"("\x41")", R"("\a")", R"("\)", R"("abc)", "\"a\nb\"", "\"a\tb\"",
        std::string("\"a\0b\"", 5), "\"\xC0\xAF\"", "\"\xE0\x80\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
        "\"\xF5\x80\x80\x80\"", "\"\xC3\"", "\"\xE2\x82\"", "\"\x80\"", "\"\xFF\"",
    };
    for (const std::string& in : refused) {
        INFO(in);
        CHECK_FALSE(ours_accepts(in));
        CHECK_FALSE(nlohmann_accepts(in));
    }
    // A decoded string is a view into the document, valid while the text lives.
    jr::Document doc;
    const std::string text = R"({"a\u0062": "x\ty", "plain": "p", "k": ["\u00e9", "q"]})";
    REQUIRE(doc.parse(text));
    REQUIRE(doc.root().find("ab") != nullptr);
    CHECK(doc.root().find("ab")->text == "x\ty");
    CHECK(doc.root().find("plain")->text == "p");
    CHECK(doc.root().find("nope") == nullptr);
}

TEST_CASE("json_reader: structure, literals, trailing garbage", "[json_reader]") {
    const std::string accepted[] = {
        "{}", "[]", " [ ] ", "\xEF\xBB\xBF{}", "\xEF\xBB\xBF \"x\"", "0", "-0", "true", "false", "null", "\"s\"",
        "[1,2,[3,[4,{}]],{\"a\":[]}]", "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":{\"b\":[true,false,null]}}",
        " \t\r\n{\"k\" \n: \t\"v\" } \r\n",
        // nlohmann reads a NUL where a token is due as the end: what follows is ignored.
        std::string("{}\0", 3), std::string("{} \0 garbage", 13), std::string("[1]\0]", 5), std::string("7\0x", 3),
    };
    for (const std::string& in : accepted) {
        INFO(in);
        CHECK(ours_accepts(in));
        check_against_nlohmann(in);
    }
    const std::string refused[] = {
        "", " ", "{", "}", "[", "]", "[1,]", "[,1]", "[1 2]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,}", "{a:1}",
        "{'a':1}", "{\"a\":1}}", "[1]]", "[1] x", "{} {}", "1 2", "tru", "truex", "nulll", "True", "NaN", "Infinity",
        "01", "1.", ".5", "+1", "1e", "1e+", "-", "--1", "0x10", "[1,2", "{\"a\":1", "\xEF\xBB{}", "\xEF{}",
        "{}\xEF\xBB\xBF", " \xEF\xBB\xBF{}", std::string("\0{}", 3), std::string("[\0]", 3),
        std::string("[1,\0]", 5), std::string("{\"a\"\0:1}", 8), std::string("\"a\0\"", 4), "{}\f", "\f{}",
        "/* c */ {}", "{\"a\":1} // c", "[1e309]", "[-1e309]", "{\"a\":[1e400]}", "\xFF", "[\x80]",
    };
    for (const std::string& in : refused) {
        INFO(in);
        CHECK_FALSE(ours_accepts(in));
        CHECK_FALSE(nlohmann_accepts(in));
    }
}

TEST_CASE("json_reader: numbers classified as nlohmann does", "[json_reader]") {
    struct Case { const char* in; jr::Kind kind; std::uint64_t number; };
    const Case cases[] = {
        {"0", jr::Kind::Unsigned, 0},
        {"20", jr::Kind::Unsigned, 20},
        {"18446744073709551615", jr::Kind::Unsigned, UINT64_MAX},
        {"18446744073709551616", jr::Kind::Float, 0},
        {"-0", jr::Kind::Integer, 0},
        {"-5", jr::Kind::Integer, static_cast<std::uint64_t>(-5)},
        {"-9223372036854775808", jr::Kind::Integer, std::uint64_t{1} << 63},
        {"-9223372036854775809", jr::Kind::Float, 0},
        {"1.0", jr::Kind::Float, 0},
        {"1e3", jr::Kind::Float, 0},
        {"0.5e-400", jr::Kind::Float, 0},
        {"1e308", jr::Kind::Float, 0},
    };
    for (const Case& c : cases) {
        INFO(c.in);
        jr::Document doc;
        REQUIRE(doc.parse(c.in));
        CHECK(doc.root().kind == c.kind);
        if (c.kind != jr::Kind::Float) CHECK(doc.root().number == c.number);
        check_against_nlohmann(c.in);
    }
    // Around the overflow threshold 2^1024 - 2^970 (309 digits), written in many ways.
    const std::string t =
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887"
        "910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819"
        "860834936475292719074168444365510704342711559699508093042880177904174497792";
    REQUIRE(t.size() == 309);
    std::string below = t;
    below.back() = '1';
    const std::string forms[] = {
        t, below, t + ".0", below + ".999999999999", t.substr(0, 1) + "." + t.substr(1) + "e308",
        t.substr(0, 1) + "." + below.substr(1) + "9999e308", "0.000" + t + "e312", "0.000" + below + "e312",
        t.substr(0, 17) + "e292", t.substr(0, 17) + "0e291", "17976931348623157e292", "-" + t, "-" + below,
        t.substr(0, 200) + "." + t.substr(200), below.substr(0, 200) + "." + below.substr(200) + "e0",
        "1" + std::string(308, '0'), "1" + std::string(309, '0'), "0." + std::string(5000, '0') + "1e5309",
        "0." + std::string(5000, '0') + "1e5308", "1e99999999999999999999999", "1e-99999999999999999999999",
        "0e99999999999999999999999", "0.0e309", "100e306", "1000e306",
    };
    for (const std::string& f : forms) check_against_nlohmann("[" + f + "]");
}

TEST_CASE("json_reader: any depth without recursion, huge input", "[json_reader]") {
    // No depth cap (nlohmann has none either): a million levels parse, iteratively.
    const std::size_t n = 1000000;
    jr::Document doc;
    CHECK(doc.parse(std::string(n, '[') + std::string(n, ']')));
    CHECK(doc.root().size == n);
    CHECK_FALSE(doc.parse(std::string(n, '[') + std::string(n - 1, ']')));
    CHECK_FALSE(doc.parse(std::string(n, '{')));
    std::string objects;
    for (std::size_t i = 0; i < 100000; ++i) objects += "{\"a\":";
    objects += "1" + std::string(100000, '}');
    CHECK(doc.parse(objects));
    // A long flat array and a long string.
    std::string flat = "[";
    for (std::size_t i = 0; i < 200000; ++i) flat += i ? ",\"x\\n\"" : "\"x\\n\"";
    flat += "]";
    REQUIRE(doc.parse(flat));
    std::size_t count = 0;
    for (const jr::Value& e : doc.root()) count += e.text == "x\n";
    CHECK(count == 200000);
    const std::string big = "\"" + std::string(5000000, 'a') + "\\u00e9\"";
    REQUIRE(doc.parse(big));
    CHECK(doc.root().text.size() == 5000002);
}

TEST_CASE("json_reader: the same trees and verdicts as nlohmann on random documents", "[json_reader]") {
    Gen gen(20261129);
    int accepted = 0;
    for (int i = 0; i < 50000; ++i) {
        const std::string text = gen.mutate(gen.ws() + gen.value(0) + gen.ws());
        check_against_nlohmann(text);
        accepted += ours_accepts(text);
    }
    CHECK(accepted > 2000);  // the mix exercises both sides
    CHECK(accepted < 45000);
}

TEST_CASE("JSON-LD: shapes read as before", "[json_reader][html_meta]") {
    struct Case { const char* in; const char* headline; const char* author; const char* site; };
    const Case cases[] = {
        {R"({"@type":"NewsArticle","headline":"H","author":"Ann"})", "H", "Ann", ""},
        {R"({"@type":["Thing","BlogPosting"],"name":"N","author":{"@type":"Person","name":"Ann"}})", "N", "Ann", ""},
        {R"({"@type":"Article","headline":"","name":"Fallback","author":[{"name":"Ann"},"Bob",["x"],7,{"name":7}]})", "Fallback", "Ann, Bob", ""},
        {R"({"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Article","headline":"G","publisher":{"name":"Pub"}}]})", "G", "", "Pub"},
        {R"([{"@type":"WebPage","name":"W"},{"@type":"ReportageNewsArticle","headline":"R &amp; S"}])", "R & S", "", ""},
        {R"(<!-- {"@type":"Article","headline":"Wrapped"} -->)", "Wrapped", "", ""},
        {R"({"@type":"Article","headline":"First","headline":"Last"})", "Last", "", ""},
        {R"({"@type":"Article","headline":"caf\u00e9 \ud83d\ude00"})", "caf\xC3\xA9 \xF0\x9F\x98\x80", "", ""},
        {R"({"@type":"Article","headline":"lone \ud800"})", "", "", ""},
        {R"({"@type":"Article","headline":"H","x":1e999})", "", "", ""},
        {R"({"@type":"Article","headline":"H"} trailing {"x":1})", "", "", ""},
        {R"({"@type":{"0":"Article"},"headline":"H"})", "", "", ""},
        {R"({"mainEntity":{"@type":"Article","headline":"not searched"}})", "", "", ""},
    };
    for (const Case& c : cases) {
        INFO(c.in);
        const LdMeta m = ours_json_ld(c.in);
        CHECK(m.headline == c.headline);
        CHECK(m.author == c.author);
        CHECK(m.site_name == c.site);
        check_json_ld(c.in);
    }
    // Deep @graph / array nesting: the search stops at depth 8, parsing at 64 levels.
    std::string deep = R"({"@type":"Article","headline":"Top"})";
    for (int i = 0; i < 70; ++i) deep = "[" + deep + "]";
    check_json_ld(deep);
    // A top-level Article with a deeply nested sibling value: read up to 64
    // levels of nesting, refused whole beyond.
    const auto with_nested = [](int levels) {
        return R"({"@type":"Article","headline":"Top","x":)" + std::string(levels, '[') + std::string(levels, ']') + "}";
    };
    CHECK(ours_json_ld(with_nested(63)).headline == "Top");
    CHECK(ours_json_ld(with_nested(65)).headline.empty());
    Gen gen(7);
    for (int i = 0; i < 5000; ++i) check_json_ld(gen.mutate(gen.value(0)));
}

TEST_CASE("options_from_json: the same options and warnings as with nlohmann", "[json_reader][json]") {
    const std::string fixed[] = {
        "", " ", "{}", "[]", "null", "\"html\"", "{", "{not json", "\xEF\xBB\xBF{\"input\":\"html\"}",
        R"({"input":"html","maxInputBytes":1000,"explain":true,"summarySentences":3})",
        R"({"input":"pdf","maxInputBytes":-1,"colour":"red"})",
        R"({"zeta":1,"alpha":2,"input":5,"Input":"text","explain":"yes","summarySentences":"3"})",
        R"({"input":"text","input":"html"})", R"({"input":"bad","input":"html"})", R"({"input":"html","input":"bad"})",
        R"({"maxInputBytes":0})", R"({"maxInputBytes":1})", R"({"maxInputBytes":1.0})", R"({"maxInputBytes":1e3})",
        R"({"maxInputBytes":-0})", R"({"maxInputBytes":18446744073709551615})", R"({"maxInputBytes":18446744073709551616})",
        R"({"maxInputBytes":4294967296})", R"({"maxInputBytes":1e400})", R"({"maxInputBytes":"10"})",
        R"({"summarySentences":0})", R"({"summarySentences":-0})", R"({"summarySentences":20})", R"({"summarySentences":21})",
        R"({"summarySentences":-1})", R"({"summarySentences":2.5})", R"({"summarySentences":2.0})",
        R"({"summarySentences":9223372036854775808})", R"({"summarySentences":18446744073709551615})",
        R"({"summarySentences":18446744073709551636})", R"({"summarySentences":-9223372036854775808})",
        R"({"summarySentences":99999999999999999999999})", R"({"summarySentences":null})",
        R"({"explain":false,"explain":true})", R"({"explain":1})", R"({"explain":null})",
        R"({"inp\u0075t":"t\u0065xt"})", R"({"\u00e9":1,"z":2,"a":3,"":4})", "{\"\xC3\xA9\":1,\"\x7F\":2}",
        R"({"input":"\ud800"})", "{\"input\":\"\xFF\"}", R"({"a\u0000b":1})", R"({"input":[[[[]]]]})",
        R"({"input":"html"} x)", R"({"input":"html",})",
    };
    for (const std::string& f : fixed) check_options(f);
    check_options("{\"input\":" + std::string(100000, '[') + std::string(100000, ']') + "}");
    check_options(std::string(100000, '[') + std::string(100000, ']'));
    Gen gen(11);
    for (int i = 0; i < 5000; ++i) {
        std::string s = "{";
        const std::size_t n = gen.pick(6);
        for (std::size_t k = 0; k < n; ++k) s += (k ? "," : "") + gen.key() + ":" + gen.value(3);
        check_options(gen.mutate(s + "}"));
    }
}
