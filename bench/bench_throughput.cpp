// bench_throughput.cpp — native throughput of each pipeline stage and end to
// end, over every ../shared/corpus/*/*/pasted.txt (text path), every
// pasted.html (HTML path), and both flavours of each page together (what a
// browser's copy of a whole page delivers).
//
//   build/bench_throughput [--runs N] [--corpus DIR]
//
// Each stage is timed over the whole corpus in one go (its inputs prepared
// untimed from the previous stage's outputs), N times; the table shows the
// median. MB/s is always measured against the pasted bytes of the input
// flavour, so the rows are comparable: a stage at 10x the end-to-end MB/s
// costs a tenth of the total.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "block.h"
#include "block_features.h"
#include "classify.h"
#include "decode.h"
#include "html_reader.h"
#include "json_output.h"
#include "keywords.h"
#include "language.h"
#include "metadata.h"
#include "outline.h"
#include "segment.h"
#include "sift.h"
#include "stats.h"
#include "summarize.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs `prepare` untimed then `body` timed, `runs` times; median seconds.
double time_median(int runs, const std::function<void()>& prepare, const std::function<void()>& body) {
    std::vector<double> t;
    for (int r = 0; r < runs; ++r) {
        prepare();
        const auto a = Clock::now();
        body();
        t.push_back(std::chrono::duration<double>(Clock::now() - a).count());
    }
    return median(t);
}

volatile std::size_t g_sink = 0;  // keeps results alive

struct Row { std::string stage; double seconds; };

