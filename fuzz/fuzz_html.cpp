// fuzz_html.cpp — libFuzzer target: the whole pipeline on a text/html paste.
// Input bytes = the HTML flavour (no text flavour), read as HTML; the result
// is serialised to JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "json_output.h"
#include "sift.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    sift::Options options;
    options.input = sift::InputKind::Html;
    options.explain = true;
    const sift::Article article = sift::extract({}, html, options);
    const std::string json = sift::article_to_json(article);
    if (json.empty() || json.front() != '{') __builtin_trap();
    return 0;
}
