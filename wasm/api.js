// api.js — appended to the generated module (--post-js): Module.extract and
// Module.version over the C ABI in bindings.cpp.
//
// Strings cross as UTF-8 through the platform's TextEncoder/TextDecoder, much
// faster than a per-character JavaScript loop on large pastes. Lone surrogates
// in the input become U+FFFD, as in any UTF-8 encoding of a JavaScript string.
// When a call throws (out of memory, or a trap) the instance is to be retired
// (web/sift.mjs does so), so nothing is freed on that path.
var siftEncoder = new TextEncoder();
var siftDecoder = new TextDecoder();

function siftAlloc(size) {
  var ptr = _malloc(size || 1);
  if (!ptr) throw new RangeError('Sift ran out of memory');
  return ptr;
}

// Copies a string into a fresh heap block; returns [pointer, byte length].
function siftCopyIn(str) {
  var bytes = siftEncoder.encode(str);
  var ptr = siftAlloc(bytes.length);
  HEAPU8.set(bytes, ptr);  // HEAPU8 is read after the allocation: heap growth replaces it
  return [ptr, bytes.length];
}

/** extract(text, html, optionsJson) -> the schema-1 result as a JSON string. */
Module['extract'] = function (text, html, optionsJson) {
  var t = siftCopyIn(text);
  var h = siftCopyIn(html);
  var o = siftCopyIn(optionsJson);
  var sizePtr = siftAlloc(4);
  var json = _sift_extract(t[0], t[1], h[0], h[1], o[0], o[1], sizePtr);
  var result = siftDecoder.decode(HEAPU8.subarray(json, json + HEAPU32[sizePtr >> 2]));
  [t[0], h[0], o[0], sizePtr, json].forEach(function (ptr) { _free(ptr); });
  return result;
};

/** version() -> the core's version string, e.g. "0.1.0". */
Module['version'] = function () {
  return UTF8ToString(_sift_version());
};
