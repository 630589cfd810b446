// extract.cpp — the pipeline (see sift.h and docs/ARCHITECTURE.md):
//   decode -> segment (text) or read_html (HTML) -> features -> classify
//   -> metadata -> assemble body -> language -> outline -> keywords -> summary
//   (which reads the words keywords recorded) -> stats.
// This file only wires the stages together and assembles the body; every
// decision lives in the stage that owns it.
#include <algorithm>
#include <iterator>
#include <string_view>
#include <string>

#include "block.h"
#include "decimal.h"
#include "classify.h"
#include "decode.h"
#include "block_features.h"
#include "stats.h"
#include "html_reader.h"
#include "keywords.h"
#include "language.h"
#include "metadata.h"
#include "outline.h"
#include "segment.h"
#include "sift.h"
#include "stats.h"
#include "summarize.h"
#include "utf8.h"

namespace sift {
namespace {

constexpr int kMinHtmlUnits = 20;              // HTML that yields less text than this is not worth preferring
constexpr std::size_t kMaxExplainText = 80;    // `--explain` shows this many bytes of each block
constexpr std::size_t kMaxRemovedBlocks = 5000;// the "what was removed" list is for people; cap its size

std::string shorten(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "…";
}

// Drops a leading bullet glyph ("• item", "- item") from list lines.
std::string strip_bullet(const std::string& text) {
    std::size_t i = 0;
    utf8::next_codepoint(text, i);
    return std::string(utf8::trim(std::string_view(text).substr(i)));
}

BodyType heading_type(const Block& b) {
    int level = 2;
    if (b.html_heading_level > 0) level = std::max(2, b.html_heading_level);
    else if (b.toc_depth > 0) level = 1 + b.toc_depth;
    else if (const int depth = numbered_heading_level(b.text)) level = 1 + depth;
    return level <= 2 ? BodyType::H2 : level == 3 ? BodyType::H3 : BodyType::H4;
}

// Fills `out`, a new body block, taking the block's text (the blocks are not
// read after the body is assembled).
void fill_body_block(Block& b, BodyBlock& out) {
    if (b.label == Label::Heading) {
        out.type = heading_type(b);
        out.text = std::move(b.text);
        return;
    }
    switch (b.shape) {
        case SourceShape::ListItem: out.type = BodyType::ListItem; break;
        case SourceShape::Quote: out.type = BodyType::Quote; break;
        case SourceShape::Pre: out.type = BodyType::Pre; break;
        default:
            if (b.f.starts_with_bullet) { out.type = BodyType::ListItem; out.text = strip_bullet(b.text); return; }
            break;
    }
    out.text = std::move(b.text);
}

std::string feature_summary(const Block& b) {
    const Features& f = b.f;
    std::string s = "u=" + decimal(f.units) + " end=" + (f.ends_with_terminal ? "1" : "0") +
                    " sent=" + decimal(f.sentence_ends) + " sw=" + decimal(static_cast<int>(f.stopword_share * 100)) +
                    "% rep=" + decimal(f.repeats) + " w=" + decimal(static_cast<int>(b.score));
    if (b.link_share > 0) s += " link=" + decimal(static_cast<int>(b.link_share * 100)) + "%";
    if (!b.html_hint.empty()) s += " hint=" + b.html_hint;
    return s;
}

// "<br><br>" inside one element separates paragraphs as a blank line does
// in text: make each its own block, sharing the element's context (<pre> keeps them).
// Most pages have no such element: their blocks are left where they are.
void split_blank_lines(std::vector<Block>& blocks) {
    const auto has_blank_line = [](const Block& b) { return b.shape != SourceShape::Pre && b.text.find("\n\n") != std::string::npos; };
    const auto first_split = std::find_if(blocks.begin(), blocks.end(), has_blank_line);
    if (first_split == blocks.end()) return;
    std::vector<Block> out;
    out.reserve(blocks.size() + 1);
    out.insert(out.end(), std::make_move_iterator(blocks.begin()), std::make_move_iterator(first_split));
    for (auto it = first_split; it != blocks.end(); ++it) {
        Block& b = *it;
        if (!has_blank_line(b)) {
            out.push_back(std::move(b));
            continue;
        }
        const std::string text = std::move(b.text);
        b.text.clear();
        // Every piece but the last takes a copy of the block; the last takes the block itself.
        std::string_view pending;  // the last non-empty piece found, not yet a block
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find("\n\n", start);
            if (end == std::string::npos) end = text.size();
            const std::string_view piece = utf8::trim(std::string_view(text).substr(start, end - start));
            if (!piece.empty()) {
                if (!pending.empty()) {
                    Block part = b;
                    part.text = std::string(pending);
                    out.push_back(std::move(part));
                }
                pending = piece;
            }
            start = end + 2;
        }
        if (!pending.empty()) {
            b.text = std::string(pending);
            out.push_back(std::move(b));
        }
    }
    blocks = std::move(out);
}

Article failure(const char* code, std::string message) {
    Article a;
    a.ok = false;
    a.error = {code, std::move(message)};
    return a;
}

}  // namespace

const char* body_type_name(BodyType t) {
    switch (t) {
        case BodyType::Paragraph: return "p";
        case BodyType::H2: return "h2";
        case BodyType::H3: return "h3";
        case BodyType::H4: return "h4";
        case BodyType::ListItem: return "li";
        case BodyType::Quote: return "quote";
        case BodyType::Pre: return "pre";
    }
    return "p";
}

