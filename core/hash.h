// hash.h — FNV-1a over bytes: the one string hash of the core (stopword table,
// token ids). Same value on native and wasm builds, unlike std::hash.
#pragma once

#include <cstdint>
#include <string_view>

namespace sift {

inline std::uint32_t fnv1a(std::string_view bytes) {
    std::uint32_t h = 2166136261u;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

}  // namespace sift
