// bindings.cpp — the Embind surface of the core, and nothing else.
//
//   extractUtf8(text, textSize, html, htmlSize, options, optionsSize) -> JSON string (schema 1)
//       each input is a UTF-8 byte range already in the module's heap
//   version() -> "x.y.z"
//
// api.js wraps extractUtf8 as Module.extract(text, html, optionsJson) -> string.
// The inputs cross as heap ranges rather than as std::string arguments: a
// paste can be megabytes, and the platform's TextEncoder fills the heap far
// faster than a per-character copy, and the core then reads the bytes in place
// (string_views, no second copy). The result is one JSON string: the JS wrapper
// (web/sift.mjs) parses it, so the result has the same shape as the CLI's
// output by construction.
//
// Running out of memory: the module is built without C++ exception catching
// (see CMakeLists.txt), so a failed allocation cannot unwind to a C++ handler.
// Instead the new-handler throws a JavaScript RangeError straight out of the
// wasm call; sift.mjs turns it into an "out_of_memory" result and retires the
// instance, whose heap may be left inconsistent.
#include <emscripten/bind.h>
#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "json_output.h"
#include "sift.h"

EM_JS(void, sift_raise_out_of_memory, (), {
    throw new RangeError('Sift ran out of memory');
});

namespace {

std::string_view heap_bytes(std::uintptr_t address, std::size_t size) {
    return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(address), size);
}

std::string extract_utf8(std::uintptr_t text, std::size_t text_size, std::uintptr_t html, std::size_t html_size,
                         std::uintptr_t options, std::size_t options_size) {
    // Installed per call rather than by a static constructor: it costs nothing
    // here and keeps instantiation free of constructors.
    std::set_new_handler(sift_raise_out_of_memory);
    std::vector<std::string> warnings;
    const sift::Options opts = sift::options_from_json(heap_bytes(options, options_size), warnings);
    sift::Article article = sift::extract(heap_bytes(text, text_size), heap_bytes(html, html_size), opts);
    article.warnings.insert(article.warnings.begin(), warnings.begin(), warnings.end());
    return sift::article_to_json(article);
}

std::string version() { return sift::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(sift) {
    emscripten::function("extractUtf8", &extract_utf8);
    emscripten::function("version", &version);
}
