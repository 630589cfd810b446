// cli.cpp — the `sift` command: pasted page in, article out.
//
//   sift [options] [FILE|-]     read FILE (or standard input), print the article
//   sift --jsonl [FILE|-]       one {"id","text","html"?} object per line in,
//                               one result per line out (batch / streaming)
// Exit status: 0 article extracted, 1 input could not be read or held no
// article (the error is in the output), 2 usage error.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "json_output.h"
#include "render.h"
#include "sift.h"

namespace {

constexpr const char* kUsage =
    "Usage: sift [options] [FILE|-]\n"
    "Extract the article (title, byline, date, body, outline, summary) from a\n"
    "pasted web page: plain text (text/plain) or HTML (text/html).\n"
    "\n"
    "Options:\n"
    "  --format json|markdown|text  output format (default: json)\n"
    "  --pretty                     indent the JSON\n"
    "  --explain                    print a table: every block, its features, label and rule\n"
    "                               (with --format json: an \"explain\" array in the JSON)\n"
    "  --jsonl                      batch: each input line {\"id\":…,\"text\":…[,\"html\":…]}\n"
    "                               gives one JSON result line\n"
    "  --input auto|text|html       how to read FILE (default: auto-detect)\n"
    "  --html FILE                  the text/html flavour of the same paste\n"
    "  --max-input-bytes N          refuse larger input (default: 33554432)\n"
    "  -h, --help                   show this help\n"
    "  --version                    show the version\n";

int usage_error(const std::string& message) {
    std::cerr << "sift: " << message << "\nTry 'sift --help'.\n";
    return 2;
}

bool read_all(const std::string& path, std::string& out) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return !std::cin.bad();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

void print_explain(const sift::Article& a) {
    std::printf("%-4s %-11s %-44s %-40s %s\n", "#", "label", "rule", "features", "text");
    int i = 0;
    for (const sift::Explanation& e : a.explain) {
        std::printf("%-4d %-11s %-44s %-40s %s\n", i++, e.label.c_str(), e.rule.c_str(), e.features.c_str(), e.text.c_str());
    }
}

sift::Article safe_extract(const std::string& text, const std::string& html, const sift::Options& options) {
    try {
        return sift::extract(text, html, options);
    } catch (const std::bad_alloc&) {
        sift::Article a;
        a.ok = false;
        a.error = {"out_of_memory", "Not enough memory for this input."};
        return a;
    }
}

int run_jsonl(std::istream& in, const sift::Options& options) {
    std::string line;
    int failures = 0;
    long line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        nlohmann::json id = nullptr;
        sift::Article article;
        if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
            article.ok = false;
            article.error = {"bad_jsonl_line", "line " + std::to_string(line_number) + " is not an object with a \"text\" string"};
        } else {
            if (j.contains("id")) id = j["id"];
            const std::string html = j.contains("html") && j["html"].is_string() ? j["html"].get<std::string>() : "";
            article = safe_extract(j["text"].get<std::string>(), html, options);
        }
        if (!article.ok) ++failures;
        const std::string result = sift::article_to_json(article);
        std::cout << "{\"id\":" << id.dump() << "," << result.substr(1) << "\n";
    }
    return failures > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    sift::Options options;
    std::string format = "json", path, html_path;
    bool pretty = false, jsonl = false, format_given = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        if (arg == "-h" || arg == "--help") { std::cout << kUsage; return 0; }
        if (arg == "--version") { std::cout << "sift " << sift::kVersion << "\n"; return 0; }
        if (arg == "--pretty") { pretty = true; continue; }
        if (arg == "--explain") { options.explain = true; continue; }
        if (arg == "--jsonl") { jsonl = true; continue; }
        if (arg == "--format") {
            format_given = true;
            if (!value(format) || (format != "json" && format != "markdown" && format != "text"))
                return usage_error("--format takes json, markdown or text");
            continue;
        }
        if (arg == "--input") {
            std::string kind;
            if (!value(kind)) return usage_error("--input takes auto, text or html");
            if (kind == "auto") options.input = sift::InputKind::Auto;
            else if (kind == "text") options.input = sift::InputKind::Text;
            else if (kind == "html") options.input = sift::InputKind::Html;
            else return usage_error("--input takes auto, text or html");
            continue;
        }
        if (arg == "--html") {
            if (!value(html_path)) return usage_error("--html takes a file name");
            continue;
        }
        if (arg == "--max-input-bytes") {
            std::string n;
            if (!value(n) || n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 15 || std::stoull(n) == 0)
                return usage_error("--max-input-bytes takes a positive whole number");
            options.max_input_bytes = static_cast<std::size_t>(std::stoull(n));
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-' ) return usage_error("unknown option '" + arg + "'");
        if (!path.empty()) return usage_error("only one input file may be given");
        path = arg;
    }
    if (path.empty()) path = "-";

    if (jsonl) {
        if (path == "-") return run_jsonl(std::cin, options);
        std::ifstream in(path, std::ios::binary);
        if (!in) return usage_error("cannot open '" + path + "'");
        return run_jsonl(in, options);
    }

    std::string text, html;
    sift::Article article;
    if (!read_all(path, text)) {
        article.ok = false;
        article.error = {"unreadable_input", "cannot read '" + path + "': " + std::strerror(errno)};
    } else if (!html_path.empty() && !read_all(html_path, html)) {
        article.ok = false;
        article.error = {"unreadable_input", "cannot read '" + html_path + "': " + std::strerror(errno)};
    } else {
        article = safe_extract(text, html, options);
    }

    if (options.explain && article.ok && !format_given) {
        print_explain(article);
        return 0;
    }
    if (format == "markdown") std::cout << sift::article_to_markdown(article);
    else if (format == "text") std::cout << sift::article_to_text(article);
    else std::cout << sift::article_to_json(article, pretty) << "\n";
    return article.ok ? 0 : 1;
}
