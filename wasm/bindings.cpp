// bindings.cpp — the C ABI of the core for the JavaScript glue (api.js), and nothing else.
//
//   sift_extract(text, html, options JSON as UTF-8 pointer + size pairs, &json_size)
//       -> malloc'd UTF-8 JSON (schema 1), freed by the caller
//   sift_version() -> "x.y.z"
//
// api.js wraps these as Module.extract(text, html, optionsJson) -> string and
// Module.version(). Strings in, one JSON string out: the JS wrapper
// (web/sift.mjs) parses it, so the result has the same shape as the CLI's
// output by construction.
//
// Running out of memory: the module is built without C++ exception catching
// (see CMakeLists.txt), so a failed allocation cannot unwind to a C++ handler.
// Instead the new-handler throws a JavaScript RangeError straight out of the
// wasm call; sift.mjs turns it into an "out_of_memory" result and retires the
// instance, whose heap may be left inconsistent.
#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "json_output.h"
#include "sift.h"

EM_JS(void, sift_raise_out_of_memory, (), {
    throw new RangeError('Sift ran out of memory');
});

extern "C" {

EMSCRIPTEN_KEEPALIVE char* sift_extract(const char* text, std::size_t text_size, const char* html, std::size_t html_size,
                                        const char* options, std::size_t options_size, std::size_t* json_size) {
    // Installed per call rather than by a static constructor: it costs nothing
    // here and keeps instantiation free of constructors.
    std::set_new_handler(sift_raise_out_of_memory);
    std::vector<std::string> warnings;
    const sift::Options opts = sift::options_from_json(std::string_view(options, options_size), warnings);
    sift::Article article = sift::extract(std::string_view(text, text_size), std::string_view(html, html_size), opts);
    article.warnings.insert(article.warnings.begin(), warnings.begin(), warnings.end());
    const std::string json = sift::article_to_json(article);
    char* out = static_cast<char*>(std::malloc(json.size() + 1));
    if (out == nullptr) sift_raise_out_of_memory();
    std::memcpy(out, json.data(), json.size());
    *json_size = json.size();
    return out;
}

EMSCRIPTEN_KEEPALIVE const char* sift_version() { return sift::kVersion; }

}  // extern "C"
