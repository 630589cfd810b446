// app.mjs — the Sift page: takes a paste (clipboard, textarea, file, drop or an
// example), runs the core in a Web Worker (sift-client.mjs) and shows the
// article with its outline, summary and keywords. Rendering is render.mjs
// (textContent only); the reading typography is article-styles.mjs.
import { SiftClient, SiftCancelled } from './sift-client.mjs';
import { articleSheet } from './article-styles.mjs';
import {
  buildArticle, buildOutlineList, buildSummaryList, buildKeywordList, headingIds,
  insertRemoved, toMarkdown, toPlainText, fileNameFor,
} from './render.mjs';

const $ = (id) => document.getElementById(id);
const PREFS_KEY = 'sift.display';
const DEFAULT_PREFS = { fontSize: 18, width: 'medium', theme: 'auto', typeface: 'sans' };
const LARGE_PASTE_CHARS = 200_000; // bigger pastes are not copied into the textarea
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const els = {
  settingsToggle: $('settings-toggle'), settings: $('settings'), fontSize: $('font-size'),
  fontSizeValue: $('font-size-value'), newPaste: $('new-paste'), outlineToggle: $('outline-toggle'),
  outline: $('outline'), outlineList: $('outline-list'), outlineClose: $('outline-close'),
  backdrop: $('drawer-backdrop'), layout: $('layout'), main: $('main'), intake: $('intake'),
  form: $('paste-form'), pasteBox: $('paste-box'), pasteSize: $('paste-size'), fileInput: $('file-input'),
  status: $('status'), statusText: $('status-text'), statusTime: $('status-time'), cancel: $('cancel-button'),
  error: $('error'), errorTitle: $('error-title'), errorMessage: $('error-message'),
  reader: $('reader'), summaryCard: $('summary-card'), summaryList: $('summary-list'),
  keywordsRow: $('keywords-row'), keywords: $('keywords'), articleHost: $('article-host'),
  warnings: $('warnings'), showRemoved: $('show-removed'), removedCount: $('removed-count'),
  dropOverlay: $('drop-overlay'), toast: $('toast'), versionCore: $('version-core'),
};

const state = {
  result: null,          // the last successful result
  lastPaste: null,       // {text, html} of the last paste, to reuse its HTML flavour
  renderAbort: null,     // AbortController of the article being built
  spy: null,             // IntersectionObserver of the headings
  pinned: null,          // {id, until}: the heading just navigated to wins over the scroll-spy
  removedBuilt: false,
};

// --------------------------------------------------------------------------- display prefs

function loadPrefs() {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFS_KEY) || '{}');
    return { ...DEFAULT_PREFS, ...saved };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

function savePrefs(prefs) {
  try { localStorage.setItem(PREFS_KEY, JSON.stringify(prefs)); } catch { /* private mode: not remembered */ }
}

function applyPrefs(prefs) {
  const root = document.documentElement;
  const size = Math.min(26, Math.max(14, Number(prefs.fontSize) || DEFAULT_PREFS.fontSize));
  root.style.setProperty('--sift-font-size', `${size}px`);
  root.dataset.width = ['narrow', 'medium', 'wide'].includes(prefs.width) ? prefs.width : 'medium';
  root.dataset.theme = ['auto', 'light', 'sepia', 'dark'].includes(prefs.theme) ? prefs.theme : 'auto';
  root.dataset.typeface = prefs.typeface === 'serif' ? 'serif' : 'sans';
  els.fontSize.value = String(size);
  els.fontSizeValue.textContent = `${size} px`;
  for (const name of ['width', 'theme', 'typeface']) {
    const input = document.querySelector(`input[name="${name}"][value="${root.dataset[name]}"]`);
    if (input) input.checked = true;
  }
}

let prefs = loadPrefs();
applyPrefs(prefs);

function updatePref(key, value) {
  prefs = { ...prefs, [key]: value };
  applyPrefs(prefs);
  savePrefs(prefs);
}

els.fontSize.addEventListener('input', () => updatePref('fontSize', Number(els.fontSize.value)));
els.settings.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (['width', 'theme', 'typeface'].includes(name)) updatePref(name, value);
});

