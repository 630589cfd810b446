// Mock of web/gen/sift-core.mjs for developing the page before the real core
// builds (serve with: python3 serve.py --no-build --mount /gen/=tests/browser/mock).
// Same contract: default export factory -> {extract(text, html, optionsJson), version()}.
// Its extraction is a crude line heuristic, only good enough to render the examples.
export default async function createSiftCore(moduleArg = {}) {
  if (moduleArg.instantiateWasm) {
    await new Promise((resolve) => moduleArg.instantiateWasm({}, resolve));
  }
  return { extract, version: () => '0.0.0-mock' };
}

const META = /^(来源[:：]|By |作者[:：])/;
const EDITOR = /^\[\s*责编[:：]\s*(.+?)\s*\]$/;
const STOP = /^(相关新闻|Related stories|\[ 责编)/;

function extract(text, html, optionsJson) {
  const options = JSON.parse(optionsJson || '{}');
  if (!text && html) text = html.replace(/<[^>]*>/g, '\n');
  const bytes = new TextEncoder().encode(text).length;
  const base = { schema: 1, ok: true, error: null, title: '', byline: null, source: null, site_name: null,
    published: null, editor: null, lang: 'und', dir: 'ltr', input: 'text', body: [], outline: [], summary: [],
    keywords: [], stats: { units: 0, sentences: 0, reading_minutes: 0 }, removed: [], warnings: [] };
  if (bytes > (options.maxInputBytes ?? 32 << 20)) {
    return JSON.stringify({ ...base, ok: false, error: { code: 'input_too_large', message: 'The paste is larger than the limit.' } });
  }
  if (!text.trim()) {
    return JSON.stringify({ ...base, ok: false, error: { code: 'empty_input', message: 'Nothing to read: the paste is empty.' } });
  }
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const cjk = (text.match(/[\u4e00-\u9fff]/g) || []).length;
  const lang = cjk > text.length / 10 ? 'zh' : 'en';
  const seen = new Map();
  lines.forEach((l, i) => { if (!seen.has(l)) seen.set(l, i); });
  let titleIdx = lines.findIndex((l, i) => l.length > 8 && lines.some((o, j) => j !== i && o.endsWith(l)));
  if (titleIdx < 0) titleIdx = 0;
  const out = { ...base, lang, title: lines[titleIdx] };
  let i = lines.lastIndexOf(lines[titleIdx]);
  let metaIdx = lines.findIndex((l, k) => k > i && META.test(l));
  if (metaIdx < 0) metaIdx = i;
  const meta = lines[metaIdx];
  let m;
  if ((m = /^来源[:：](.+?)(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d)/.exec(meta))) {
    out.source = m[1].trim(); out.published = `${m[2]}-${m[3]}-${m[4]}T${m[5]}`;
  } else if ((m = /^By (.+?) \| (\w+) (\d+), (\d{4})/.exec(meta))) {
    out.byline = m[1];
    const month = new Date(`${m[2]} 1, 2000`).getMonth() + 1;
    out.published = `${m[4]}-${String(month).padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  const removed = [];
  for (let k = 0; k <= metaIdx; k++) if (k !== titleIdx) removed.push({ text: lines[k], label: 'boilerplate', rule: 'before_title', after: -1 });
  let k = metaIdx + 1;
  for (; k < lines.length && !STOP.test(lines[k]); k++) {
    const l = lines[k];
    const longEnough = lang === 'zh' ? l.length > 30 : l.split(' ').length > 12;
    const heading = !longEnough && !/[。.!?！？]$/.test(l) && l.length < 30 && !/^\d+ min read$/.test(l);
    if (longEnough) out.body.push({ type: 'p', text: l });
    else if (heading && out.body.length) {
      out.outline.push({ level: 2, text: l, block: out.body.length, id: `s${out.outline.length + 1}` });
      out.body.push({ type: 'h2', text: l });
    } else removed.push({ text: l, label: 'boilerplate', rule: 'short_line', after: out.body.length - 1 });
  }
  for (; k < lines.length; k++) {
    const e = EDITOR.exec(lines[k]);
    if (e) out.editor = e[1];
    removed.push({ text: lines[k], label: e ? 'meta' : 'boilerplate', rule: 'after_body', after: out.body.length - 1 });
  }
  out.removed = removed;
  const paras = out.body.map((b, idx) => ({ b, idx })).filter((x) => x.b.type === 'p');
  out.summary = [paras[0], paras[Math.floor(paras.length / 2)]].filter(Boolean).map(({ b, idx }) => ({
    text: (lang === 'zh' ? b.text.split(/(?<=[。！？])/)[0] : b.text.split(/(?<=[.!?]) /)[0]), block: idx }));
  out.keywords = lang === 'zh' ? ['数字农场', '青石村', '果农', '新区'] : ['market', 'solar', 'Millbrook', 'vendors'];
  const units = out.body.reduce((n, b) => n + (lang === 'zh' ? b.text.length : b.text.split(/\s+/).length), 0);
  out.stats = { units, sentences: out.body.length * 2, reading_minutes: Math.max(1, Math.round(units / (lang === 'zh' ? 400 : 230))) };
  return JSON.stringify(out);
}
