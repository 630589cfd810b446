// worker.mjs — runs the core off the main thread (module Web Worker).
//
// Protocol (all messages are plain objects):
//   page -> worker  {type: 'extract', id, text, html, options}
//   worker -> page  {type: 'ready', version}            once the core is loaded
//                   {type: 'progress', id, stage}       'loading' | 'extracting' | 'done'
//                   {type: 'result', id, result, ms}    result = schema-1 object (ok may be false)
//                   {type: 'failed', id?, message}      the core could not be loaded / crashed
// Cancelling is the page's job: it terminates this worker and starts a new one
// (a synchronous wasm call cannot be interrupted any other way).
import { loadSift } from './sift.mjs';

let siftPromise = null;

function sift() {
  siftPromise ??= loadSift();
  return siftPromise;
}

sift().then(
  (core) => self.postMessage({ type: 'ready', version: core.version() }),
  (error) => self.postMessage({ type: 'failed', message: String(error?.message || error) }),
);

self.addEventListener('message', async (event) => {
  const message = event.data;
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