function setSettingsOpen(open, { returnFocus = false } = {}) {
  els.settings.hidden = !open;
  els.settingsToggle.setAttribute('aria-expanded', String(open));
  if (open) els.fontSize.focus();
  else if (returnFocus) els.settingsToggle.focus();
}
els.settingsToggle.addEventListener('click', () => setSettingsOpen(els.settings.hidden));
els.settings.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') setSettingsOpen(false, { returnFocus: true });
});
document.addEventListener('pointerdown', (event) => {
  if (!els.settings.hidden && !els.settings.contains(event.target) && !els.settingsToggle.contains(event.target)) {
    setSettingsOpen(false);
  }
});
els.settings.addEventListener('focusout', (event) => {
  if (event.relatedTarget && !els.settings.contains(event.relatedTarget)
      && event.relatedTarget !== els.settingsToggle) setSettingsOpen(false);
});

// Article typography, as a constructable sheet (allowed by style-src 'self').
const sheet = articleSheet();
if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// --------------------------------------------------------------------------- the core

const client = new SiftClient({
  onReady: (version) => { els.versionCore.textContent = version; },
  onLoadError: (message) => { els.versionCore.textContent = 'unavailable'; console.warn('Sift core:', message); },
});
client.warmUp();

const ERROR_TITLES = {
  empty_input: 'There is nothing to read yet.',
  input_too_large: 'That paste is too large.',
  no_article: 'No article found in that paste.',
  out_of_memory: 'That paste is too large for this tab.',
  timeout: 'That took too long.',
  load_failed: 'Sift could not start.',
};

function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function byteLength(text) {
  // UTF-8 length without encoding a copy (a surrogate pair counts 2 + 2).
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

let statusTimer = 0;

function showStatus(text) {
  els.status.hidden = false;
  els.statusText.textContent = text;
}

function startTimer() {
  const started = performance.now();
  clearInterval(statusTimer);
  els.statusTime.textContent = '';
  statusTimer = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    els.statusTime.textContent = s >= 1 ? `${s.toFixed(0)} s` : '';
    if (s > 4) els.statusText.textContent = 'Still reading — large pages take a few seconds…';
  }, 250);
}

function stopStatus() {
  clearInterval(statusTimer);
  els.status.hidden = true;
}

function showError(code, message) {
  els.errorTitle.textContent = ERROR_TITLES[code] || 'Sift could not read that.';
  els.errorMessage.textContent = message || '';
  els.error.hidden = false;
}

function hideError() { els.error.hidden = true; }

let runSeq = 0;

/** Runs the core on one paste and shows the result (or a readable error). */
async function read(text, html = '', { from = 'paste' } = {}) {
  text = String(text ?? '');
  html = String(html ?? '');
  const seq = ++runSeq;
  const size = byteLength(text) + (text ? 0 : byteLength(html));
  hideError();
  setSettingsOpen(false);
  const hadReader = !els.reader.hidden;
  els.intake.hidden = true;
  els.reader.hidden = true;
  showStatus(`Reading ${formatBytes(size)}${from === 'example' ? ' example' : ''}…`);
  startTimer();
  els.cancel.focus({ preventScroll: true });
  try {
    const result = await client.extract(text, { html, input: 'auto' });
    if (seq !== runSeq) return;
    stopStatus();
    if (!result || result.ok === false) {
      showIntake();
      showError(result?.error?.code, result?.error?.message || 'The reader returned no article.');
      return;
    }
    showResult(result);
  } catch (error) {
    if (seq !== runSeq) return;
    stopStatus();
    if (error instanceof SiftCancelled) {
      if (hadReader && state.result) showReaderView();
      else showIntake();
      toast('Cancelled');
      return;
    }
    showIntake();
    showError(error.code || 'load_failed', error.message);
  }
}

els.cancel.addEventListener('click', () => client.cancel());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && client.busy) client.cancel();
});

// --------------------------------------------------------------------------- views

function showIntake() {
  els.reader.hidden = true;
  els.intake.hidden = false;
  els.newPaste.hidden = true;
  setOutlineVisible(false);
}

function showReaderView() {
  els.intake.hidden = true;
  els.reader.hidden = false;
  els.newPaste.hidden = false;
  setOutlineVisible((state.result?.outline || []).length > 0);
}

