// bench_scaling.cpp — time and peak memory of extract() per pathological
// family at 1x, 4x and 16x input, to catch anything super-linear.
//
//   build/bench_scaling [--runs N] [--base BYTES] [--only FAMILY] [--timeout S]
//
// Every (family, size) is measured in a fresh child process (this program
// re-executed with --child), because getrusage's ru_maxrss is a per-process
// high-water mark. The child builds its input, reads ru_maxrss (baseline:
// program + input), runs extract() + article_to_json N times, reads ru_maxrss
// again and prints the median time and the peak growth. t16/t1 ≈ 16 means
// linear; above kFlagRatio it is flagged. A child that exceeds --timeout
// seconds is killed and reported as TIMEOUT (itself a finding).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "json_output.h"
#include "sift.h"

namespace {

constexpr double kFlagRatio = 16 * 1.6;  // t(16x)/t(1x) above this: super-linear (noise allows some slack)

std::string repeat(const std::string& unit, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() < bytes) s += unit;
    return s;
}

const std::string kSentence = "The council met on Tuesday to discuss the new library budget for next year.";

struct Family {
    const char* name;
    const char* kind;  // "text" or "html"
    std::function<std::string(std::size_t)> make;  // approx. bytes -> input
};

std::vector<Family> families() {
    return {
        {"short_lines", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "line " + std::to_string(i) + "\n"; return s; }},
        {"identical_lines", "text", [](std::size_t n) { return repeat(kSentence + "\n", n); }},
        {"identical_chrome_lines", "text", [](std::size_t n) { return repeat("Share on Facebook\n", n); }},
        {"distinct_paragraphs", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "Paragraph " + std::to_string(i) + " says something about item " + std::to_string(i % 1013) + " and more.\n\n"; return s; }},
        {"heading_paragraph_pairs", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "Section " + std::to_string(i) + "\n\n" + kSentence + " " + kSentence + "\n\n"; return s; }},
        {"identical_headings", "text", [](std::size_t n) { return repeat("Introduction\n\n" + kSentence + "\n\n", n); }},
        {"hard_wrapped_lines", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "Line " + std::to_string(i) + " of a hard-wrapped e-mail body, filled up to the usual width.\n"; return s; }},
        {"sentences_one_line", "text", [](std::size_t n) { return repeat(kSentence + " ", n); }},
        {"distinct_sentences_one_line", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "Sentence " + std::to_string(i) + " is about topic " + std::to_string(i % 977) + ". "; return s; }},
        {"one_line_no_spaces", "text", [](std::size_t n) { return std::string(n, 'x'); }},
        {"cjk_one_line", "text", [](std::size_t n) { return repeat("中文文本没有空格。北京上海广州深圳的经济发展很快。", n); }},
        {"cjk_lines", "text", [](std::size_t n) { std::string s; for (int i = 0; s.size() < n; ++i) s += "第" + std::to_string(i) + "段：北京上海广州深圳的经济发展很快，人民生活水平提高。\n"; return s; }},
        {"whitespace_only", "text", [](std::size_t n) { return repeat(" \t\n\xC2\xA0\n", n); }},
        {"invalid_utf8", "text", [](std::size_t n) { return repeat("word \xC3 \xED\xA0\x80 \xF4\x90\x80\x80 \x80\xBF text.\n", n); }},
        {"nul_bytes", "text", [](std::size_t n) { return repeat(std::string("a\0b\0 sentence here.\n", 20), n); }},
        {"bullets", "text", [](std::size_t n) { return repeat("\xE2\x80\xA2 item one of a list\n", n); }},
        {"html_paragraphs", "html", [](std::size_t n) { std::string s = "<html><body><article>"; for (int i = 0; s.size() < n; ++i) s += "<p>" + kSentence + " Item " + std::to_string(i) + ".</p>\n"; return s; }},
        {"html_nested_divs", "html", [](std::size_t n) { return repeat("<div>", n) + kSentence; }},
        {"html_nested_divs_text", "html", [](std::size_t n) { return repeat("<div>" + kSentence, n); }},
        {"html_nested_closed", "html", [](std::size_t n) { return repeat("<div>", n / 11) + kSentence + repeat("</div>", n / 11); }},
        {"html_stray_close_tags", "html", [](std::size_t n) { return repeat("</div></p></li>", n) + kSentence; }},
        {"html_unclosed_inline", "html", [](std::size_t n) { return repeat("<b><i><span>" + kSentence, n); }},
        {"html_unterminated_comment", "html", [](std::size_t n) { return "<p>" + kSentence + "</p><!--" + std::string(n, 'x'); }},
        {"html_unterminated_attr", "html", [](std::size_t n) { return "<p>" + kSentence + "</p><a href=\"" + std::string(n, 'y'); }},
        {"html_entities", "html", [](std::size_t n) { return "<p>" + repeat("&amp;&lt;&#x1F600;&nbsp;&hellip;&NotAnEntity; ", n) + "</p>"; }},
        {"html_attr_storm", "html", [](std::size_t n) { return "<div " + repeat("a=b ", n) + ">" + kSentence + "</div>"; }},
        {"html_br_storm", "html", [](std::size_t n) { return "<p>" + repeat("<br>", n) + "</p>"; }},
        {"html_table_rows", "html", [](std::size_t n) { return "<table>" + repeat("<tr><td>cell a</td><td>cell b</td></tr>", n) + "</table>"; }},
        {"html_list_items", "html", [](std::size_t n) { return "<ul>" + repeat("<li><a href=\"/x\">Link text here</a></li>", n) + "</ul>"; }},
        {"html_lt_storm", "html", [](std::size_t n) { return "<p>" + repeat("< <a <! </ <? ", n); }},
    };
}

