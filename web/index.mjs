// index.mjs — the package entry ("sift-reader"): the core API, the worker
// client and the element class. Importing it defines nothing; import
// "sift-reader/define" (sift-reader.js) to register <sift-reader>.
export { loadSift, compileCore, extract, version, DEFAULT_MAX_INPUT_BYTES } from './sift.mjs';
export { SiftClient, SiftCancelled, SiftTimeout, DEFAULT_TIME_LIMIT_MS } from './sift-client.mjs';
export { SiftReaderElement, SiftReaderElement as default } from './sift-reader-element.mjs';
