// render.mjs — builds DOM nodes from a schema-1 result; shared by the page
// (app.mjs) and the widget (sift-reader-element.mjs).
//
// Every piece of pasted text goes through textContent / createTextNode: no
// innerHTML, no attribute built from pasted content except validated
// http(s) URLs (rel="noopener noreferrer") and ids taken from the outline.
// Also here: Markdown / plain-text export, date and reading-time formatting.

/** Small element factory: h(doc, 'p', {class: 'x'}, 'text', childNode). */
export function h(doc, tag, attrs = null, ...children) {
  const el = doc.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child == null || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/** Returns the URL when it is an absolute http(s) URL, else null. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link only for http(s) targets; anything else becomes plain text. */
export function safeLink(doc, text, href) {
  const url = safeHttpUrl(href);
  if (!url) return doc.createTextNode(text);
  return h(doc, 'a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text);
}

// ---------------------------------------------------------------------------
// Language-aware labels for the article's own header (the chrome around it is English).

const ARTICLE_LABELS = {
  en: { read: (n) => `${n} min read`, editor: 'Editor', removed: 'Removed by Sift' },
  zh: { read: (n) => `阅读约 ${n} 分钟`, editor: '责任编辑', removed: 'Sift 去除的内容' },
  ja: { read: (n) => `約${n}分で読めます`, editor: '編集', removed: 'Sift が除いた部分' },
};

function labelsFor(lang) {
  const base = String(lang || 'en').toLowerCase().split('-')[0];
  return ARTICLE_LABELS[base] || ARTICLE_LABELS.en;
}

/** Resolves a BCP 47 tag the Intl APIs accept, or undefined. */
export function intlLocale(lang) {
  if (!lang || lang === 'und') return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/**
 * Parses the core's ISO date ("2024-03-05", "2024-03-05T09:30", optionally with
 * seconds/zone). Returns {date, hasTime, zoned} or null. Times without a zone are
 * the page's wall-clock time, so they are kept as UTC and formatted in UTC.
 */
export function parsePublished(iso) {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return null;
  const [, y, mo, d = '01', hh, mm, ss = '0', zone] = m;
  if (zone) {
    const date = new Date(iso.trim());
    return Number.isNaN(date.getTime()) ? null : { date, hasTime: true, hasDay: true, zoned: true };
  }
  const date = new Date(Date.UTC(+y, +mo - 1, +d, hh ? +hh : 0, mm ? +mm : 0, +ss));
  if (Number.isNaN(date.getTime())) return null;
  return { date, hasTime: hh !== undefined, hasDay: m[3] !== undefined, zoned: false };
}

/** "March 5, 2024 at 9:30 AM" / "2024年3月5日 09:30", in the article's language. */
export function formatPublished(iso, lang) {
  const parsed = parsePublished(iso);
  if (!parsed) return iso || '';
  const options = { year: 'numeric', month: 'long' };
  if (parsed.hasDay) options.day = 'numeric';
  if (parsed.hasTime) { options.hour = 'numeric'; options.minute = '2-digit'; }
  if (!parsed.zoned) options.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(intlLocale(lang), options).format(parsed.date);
  } catch {
    return iso;
  }
}

export function readingTimeLabel(minutes, lang) {
  const n = Math.max(1, Math.round(Number(minutes) || 0));
  return labelsFor(lang).read(n);
}

// ---------------------------------------------------------------------------
// Anchors

/** Map from body block index to the heading's anchor id (from the outline). */
export function headingIds(result, prefix = '', isTaken = () => false) {
  const ids = new Map();
  const used = new Set();
  for (const entry of result.outline || []) {
    const base = prefix + String(entry.id || `section-${entry.block}`).replace(/\s+/g, '-');
    let id = base;
    // Outline ids are unique already; this guards against clashes with the host page.
    for (let n = 2; used.has(id) || isTaken(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(entry.block, id);
  }
  return ids;
}

// ---------------------------------------------------------------------------
// Article

const BLOCK_TAGS = { p: 'p', h2: 'h2', h3: 'h3', h4: 'h4', quote: 'blockquote', pre: 'pre' };

function buildBlock(doc, block, index, id) {
  if (block.type === 'pre') {
    const pre = h(doc, 'pre', { class: 'sift-pre', 'data-block': index }, h(doc, 'code', { text: block.text }));
    return pre;
  }
  const tag = BLOCK_TAGS[block.type] || 'p';
  const el = h(doc, tag, { 'data-block': index, text: block.text });
  if (id) {
    el.id = id;
    el.tabIndex = -1; // focus target for outline navigation
    el.classList.add('sift-heading');
  }
  return el;
}

/**
 * Builds the article head (title, source, byline, date, reading time).
 * @returns {HTMLElement} <header>
 */
export function buildArticleHeader(doc, result) {
  const header = h(doc, 'header', { class: 'sift-head', part: 'header' });
  if (result.site_name && result.site_name !== result.source) {
    header.append(h(doc, 'p', { class: 'sift-kicker', text: result.site_name }));
  }
  header.append(h(doc, 'h1', { class: 'sift-title', part: 'title', text: result.title || '' }));
  const meta = h(doc, 'p', { class: 'sift-meta', part: 'meta' });
  const items = [];
  if (result.byline && result.byline !== result.source) {
    items.push(h(doc, 'span', { class: 'sift-byline', text: result.byline }));
  }
  if (result.source) {
    items.push(h(doc, 'span', { class: 'sift-source' }, safeLink(doc, result.source, result.source)));
  }
  if (result.published) {
    const time = h(doc, 'time', { datetime: result.published, text: formatPublished(result.published, result.lang) });
    items.push(time);
  }
  if (result.stats?.reading_minutes) {
    items.push(h(doc, 'span', { class: 'sift-reading', text: readingTimeLabel(result.stats.reading_minutes, result.lang) }));
  }
  items.forEach((item, i) => {
    if (i) meta.append(h(doc, 'span', { class: 'sift-sep', 'aria-hidden': 'true', text: '·' }));
    meta.append(item);
  });
  if (items.length) header.append(meta);
  return header;
}

/**
 * Builds <article> with the header and the body. Body blocks are appended in
 * slices (see appendBlocks) so a huge result never blocks the main thread.
 * @returns {{article: HTMLElement, body: HTMLElement, done: Promise<void>}}
 */
export function buildArticle(doc, result, { ids = headingIds(result), signal } = {}) {
  const article = h(doc, 'article', {
    class: 'sift-article', part: 'article', lang: intlLocale(result.lang) || null,
    dir: result.dir === 'rtl' ? 'rtl' : 'ltr',
  });
  article.append(buildArticleHeader(doc, result));
  const body = h(doc, 'div', { class: 'sift-body', part: 'body' });
  article.append(body);
  if (result.editor) {
    const labels = labelsFor(result.lang);
    article.append(h(doc, 'footer', { class: 'sift-foot', part: 'footer' },
      h(doc, 'p', { class: 'sift-editor', text: `${labels.editor}: ${result.editor}` })));
  }
  const done = appendBlocks(doc, body, result.body || [], ids, signal);
  return { article, body, done };
}

const SLICE_BLOCKS = 300;

function nextFrame() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function appendBlocks(doc, body, blocks, ids, signal) {
  let list = null;
  for (let start = 0; start < blocks.length; start += SLICE_BLOCKS) {
    if (signal?.aborted) return;
    const fragment = doc.createDocumentFragment();
    const end = Math.min(blocks.length, start + SLICE_BLOCKS);
    for (let i = start; i < end; i++) {
      const block = blocks[i];
      if (block.type === 'li') {
        // A list split across slices keeps growing in place (it is already in body).
        if (!list) {
          list = h(doc, 'ul', { class: 'sift-list' });
          fragment.append(list);
        }
        list.append(h(doc, 'li', { 'data-block': i, text: block.text }));
        continue;
      }
      list = null;
      fragment.append(buildBlock(doc, block, i, ids.get(i)));
    }
    body.append(fragment);
    if (end < blocks.length) await nextFrame();
  }
}

/**
 * Inserts the removed blocks, dimmed, where they were in the page: a group of
 * removed blocks goes after body block `after` (-1 = before the first).
 * Built on demand (only when the user asks to see them).
 */
export function insertRemoved(doc, body, result) {
  const labels = labelsFor(result.lang);
  const groups = new Map();
  for (const item of result.removed || []) {
    const after = Number.isInteger(item.after) ? item.after : -1;
    if (!groups.has(after)) groups.set(after, []);
    groups.get(after).push(item);
  }
  const blockEls = new Map();
  for (const el of body.querySelectorAll('[data-block]')) blockEls.set(Number(el.dataset.block), el);
  for (const [after, items] of groups) {
    const aside = h(doc, 'aside', { class: 'sift-removed', part: 'removed', 'aria-label': labels.removed });
    for (const item of items) {
      const line = h(doc, 'p', { class: 'sift-removed-line' }, h(doc, 'span', { class: 'sift-removed-text', text: item.text }));
      const why = [item.label, item.rule].filter(Boolean).join(' · ');
      if (why) line.append(h(doc, 'span', { class: 'sift-removed-why', text: why }));
      aside.append(line);
    }
    const anchor = after < 0 ? null : blockEls.get(after);
    const host = anchor?.closest('ul.sift-list') && anchor.tagName === 'LI' ? anchor.closest('ul.sift-list') : anchor;
    if (!host) body.prepend(aside);
    else host.after(aside);
  }
}

export function removeRemoved(body) {
  for (const el of body.querySelectorAll('.sift-removed')) el.remove();
}

// ---------------------------------------------------------------------------
// Outline, summary, keywords

/** An <ol> of outline links (href="#id"); navigation is left to the caller. */
export function buildOutlineList(doc, result, { ids = headingIds(result), limit = 500 } = {}) {
  const list = h(doc, 'ol', { class: 'sift-outline-list' });
  for (const entry of (result.outline || []).slice(0, limit)) {
    const id = ids.get(entry.block);
    const level = Math.min(4, Math.max(2, Number(entry.level) || 2));
    const link = h(doc, 'a', { href: `#${id}`, class: 'sift-outline-link', 'data-target': id, text: entry.text });
    list.append(h(doc, 'li', { class: `sift-outline-item level-${level}` }, link));
  }
  return list;
}

/** An <ol> of summary sentences, each a button that jumps to its block. */
export function buildSummaryList(doc, result) {
  const list = h(doc, 'ol', { class: 'sift-summary-list' });
  for (const item of result.summary || []) {
    list.append(h(doc, 'li', { 'data-block': item.block, text: item.text }));
  }
  return list;
}

export function buildKeywordList(doc, result) {
  const list = h(doc, 'ul', { class: 'sift-keywords', part: 'keywords' });
  for (const word of result.keywords || []) list.append(h(doc, 'li', { text: word }));
  return list;
}

// ---------------------------------------------------------------------------
// Export

function escapeMarkdownLine(text) {
  // Neutralise what would start a Markdown construct at the beginning of a line,
  // and inline characters that change emphasis or create links/HTML.
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#>+-]|\d+[.)])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(=+|-{3,})\s*$/gm, '$1\\$2');
}

function fenced(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

function metaLine(result) {
  return [result.byline !== result.source ? result.byline : null, result.source, result.published]
    .filter(Boolean).join(' · ');
}

export function toMarkdown(result) {
  const out = [];
  if (result.title) out.push(`# ${escapeMarkdownLine(result.title)}`);
  const meta = metaLine(result);
  if (meta) out.push(`*${escapeMarkdownLine(meta)}*`);
  let inList = false;
  for (const block of result.body || []) {
    const text = String(block.text ?? '');
    let chunk;
    switch (block.type) {
      case 'h2': chunk = `## ${escapeMarkdownLine(text)}`; break;
      case 'h3': chunk = `### ${escapeMarkdownLine(text)}`; break;
      case 'h4': chunk = `#### ${escapeMarkdownLine(text)}`; break;
      case 'li': chunk = `- ${escapeMarkdownLine(text).replace(/\n/g, '\n  ')}`; break;
      case 'quote': chunk = escapeMarkdownLine(text).split('\n').map((l) => `> ${l}`).join('\n'); break;
      case 'pre': chunk = fenced(text); break;
      default: chunk = escapeMarkdownLine(text);
    }
    if (block.type === 'li' && inList) out[out.length - 1] += `\n${chunk}`;
    else out.push(chunk);
    inList = block.type === 'li';
  }
  if (result.editor) out.push(`*${escapeMarkdownLine(`${labelsFor(result.lang).editor}: ${result.editor}`)}*`);
  return `${out.join('\n\n')}\n`;
}

export function toPlainText(result) {
  const out = [];
  if (result.title) out.push(result.title);
  const meta = metaLine(result);
  if (meta) out.push(meta);
  for (const block of result.body || []) out.push(block.type === 'li' ? `• ${block.text}` : block.text);
  if (result.editor) out.push(`${labelsFor(result.lang).editor}: ${result.editor}`);
  return `${out.join('\n\n')}\n`;
}

/** A file name from the title: letters/digits of any script, dashes. */
export function fileNameFor(result, extension) {
  const base = String(result.title || 'article')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'article';
  return `${base}.${extension}`;
}
