// sift-client.mjs — the page side of worker.mjs: one extraction at a time,
// with a time limit, progress callbacks and cancellation.
//
// A wasm call cannot be interrupted, so cancel (and the time limit) terminate
// the worker and start a fresh one. The core is fetched and compiled once per
// page (compileCore(), while the first worker starts) and the compiled module
// is handed to every worker, so a fresh one only instantiates it. When Workers
// are unavailable (e.g. a host CSP without worker-src 'self'), the client
// falls back to the main thread.
import { compileCore, loadSift } from './sift.mjs';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/** Default time limit for one extraction, in milliseconds. */
export const DEFAULT_TIME_LIMIT_MS = 20_000;

export class SiftCancelled extends Error {
  constructor() { super('Cancelled.'); this.name = 'SiftCancelled'; this.code = 'cancelled'; }
}

export class SiftTimeout extends Error {
  constructor(ms) {
    super(`Sift gave up after ${Math.round(ms / 1000)} seconds. Try pasting a smaller part of the page.`);
    this.name = 'SiftTimeout';
    this.code = 'timeout';
  }
}

export class SiftClient {
  /** @param {{timeLimitMs?: number, useWorker?: boolean, onReady?: (version: string) => void, onLoadError?: (message: string) => void}} [options] */
  constructor(options = {}) {
    this.onReady = options.onReady ?? null;
    this.onLoadError = options.onLoadError ?? null;
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.useWorker = options.useWorker ?? typeof Worker === 'function';
    this.version = null;
    this._worker = null;
    this._pending = null; // {id, resolve, reject, onProgress, timer}
    this._nextId = 1;
    this._readyWaiters = [];
  }

  /** Starts loading the core in advance (optional). */
  warmUp() {
    if (this.useWorker && this._ensureWorker()) return;
    this._mainThread().catch(() => {});
  }

  get busy() { return this._pending !== null; }

  /**
   * Runs one extraction. Resolves with the schema-1 result (which may have ok:false);
   * rejects with SiftCancelled, SiftTimeout, or an Error when the core cannot load.
   */
  extract(text, { html = '', input, maxInputBytes, onProgress } = {}) {
    if (this._pending) this.cancel();
    const options = {};
    if (input) options.input = input;
    if (maxInputBytes != null) options.maxInputBytes = maxInputBytes;
    if (!this.useWorker) return this._extractHere(text, html, options, onProgress);

    const worker = this._ensureWorker();
    if (!worker) return this._extractHere(text, html, options, onProgress);
    const id = this._nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this._fail(new SiftTimeout(this.timeLimitMs));
        this._restartWorker();
      }, this.timeLimitMs);
      this._pending = { id, resolve, reject, onProgress, timer };
      onProgress?.('queued');
      worker.postMessage({ type: 'extract', id, text, html, options });
    });
  }

  /** Stops the running extraction, if any (its promise rejects with SiftCancelled). */
  cancel() {
    if (!this._pending) return;
    this._fail(new SiftCancelled());
    this._restartWorker();
  }

  /** Releases the worker. */
  dispose() {
    this.cancel();
    this._worker?.terminate();
    this._worker = null;
  }

  _fail(error) {
    const pending = this._pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this._pending = null;
    pending.reject(error);
  }

  _ensureWorker() {
    if (this._worker) return this._worker;
    try {
      this._worker = new Worker(WORKER_URL, { type: 'module', name: 'sift-core' });
    } catch {
      this.useWorker = false; // blocked by policy: fall back to the main thread
      return null;
    }
    const worker = this._worker;
    // A page that may not compile wasm (or a module that cannot be cloned)
    // sends null: the worker then loads the core itself.
    compileCore().catch(() => null).then((module) => {
      try {
        worker.postMessage({ type: 'init', module });
      } catch {
        worker.postMessage({ type: 'init', module: null });
      }
    });
    this._worker.addEventListener('message', (event) => this._onMessage(event.data));
    this._worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this._fail(new Error(event.message || 'The Sift worker failed to start.'));
      this._worker?.terminate();
      this._worker = null;
    });
    return this._worker;
  }

  _restartWorker() {
    this._worker?.terminate();
    this._worker = null;
    if (this.useWorker) this._ensureWorker();
  }

  _onMessage(message) {
    if (!message) return;
    if (message.type === 'ready') {
      this.version = message.version;
      this.onReady?.(message.version);
      return;
    }
    if (message.type === 'failed' && message.id === undefined) this.onLoadError?.(message.message);
    const pending = this._pending;
    if (!pending || (message.id !== undefined && message.id !== pending.id)) {
      if (message.type === 'failed' && message.id === undefined && pending) {
        this._fail(new Error(message.message));
      }
      return;
    }
    if (message.type === 'progress') {
      pending.onProgress?.(message.stage);
    } else if (message.type === 'result') {
      clearTimeout(pending.timer);
      this._pending = null;
      pending.onProgress?.('done');
      pending.resolve(message.result);
    } else if (message.type === 'failed') {
      this._fail(new Error(message.message));
    }
  }

  _mainThread() {
    this._siftPromise ??= loadSift().then((core) => {
      this.version = core.version();
      this.onReady?.(this.version);
      return core;
    }).catch((error) => {
      this._siftPromise = null;
      this.onLoadError?.(String(error?.message || error));
      throw error;
    });
    return this._siftPromise;
  }

  async _extractHere(text, html, options, onProgress) {
    onProgress?.('loading');
    const core = await this._mainThread();
    onProgress?.('extracting');
    // Let the progress indicator paint before the synchronous call.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = core.extract(text, { html, ...options });
    onProgress?.('done');
    return result;
  }
}
