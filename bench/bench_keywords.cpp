// bench_keywords.cpp — extract_keywords alone over the corpus bodies, for
// profiling and before/after comparison of the keywords stage.
//
//   build/bench_keywords [--runs N] [--dump]
//
// The bodies of every pasted.txt and pasted.html page are extracted once
// (untimed); each run then extracts the keywords of the text bodies. --dump
// instead prints each page's (text and HTML) first kDumpKeywords keywords,
// one page a line, so that two builds can be compared far past the 8 the
// CLI shows.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "keywords.h"
#include "sift.h"

namespace fs = std::filesystem;

namespace {

constexpr int kDumpKeywords = 64;  // far past the CLI's 8: ranking ties and fallbacks show too

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

volatile std::size_t g_sink = 0;

}  // namespace

int main(int argc, char** argv) {
    int runs = 20;
    bool dump = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--dump")) dump = true;
        else { std::fprintf(stderr, "usage: %s [--runs N] [--dump]\n", argv[0]); return 2; }
    }
    const fs::path corpus = fs::path(SIFT_BENCH_SOURCE_DIR) / ".." / "shared" / "corpus";
    if (!fs::is_directory(corpus)) { std::fprintf(stderr, "no corpus at %s\n", corpus.string().c_str()); return 77; }
    std::vector<fs::path> pages;
    for (const auto& set : fs::directory_iterator(corpus))
        if (set.is_directory())
            for (const auto& page : fs::directory_iterator(set.path())) pages.push_back(page.path());
    std::sort(pages.begin(), pages.end());

    std::vector<sift::Article> text_articles, html_articles;
    std::size_t bytes = 0;
    for (const fs::path& page : pages) {
        if (fs::exists(page / "pasted.txt")) {
            const std::string raw = slurp(page / "pasted.txt");
            bytes += raw.size();
            sift::Options options;
            options.input = sift::InputKind::Text;
            text_articles.push_back(sift::extract(raw, {}, options));
        }
        if (dump && fs::exists(page / "pasted.html")) {
            sift::Options options;
            options.input = sift::InputKind::Html;
            html_articles.push_back(sift::extract({}, slurp(page / "pasted.html"), options));
        }
    }

    if (dump) {
        for (const auto* set : {&text_articles, &html_articles})
            for (const sift::Article& a : *set) {
                for (const std::string& k : sift::extract_keywords(a.body, a.lang, kDumpKeywords)) std::printf("%s|", k.c_str());
                std::printf("\n");
            }
        return 0;
    }
    // Wall time, and processor time (steadier on a shared machine: time
    // spent waiting for a core does not count).
    std::vector<double> wall, cpu;
    for (int r = 0; r < runs; ++r) {
        const auto a = std::chrono::steady_clock::now();
        const std::clock_t c = std::clock();
        for (const sift::Article& article : text_articles) g_sink += sift::extract_keywords(article.body, article.lang).size();
        cpu.push_back(static_cast<double>(std::clock() - c) / CLOCKS_PER_SEC);
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = wall[wall.size() / 2], cpu_median = cpu[cpu.size() / 2];
    std::printf("keywords: %zu pages, %.2f MB pasted, median of %d runs: wall %.2f ms (%.0f MB/s), cpu %.2f ms (%.0f MB/s)\n",
                text_articles.size(), bytes / 1e6, runs, median * 1e3, bytes / 1e6 / median, cpu_median * 1e3,
                bytes / 1e6 / cpu_median);
    return 0;
}
