// fuzz_options.cpp — libFuzzer target: the options JSON boundary.
// Input bytes = an options JSON document (any bytes); it is parsed by
// options_from_json (which must never throw) and the options are then used on
// a small fixed article, so any value that survives parsing (a huge or
// negative summarySentences, a tiny maxInputBytes, input=html on text...) is
// exercised through the pipeline and back out through article_to_json.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json_output.h"
#include "sift.h"

namespace {

constexpr std::string_view kText =
    "Example News - Home | World | Sport\n"
    "\n"
    "A small town votes to keep its library open\n"
    "By Jane Doe, 3 March 2024\n"
    "\n"
    "The town council voted on Tuesday to keep the public library open for another five years, "
    "after residents filled the hall to argue for it.\n"
    "\n"
    "Funding\n"
    "\n"
    "The library costs about 40,000 a year to run. Volunteers offered to staff it on weekends, "
    "which the council said would cut the cost by a third.\n"
    "\n"
    "What happens next\n"
    "\n"
    "A review will take place in 2029. Until then, opening hours stay as they are, and the "
    "children's reading club continues every Saturday morning.\n"
    "\n"
    "Share this article: Facebook Twitter Email\n"
    "Related: Council budget 2024 | Schools reopen\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json_in(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> warnings;
    const sift::Options options = sift::options_from_json(json_in, warnings);
    sift::Article article = sift::extract(kText, {}, options);
    for (std::string& w : warnings) article.warnings.push_back(std::move(w));
    const std::string json = sift::article_to_json(article, /*pretty=*/size % 2 == 0);
    if (json.empty() || json.front() != '{') __builtin_trap();
    return 0;
}
