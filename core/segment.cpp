// segment.cpp — stage 2 for plain text (see segment.h). Input: decoded text.
// Output: Blocks with text, blank_before and indented set; features come later.
#include "segment.h"

namespace sift {
namespace {

void push_line(std::vector<Block>& blocks, std::string_view line, bool& blank_before) {
    std::size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
    Block block;
    block.text.reserve(line.size() - lead);
    bool pending_space = false;
    for (std::size_t i = lead; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ' ' || c == '\t') { pending_space = true; continue; }
        if (pending_space && !block.text.empty()) block.text += ' ';
        pending_space = false;
        block.text += c;
    }
    if (block.text.empty()) { blank_before = true; return; }
    block.indented = lead > 0;
    block.blank_before = blank_before;
    blank_before = false;
    blocks.push_back(std::move(block));
}

}  // namespace

std::vector<Block> segment_lines(std::string_view text) {
    std::vector<Block> blocks;
    bool blank_before = true;  // the first line starts a paragraph
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        // Cut pathological lines (a 10 MB line) into bounded pieces at spaces.
        while (line.size() > kMaxBlockBytes) {
            std::size_t cut = line.rfind(' ', kMaxBlockBytes);
            if (cut == std::string_view::npos || cut < kMaxBlockBytes / 2) {
                cut = kMaxBlockBytes;
                while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
            }
            push_line(blocks, line.substr(0, cut), blank_before);
            line.remove_prefix(cut);
        }
        push_line(blocks, line, blank_before);
        start = end + 1;
    }
    return blocks;
}

}  // namespace sift
