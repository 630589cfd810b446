// The pathological families of tests/unit/test_pathological.cpp, run through
// the WebAssembly module in Node: every one returns a schema-1 result or a
// clear error, never a throw or an abort, and the module stays usable after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './load-core.mjs';



const sentence = 'The council said on Tuesday that the coastal road would stay closed until the sea wall was inspected. ';
const families = {
  'empty': ['', ''],
  'whitespace only': [' \n\t\u3000\n'.repeat(1000), ''],
  'one 10 MB line': ['word '.repeat(2_000_000), ''],
  '10^6 short lines': ['ab\n'.repeat(1_000_000), ''],
  '10^5 identical lines': [(sentence + '\n').repeat(100_000), ''],
  '10^5 sentences without a newline': [sentence.repeat(100_000), ''],
  'lone surrogates and replacement characters': ['\uD800 text \uDFFF more \uFFFD'.repeat(10_000), ''],
  'NULs and controls': ['a\u0000b\u0001c\u007f\n'.repeat(50_000), ''],
  'every script\'s punctuation': ['。！？；…「」『』《》،؟।॥።፧・«»‹›“”„‚¡¿\n'.repeat(20_000), ''],
  'deeply nested never-closed HTML': ['', '<div>'.repeat(100_000) + 'deep text'],
  'unterminated comment': ['', '<p>before</p><!-- never closed ' + 'x'.repeat(100_000)],
  'unterminated attribute': ['', '<p title="never closed>' + 'y '.repeat(100_000)],
  'entity storm': ['', '<p>' + '&amp;&lt;&#x1F600;&notin;&bogus;'.repeat(50_000) + '</p>'],
  '5*10^6 one-letter lines': ['a\n'.repeat(5_000_000), ''],
};

test('pathological pastes give a result or a clear error in wasm', async (t) => {
  const core = await loadCore();
  for (const [name, [text, html]] of Object.entries(families)) {
    const out = JSON.parse(core.extract(text, html, html ? '{"input":"html"}' : '{"input":"text"}'));
    assert.equal(out.schema, 1, name);
    if (!out.ok) assert.ok(['empty_input', 'input_too_large'].includes(out.error.code), `${name}: ${out.error.code}`);
    t.diagnostic(`${name}: ${out.ok ? `${out.body.length} body blocks` : out.error.code}`);
  }
  // Over the limit, and the module still answers afterwards.
  const big = JSON.parse(core.extract('x'.repeat(33 * 1024 * 1024), '', ''));
  assert.equal(big.error.code, 'input_too_large');
  const after = JSON.parse(core.extract('Storm closes the coastal road.\n' + sentence.repeat(5), '', ''));
  assert.equal(after.ok, true);
});

test('out of memory inside wasm becomes an error result, and a fresh instance works', async () => {
  const { loadSift } = await import(path.join(root, 'web/sift.mjs'));
  const wasmBinary = fs.readFileSync(path.join(root, 'web/gen/sift-core.wasm'));
  const sift = await loadSift({ wasmBinary });
  // ~504 MB with the size limit lifted (near V8's longest string): the paste
  // copied into the 1 GB heap and its blocks' texts do not both fit. (315 MB
  // stopped being enough once decode_text hands back a view of clean input.)
  const result = sift.extract('word word word word. '.repeat(24_000_000), { maxInputBytes: 1e9 });
  assert.equal(result.ok, false);
  assert.equal(result.error.code, 'out_of_memory');
  assert.equal(sift.broken, true);
  const fresh = await loadSift({ wasmBinary });
  assert.equal(fresh.extract('Storm closes the coastal road. It stays shut until the wall is checked.').ok, true);
});
