// render.h — the article as Markdown or plain text (CLI --format, tests).
// JSON lives in json_output.h; the web page renders DOM from the JSON itself.
#pragma once

#include <string>

#include "sift.h"

namespace sift {

std::string article_to_markdown(const Article& article);
std::string article_to_text(const Article& article);

}  // namespace sift
