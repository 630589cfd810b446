// bindings.cpp — Embind surface of the core, and nothing else.
//
//   extract(text, html, optionsJson) -> JSON string (schema 1)
//   version() -> "x.y.z"
//
// Strings in, one JSON string out: the JS wrapper (web/sift.mjs) parses it, so
// the result has the same shape as the CLI's output by construction. Any C++
// exception (in practice std::bad_alloc on a huge paste) becomes an error
// result instead of aborting the module.
#include <emscripten/bind.h>

#include <new>
#include <string>

#include "json_output.h"
#include "sift.h"

namespace {

std::string error_json(const char* code, const char* message) {
    sift::Article failed;
    failed.ok = false;
    failed.error = {code, message};
    return sift::article_to_json(failed);
}

std::string extract_json(const std::string& text, const std::string& html, const std::string& options_json) {
    try {
        std::vector<std::string> warnings;
        const sift::Options options = sift::options_from_json(options_json, warnings);
        sift::Article article = sift::extract(text, html, options);
        article.warnings.insert(article.warnings.begin(), warnings.begin(), warnings.end());
        return sift::article_to_json(article);
    } catch (const std::bad_alloc&) {
        return error_json("out_of_memory", "The paste is too large for the memory available to this page.");
    } catch (...) {
        return error_json("internal_error", "Sift failed on this input; please report it.");
    }
}

std::string version() { return sift::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(sift) {
    emscripten::function("extract", &extract_json);
    emscripten::function("version", &version);
}
