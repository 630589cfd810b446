#!/usr/bin/env node
// Browser benchmark (issue 6): Sift's wasm core vs Mozilla Readability in
// headless Debian Chromium, plus the wasm core in Node.
//
//   node bench/browser-bench.mjs [--runs N] [--loads N] [--limit N]
//
// Needs web/gen/sift-core.{mjs,wasm} (bash scripts/build.sh), node_modules
// (npm ci: playwright-core, @mozilla/readability) and ../shared/corpus.
// Serves the repo and the corpus on 127.0.0.1 only (own small HTTP server),
// loads bench/browser-bench.html, and for every corpus page times
//   - Sift extract on pasted.txt (and on pasted.html),
//   - Readability: DOMParser + new Readability(doc).parse() on pasted.html,
// each the median of N runs after one warm-up. Prints per-page times and
// ratios, their median, the module load time (median of several fresh page
// loads: the page's loader, the bare Emscripten factory, and a Web Worker with
// and without the page's compiled module; compile + instantiate without the
// network; and warm, from the HTTP cache), the bundle size (raw and gzip -9),
// and the same text timing for the wasm core in Node.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const RUNS = opt('--runs', 5), LOADS = opt('--loads', 7), LIMIT = opt('--limit', Infinity);

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); const n = s.length; return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const sum = (xs) => xs.reduce((a, b) => a + (b ?? 0), 0);

const wasmJs = path.join(root, 'web/gen/sift-core.mjs');
const wasmBin = path.join(root, 'web/gen/sift-core.wasm');
if (!fs.existsSync(wasmJs) || !fs.existsSync(wasmBin)) { console.error('web/gen/sift-core.{mjs,wasm} missing: bash scripts/build.sh'); process.exit(2); }
if (!fs.existsSync(corpus)) { console.error(`no corpus at ${corpus}`); process.exit(77); }

// ---- corpus pages -------------------------------------------------------------
const pages = [];
for (const set of fs.readdirSync(corpus).sort()) {
  const dir = path.join(corpus, set);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (fs.existsSync(path.join(dir, name, 'pasted.txt'))) pages.push(`${set}/${name}`);
  }
}
pages.splice(LIMIT);

// ---- a small static server on 127.0.0.1 ----------------------------------------
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };
// Everything is sent with no-store (every load downloads and compiles again),
// except under /__cached__/: the same repository files with a cache lifetime,
// for the warm loads (HTTP cache, and V8's cache of compiled wasm code).
const server = http.createServer((req, res) => {
  let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const cached = url.startsWith('/__cached__/');
  if (cached) url = url.slice('/__cached__'.length);
  const base = url.startsWith('/__corpus__/') ? corpus : root;
  const rel = url.startsWith('/__corpus__/') ? url.slice('/__corpus__/'.length) : url.slice(1);
  const file = path.resolve(base, rel);
  if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
  // Cross-origin isolation (COOP + COEP; everything here is same-origin) gives
  // performance.now() 5 us resolution instead of 100 us: a median page takes
  // ~1 ms in Sift, so the coarse clock moved per-page ratios in 10 % steps.
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Cache-Control': cached ? 'max-age=3600' : 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- browser --------------------------------------------------------------------
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));

const loads = [];
for (let i = 0; i < LOADS; i++) {
  await page.goto(`${origin}/bench/browser-bench.html`);
  await page.waitForFunction(() => window.bench);
  loads.push(await page.evaluate(() => window.bench.loadCore()));
}
const version = loads[0].version;
const isolated = await page.evaluate(() => self.crossOriginIsolated);
const parts = [];
for (let i = 0; i < LOADS; i++) {
  await page.goto(`${origin}/bench/browser-bench.html`);
  await page.waitForFunction(() => window.bench);
  parts.push(await page.evaluate(() => window.bench.loadParts()));
}
// Warm loads: the first one fills the HTTP cache (and lets V8 cache the
// compiled code once it has tiered up), the others are timed.
const warm = [];
for (let i = 0; i <= LOADS; i++) {
  await page.goto(`${origin}/bench/browser-bench.html`);
  await page.waitForFunction(() => window.bench);
  const ms = await page.evaluate(() => window.bench.loadWarm());
  if (i > 0) warm.push(ms);
  else await new Promise((r) => setTimeout(r, 1500));  // time for tier-up and the code cache write
}

const rows = [];
for (const name of pages) {
  const r = await page.evaluate(([u, n]) => window.bench.page(u, n), [`/__corpus__/${name}`, RUNS]);
  rows.push({ name, ...r });
}
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
server.close();

// ---- wasm in Node -----------------------------------------------------------------
globalThis.require ??= createRequire(import.meta.url);
globalThis.__dirname ??= path.dirname(wasmJs);
const tNode0 = performance.now();
const { default: createSiftCore } = await import(wasmJs);
const nodeCore = await createSiftCore({ wasmBinary: fs.readFileSync(wasmBin) });
const nodeLoadMs = performance.now() - tNode0;
for (const row of rows) {
  const text = fs.readFileSync(path.join(corpus, row.name, 'pasted.txt'), 'utf8');
  const opts = JSON.stringify({ input: 'text' });
  nodeCore.extract(text, '', opts);
  const t = [];
  for (let i = 0; i < RUNS; i++) { const a = performance.now(); nodeCore.extract(text, '', opts); t.push(performance.now() - a); }
  row.nodeText = median(t);
}