function setOutlineVisible(visible) {
  els.outline.hidden = !visible;
  els.outlineToggle.hidden = !visible;
  els.layout.classList.toggle('has-outline', visible);
  if (!visible) setDrawerOpen(false);
}

els.newPaste.addEventListener('click', () => {
  client.cancel();
  state.result = null;
  hideError();
  showIntake();
  els.pasteBox.value = '';
  updatePasteSize();
  document.title = 'Sift — the article, without the page';
  window.scrollTo({ top: 0 });
  els.pasteBox.focus();
});

function showResult(result) {
  state.result = result;
  state.renderAbort?.abort();
  state.renderAbort = new AbortController();
  state.spy?.disconnect();
  state.removedBuilt = false;

  const ids = headingIds(result, '', (id) => document.getElementById(id) !== null);
  const { article, body, done } = buildArticle(document, result, { ids, signal: state.renderAbort.signal });
  els.articleHost.replaceChildren(article);
  state.articleBody = body;

  const cjk = /^(zh|ja|ko)\b/i.test(result.lang || '');
  els.reader.toggleAttribute('data-cjk', cjk);

  // Summary and keywords.
  const hasSummary = (result.summary || []).length > 0;
  const hasKeywords = (result.keywords || []).length > 0;
  els.summaryCard.hidden = !hasSummary && !hasKeywords;
  els.summaryList.replaceChildren(hasSummary ? buildSummaryList(document, result) : '');
  els.summaryList.lang = article.lang;
  els.keywordsRow.hidden = !hasKeywords;
  els.keywords.replaceChildren(hasKeywords ? buildKeywordList(document, result) : '');
  els.keywords.lang = article.lang;

  // Outline.
  const list = buildOutlineList(document, result, { ids });
  list.lang = article.lang;
  els.outlineList.replaceChildren(list);
  initOutlineKeyboard(list);

  // Removed blocks (built on demand).
  const removed = (result.removed || []).length;
  els.removedCount.textContent = removed ? `(${removed})` : '';
  els.showRemoved.disabled = removed === 0;
  if (els.showRemoved.checked && removed) buildRemovedWhenReady(done);

  const warnings = (result.warnings || []).filter(Boolean);
  els.warnings.hidden = warnings.length === 0;
  els.warnings.textContent = warnings.length ? `Notes: ${warnings.join(' · ')}` : '';

  document.title = result.title ? `${result.title} — Sift` : 'Sift';
  showReaderView();
  window.scrollTo({ top: 0 });
  const title = article.querySelector('.sift-title');
  title.tabIndex = -1;
  // Move focus to the article only from where the run left it (the hidden
  // paste box or the Cancel button): a reader typing elsewhere keeps the caret.
  const focus = document.activeElement;
  if (!focus || focus === document.body || focus === els.cancel || focus === els.pasteBox) title.focus({ preventScroll: true });

  done.then(() => startScrollSpy(ids));
}

// --------------------------------------------------------------------------- removed blocks

function buildRemovedWhenReady(done) {
  const result = state.result;
  done.then(() => {
    if (state.result !== result || state.removedBuilt) return;
    insertRemoved(document, state.articleBody, result);
    state.removedBuilt = true;
  });
}

els.showRemoved.addEventListener('change', () => {
  document.body.classList.toggle('show-removed', els.showRemoved.checked);
  if (els.showRemoved.checked && state.result && !state.removedBuilt) {
    insertRemoved(document, state.articleBody, state.result);
    state.removedBuilt = true;
  }
});

// --------------------------------------------------------------------------- outline

function outlineLinks() {
  return [...els.outlineList.querySelectorAll('.sift-outline-link')];
}

