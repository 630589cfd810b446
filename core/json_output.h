// json_output.h — the one boundary format. The CLI, the wasm bindings and the
// tests all speak this JSON ("schema": 1, see docs/ARCHITECTURE.md); no stage
// inside the core sees a JSON type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sift.h"

namespace sift {

std::string article_to_json(const Article& article, bool pretty = false);
// The compact form alone: what the wasm bindings return (no JSON library
// serialiser linked in).
std::string article_to_compact_json(const Article& article);

// Options as JSON: {"input": "auto|text|html", "maxInputBytes": N,
// "explain": bool, "summarySentences": N}. Unknown keys and wrong types are
// reported in `warnings`, never thrown; malformed JSON gives defaults plus a
// warning.
Options options_from_json(std::string_view json, std::vector<std::string>& warnings);

}  // namespace sift