long max_rss_kb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;  // kilobytes on Linux
}

int run_child(const Family& f, std::size_t bytes, int runs) {
    const std::string input = f.make(bytes);
    sift::Options o;
    const bool html = std::strcmp(f.kind, "html") == 0;
    o.input = html ? sift::InputKind::Html : sift::InputKind::Text;
    const long rss0 = max_rss_kb();
    std::vector<double> t;
    std::size_t sink = 0;
    bool ok = true;
    std::string code;
    for (int r = 0; r < runs; ++r) {
        const auto a = std::chrono::steady_clock::now();
        const sift::Article art = html ? sift::extract({}, input, o) : sift::extract(input, {}, o);
        sink += sift::article_to_json(art).size();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
        ok = art.ok;
        code = art.error.code;
    }
    std::sort(t.begin(), t.end());
    std::printf("%zu %.6f %ld %ld %d %s %zu\n", input.size(), t[t.size() / 2], rss0, max_rss_kb(), ok ? 1 : 0,
                code.empty() ? "-" : code.c_str(), sink);
    return 0;
}

struct Result { bool done = false; std::size_t bytes = 0; double seconds = 0; long rss0 = 0, rss1 = 0; bool ok = false; std::string code; };

Result run_in_child(const char* self, const Family& f, std::size_t bytes, int runs, int timeout_s) {
    int fds[2];
    if (pipe(fds) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        alarm(static_cast<unsigned>(timeout_s));  // SIGALRM kills a hung child
        const std::string b = std::to_string(bytes), r = std::to_string(runs);
        execl(self, self, "--child", f.name, b.c_str(), r.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[512];
    ssize_t k;
    while ((k = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(k));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    Result res;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return res;
    char code[64] = {0};
    int ok = 0;
    if (std::sscanf(out.c_str(), "%zu %lf %ld %ld %d %63s", &res.bytes, &res.seconds, &res.rss0, &res.rss1, &ok, code) == 6) {
        res.done = true;
        res.ok = ok != 0;
        res.code = code;
    }
    return res;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<Family> all = families();
    if (argc == 5 && std::strcmp(argv[1], "--child") == 0) {
        for (const Family& f : all)
            if (std::strcmp(f.name, argv[2]) == 0) return run_child(f, std::strtoull(argv[3], nullptr, 10), std::atoi(argv[4]));
        return 3;
    }
    int runs = 3, timeout_s = 120;
    std::size_t base = 512 * 1024;  // 1x; 16x = 8 MiB, well under the 32 MiB cap
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--base") && i + 1 < argc) base = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!std::strcmp(argv[i], "--timeout") && i + 1 < argc) timeout_s = std::atoi(argv[++i]);
        else { std::fprintf(stderr, "usage: %s [--runs N] [--base BYTES] [--only FAMILY] [--timeout S]\n", argv[0]); return 2; }
    }
    char self[4096];
    const ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0) return 2;
    self[len] = 0;

    std::printf("Scaling: extract()+JSON per family at 1x/4x/16x of %zu bytes; median of %d runs; each size in a fresh process\n", base, runs);
    std::printf("| %-28s | %-4s | %9s | %9s | %9s | %9s | %6s | %6s | %9s | %9s | %-6s |\n", "family", "kind", "MB(1x)", "ms 1x",
                "ms 4x", "ms 16x", "t4/t1", "t16/t1", "+RSS 1x", "+RSS 16x", "verdict");
    std::printf("|%s|\n", std::string(140, '-').c_str());
    int flagged = 0;
    for (const Family& f : all) {
        if (!only.empty() && only != f.name) continue;
        Result r[3];
        const std::size_t mult[3] = {1, 4, 16};
        for (int k = 0; k < 3; ++k) r[k] = run_in_child(self, f, base * mult[k], runs, timeout_s);
        auto ms = [](const Result& x) { return x.done ? x.seconds * 1e3 : -1.0; };
        const bool all_done = r[0].done && r[1].done && r[2].done;
        const double q4 = all_done && r[0].seconds > 0 ? r[1].seconds / r[0].seconds : 0;
        const double q16 = all_done && r[0].seconds > 0 ? r[2].seconds / r[0].seconds : 0;
        std::string verdict = "linear";
        if (!all_done) verdict = "TIMEOUT/CRASH";
        else if (q16 > kFlagRatio && r[2].seconds > 0.05) verdict = "SUPER-LINEAR";
        else if (!r[2].ok) verdict = "error:" + r[2].code;
        if (verdict == "SUPER-LINEAR" || verdict == "TIMEOUT/CRASH") ++flagged;
        std::printf("| %-28s | %-4s | %9.2f | %9.1f | %9.1f | %9.1f | %6.1f | %6.1f | %7.1fMB | %7.1fMB | %-6s |\n", f.name, f.kind,
                    r[0].bytes / 1e6, ms(r[0]), ms(r[1]), ms(r[2]), q4, q16, (r[0].rss1 - r[0].rss0) / 1024.0,
                    (r[2].rss1 - r[2].rss0) / 1024.0, verdict.c_str());
        std::fflush(stdout);
    }
    std::printf("\n+RSS = growth of peak RSS during extract() over the child's baseline (program + generated input).\n");
    std::printf("flagged: %d\nreproduce: cmake --build build --target bench_scaling && build/bench_scaling --runs %d --base %zu\n", flagged, runs, base);
    return flagged ? 1 : 0;
}