function initOutlineKeyboard(list) {
  const links = outlineLinks();
  links.forEach((link, i) => { link.tabIndex = i === 0 ? 0 : -1; });
  list.addEventListener('click', (event) => {
    const link = event.target.closest('.sift-outline-link');
    if (!link) return;
    event.preventDefault();
    goToHeading(link.dataset.target, link);
  });
  list.addEventListener('keydown', (event) => {
    const all = outlineLinks();
    const index = all.indexOf(document.activeElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(all.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else return;
    event.preventDefault();
    focusOutlineLink(all[next]);
  });
}

function focusOutlineLink(link) {
  for (const other of outlineLinks()) other.tabIndex = other === link ? 0 : -1;
  link.focus();
}

function goToHeading(id, link) {
  const heading = document.getElementById(id);
  if (!heading) return;
  for (const other of outlineLinks()) other.tabIndex = other === link ? 0 : -1;
  state.pinned = { id, until: performance.now() + 1200 };
  markCurrent(id);
  heading.scrollIntoView({ behavior: reducedMotion.matches ? 'auto' : 'smooth', block: 'start' });
  heading.focus({ preventScroll: true });
  heading.classList.remove('sift-flash');
  void heading.offsetWidth; // restart the highlight animation
  heading.classList.add('sift-flash');
  if (isDrawerMode()) setDrawerOpen(false);
}

function markCurrent(id) {
  for (const link of outlineLinks()) {
    if (link.dataset.target === id) {
      link.setAttribute('aria-current', 'location');
      keepVisible(link);
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function keepVisible(link) {
  const box = els.outlineList;
  const top = link.offsetTop - box.offsetTop;
  if (top < box.scrollTop) box.scrollTop = top - 8;
  else if (top + link.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = top + link.offsetHeight - box.clientHeight + 8;
  }
}

/** Scroll-spy: the current section is the last heading above 30% of the viewport. */
function startScrollSpy(ids) {
  state.spy?.disconnect();
  const headings = [...ids.values()].map((id) => document.getElementById(id)).filter(Boolean);
  if (!headings.length) return;
  let queued = false;
  const update = () => {
    queued = false;
    const pinned = state.pinned && document.getElementById(state.pinned.id);
    if (pinned) {
      // A heading near the end cannot reach the top of the viewport: while the
      // reader stays at the bottom with it in view, it stays current.
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
      const rect = pinned.getBoundingClientRect();
      if (performance.now() < state.pinned.until || (atBottom && rect.top >= 0 && rect.top < window.innerHeight)) {
        markCurrent(pinned.id);
        return;
      }
      state.pinned = null;
    }
    const line = window.innerHeight * 0.3;
    let current = headings[0];
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading;
      else break;
    }
    markCurrent(current.id);
  };
  const schedule = () => {
    if (!queued) { queued = true; requestAnimationFrame(update); }
  };
  state.spy = new IntersectionObserver(schedule, { rootMargin: '0px 0px -70% 0px', threshold: [0, 1] });
  headings.forEach((heading) => state.spy.observe(heading));
  update();
}

// Drawer (narrow screens).
const drawerQuery = matchMedia('(max-width: 62rem)');
function isDrawerMode() { return drawerQuery.matches; }

function setDrawerOpen(open) {
  const wasOpen = els.outline.classList.contains('open');
  els.outline.classList.toggle('open', open);
  els.backdrop.hidden = !open;
  els.outlineToggle.setAttribute('aria-expanded', String(open));
  if (open) {
    const target = outlineLinks().find((l) => l.tabIndex === 0) || els.outlineClose;
    requestAnimationFrame(() => target.focus());
  } else if (wasOpen && els.outline.contains(document.activeElement)) {
    els.outlineToggle.focus();
  }
}
els.outlineToggle.addEventListener('click', () => setDrawerOpen(!els.outline.classList.contains('open')));
els.outlineClose.addEventListener('click', () => setDrawerOpen(false));
els.backdrop.addEventListener('click', () => setDrawerOpen(false));
els.outline.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && isDrawerMode()) setDrawerOpen(false);
});
drawerQuery.addEventListener('change', () => setDrawerOpen(false));

// --------------------------------------------------------------------------- input: paste, textarea, files, examples

function isEditableElsewhere(target) {
  if (!(target instanceof Element)) return false;
  if (target === els.pasteBox) return false;
  return target.matches('input:not([type=range]):not([type=radio]):not([type=checkbox]), textarea, [contenteditable]');
}

function updatePasteSize(text = els.pasteBox.value, hasHtml = false) {
  els.pasteSize.textContent = text ? `${formatBytes(byteLength(text))}${hasHtml ? ' · text + HTML' : ''}` : '';
}

document.addEventListener('paste', (event) => {
  if (isEditableElsewhere(event.target)) return;
  const data = event.clipboardData;
  if (!data) return;
  const file = [...(data.files || [])].find(isReadableFile);
  if (file) {
    event.preventDefault();
    readFile(file);
    return;
  }
  const text = data.getData('text/plain') || '';
  const html = data.getData('text/html') || '';
  if (!text.trim() && !html.trim()) return;
  event.preventDefault();
  state.lastPaste = { text, html };
  // Huge pastes stay out of the textarea: laying out megabytes of text there is slow.
  if (text.length <= LARGE_PASTE_CHARS) els.pasteBox.value = text;
  else els.pasteBox.value = '';
  updatePasteSize(text, !!html);
  read(text, html);
});

els.pasteBox.addEventListener('input', () => {
  state.lastPaste = null;
  updatePasteSize();
});

els.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = els.pasteBox.value;
  if (!text.trim() && state.lastPaste) {
    read(state.lastPaste.text, state.lastPaste.html);
    return;
  }
  if (!text.trim()) {
    showError('empty_input', 'Paste a page into the box (or anywhere on this page), then choose “Read article”.');
    els.pasteBox.focus();
    return;
  }
  const html = state.lastPaste && state.lastPaste.text === text ? state.lastPaste.html : '';
  read(text, html);
});

