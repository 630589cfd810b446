// patterns_structural.cpp — match_structural (patterns.h): the patterns
// that are no phrase (slideshow counters, image file names), apart from the
// phrase tables of patterns.cpp.
#include <array>
#include <string_view>

#include "ascii_case.h"
#include "patterns.h"

namespace sift {

namespace {

// Reads a run of ASCII digits at s[pos]; -1 if none.
long read_digits(std::string_view s, std::size_t& pos) {
    long v = -1;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && v < 100000) v = (v < 0 ? 0 : v * 10) + (s[pos++] - '0');
    return v;
}

constexpr long kMinGallerySize = 3;  // "1/2" is a fraction or a date more often than a slideshow

constexpr std::string_view kImageExtensions[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp"};

// The last bytes of those extensions, either case: other lines skip the list.
constexpr std::array<bool, 256> kImageExtensionEnds = [] {
    std::array<bool, 256> ends{};
    for (std::string_view ext : kImageExtensions) {
        const char c = ext.back();
        ends[static_cast<unsigned char>(c)] = true;
        if (c >= 'a' && c <= 'z') ends[static_cast<unsigned char>(c - 32)] = true;
    }
    return ends;
}();

}  // namespace

PatternKind match_structural(std::string_view s) {
    // "3/50 Caption" or "3 of 50" at the start of a line.
    std::size_t p = 0;
    const long n = read_digits(s, p);
    if (n >= 1) {
        std::size_t q = p;
        long m = -1;
        if (q < s.size() && s[q] == '/') { ++q; m = read_digits(s, q); }
        else if (starts_with_ascii_ci(s.substr(q), " of ")) { q += 4; m = read_digits(s, q); }
        if (m >= kMinGallerySize && n <= m && (q == s.size() || s[q] == ' ')) return PatternKind::Gallery;
    }
    // "photo-2.jpg", "Mozilla dinosaur head logo.png": a line ending in an image extension.
    if (s.size() < 120 && !s.empty() && kImageExtensionEnds[static_cast<unsigned char>(s.back())]) {
        for (std::string_view ext : kImageExtensions)
            if (s.size() > ext.size() && s[s.size() - ext.size()] == '.' && starts_with_ascii_ci(s.substr(s.size() - ext.size()), ext))
                return PatternKind::ImageFile;
    }
    return PatternKind::None;
}

}  // namespace sift
