// The WebAssembly module must return exactly what the native CLI returns:
// same core, same JSON. Runs over our own fixtures always, and over every
// page of ../shared/corpus (text and HTML flavours) where it exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './load-core.mjs';

const cli = path.join(root, 'build/sift');
const corpus = path.resolve(root, '../shared/corpus');


function native(file, args = []) {
  try {
    return execFileSync(cli, [...args, file], { maxBuffer: 256 << 20 }).toString();
  } catch (e) {
    return e.stdout.toString(); // exit 1 still prints the error result
  }
}

function cases() {
  const list = [];
  for (const f of fs.readdirSync(path.join(root, 'tests/fixtures'))) {
    if (f.endsWith('.txt')) list.push({ name: `fixtures/${f}`, text: path.join(root, 'tests/fixtures', f) });
  }
  if (fs.existsSync(corpus)) {
    for (const set of fs.readdirSync(corpus)) {
      const dir = path.join(corpus, set);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const name of fs.readdirSync(dir)) {
        const c = path.join(dir, name);
        if (!fs.existsSync(path.join(c, 'pasted.txt'))) continue;
        const html = path.join(c, 'pasted.html');
        list.push({ name: `${set}/${name}`, text: path.join(c, 'pasted.txt'), html: fs.existsSync(html) ? html : null });
      }
    }
  }
  return list;
}

test('wasm version matches the CLI', async () => {
  const core = await loadCore();
  const cliVersion = execFileSync(cli, ['--version']).toString().trim();
  assert.equal(`sift ${core.version()}`, cliVersion);
});

test('wasm extract() returns exactly the native JSON', async (t) => {
  const core = await loadCore();
  const all = cases();
  if (!fs.existsSync(corpus)) t.diagnostic('../shared/corpus absent: corpus parity skipped, fixtures only');
  let compared = 0;
  for (const c of all) {
    const text = fs.readFileSync(c.text, 'utf8');
    assert.equal(core.extract(text, '', '{"input":"text"}'), native(c.text, ['--input', 'text']).trimEnd(), `text: ${c.name}`);
    compared++;
    if (c.html) {
      const html = fs.readFileSync(c.html, 'utf8');
      assert.equal(core.extract(html, '', '{"input":"html"}'), native(c.html, ['--input', 'html']).trimEnd(), `html: ${c.name}`);
      compared++;
    }
  }
  t.diagnostic(`${compared} extractions compared`);
  assert.ok(compared >= 2);
});

test('wasm reports bad input as an error result, not a throw', async () => {
  const core = await loadCore();
  const empty = JSON.parse(core.extract('', '', ''));
  assert.equal(empty.ok, false);
  assert.equal(empty.error.code, 'empty_input');
  const big = JSON.parse(core.extract('x'.repeat(2000), '', '{"maxInputBytes":1000}'));
  assert.equal(big.error.code, 'input_too_large');
  const junk = JSON.parse(core.extract('\u0000\uFFFD\u0001'.repeat(1000) + 'text', '', '{"unknown":1}'));
  assert.equal(junk.schema, 1);
  assert.ok(junk.warnings.some((w) => w.includes('unknown option')));
});
