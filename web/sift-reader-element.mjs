// sift-reader-element.mjs — <sift-reader>: the embeddable reader widget.
//
// A custom element with Shadow DOM that takes a paste (read(text, {html}) or
// the `text` property), runs the core off the main thread (sift-client.mjs,
// falling back to the main thread when Workers are blocked) and shows the
// article, outline and summary. Registration lives in sift-reader.js.
//
// Attributes (mirrored by properties): theme ("auto" | "light" | "sepia" |
// "dark"), show-outline, show-summary (booleans). Several attribute changes
// in one task are rendered once (microtask batching). Events, both
// bubbling and composed: `sift-result` (detail: the result object) and
// `sift-error` (detail: {code, message}). Styling: --sift-* custom
// properties on the element and ::part(article | title | meta | body |
// outline | summary | keywords | status | error | frame).
// The widget only touches its own shadow root.
import { SiftClient, SiftCancelled } from './sift-client.mjs';
import { articleSheet, articleCss } from './article-styles.mjs';
import { buildArticle, buildOutlineList, buildSummaryList, buildKeywordList, headingIds, h } from './render.mjs';

const THEMES = ['auto', 'light', 'sepia', 'dark'];

const DARK_TOKENS = `
  --sift-bg: #15171a; --sift-fg: #e7e6e2; --sift-muted: #a4a8af; --sift-accent: #8ab4f8;
  --sift-surface: #23272c; --sift-border: #2e333a; --sift-border-strong: #454b54;
  --sift-highlight: rgba(138, 180, 248, 0.18); --sift-danger: #f2b8b5; --sift-danger-bg: #3a1f1e;
  color-scheme: dark;`;

const widgetCss = String.raw`
:host {
  --sift-bg: #ffffff; --sift-fg: #1b1c1e; --sift-muted: #5b5f66; --sift-accent: #1f5fbf;
  --sift-surface: #f1f1ed; --sift-border: #e3e3de; --sift-border-strong: #c6c6bf;
  --sift-highlight: rgba(31, 95, 191, 0.14); --sift-danger: #b3261e; --sift-danger-bg: #fdf0ef;
  --sift-radius: 10px;
  --sift-padding: clamp(1rem, 4cqi, 2.5rem);
  display: block;
  color-scheme: light;
  contain: content;
}
:host([hidden]) { display: none; }
:host([theme="sepia"]) {
  --sift-bg: #f5eedc; --sift-fg: #3a2e1f; --sift-muted: #6a5943; --sift-accent: #8c4a0f;
  --sift-surface: #ece2c9; --sift-border: #e0d3b4; --sift-border-strong: #c9b890;
  --sift-highlight: rgba(140, 74, 15, 0.14); --sift-danger: #9c2a17; --sift-danger-bg: #f8e3d6;
}
:host([theme="dark"]) { ${DARK_TOKENS} }
@media (prefers-color-scheme: dark) {
  :host(:not([theme])), :host([theme="auto"]), :host([theme=""]) { ${DARK_TOKENS} }
}
.frame {
  container-type: inline-size;
  background: var(--sift-bg);
  color: var(--sift-fg);
  border-radius: var(--sift-radius);
  padding: var(--sift-padding);
  font-family: var(--sift-font-ui, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif);
}
[hidden] { display: none !important; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; }
.layout.with-outline { grid-template-columns: minmax(0, 1fr); }
@container (min-width: 56rem) {
  .layout.with-outline { grid-template-columns: 14rem minmax(0, 1fr); }
  .layout.with-outline .outline { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow-y: auto; }
}
.panel-title { margin: 0 0 0.5rem; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--sift-muted); }
.outline { font-size: 0.9rem; }
.outline .panel-title { padding-inline-start: 0.75rem; }
.summary {
  max-width: calc(40em * var(--sift-width-scale, 1));
  margin: 0 auto 2rem;
  padding: 1rem 1.2rem;
  border-radius: var(--sift-radius);
  background: var(--sift-surface);
  border: 1px solid var(--sift-border);
  font-size: 0.95rem;
  line-height: 1.6;
}
.summary .sift-keywords { margin-top: 0.8rem; }
.summary .sift-keywords li { background: var(--sift-bg); }
.status { display: flex; align-items: center; gap: 0.75rem; color: var(--sift-muted); font-size: 0.95rem; min-height: 1.5rem; }
.status p { margin: 0; }
.spinner { width: 1rem; height: 1rem; border-radius: 50%; border: 2px solid var(--sift-border-strong); border-top-color: var(--sift-accent); animation: spin 0.8s linear infinite; flex: none; }
@keyframes spin { to { transform: rotate(1turn); } }
.error { padding: 0.9rem 1rem; border-radius: var(--sift-radius); background: var(--sift-danger-bg); color: var(--sift-fg); border: 1px solid color-mix(in srgb, var(--sift-danger) 35%, transparent); }
.error p { margin: 0; }
.error strong { display: block; margin-bottom: 0.2rem; }
.empty { color: var(--sift-muted); margin: 0; }
:focus-visible { outline: 2px solid var(--sift-accent); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 2.4s; } }
`;