// ---- report -----------------------------------------------------------------------
const kb = (b) => (b / 1024).toFixed(0);
const f1 = (x) => (x == null || Number.isNaN(x) ? '-' : x.toFixed(1));
const f2 = (x) => (x == null || Number.isNaN(x) ? '-' : x.toFixed(2));
console.log(`Sift ${version} (wasm) vs Mozilla Readability, headless Chromium ${context.browser()?.version?.() ?? ''}`.trim());
console.log(`${rows.length} corpus pages; each time the median of ${RUNS} runs after a warm-up (ms; clock resolution ${isolated ? '5 us, cross-origin isolated' : '100 us'})\n`);
console.log('| page | txt KB | html KB | Sift txt | Sift html | Readability | Readability / Sift txt | Node wasm txt |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const ratio = r.readability != null ? r.readability / r.siftText : null;
  r.ratio = ratio;
  console.log(`| ${r.name} | ${kb(r.textBytes)} | ${kb(r.htmlBytes)} | ${f2(r.siftText)} | ${f2(r.siftHtml)} | ${f2(r.readability)} | ${f2(ratio)} | ${f2(r.nodeText)} |`);
}
const withHtml = rows.filter((r) => r.readability != null);
const mbps = (bytes, ms) => (bytes / 1e6) / (ms / 1e3);
console.log('\nSummary');
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| median per-page ratio Readability / Sift(txt) (${withHtml.length} pages with HTML) | ${f2(median(withHtml.map((r) => r.ratio)))}x |`);
console.log(`| median per-page ratio Readability / Sift(html) | ${f2(median(withHtml.map((r) => r.readability / r.siftHtml)))}x |`);
console.log(`| median Sift txt / Readability / Sift html per page (ms) | ${f2(median(rows.map((r) => r.siftText)))} / ${f2(median(withHtml.map((r) => r.readability)))} / ${f2(median(withHtml.map((r) => r.siftHtml)))} |`);
console.log(`| total Sift txt (Chromium) | ${f1(sum(rows.map((r) => r.siftText)))} ms, ${f2(mbps(sum(rows.map((r) => r.textBytes)), sum(rows.map((r) => r.siftText))))} MB/s |`);
console.log(`| total Sift html (Chromium) | ${f1(sum(withHtml.map((r) => r.siftHtml)))} ms, ${f2(mbps(sum(withHtml.map((r) => r.htmlBytes)), sum(withHtml.map((r) => r.siftHtml))))} MB/s |`);
console.log(`| total Readability (Chromium) | ${f1(sum(withHtml.map((r) => r.readability)))} ms, ${f2(mbps(sum(withHtml.map((r) => r.htmlBytes)), sum(withHtml.map((r) => r.readability))))} MB/s |`);
console.log(`| total Sift txt (Node ${process.version}, wasm) | ${f1(sum(rows.map((r) => r.nodeText)))} ms, ${f2(mbps(sum(rows.map((r) => r.textBytes)), sum(rows.map((r) => r.nodeText))))} MB/s |`);
const loadMedian = (key) => f1(median(loads.map((l) => l[key])));
console.log(`| module load in Chromium, loadSift(): glue import + wasm fetch + compile + instantiate (median of ${LOADS} fresh page loads) | ${loadMedian('loadMs')} ms (network: glue ${loadMedian('glueFetchMs')} ms, wasm ${loadMedian('wasmFetchMs')} ms, in parallel) |`);
const partMedian = (key) => f1(median(parts.map((l) => l[key])));
console.log(`| of which, without the network (median of ${LOADS} fresh page loads): compile from memory + instantiate + glue and Embind init | ${f1(median(parts.map((l) => l.compileMs + l.instantiateMs + l.initMs)))} ms (${partMedian('compileMs')} + ${partMedian('instantiateMs')} + ${partMedian('initMs')}) |`);
console.log(`| module load in Chromium, loadSift() warm: glue and wasm from the HTTP cache (median of ${LOADS} page loads after a first one) | ${f1(median(warm))} ms |`);
console.log(`| module load in Chromium, Emscripten factory alone (import, then fetch + compile + instantiate) | ${loadMedian('factoryMs')} ms |`);
console.log(`| Web Worker start to ready, with the page's compiled module / compiling its own | ${loadMedian('workerMs')} / ${loadMedian('workerSelfMs')} ms |`);
console.log(`| module load in Node (import + instantiate, once) | ${f1(nodeLoadMs)} ms |`);
const js = fs.readFileSync(wasmJs), wasm = fs.readFileSync(wasmBin);
// The budget is stated for `gzip -9`; zlib at level 9 (what a server's
// on-the-fly compression uses) comes out ~2 % larger, so both are printed, in bytes too.
const zgz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const cgz = (f) => { try { return execFileSync('gzip', ['-9', '-c', f], { maxBuffer: 1 << 26 }).length; } catch { return NaN; } };
const kib = (n) => `${(n / 1024).toFixed(1)} KB (${n} B)`;
console.log(`| bundle sift-core.mjs + .wasm, raw | ${kb(js.length)} KB + ${kb(wasm.length)} KB = ${kb(js.length + wasm.length)} KB |`);
console.log(`| bundle sift-core.mjs + .wasm, gzip -9 | ${kib(cgz(wasmJs))} + ${kib(cgz(wasmBin))} = ${kib(cgz(wasmJs) + cgz(wasmBin))} |`);
console.log(`| bundle sift-core.mjs + .wasm, zlib level 9 | ${kib(zgz(js))} + ${kib(zgz(wasm))} = ${kib(zgz(js) + zgz(wasm))} |`);
const failed = rows.filter((r) => !r.siftOk).map((r) => r.name);
if (failed.length) console.log(`\nSift returned ok=false on: ${failed.join(', ')}`);
console.log(`\nreproduce: bash scripts/build.sh && node bench/browser-bench.mjs --runs ${RUNS} --loads ${LOADS}`);