void print_table(const char* title, std::size_t bytes, std::size_t files, int runs, const std::vector<Row>& rows) {
    std::printf("\n%s: %zu files, %.2f MB, median of %d runs\n", title, files, bytes / 1e6, runs);
    std::printf("| %-38s | %10s | %10s | %8s |\n", "stage", "ms (all)", "MB/s", "% of e2e");
    std::printf("|%s|%s|%s|%s|\n", std::string(40, '-').c_str(), std::string(12, '-').c_str(), std::string(12, '-').c_str(), std::string(10, '-').c_str());
    const double e2e = rows.back().seconds;
    for (const Row& r : rows)
        std::printf("| %-38s | %10.1f | %10.1f | %7.1f%% |\n", r.stage.c_str(), r.seconds * 1e3, bytes / 1e6 / r.seconds, 100.0 * r.seconds / e2e);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 7;
    fs::path corpus = fs::path(SIFT_BENCH_SOURCE_DIR) / ".." / "shared" / "corpus";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
        else { std::fprintf(stderr, "usage: %s [--runs N] [--corpus DIR]\n", argv[0]); return 2; }
    }
    if (!fs::is_directory(corpus)) { std::fprintf(stderr, "no corpus at %s\n", corpus.string().c_str()); return 77; }

    std::vector<fs::path> txt_files, html_files;
    for (const auto& set : fs::directory_iterator(corpus)) {
        if (!set.is_directory()) continue;
        for (const auto& page : fs::directory_iterator(set.path())) {
            if (fs::exists(page.path() / "pasted.txt")) txt_files.push_back(page.path() / "pasted.txt");
            if (fs::exists(page.path() / "pasted.html")) html_files.push_back(page.path() / "pasted.html");
        }
    }
    std::sort(txt_files.begin(), txt_files.end());
    std::sort(html_files.begin(), html_files.end());

    // ---- text path ----------------------------------------------------------
    std::vector<std::string> raw;
    std::size_t bytes = 0;
    for (const auto& p : txt_files) { raw.push_back(slurp(p)); bytes += raw.back().size(); }
    const std::size_t n = raw.size();

    std::vector<std::string> decoded(n);
    std::vector<std::vector<sift::Block>> segmented(n), featured(n), classified(n), work(n);
    std::vector<sift::Region> regions(n);
    std::vector<sift::Article> articles(n);
    sift::Options options;
    options.input = sift::InputKind::Text;
    const sift::PageMeta no_meta;
    auto noop = [] {};

    // Outputs of every stage, computed once untimed, are the next stage's inputs.
    for (std::size_t i = 0; i < n; ++i) {
        decoded[i] = sift::decode_text(raw[i]);
        segmented[i] = sift::segment_lines(decoded[i]);
        featured[i] = segmented[i];
        sift::compute_features(featured[i]);
        classified[i] = featured[i];
        regions[i] = sift::classify_blocks(classified[i]);
        articles[i] = sift::extract(raw[i], {}, options);
    }

    std::vector<Row> rows;
    std::string decode_storage;  // as extract decodes: a view of the paste unless something changed
    rows.push_back({"decode (decode_text)", time_median(runs, noop, [&] {
        for (std::size_t i = 0; i < n; ++i) g_sink += sift::decode_text(raw[i], decode_storage).size(); })});
    rows.push_back({"segment (segment_lines)", time_median(runs, noop, [&] {
        for (std::size_t i = 0; i < n; ++i) g_sink += sift::segment_lines(decoded[i]).size(); })});
    rows.push_back({"features (compute_features)", time_median(runs, [&] { work = segmented; }, [&] {
        for (auto& b : work) sift::compute_features(b); })});
    rows.push_back({"classify (classify_blocks)", time_median(runs, [&] { work = featured; }, [&] {
        for (auto& b : work) g_sink += sift::classify_blocks(b).end; })});
    rows.push_back({"metadata (extract_metadata)", time_median(runs, [&] { work = classified; }, [&] {
        for (std::size_t i = 0; i < n; ++i) { sift::Article a; sift::extract_metadata(work[i], regions[i], no_meta, a); g_sink += a.title.size(); } })});
    // As extract calls it: with the census figures compute_features took of
    // the body's blocks (the Content and Heading blocks once metadata has run).
    std::vector<std::vector<sift::Block>> labelled(n);
    std::vector<std::vector<const sift::CensusFigures*>> body_census(n);
    for (std::size_t i = 0; i < n; ++i) {
        labelled[i] = classified[i];
        sift::Article scratch;
        sift::extract_metadata(labelled[i], regions[i], no_meta, scratch);
        for (const sift::Block& b : labelled[i])
            if (b.label == sift::Label::Content || b.label == sift::Label::Heading) body_census[i].push_back(&b.f.census);
    }
    rows.push_back({"language (detect_language)", time_median(runs, noop, [&] {
        for (std::size_t i = 0; i < n; ++i) g_sink += sift::detect_language(articles[i].body, body_census[i]).lang.size(); })});
    rows.push_back({"outline (build_outline)", time_median(runs, noop, [&] {
        for (const auto& a : articles) g_sink += sift::build_outline(a.body).size(); })});
    // As extract runs them: keywords first, recording the word spans the
    // summary then reads (page_words.h); the summary's are recorded untimed.
    std::vector<sift::PageWords> words(n);
    for (std::size_t i = 0; i < n; ++i) sift::extract_keywords(articles[i].body, articles[i].lang, sift::kDefaultKeywords, &words[i]);
    rows.push_back({"summary (summarise)", time_median(runs, noop, [&] {
        for (std::size_t i = 0; i < n; ++i) g_sink += sift::summarise(articles[i].body, articles[i].lang, 0, nullptr, &words[i]).size(); })});
    sift::PageWords scratch_words;
    rows.push_back({"keywords (extract_keywords)", time_median(runs, noop, [&] {
        for (const auto& a : articles) g_sink += sift::extract_keywords(a.body, a.lang, sift::kDefaultKeywords, &scratch_words).size(); })});
    rows.push_back({"stats (compute_stats)", time_median(runs, noop, [&] {
        for (const auto& a : articles) g_sink += sift::compute_stats(a.body).units; })});
    rows.push_back({"JSON (article_to_json)", time_median(runs, noop, [&] {
        for (const auto& a : articles) g_sink += sift::article_to_json(a).size(); })});
    rows.push_back({"end to end (extract + JSON)", time_median(runs, noop, [&] {
        for (std::size_t i = 0; i < n; ++i) g_sink += sift::article_to_json(sift::extract(raw[i], {}, options)).size(); })});
    print_table("Text path (pasted.txt)", bytes, n, runs, rows);

    // The slowest pages end to end (one run each): where a stage's cost is not
    // proportional to size, it shows here first.
    {
        std::vector<std::pair<double, std::size_t>> per;
        for (std::size_t i = 0; i < n; ++i) {
            const auto a = Clock::now();
            g_sink += sift::article_to_json(sift::extract(raw[i], {}, options)).size();
            per.push_back({std::chrono::duration<double>(Clock::now() - a).count(), i});
        }
        std::sort(per.rbegin(), per.rend());
        std::printf("\nslowest text pages: ");
        for (std::size_t k = 0; k < std::min<std::size_t>(5, per.size()); ++k)
            std::printf("%s%s %.1f ms (%.0f KB)", k ? ", " : "", txt_files[per[k].second].parent_path().filename().string().c_str(),
                        per[k].first * 1e3, raw[per[k].second].size() / 1024.0);
        std::printf("\n");
    }

    // ---- HTML path ----------------------------------------------------------
    std::vector<std::string> hraw, hdecoded;
    std::size_t hbytes = 0;
    for (const auto& p : html_files) { hraw.push_back(slurp(p)); hbytes += hraw.back().size(); }
    for (const auto& h : hraw) hdecoded.push_back(sift::decode_text(h));
    sift::Options hoptions;
    hoptions.input = sift::InputKind::Html;
    std::vector<Row> hrows;
    hrows.push_back({"decode (decode_text)", time_median(runs, noop, [&] {
        for (const auto& h : hraw) g_sink += sift::decode_text(h, decode_storage).size(); })});
    hrows.push_back({"read_html (tokenize + blocks + meta)", time_median(runs, noop, [&] {
        for (const auto& h : hdecoded) g_sink += sift::read_html(h).blocks.size(); })});
    hrows.push_back({"end to end (extract + JSON)", time_median(runs, noop, [&] {
        for (const auto& h : hraw) g_sink += sift::article_to_json(sift::extract({}, h, hoptions)).size(); })});
    print_table("HTML path (pasted.html)", hbytes, hraw.size(), runs, hrows);

    // ---- a whole paste ------------------------------------------------------
    // What a browser's copy of a page delivers and the page hands to extract():
    // both flavours of the same pages at once (the HTML read, the text used to
    // check it). MB/s against the bytes of both. The pages that have both, as
    // views of the files read above.
    std::vector<std::pair<std::string_view, std::string_view>> pastes;
    std::size_t pbytes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const fs::path html = txt_files[i].parent_path() / "pasted.html";
        const auto at = std::lower_bound(html_files.begin(), html_files.end(), html);  // html_files is sorted
        if (at == html_files.end() || *at != html) continue;
        pastes.push_back({raw[i], hraw[static_cast<std::size_t>(at - html_files.begin())]});
        pbytes += pastes.back().first.size() + pastes.back().second.size();
    }
    sift::Options poptions;  // InputKind::Auto, as the page and the widget call it
    std::vector<Row> prows;
    prows.push_back({"end to end (extract + JSON)", time_median(runs, noop, [&] {
        for (const auto& p : pastes) g_sink += sift::article_to_json(sift::extract(p.first, p.second, poptions)).size(); })});
    print_table("Whole paste (pasted.txt + pasted.html of each page, together)", pbytes, pastes.size(), runs, prows);

    std::printf("\nreproduce: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target bench_throughput && build/bench_throughput --runs %d\n", runs);
    return 0;
}
