// worker.mjs — runs the core off the main thread (module Web Worker).
//
// Protocol (all messages are plain objects):
//   page -> worker  {type: 'init', module}              first; module = the page's compiled
//                                                       core (WebAssembly.Module) or null
//                   {type: 'extract', id, text, html, options}
//   worker -> page  {type: 'ready', version}            once the core is loaded
//                   {type: 'progress', id, stage}       'loading' | 'extracting' | 'done'
//                   {type: 'result', id, result, ms}    result = schema-1 object (ok may be false)
//                   {type: 'failed', id?, message}      the core could not be loaded / crashed
// Cancelling is the page's job: it terminates this worker and starts a new one
// (a synchronous wasm call cannot be interrupted any other way).
import { loadSift } from './sift.mjs';

// The page compiles the core once and hands the module to every worker it
// starts, so a worker replaced after a cancel neither fetches nor compiles.
// Without one (null), this worker fetches and compiles the core itself.
let receiveModule;
const pageModule = new Promise((resolve) => { receiveModule = resolve; });
let siftPromise = null;

function sift() {
  // The glue is imported right away, in parallel with waiting for the module.
  siftPromise ??= loadSift({ wasmModule: pageModule });
  return siftPromise;
}

sift().then(
  (core) => self.postMessage({ type: 'ready', version: core.version() }),
  (error) => self.postMessage({ type: 'failed', message: String(error?.message || error) }),
);

self.addEventListener('message', async (event) => {
  const message = event.data;
  if (message?.type === 'init') receiveModule(message.module ?? null);
  if (!message || message.type !== 'extract') return;
  const { id } = message;
  try {
    self.postMessage({ type: 'progress', id, stage: 'loading' });
    const core = await sift();
    self.postMessage({ type: 'progress', id, stage: 'extracting' });
    const started = performance.now();
    const result = core.extract(message.text ?? '', { html: message.html ?? '', ...message.options });
    if (core.broken) siftPromise = null;  // out of memory: the next paste gets a fresh instance
    self.postMessage({ type: 'result', id, result, ms: Math.round(performance.now() - started) });
  } catch (error) {
    siftPromise = null; // a trap may leave the instance unusable; start afresh next time
    self.postMessage({ type: 'failed', id, message: String(error?.message || error) });
  }
});
