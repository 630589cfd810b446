// fuzz_text.cpp — libFuzzer target: the whole pipeline on a plain-text paste.
// Input bytes = the text/plain flavour, read as text (no HTML sniffing), then
// the result is serialised, so the JSON boundary is fuzzed too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "json_output.h"
#include "sift.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sift::Options options;
    options.input = sift::InputKind::Text;
    options.explain = true;  // also exercises the --explain rendering of every block
    const sift::Article article = sift::extract(text, {}, options);
    const std::string json = sift::article_to_json(article);
    if (json.empty() || json.front() != '{') __builtin_trap();
    return 0;
}
