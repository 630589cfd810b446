// Shared by the unit tests of the stages that read the assembled body.
#pragma once

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "sift.h"

inline sift::BodyBlock block(sift::BodyType type, std::string text) { return {type, std::move(text)}; }

// One to three blocks of up to 40 random `pieces` each, a quarter of them
// headings: for the tests that hold two ways of reading a body equal.
inline std::vector<sift::BodyBlock> random_body(std::mt19937& rng, const std::vector<std::string>& pieces) {
    std::vector<sift::BodyBlock> body;
    const int blocks = 1 + static_cast<int>(rng() % 3);
    for (int b = 0; b < blocks; ++b) {
        std::string text;
        const int n = static_cast<int>(rng() % 40);
        for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
        body.push_back(block(rng() % 4 == 0 ? sift::BodyType::H2 : sift::BodyType::Paragraph, text));
    }
    return body;
}