let widgetSheet = null;
function widgetSheets() {
  if (!widgetSheet) {
    widgetSheet = new CSSStyleSheet();
    widgetSheet.replaceSync(widgetCss);
  }
  const shared = articleSheet();
  return shared ? [shared, widgetSheet] : [widgetSheet];
}

const ERROR_LABELS = {
  empty_input: 'There is nothing to read yet.',
  input_too_large: 'That paste is too large.',
  timeout: 'That took too long.',
  load_failed: 'The reader could not start.',
};

// Importable outside browsers (e.g. Node reading the package entry); only usable in one.
const ElementBase = globalThis.HTMLElement ?? class {};

export class SiftReaderElement extends ElementBase {
  static get observedAttributes() { return ['theme', 'show-outline', 'show-summary']; }

  #client = null;
  #text = '';
  #html = '';
  #result = null;
  #error = null;
  #busy = false;
  #renderQueued = false;
  #renderedResult = undefined;
  #renderAbort = null;
  #parts = null;
  #runSeq = 0;
  #renders = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    try {
      root.adoptedStyleSheets = widgetSheets();
    } catch {
      // No constructable stylesheets (very old engines): fall back to a <style>,
      // which needs style-src 'unsafe-inline' under a strict CSP.
      root.append(h(document, 'style', { text: articleCss + widgetCss }));
    }
    const d = document;
    const status = h(d, 'div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' });
    const error = h(d, 'div', { class: 'error', part: 'error', role: 'alert', hidden: true });
    const outline = h(d, 'nav', { class: 'outline', part: 'outline', 'aria-label': 'Contents', hidden: true });
    const summary = h(d, 'section', { class: 'summary', part: 'summary', 'aria-label': 'Summary', hidden: true });
    const articleSlot = h(d, 'div', { class: 'article-slot' });
    const content = h(d, 'div', { class: 'content' }, summary, articleSlot);
    const layout = h(d, 'div', { class: 'layout' }, outline, content);
    const frame = h(d, 'div', { class: 'frame', part: 'frame' }, status, error, layout);
    root.append(frame);
    this.#parts = { frame, status, error, outline, summary, articleSlot, layout };

    outline.addEventListener('click', (event) => {
      const link = event.target.closest('.sift-outline-link');
      if (!link) return;
      event.preventDefault();
      this.#goTo(link.dataset.target);
    });
    outline.addEventListener('keydown', (event) => this.#outlineKeys(event));
  }

  // ---- attributes mirrored by properties

  get theme() {
    const value = this.getAttribute('theme');
    return THEMES.includes(value) ? value : 'auto';
  }
  set theme(value) { this.setAttribute('theme', String(value)); }

  get showOutline() { return this.hasAttribute('show-outline'); }
  set showOutline(value) { this.toggleAttribute('show-outline', Boolean(value)); }

  get showSummary() { return this.hasAttribute('show-summary'); }
  set showSummary(value) { this.toggleAttribute('show-summary', Boolean(value)); }

  /** The pasted text last given to the widget; setting it reads it. */
  get text() { return this.#text; }
  set text(value) { this.read(String(value ?? '')).catch(() => {}); }

  /** The last result (schema 1), or null. */
  get result() { return this.#result; }

  /** How many times the shadow tree was rendered (batching makes this small; for tests). */
  get renderCount() { return this.#renders; }

  /** True while an extraction runs. */
  get busy() { return this.#busy; }

  attributeChangedCallback() { this.#queueRender(); }

  connectedCallback() {
    // Properties set before the element was upgraded shadow the accessors; re-apply them.
    for (const name of ['theme', 'showOutline', 'showSummary', 'text']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#queueRender();
  }

  disconnectedCallback() {
    this.#client?.dispose();
    this.#client = null;
  }

  /**
   * Reads a paste. Resolves with the result (also when ok is false, which
   * fires sift-error); rejects only when the reader cannot run at all.
   * @param {string} text the text/plain flavour
   * @param {{html?: string, input?: 'auto'|'text'|'html', maxInputBytes?: number}} [options]
   */
  async read(text, options = {}) {
    this.#text = String(text ?? '');
    this.#html = String(options.html ?? '');
    const seq = ++this.#runSeq;
    this.#busy = true;
    this.#error = null;
    this.#queueRender();
    this.#client ??= new SiftClient();
    try {
      const result = await this.#client.extract(this.#text, {
        html: this.#html, input: options.input, maxInputBytes: options.maxInputBytes,
      });
      if (seq !== this.#runSeq) return result;
      this.#busy = false;
      if (result.ok === false) {
        this.#result = null;
        this.#fail(result.error?.code || 'error', result.error?.message || 'No article found.');
      } else {
        this.#result = result;
        this.#queueRender();
        this.dispatchEvent(new CustomEvent('sift-result', { detail: result, bubbles: true, composed: true }));
      }
      return result;
    } catch (error) {
      if (seq !== this.#runSeq) throw error;
      this.#busy = false;
      const code = error instanceof SiftCancelled ? 'cancelled' : error.code || 'load_failed';
      this.#fail(code, error.message);
      throw error;
    }
  }

  /** Stops a running read (its promise rejects; sift-error fires with code "cancelled"). */
  cancel() { this.#client?.cancel(); }

  #fail(code, message) {
    this.#error = { code, message };
    this.#queueRender();
    this.dispatchEvent(new CustomEvent('sift-error', { detail: { code, message }, bubbles: true, composed: true }));
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#render();
    });
  }

  #render() {
    const p = this.#parts;
    const d = document;
    this.#renders++;

    // Status and error.
    if (this.#busy) {
      p.status.replaceChildren(h(d, 'span', { class: 'spinner', 'aria-hidden': 'true' }), h(d, 'p', { text: 'Reading…' }));
    } else if (!this.#result && !this.#error) {
      p.status.replaceChildren(h(d, 'p', { class: 'empty', text: 'Paste a page to read it here.' }));
    } else {
      p.status.replaceChildren();
    }
    p.status.hidden = !p.status.firstChild;
    p.error.hidden = !this.#error;
    if (this.#error) {
      p.error.replaceChildren(h(d, 'p', {},
        h(d, 'strong', { text: ERROR_LABELS[this.#error.code] || 'Sift could not read that.' }),
        this.#error.message || ''));
    }

    // Content (rebuilt only when the result changed).
    const result = this.#busy || this.#error ? null : this.#result;
    if (result !== this.#renderedResult) {
      this.#renderedResult = result;
      this.#renderAbort?.abort();
      this.#renderAbort = new AbortController();
      if (!result) {
        p.articleSlot.replaceChildren();
        p.outline.replaceChildren();
        p.summary.replaceChildren();
      } else {
        const ids = headingIds(result);
        const { article } = buildArticle(d, result, { ids, signal: this.#renderAbort.signal });
        p.articleSlot.replaceChildren(article);
        const list = buildOutlineList(d, result, { ids });
        list.lang = article.lang;
        [...list.querySelectorAll('a')].forEach((a, i) => { a.tabIndex = i === 0 ? 0 : -1; });
        p.outline.replaceChildren(h(d, 'h2', { class: 'panel-title', text: 'Contents' }), list);
        const summaryChildren = [h(d, 'h2', { class: 'panel-title', text: 'Summary' })];
        if (result.summary?.length) summaryChildren.push(buildSummaryList(d, result));
        if (result.keywords?.length) summaryChildren.push(buildKeywordList(d, result));
        p.summary.replaceChildren(...summaryChildren);
        p.summary.lang = article.lang;
      }
    }

    // Attribute-driven presentation.
    const hasOutline = !!result && (result.outline || []).length > 0;
    const hasSummary = !!result && ((result.summary || []).length > 0 || (result.keywords || []).length > 0);
    p.outline.hidden = !(this.showOutline && hasOutline);
    p.summary.hidden = !(this.showSummary && hasSummary);
    p.layout.classList.toggle('with-outline', !p.outline.hidden);
  }

  #goTo(id) {
    const heading = this.shadowRoot.getElementById(id);
    if (!heading) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    heading.focus({ preventScroll: true });
    for (const link of this.#parts.outline.querySelectorAll('.sift-outline-link')) {
      if (link.dataset.target === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }

  #outlineKeys(event) {
    const links = [...this.#parts.outline.querySelectorAll('.sift-outline-link')];
    const index = links.indexOf(this.shadowRoot.activeElement);
    if (index < 0) return;
    const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = links[Math.max(0, Math.min(links.length - 1, moves[event.key]))];
    links.forEach((link) => { link.tabIndex = link === next ? 0 : -1; });
    next.focus();
  }
}
