// The wasm core (web/gen/sift-core.mjs) loaded in Node, for the Node tests.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmJs = path.join(root, 'web/gen/sift-core.mjs');

export async function loadCore() {
  // Emscripten 3.1.6's ES module still reaches for CommonJS `require` and
  // `__dirname` when it runs under Node; give it both.
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= path.dirname(wasmJs);
  const { default: createSiftCore } = await import(wasmJs);
  // Node 20 cannot fetch() a file path (TOOLCHAIN.md quirk 3): hand over the bytes.
  return createSiftCore({ wasmBinary: fs.readFileSync(wasmJs.replace(/\.mjs$/, '.wasm')) });
}
