// In-page half of bench/browser-bench.mjs. Exposes window.bench.* for the
// driver: core load timing (the page's own loader, the bare Emscripten factory,
// and a Web Worker with and without the page's compiled module), and per-page
// timing of Sift (wasm, on the text/plain and the text/html flavour) and of
// Mozilla Readability (DOMParser + new Readability(doc).parse(), on the
// text/html flavour).
import { compileCore, loadSift } from '/web/sift.mjs';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function timeRuns(runs, fn) {
  fn();  // warm-up (JIT, first-touch allocations)
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return median(t);
}

let core = null;

// Network time of one resource of this page load (PerformanceResourceTiming).
function fetchMs(suffix) {
  const entry = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(suffix)).pop();
  return entry ? entry.responseEnd - entry.startTime : null;
}

// Milliseconds from new Worker() to its 'ready' message (web/worker.mjs).
async function timeWorker(module) {
  const a = performance.now();
  const worker = new Worker('/web/worker.mjs', { type: 'module' });
  worker.postMessage({ type: 'init', module });
  await new Promise((resolve, reject) => {
    worker.onmessage = (event) => (event.data?.type === 'ready' ? resolve() : reject(new Error(event.data?.message)));
  });
  worker.terminate();
  return performance.now() - a;
}

window.bench = {
  // One fresh load: the driver reloads the page between calls, so nothing is
  // reused but the HTTP cache (and the benchmark server sends no-store).
  //   loadMs: loadSift() as the page and the widget use it: the JS glue is
  //     imported while the wasm is fetched + compiled (streaming), then instantiated.
  //   factoryMs: the Emscripten factory alone (import the glue, then it fetches,
  //     compiles and instantiates the wasm itself), the measure before issue 6;
  //     taken after loadSift() in the same load, under other URLs (?factory).
  //   workerMs / workerSelfMs: a Web Worker to 'ready' with the page's compiled
  //     module (a worker restarted after a cancel) / fetching + compiling its own.
  async loadCore() {
    const a = performance.now();
    const sift = await loadSift();
    const loadMs = performance.now() - a;
    const glueFetchMs = fetchMs('/gen/sift-core.mjs');
    const wasmFetchMs = fetchMs('/gen/sift-core.wasm');
    const b = performance.now();
    const { default: createSiftCore } = await import('/web/gen/sift-core.mjs?factory');
    core = await createSiftCore({ locateFile: (file) => `/web/gen/${file}?factory` });
    const factoryMs = performance.now() - b;
    const workerMs = await timeWorker(await compileCore());
    const workerSelfMs = await timeWorker(null);
    return { loadMs, glueFetchMs, wasmFetchMs, factoryMs, workerMs, workerSelfMs, version: sift.version() };
  },

  // The module load without the network, on a fresh page load (V8 reuses a
  // module compiled earlier in the same page, so this runs alone): the wasm
  // bytes are fetched untimed, then compiled from memory (compileMs),
  // instantiated (instantiateMs), and the Emscripten factory finishes (initMs:
  // the glue's start-up and Embind's registrations, after instantiation).
  async loadParts() {
    const bytes = await (await fetch('/web/gen/sift-core.wasm?parts')).arrayBuffer();
    const { default: createSiftCore } = await import('/web/gen/sift-core.mjs?parts');
    const a = performance.now();
    const module = await WebAssembly.compile(bytes);
    const compileMs = performance.now() - a;
    let b, c;
    b = performance.now();
    const instance = await createSiftCore({
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(module, imports).then((inst) => { c = performance.now(); receiveInstance(inst, module); });
        return {};
      },
    });
    const initMs = performance.now() - c;
    instance.version();
    return { compileMs, instantiateMs: c - b, initMs };
  },

  // A load as on a repeat visit: loadSift() of a copy of web/ served with a
  // cache lifetime (/__cached__/), so the glue and the wasm come from the HTTP
  // cache and the compiled code from V8's code cache where Chromium kept it.
  // Returns loadSift()'s milliseconds; sift.mjs itself is imported untimed,
  // as in loadCore().
  async loadWarm() {
    const { loadSift: load } = await import('/__cached__/web/sift.mjs');
    const a = performance.now();
    const sift = await load();
    const ms = performance.now() - a;
    sift.version();
    return ms;
  },

  async page(url, runs) {
    if (!core) await this.loadCore();
    const text = await (await fetch(url + '/pasted.txt')).text();
    const htmlRes = await fetch(url + '/pasted.html');
    const html = htmlRes.ok ? await htmlRes.text() : '';
    const textOpts = JSON.stringify({ input: 'text' });
    const htmlOpts = JSON.stringify({ input: 'html' });
    let siftOk = true;
    const siftText = timeRuns(runs, () => { siftOk = JSON.parse(core.extract(text, '', textOpts)).ok !== false; });
    const siftHtml = html ? timeRuns(runs, () => core.extract('', html, htmlOpts)) : null;
    let readabilityOk = null;
    const readability = html
      ? timeRuns(runs, () => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          readabilityOk = new Readability(doc).parse() !== null;
        })
      : null;
    return {
      textBytes: new TextEncoder().encode(text).length,
      htmlBytes: new TextEncoder().encode(html).length,
      siftText, siftHtml, readability, siftOk, readabilityOk,
    };
  },
};
document.getElementById('status').textContent = 'ready';
