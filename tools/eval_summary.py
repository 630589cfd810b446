#!/usr/bin/env python3
"""Summary quality against human-written page descriptions, next to lead-N.

No reference summaries come with the paste corpus, but most pages carry a
description written by their editors (expected.json "excerpt", from
<meta name=description> / og:description). This script scores Sift's summary
and the lead-N baseline (the first N sentences of at least six tokens of
Sift's own body, N = the number of summary sentences) against that excerpt
with ROUGE-1 and ROUGE-2 F1 (token unigrams/bigrams; CJK characters are
tokens of their own, Latin words lower-cased). Both are cut to the excerpt's
length in tokens first, as ROUGE evaluations with a length limit do: F1
otherwise rewards whichever output is shorter.

Pages whose excerpt is copied from the article's opening (many sites fill the
description with the first sentence or paragraph) make lead-N unbeatable by
construction; they are reported apart ("lead-copied"): the excerpt counts as
copied when ROUGE-1 between it and as many of the body's first tokens exceeds
0.8.

usage: tools/eval_summary.py [--sift build/sift] [--corpus ../shared/corpus/readability] [--input text|html] [--check]

--check exits 1 unless Sift's ROUGE-1 and ROUGE-2 on the independent
excerpts are at least lead-N's (the CTest gate summary_vs_lead_*).
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')
WORD = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+')
SENTENCE_END = re.compile(r'(?<=[.!?。！？])["”’)\]]*\s+|(?<=[。！？])')


LEAD_COPY_ROUGE = 0.8  # the excerpt is the article's opening, give or take a word
MIN_SENTENCE_TOKENS = 6  # "Image", "Read Later", "Feb.": not sentences of the lead


def tokens(text):
    return WORD.findall(unicodedata.normalize('NFKC', text).lower())


def rouge_n(pred, ref, n):
    def grams(t):
        return collections.Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))
    p, r = grams(pred), grams(ref)
    overlap = sum((p & r).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def lead_sentences(body, count):
    out = []
    for block in body:
        if block.get('type') not in ('p', 'li', 'quote'):
            continue
        for s in SENTENCE_END.split(block['text']):
            if len(tokens(s)) >= MIN_SENTENCE_TOKENS:
                out.append(s.strip())
            if len(out) >= count:
                return out
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--sift', default='build/sift')
    ap.add_argument('--corpus', default='../shared/corpus/readability')
    ap.add_argument('--input', choices=['text', 'html'], default='text')
    ap.add_argument('--check', action='store_true', help='fail unless Sift >= lead-N on independent excerpts')
    args = ap.parse_args()
    cases = sorted(glob.glob(os.path.join(args.corpus, '*', 'expected.json')))
    if not cases:
        print('no corpus at %s' % args.corpus, file=sys.stderr)
        return 77
    totals = collections.defaultdict(lambda: collections.defaultdict(float))
    counts = collections.Counter()
    for exp_path in cases:
        folder = os.path.dirname(exp_path)
        excerpt = json.load(open(exp_path, encoding='utf-8')).get('excerpt') or ''
        ref = tokens(excerpt)
        if len(ref) < 8:
            continue
        source = os.path.join(folder, 'pasted.txt' if args.input == 'text' else 'pasted.html')
        if not os.path.exists(source):
            continue
        run = subprocess.run([args.sift, '--input', args.input, source], capture_output=True, text=True)
        if run.returncode != 0:
            continue
        article = json.loads(run.stdout)
        summary = [s['text'] for s in article.get('summary', [])]
        if not summary:
            continue
        lead = lead_sentences(article.get('body', []), len(summary))
        opening = tokens(' '.join(b['text'] for b in article.get('body', []) if b.get('type') in ('p', 'li', 'quote')))[:len(ref)]
        group = 'lead-copied' if rouge_n(opening, ref, 1) > LEAD_COPY_ROUGE else 'independent'
        counts[group] += 1
        for name, text in (('sift', ' '.join(summary)), ('lead-N', ' '.join(lead))):
            t = tokens(text)[:len(ref)]  # the same length budget for both: ROUGE favours short output otherwise
            totals[group][name + ' R1'] += rouge_n(t, ref, 1)
            totals[group][name + ' R2'] += rouge_n(t, ref, 2)
    print('| excerpts | pages | Sift R1 | lead-N R1 | Sift R2 | lead-N R2 |')
    print('|---|---:|---:|---:|---:|---:|')
    for group in ('independent', 'lead-copied'):
        n = counts[group]
        if not n:
            continue
        t = totals[group]
        print('| %s | %d | %.3f | %.3f | %.3f | %.3f |' % (
            group, n, t['sift R1'] / n, t['lead-N R1'] / n, t['sift R2'] / n, t['lead-N R2'] / n))
    if args.check:
        t = totals['independent']
        if not counts['independent']:
            return 77
        if t['sift R1'] < t['lead-N R1'] or t['sift R2'] < t['lead-N R2']:
            print('FAIL: the summary scores below lead-N on human-written excerpts', file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
