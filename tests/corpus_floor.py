#!/usr/bin/env python3
"""Corpus quality gate: runs ../shared/eval/score.py over the shared corpus with
the native CLI and fails if a figure drops below its floor. Floors only ever
rise (raise them when you improve; never lower one). Exit 77 = skipped (CTest
SKIP_RETURN_CODE) when ../shared is absent, as on a fresh clone."""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

# set -> {metric: floor}; measured figures sit a little above these.
FLOORS = {
    "seed": {"body_f1": 0.99, "title_acc": 1.0, "outline_f1": 1.0},
    "readability": {"body_f1": 0.924, "title_acc": 0.43, "outline_f1": 0.76},
}
# The same for the text/html flavour (--input html on pasted.html).
HTML_FLOORS = {
    "readability": {"body_f1": 0.970, "title_acc": 0.50, "outline_f1": 0.90},
}
# And for the page as saved from the web (source.html: <head>, scripts, no
# computed styles), which is how unseen benchmarks hand pages over.
SAVED_PAGE_FLOORS = {
    "readability": {"body_f1": 0.972, "title_acc": 0.75, "outline_f1": 0.90},
}


def score(shared, corpus, cmd):
    out = subprocess.run(
        [sys.executable, os.path.join(shared, "eval", "score.py"), "--cmd", cmd,
         "--corpus", os.path.join(shared, "corpus", corpus), "--jobs", "2"],
        capture_output=True, text=True, check=True).stdout
    last = out.strip().splitlines()[-1]
    figures = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}
    return last, figures


def link_errors(cli, case_dir, flavour):
    """Every outline entry and summary item must point at the body block it came from."""
    args = [cli, "--input", "html", os.path.join(case_dir, "pasted.html")] if flavour == "html" else [cli, os.path.join(case_dir, "pasted.txt")]
    out = json.loads(subprocess.run(args, capture_output=True, text=True).stdout)
    body, errors = out.get("body") or [], []
    for entry in out.get("outline") or []:
        b = entry.get("block", -1)
        if not (0 <= b < len(body)) or body[b]["text"] != entry["text"] or not body[b]["type"].startswith("h"):
            errors.append(f"outline entry {entry['text']!r} is not body block {b}")
    for item in out.get("summary") or []:
        b = item.get("block", -1)
        if not (0 <= b < len(body)) or item["text"] not in body[b]["text"]:
            errors.append(f"summary item {item['text'][:40]!r} is not in body block {b}")
    return errors


def check_links(cli, shared):
    failed = False
    for case_dir in sorted(glob.glob(os.path.join(shared, "corpus", "*", "*"))):
        for flavour in ("text", "html"):
            if not os.path.isfile(os.path.join(case_dir, "pasted.txt" if flavour == "text" else "pasted.html")):
                continue
            for error in link_errors(cli, case_dir, flavour):
                print(f"  FAIL {os.path.basename(case_dir)} ({flavour}): {error}")
                failed = True
    print("outline and summary entries link to their body blocks: " + ("no" if failed else "yes"))
    return failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.shared, "eval", "score.py")):
        print("corpus_floor: ../shared not found: skipped")
        return 77
    cli = os.path.abspath(args.cli)
    failed = False
    runs = [(FLOORS, f"{cli} {{file}}", "text")]
    if HTML_FLOORS:
        runs.append((HTML_FLOORS, f"{cli} --input html {{html}}", "html"))
    if SAVED_PAGE_FLOORS:
        runs.append((SAVED_PAGE_FLOORS, f"{cli} --input html {{dir}}/source.html", "saved page"))
    for floors, cmd, flavour in runs:
        for corpus, metrics in floors.items():
            if not os.path.isdir(os.path.join(args.shared, "corpus", corpus)):
                print(f"corpus_floor: {corpus} absent: skipped")
                continue
            line, figures = score(args.shared, corpus, cmd)
            print(f"{corpus} ({flavour}): {line}")
            for metric, floor in metrics.items():
                value = figures.get(metric)
                if value is None or value + 1e-9 < floor:
                    print(f"  FAIL {metric}={value} is below its floor {floor}")
                    failed = True
    failed = check_links(cli, args.shared) or failed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
