// json_reader.cpp — see json_reader.h. One pass over the text, a loop with an
// explicit stack of the open arrays and objects instead of recursion.
#include "json_reader.h"

#include <cstdint>

#include "utf8.h"

namespace sift::json_reader {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// 2^1024 - 2^970, the least number a correctly rounding strtod (glibc's,
// musl's) turns into infinity: half-way between DBL_MAX and 2^1024, where ties
// go to the even 2^1024. nlohmann/json refuses a document with such a number
// ("number overflow"), so this reader does too. 309 digits.
constexpr char kOverflowDigits[] =
    "17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709633028641"
    "66928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757302700698555713669"
    "59622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
constexpr std::size_t kOverflowLength = sizeof kOverflowDigits - 1;
static_assert(kOverflowLength == 309);

struct Reader {
    std::string_view s;
    std::string& decoded;
    std::size_t i = 0;

    bool at(char c) const { return i < s.size() && s[i] == c; }
    void skip_ws() {
        while (i < s.size() && is_ws(s[i])) ++i;
    }
    bool literal(std::string_view word) {
        if (s.substr(i, word.size()) != word) return false;
        i += word.size();
        return true;
    }
    // Four hex digits of a \u escape; -1 if they are not.
    long hex4() {
        if (s.size() - i < 4) return -1;
        long v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s[i++];
            int d;
            if (is_digit(c)) d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else return -1;
            v = v * 16 + d;
        }
        return v;
    }
    bool string(std::string_view& out);
    bool number(Value& v);
    bool finite(std::size_t int_start, std::size_t int_end, std::size_t frac_start, std::size_t frac_end,
                std::int64_t exponent) const;
};

// s[i] is the opening quote. A string without escapes is a view of the text;
// one with escapes is decoded into `decoded`, reserved to the text's size the
// first time: strings never grow by decoding, so it never moves and views into
// it stay valid.
bool Reader::string(std::string_view& out) {
    const std::size_t start = ++i;
    std::size_t decoded_start = std::string::npos;  // where this string begins in `decoded`, once it has an escape
    for (;;) {
        const std::size_t run = i;
        while (i < s.size()) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
            ++i;
        }
        if (i >= s.size()) return false;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20) return false;  // control characters must be escaped
        if (c >= 0x80) {
            const std::size_t n = utf8::strict_sequence_length(s, i);
            if (n == 0) return false;
            i += n;
        }
        if (decoded_start != std::string::npos) decoded.append(s.data() + run, i - run);
        if (c == '"') {
            out = decoded_start == std::string::npos ? s.substr(start, i - start)
                                                     : std::string_view(decoded).substr(decoded_start);
            ++i;
            return true;
        }
        if (c != '\\') continue;
        if (decoded_start == std::string::npos) {
            if (decoded.capacity() < s.size()) decoded.reserve(s.size());
            decoded_start = decoded.size();
            decoded.append(s.data() + start, i - start);
        }
        if (++i >= s.size()) return false;  // a backslash
        switch (s[i++]) {
            case '"': decoded += '"'; break;
            case '\\': decoded += '\\'; break;
            case '/': decoded += '/'; break;
            case 'b': decoded += '\b'; break;
            case 'f': decoded += '\f'; break;
            case 'n': decoded += '\n'; break;
            case 'r': decoded += '\r'; break;
            case 't': decoded += '\t'; break;
            case 'u': {
                long cp = hex4();
                if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;  // a low surrogate first
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: the low one must follow
                    if (!literal("\\u")) return false;
                    const long low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                utf8::append(decoded, static_cast<char32_t>(cp));
                break;
            }
            default: return false;
        }
    }
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, classified as nlohmann/json
// does: an integer that fits uint64 (no sign) or int64 (with '-') is one,
// anything else is a float, and a float must be finite as a double.
bool Reader::number(Value& v) {
    const bool negative = at('-');
    if (negative) ++i;
    const std::size_t int_start = i;
    if (!(i < s.size() && is_digit(s[i]))) return false;
    if (s[i] == '0') ++i;
    else while (i < s.size() && is_digit(s[i])) ++i;
    const std::size_t int_end = i;
    std::size_t frac_start = i, frac_end = i;
    bool is_float = false;
    if (at('.')) {
        frac_start = ++i;
        if (!(i < s.size() && is_digit(s[i]))) return false;
        while (i < s.size() && is_digit(s[i])) ++i;
        frac_end = i;
        is_float = true;
    }
    std::int64_t exponent = 0;
    if (at('e') || at('E')) {
        is_float = true;
        ++i;
        const bool exponent_negative = at('-');
        if (exponent_negative || at('+')) ++i;
        if (!(i < s.size() && is_digit(s[i]))) return false;
        for (; i < s.size() && is_digit(s[i]); ++i)
            if (exponent < 1000000000000000) exponent = exponent * 10 + (s[i] - '0');  // past any digit count
        if (exponent_negative) exponent = -exponent;
    }
    if (!is_float) {
        std::uint64_t value = 0;
        bool fits = true;
        for (std::size_t k = int_start; k < int_end && fits; ++k) {
            const unsigned d = static_cast<unsigned>(s[k] - '0');
            fits = value <= (UINT64_MAX - d) / 10;
            value = value * 10 + d;
        }
        if (fits && !negative) {
            v.kind = Kind::Unsigned;
            v.number = value;
            return true;
        }
        if (fits && value <= (std::uint64_t{1} << 63)) {
            v.kind = Kind::Integer;
            v.number = 0 - value;
            return true;
        }
    }
    v.kind = Kind::Float;
    return finite(int_start, int_end, frac_start, frac_end, exponent);
}

