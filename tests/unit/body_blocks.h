// Shared by the unit tests of the stages that read the assembled body.
#pragma once

#include <string>
#include <utility>

#include "sift.h"

inline sift::BodyBlock block(sift::BodyType type, std::string text) { return {type, std::move(text)}; }