namespace {

// label_name with its length known: a removed block's label is copied from
// it without measuring the literal each time.
std::string_view label_text(Label label) {
    switch (label) {
        case Label::Unknown: return "unknown";
        case Label::Content: return "content";
        case Label::Heading: return "heading";
        case Label::Title: return "title";
        case Label::Byline: return "byline";
        case Label::Boilerplate: return "boilerplate";
    }
    return "unknown";
}

}  // namespace

const char* label_name(Label label) { return label_text(label).data(); }  // the views are of literals: NUL-terminated

Article extract(std::string_view text, std::string_view html, const Options& options) {
    if (text.size() + html.size() > options.max_input_bytes) {
        return failure("input_too_large", "The paste is " + decimal((text.size() + html.size()) >> 20) +
                                              " MB; the limit is " + decimal(options.max_input_bytes >> 20) + " MB.");
    }
    Article article;
    DecodeReport report;

    // Which flavour to read: HTML when asked, when given, or when the text is HTML.
    bool use_html = options.input == InputKind::Html;
    std::string_view html_source = html;
    if (options.input == InputKind::Auto) {
        if (!html.empty()) use_html = true;
        else if (looks_like_html(text)) { use_html = true; html_source = text; }
    } else if (use_html && html.empty()) {
        html_source = text;
    }

    Page page;
    if (use_html) {
        std::string decoded_storage;  // used only when decoding changed something
        page = read_html(decode_text(html_source, decoded_storage, &report));
        split_blank_lines(page.blocks);
        std::size_t units = 0;
        for (const Block& b : page.blocks) units += b.html_hidden ? 0 : count_units(b.text);
        if (units < kMinHtmlUnits && !text.empty() && html_source.data() != text.data() && options.input != InputKind::Html) {
            article.warnings.push_back("The HTML flavour held almost no text; the plain text was read instead.");
            page = Page{};
            use_html = false;
        }
    }
    if (!use_html) {
        std::string decoded_storage;  // used only when decoding changed something
        const std::string_view decoded = decode_text(text, decoded_storage, &report);
        std::size_t lines_per_block = 1;
        page.blocks = segment_lines(decoded, &lines_per_block);
        if (lines_per_block > 1)
            article.warnings.push_back("The paste has more than " + decimal(kMaxBlocks) + " lines; short lines were read in groups.");
        reflow_hard_wrapped(page.blocks);
    }
    article.input_kind = use_html ? "html" : "text";
    if (report.invalid_sequences > 0)
        article.warnings.push_back(decimal(report.invalid_sequences) + " invalid UTF-8 sequences were replaced by U+FFFD.");
    if (report.dropped_controls > 0)
        article.warnings.push_back(decimal(report.dropped_controls) + " control characters (such as NUL) were removed.");

    std::vector<Block>& blocks = page.blocks;
    if (blocks.empty()) return failure("empty_input", "The paste holds no text.");

    compute_features(blocks);
    const Region region = classify_blocks(blocks);
    extract_metadata(blocks, region, page.meta, article);

    // Assemble the body in reading order; remember what was dropped and where.
    // Nothing reads the blocks afterwards: their texts and rules move out.
    // One pass over the blocks (each a few cache lines, a page's worth more
    // than L1 holds): the lists are reserved for the most they can take
    // rather than counted first, which the blocks, alive until the end,
    // outweigh nine to one.
    const auto in_body = [](const Block& b) { return b.label == Label::Content || b.label == Label::Heading; };
    article.body.reserve(blocks.size());
    article.removed.reserve(std::min(blocks.size(), kMaxRemovedBlocks));
    // The language census of each body block, read with its features.
    std::vector<const CensusFigures*> census;
    census.reserve(blocks.size());
    if (options.explain) article.explain.reserve(blocks.size());
    for (Block& b : blocks) {
        if (options.explain)
            article.explain.push_back({shorten(b.text, kMaxExplainText), feature_summary(b), label_name(b.label), rule_text(b)});
        if (in_body(b)) {
            fill_body_block(b, article.body.emplace_back());
            census.push_back(&b.f.census);
        } else if (article.removed.size() < kMaxRemovedBlocks) {
            const std::string_view label = label_text(b.label);
            article.removed.push_back({std::move(b.text), std::string(label.data(), label.size()), removed_rule(b),
                                       static_cast<int>(article.body.size()) - 1});
        }
    }
    if (article.body.empty()) article.warnings.push_back("No article text was found in this paste.");
    LanguageGuess language = detect_language(article.body, census);
    if (!page.meta.lang.empty() && language.lang == "und") language.lang = page.meta.lang;
    if (page.meta.dir == "rtl" || page.meta.dir == "ltr") language.dir = page.meta.dir;
    article.lang = language.lang;
    article.dir = language.dir;
    // Nothing reads the blocks from here on (their census was the last): they
    // are freed now rather than when extract returns, while the assembly has
    // just read the lines their destruction reads, and before the keyword
    // counter and the summariser build their tables, which can then reuse
    // the memory (and the peak no longer holds both).
    census = {};
    std::vector<Block>().swap(blocks);

    article.outline = build_outline(article.body);
    // The keyword counter's word spans, read again by the summariser (page_words.h).
    PageWords words;
    article.keywords = extract_keywords(article.body, article.lang, kDefaultKeywords, &words);
    std::vector<KnownBlockCounts> counted;  // blocks split and measured once, by summarise, for compute_stats
    article.summary = summarise(article.body, article.lang, options.summary_sentences, &counted, &words);
    article.stats = compute_stats(article.body, &counted);
    return article;
}

}  // namespace sift