// Whether the digits (integer part, fraction) times 10^exponent stay below
// kOverflowDigits, i.e. round to a finite double.
bool Reader::finite(std::size_t int_start, std::size_t int_end, std::size_t frac_start, std::size_t frac_end,
                    std::int64_t exponent) const {
    std::size_t p = int_start;
    const auto next_digit = [&]() -> char {  // '\0' past the last
        if (p == int_end) p = frac_start;
        return p < frac_end ? s[p++] : '\0';
    };
    // The value is 0.DDD... x 10^magnitude with a non-zero first D.
    std::int64_t magnitude = static_cast<std::int64_t>(int_end - int_start) + exponent;
    char d = next_digit();
    while (d == '0') {
        --magnitude;
        d = next_digit();
    }
    if (d == '\0') return true;  // zero
    if (magnitude != static_cast<std::int64_t>(kOverflowLength)) return magnitude < static_cast<std::int64_t>(kOverflowLength);
    for (std::size_t k = 0; k < kOverflowLength; ++k) {
        const char mine = d == '\0' ? '0' : d;
        if (mine != kOverflowDigits[k]) return mine < kOverflowDigits[k];
        if (d != '\0') d = next_digit();
    }
    return false;  // at least the threshold
}

}  // namespace

const Value* Value::find(std::string_view name) const {
    const Value* found = nullptr;
    if (kind == Kind::Object)
        for (const Value& member : *this)
            if (member.key == name) found = &member;
    return found;
}

bool Document::parse(std::string_view text) {
    values_.clear();
    decoded_.clear();
    if (read(text)) return true;
    values_.clear();
    return false;
}

// parse() without the clean-up on failure.
bool Document::read(std::string_view text) {
    std::vector<Value>& out = values_;
    Reader r{text, decoded_};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") r.i = 3;  // a byte order mark, skipped as nlohmann/json does
    std::vector<std::size_t> open;  // indices of the arrays and objects being read, innermost last
    std::string_view key;
    for (;;) {
        // A value (a member's, after its key).
        r.skip_ws();
        if (r.i >= text.size()) return false;
        out.emplace_back();
        Value& v = out.back();
        v.key = key;
        key = {};
        bool opened = false;
        switch (text[r.i]) {
            case '{':
            case '[':
                v.kind = text[r.i] == '{' ? Kind::Object : Kind::Array;
                ++r.i;
                open.push_back(out.size() - 1);
                opened = true;
                break;
            case '"':
                v.kind = Kind::String;
                if (!r.string(v.text)) return false;
                break;
            case 't':
            case 'f':
                v.kind = Kind::Boolean;
                v.boolean = text[r.i] == 't';
                if (!r.literal(v.boolean ? "true" : "false")) return false;
                break;
            case 'n':
                if (!r.literal("null")) return false;
                break;
            default:
                if (!r.number(v)) return false;
        }
        // Close what ends here, then move to the next value, or to the end.
        for (;;) {
            r.skip_ws();
            if (open.empty()) {
                // Nothing may follow, but nlohmann/json takes a NUL byte where a
                // token is due for the end of the input (as in a C string), so
                // what follows one is ignored there, and here.
                return r.i == text.size() || text[r.i] == '\0';
            }
            Value& container = out[open.back()];
            if (r.at(container.kind == Kind::Object ? '}' : ']')) {
                ++r.i;
                container.size = out.size() - open.back();
                open.pop_back();
                opened = false;
                continue;
            }
            if (!opened) {
                if (!r.at(',')) return false;
                ++r.i;
                r.skip_ws();
            }
            if (container.kind == Kind::Object) {
                if (!r.at('"') || !r.string(key)) return false;
                r.skip_ws();
                if (!r.at(':')) return false;
                ++r.i;
            }
            break;
        }
    }
}

}  // namespace sift::json_reader
