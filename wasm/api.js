// api.js — appended to the generated module (--post-js): Module.extract over
// the Embind functions extractUtf8 and releaseResult (bindings.cpp).
// Module.version comes from Embind directly.
//
// Both directions cross as UTF-8 in heap blocks: the platform's TextEncoder
// writes the inputs, its TextDecoder reads the result, much faster than
// per-character JavaScript loops on large pastes and results. Lone
// surrogates in the input become U+FFFD, as in any UTF-8 encoding of a
// JavaScript string. When a call throws (out of memory, or a trap) the
// instance is to be retired (web/sift.mjs does so), so nothing is freed on
// that path.
var siftEncoder = new TextEncoder();
var siftDecoder = new TextDecoder();

// Copies a string into a fresh heap block; returns [pointer, byte length].
function siftCopyIn(str) {
  var bytes = siftEncoder.encode(str);
  var ptr = _malloc(bytes.length || 1);
  if (!ptr) throw new RangeError('Sift ran out of memory');
  HEAPU8.set(bytes, ptr);  // HEAPU8 is read after the allocation: heap growth replaces it
  return [ptr, bytes.length];
}

/** extract(text, html, optionsJson) -> the schema-1 result as a JSON string. */
Module['extract'] = function (text, html, optionsJson) {
  var t = siftCopyIn(text);
  var h = siftCopyIn(html);
  var o = siftCopyIn(optionsJson);
  var span = Module['extractUtf8'](t[0], t[1], h[0], h[1], o[0], o[1]) >> 2;
  // HEAPU8/HEAPU32 are read after the call: the heap may have grown during it.
  var ptr = HEAPU32[span], size = HEAPU32[span + 1];
  var json = siftDecoder.decode(HEAPU8.subarray(ptr, ptr + size));
  Module['releaseResult']();
  _free(t[0]);
  _free(h[0]);
  _free(o[0]);
  return json;
};
