// sift.h — the one public entry point of the Sift core.
//
// Input: the bytes a user pasted (text/plain and, optionally, text/html).
// Output: an Article (title, metadata, body blocks, outline, summary) or an
// error, always in one shape. No exceptions cross this boundary; the JSON
// form of the result lives in json_output.h, used by the CLI and the wasm
// bindings alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "classify_reason.h"  // Why: the classifier's evidence a removed block's rule names

namespace sift {

inline constexpr const char* kVersion = "0.1.0";
inline constexpr int kSchemaVersion = 1;

// Largest paste we accept by default: 32 MiB covers any real page many times
// over, while keeping worst-case memory in a browser tab bounded.
inline constexpr std::size_t kDefaultMaxInputBytes = 32u << 20;

enum class InputKind { Auto, Text, Html };

struct Options {
    InputKind input = InputKind::Auto;
    std::size_t max_input_bytes = kDefaultMaxInputBytes;
    bool explain = false;       // keep per-block decisions for `--explain`
    int summary_sentences = 0;  // 0 = choose from the article's length
};

enum class BodyType { Paragraph, H2, H3, H4, ListItem, Quote, Pre };
const char* body_type_name(BodyType t);

struct BodyBlock {
    BodyType type = BodyType::Paragraph;
    std::string text;
};

struct OutlineEntry {
    int level = 2;
    std::string text;
    int block = 0;    // index into Article::body
    std::string id;   // stable anchor slug
};

struct SummaryItem {
    std::string text;
    int block = 0;    // index into Article::body
};

struct Stats {
    std::size_t units = 0;       // Latin words + CJK characters
    std::size_t sentences = 0;
    int reading_minutes = 0;
};

// One line of `--explain`: what a block looked like and why it was labelled so.
struct Explanation {
    std::string text;       // the block, shortened
    std::string features;   // compact feature summary
    std::string label;
    std::string rule;
};

// The rule that decided a removed block, e.g. "main-region(short+dated)",
// kept as its pieces and spelled out only when written (text(), or on the
// stack by the JSON writer): a string per removed block cost a heap
// allocation and its free for most of them, though few pastes are written
// with their rules read.
struct RemovedRule {
    const char* prefix = "";   // static text: the whole rule, or what precedes the evidence
    const char* suffix = "";   // static text after the evidence
    bool has_why = false;      // `why` is spelled out between prefix and suffix
    Why why;
    std::string_view pattern;  // static text: the boilerplate pattern a Pattern reason names
    std::string html_hint;     // the html hint a HtmlHint reason names (owned: the block held a copy)

    std::string text() const;  // the rule as text (classify.cpp)
};

// A block left out of the body, for the "show what was removed" view.
struct RemovedBlock {
    std::string text;
    std::string label;  // "boilerplate", "title", "byline"
    RemovedRule rule;   // the rule that decided it (rule.text())
    int after = -1;     // index of the body block it followed (-1: before the first)
};

struct Error {
    std::string code;     // machine-readable: "input_too_large", "empty_input", ...
    std::string message;  // for people
};

struct Article {
    std::string title;
    std::string byline;     // empty = null
    std::string source;
    std::string site_name;
    std::string published;  // ISO 8601, empty = null
    std::string editor;
    std::string lang = "und";
    std::string dir = "ltr";
    std::string excerpt;
    std::vector<BodyBlock> body;
    std::vector<OutlineEntry> outline;
    std::vector<SummaryItem> summary;
    std::vector<std::string> keywords;
    Stats stats;
    std::vector<std::string> warnings;
    std::vector<RemovedBlock> removed;
    std::vector<Explanation> explain;
    std::string input_kind = "text";  // what was actually read: "text" or "html"
    bool ok = true;
    Error error;
};

// Extracts the article from a paste. `text` is the text/plain flavour (may be
// empty when only HTML is given); `html` the text/html flavour (may be empty).
Article extract(std::string_view text, std::string_view html, const Options& options);

}  // namespace sift
