// bindings.cpp — the Embind surface of the core, and nothing else.
//
//   extractUtf8(text, textSize, html, htmlSize, options, optionsSize) -> address of the result span
//       each input is a UTF-8 byte range already in the module's heap; the
//       result (the schema-1 JSON, UTF-8) is a [data address, byte length]
//       pair of 32-bit words at the returned address
//   releaseResult() -> frees the last result
//   version() -> "x.y.z"
//
// api.js wraps these as Module.extract(text, html, optionsJson) -> string.
// Both directions cross as heap ranges rather than as std::string values: a
// paste can be megabytes, and the platform's TextEncoder / TextDecoder copy
// UTF-8 in and out far faster than Embind's std::string marshalling (one
// malloc + copy of the result, then two JavaScript loops over its bytes);
// the core reads the inputs in place (string_views, no second copy). The
// result is one JSON string: the JS wrapper (web/sift.mjs) parses it, so the
// result has the same shape as the CLI's output by construction.
//
// Running out of memory: the module is built without C++ exceptions (see
// CMakeLists.txt), so a failed allocation cannot unwind to a C++ handler.
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

// The last result, alive until releaseResult() or the next extraction. Built
// on first use (never destroyed): instantiation stays free of constructors.
std::string& last_result() {
    static std::string* result = new std::string();
    return *result;
}

// [data address, byte length] of last_result(), read by api.js from HEAPU32.
std::uint32_t result_span[2];

std::uintptr_t extract_utf8(std::uintptr_t text, std::size_t text_size, std::uintptr_t html, std::size_t html_size,
                            std::uintptr_t options, std::size_t options_size) {
    // Installed per call rather than by a static constructor: it costs nothing
    // here and keeps instantiation free of constructors.
    std::set_new_handler(sift_raise_out_of_memory);
    std::string().swap(last_result());  // the previous result's memory is free for this paste
    std::vector<std::string> warnings;
    const sift::Options opts = sift::options_from_json(heap_bytes(options, options_size), warnings);
    sift::Article article = sift::extract(heap_bytes(text, text_size), heap_bytes(html, html_size), opts);
    article.warnings.insert(article.warnings.begin(), warnings.begin(), warnings.end());
    std::string& result = last_result();
    result = sift::article_to_compact_json(article);
    result_span[0] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(result.data()));
    result_span[1] = static_cast<std::uint32_t>(result.size());
    return reinterpret_cast<std::uintptr_t>(result_span);
}

void release_result() { std::string().swap(last_result()); }

std::string version() { return sift::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(sift) {
    emscripten::function("extractUtf8", &extract_utf8);
    emscripten::function("releaseResult", &release_result);
    emscripten::function("version", &version);
}
