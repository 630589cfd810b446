// In-page half of bench/browser-bench.mjs. Exposes window.bench.* for the
// driver: core load timing, and per-page timing of Sift (wasm, on the
// text/plain and the text/html flavour) and of Mozilla Readability
// (DOMParser + new Readability(doc).parse(), on the text/html flavour).

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

window.bench = {
  // One fresh load in this page: import the Emscripten ES module, then
  // compile + instantiate (createSiftCore). The driver reloads the page
  // between calls, so nothing is reused but the HTTP cache.
  async loadCore() {
    const a = performance.now();
    const { default: createSiftCore } = await import('/web/gen/sift-core.mjs');
    const b = performance.now();
    core = await createSiftCore();
    const c = performance.now();
    return { importMs: b - a, instantiateMs: c - b, totalMs: c - a, version: core.version() };
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
