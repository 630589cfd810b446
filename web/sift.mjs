// sift.mjs — the JavaScript face of the WebAssembly core.
//
// Input: pasted text (and optionally the clipboard's HTML flavour).
// Output: the parsed schema-1 result object (see docs/ARCHITECTURE.md); the
// core always answers in that one shape, errors included, so callers branch on
// `result.ok`, never on exceptions. Loading problems (core not built, wasm
// blocked by a Content-Security-Policy) reject the promise from loadSift().
//
// Everything is located relative to this file (import.meta.url), so the folder
// can be served from anywhere. The .wasm file is fetched and compiled once per
// realm (streaming compilation in browsers), at the same time as the JS glue is
// imported, and the compiled module is shared by every instance created here;
// compileCore() hands it out, e.g. for a worker (sift-client.mjs).

const CORE_MODULE_URL = new URL('./gen/sift-core.mjs', import.meta.url);
const CORE_WASM_URL = new URL('./gen/sift-core.wasm', import.meta.url);

/** Default upper bound on the paste size, mirrors the core's own default (32 MiB). */
export const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

let compiledWasm = null;   // Promise<WebAssembly.Module>, keyed implicitly by CORE_WASM_URL
let defaultSift = null;    // Promise<Sift> for the module-level helpers

const isNode = typeof process !== 'undefined' && !!process.versions?.node
  && typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

async function readWasmBytes(url) {
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url);
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not load ${url.pathname} (HTTP ${response.status})`);
  return response;
}

async function compileWasm(url) {
  const source = await readWasmBytes(url);
  if (source instanceof Response) {
    // Streaming compilation needs the application/wasm MIME type; fall back to
    // a buffered compile for servers that get it wrong.
    if (typeof WebAssembly.compileStreaming === 'function'
        && (source.headers.get('content-type') || '').startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(source);
    }
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}

function describeLoadError(error) {
  const text = String(error?.message || error);
  if (/Content Security Policy|wasm-unsafe-eval|CompileError.*disallowed/i.test(text)) {
    return new Error('WebAssembly is blocked by this page\'s Content-Security-Policy; '
      + "add 'wasm-unsafe-eval' to script-src. (" + text + ')', { cause: error });
  }
  if (/Failed to fetch dynamically imported module|Cannot find module|404/i.test(text)) {
    return new Error('The Sift core (gen/sift-core.mjs) is missing: build it with '
      + 'scripts/build.sh or serve.py. (' + text + ')', { cause: error });
  }
  return error instanceof Error ? error : new Error(text);
}

/**
 * The compiled core (a WebAssembly.Module) from the default location, fetched
 * and compiled once per realm. Rejects as loadSift() would.
 * @returns {Promise<WebAssembly.Module>}
 */
export function compileCore() {
  return sharedCompile().catch((error) => { throw describeLoadError(error); });
}

function sharedCompile() {
  compiledWasm ??= compileWasm(CORE_WASM_URL).catch((error) => { compiledWasm = null; throw error; });
  return compiledWasm;
}

async function wasmModuleFor(options, wasmUrl) {
  const given = await options.wasmModule;
  if (given) return given;
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  if (wasmUrl.href === CORE_WASM_URL.href) return sharedCompile();
  return compileWasm(wasmUrl);
}

/**
 * Loads the core and returns a Sift object with synchronous `extract` and `version`.
 * @param {{wasmUrl?: string|URL, moduleUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array,
 *          wasmModule?: WebAssembly.Module|Promise<WebAssembly.Module|null>}} [options]
 *   wasmModule: an already compiled core (compileCore(), possibly from another realm), so
 *   nothing is fetched or compiled; a promise of null means "load it as usual".
 */
export async function loadSift(options = {}) {
  const moduleUrl = options.moduleUrl ? new URL(options.moduleUrl, import.meta.url) : CORE_MODULE_URL;
  const wasmUrl = options.wasmUrl ? new URL(options.wasmUrl, import.meta.url) : CORE_WASM_URL;
  try {
    // Two independent downloads: fetch + compile the wasm while the glue is imported.
    const [wasmModule, { default: createSiftCore }] = await Promise.all([
      wasmModuleFor(options, wasmUrl),
      import(moduleUrl.href),
    ]);
    const core = await instantiate(createSiftCore, wasmModule);
    return wrapCore(core);
  } catch (error) {
    throw describeLoadError(error);
  }
}

function instantiate(createSiftCore, wasmModule) {
  // The Emscripten factory does not reject when a custom instantiateWasm fails,
  // so instantiation errors are raced against the factory's own promise.
  return new Promise((resolve, reject) => {
    createSiftCore({
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(wasmModule, imports)
          .then((instance) => receiveInstance(instance, wasmModule))
          .catch(reject);
        return {}; // asynchronous instantiation
      },
    }).then(resolve, reject);
  });
}

// The result shape for a failure outside the core's own checks (the wasm heap
// ran out while copying a huge paste in, or the instance trapped).
function failureResult(code, message) {
  return {
    schema: 1, ok: false, error: { code, message }, title: '', byline: null, source: null, site_name: null,
    published: null, editor: null, lang: 'und', dir: 'ltr', input: 'text', excerpt: null, body: [], outline: [],
    summary: [], keywords: [], stats: { units: 0, sentences: 0, reading_minutes: 0 }, removed: [], warnings: [],
  };
}

function wrapCore(core, onBroken = () => {}) {
  const coreVersion = String(core.version());
  let broken = false;
  return Object.freeze({
    /** The core's version string, e.g. "0.1.0". */
    version: () => coreVersion,
    /** True once a call trapped: this instance must be replaced (loadSift() again). */
    get broken() { return broken; },
    /**
     * Extracts the article. Never throws for bad input: returns {ok:false, error}.
     * @param {string} text the text/plain flavour (may be '')
     * @param {{html?: string, input?: 'auto'|'text'|'html', maxInputBytes?: number}} [opts]
     */
    extract(text, opts = {}) {
      const options = {};
      if (opts.input) options.input = opts.input;
      if (opts.maxInputBytes != null) options.maxInputBytes = opts.maxInputBytes;
      if (broken) return failureResult('instance_lost', 'Sift stopped after running out of memory; load it again.');
      try {
        const json = core.extract(String(text ?? ''), String(opts.html ?? ''), JSON.stringify(options));
        return JSON.parse(json);
      } catch (error) {
        // Out of memory arrives as a RangeError (the core's new-handler, or the
        // glue's allocation check, see wasm/api.js); any other C++ exception as a
        // bare number, a trap as a RuntimeError. Either way the heap may be
        // inconsistent, so this instance is retired.
        broken = true;
        onBroken();
        const outOfMemory = error instanceof RangeError;
        return outOfMemory
          ? failureResult('out_of_memory', 'The paste is too large for the memory available to this page.')
          : failureResult('internal_error', `Sift failed on this input (${String(error?.message || error)}).`);
      }
    },
  });
}

function sharedSift() {
  defaultSift ??= loadSift().catch((error) => { defaultSift = null; throw error; });
  return defaultSift;
}

/** One-shot helper: loads (once) and extracts. */
export async function extract(text, opts) {
  const sift = await sharedSift();
  const result = sift.extract(text, opts);
  if (sift.broken) defaultSift = null;  // the next call loads a fresh instance
  return result;
}

/** One-shot helper: the core's version. */
export async function version() {
  return (await sharedSift()).version();
}