function isReadableFile(file) {
  return /\.(txt|text|html?|xhtml)$/i.test(file.name) || /^text\/(plain|html)$/.test(file.type);
}

async function readFile(file) {
  if (!isReadableFile(file)) {
    showError('unsupported', `“${file.name}” is not a .txt or .html file.`);
    return;
  }
  const content = await file.text();
  const isHtml = /\.(html?|xhtml)$/i.test(file.name) || file.type === 'text/html';
  state.lastPaste = isHtml ? { text: '', html: content } : { text: content, html: '' };
  if (!isHtml && content.length <= LARGE_PASTE_CHARS) els.pasteBox.value = content;
  updatePasteSize(content, isHtml);
  read(isHtml ? '' : content, isHtml ? content : '', { from: 'file' });
}

els.fileInput.addEventListener('change', () => {
  const file = els.fileInput.files?.[0];
  if (file) readFile(file);
  els.fileInput.value = '';
});

let dragDepth = 0;
function hasFiles(event) { return [...(event.dataTransfer?.types || [])].includes('Files'); }
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  els.dropOverlay.hidden = false;
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('dragleave', (event) => {
  if (!hasFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) els.dropOverlay.hidden = true;
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  els.dropOverlay.hidden = true;
  const file = [...event.dataTransfer.files].find(isReadableFile) || event.dataTransfer.files[0];
  if (file) readFile(file);
});

for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', async () => {
    const name = button.dataset.example;
    try {
      const response = await fetch(new URL(`./examples/${name}.txt`, import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      state.lastPaste = { text, html: '' };
      els.pasteBox.value = text;
      updatePasteSize(text);
      read(text, '', { from: 'example' });
    } catch (error) {
      showError('load_failed', `The example could not be loaded (${error.message}).`);
    }
  });
}

// --------------------------------------------------------------------------- export

let toastTimer = 0;
function toast(message) {
  els.toast.textContent = message;
  els.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { els.toast.hidden = true; }, 2200);
}

async function copyText(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    toast(`Copied ${what}`);
  } catch {
    // Fallback for browsers without clipboard-write permission.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    toast(ok ? `Copied ${what}` : 'Copying is blocked here; use the download buttons instead');
  }
}

function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$('copy-md').addEventListener('click', () => state.result && copyText(toMarkdown(state.result), 'Markdown'));
$('copy-text').addEventListener('click', () => state.result && copyText(toPlainText(state.result), 'plain text'));
$('download-md').addEventListener('click', () => {
  if (state.result) download(toMarkdown(state.result), 'text/markdown;charset=utf-8', fileNameFor(state.result, 'md'));
});
$('download-json').addEventListener('click', () => {
  if (state.result) download(`${JSON.stringify(state.result, null, 2)}\n`, 'application/json', fileNameFor(state.result, 'json'));
});
$('print-button').addEventListener('click', () => window.print());

// For tests and debugging: the last result, read-only.
Object.defineProperty(window, 'siftResult', { get: () => state.result, configurable: true });
document.documentElement.dataset.ready = 'true';
