// article-styles.mjs — the reading typography shared by the page and the widget.
//
// Delivered as a constructable stylesheet (new CSSStyleSheet + adoptedStyleSheets),
// which a Content-Security-Policy without 'unsafe-inline' allows, and which needs
// no extra network request. Colours and sizes come from custom properties
// (--sift-*), so the page (app.css) and widget hosts theme it the same way.

const LATIN_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans"';
const LATIN_SERIF = '"Iowan Old Style", Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif"';

export const articleCss = String.raw`
.sift-article {
  --sift-cjk-sans: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei";
  --sift-cjk-serif: "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", SimSun;
  --_measure: calc(34em * var(--sift-width-scale, 1));
  font-family: var(--sift-font-sans, ${LATIN_SANS}), var(--sift-cjk-sans), sans-serif;
  font-size: var(--sift-font-size, 1.125rem);
  line-height: 1.7;
  color: var(--sift-fg, #1b1c1e);
  max-width: var(--_measure);
  margin-inline: auto;
  overflow-wrap: break-word;
  font-kerning: normal;
  text-rendering: optimizeLegibility;
  hanging-punctuation: first allow-end;
}
.sift-article:lang(zh-Hant), .sift-article:lang(zh-TW), .sift-article:lang(zh-HK) {
  --sift-cjk-sans: "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei";
  --sift-cjk-serif: "Songti TC", "Noto Serif CJK TC", "Source Han Serif TC", PMingLiU;
}
.sift-article:lang(ja) {
  --sift-cjk-sans: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo;
  --sift-cjk-serif: "Hiragino Mincho ProN", "Noto Serif CJK JP", "Yu Mincho";
}
.sift-article:lang(ko) {
  --sift-cjk-sans: "Apple SD Gothic Neo", "Noto Sans CJK KR", "Malgun Gothic";
  --sift-cjk-serif: "AppleMyungjo", "Noto Serif CJK KR", Batang;
}
/* CJK: one em is one character, so 40em is about 40 characters a line. */
.sift-article:is(:lang(zh), :lang(ja), :lang(ko)) {
  --_measure: calc(40em * var(--sift-width-scale, 1));
  line-height: 1.9;
  letter-spacing: 0.02em;
  text-align: justify;
  text-justify: inter-character;
  line-break: strict;
}
:is(.serif, [data-typeface="serif"]) .sift-article {
  font-family: var(--sift-font-serif, ${LATIN_SERIF}), var(--sift-cjk-serif), serif;
}

.sift-head { margin-block-end: 2em; }
.sift-kicker {
  margin: 0 0 0.5em;
  font-size: 0.8em;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--sift-accent, #1f5fbf);
}
.sift-title {
  font-size: clamp(1.6em, 1.2em + 2vw, 2.1em);
  line-height: 1.25;
  font-weight: 750;
  letter-spacing: -0.012em;
  margin: 0 0 0.6em;
  text-align: start;
  text-wrap: balance;
}
.sift-article:is(:lang(zh), :lang(ja), :lang(ko)) .sift-title { letter-spacing: 0.01em; line-height: 1.4; }
.sift-meta {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.25em 0.6em;
  margin: 0;
  font-family: var(--sift-font-ui, ${LATIN_SANS}), var(--sift-cjk-sans), sans-serif;
  font-size: 0.85em;
  line-height: 1.5;
  letter-spacing: 0;
  color: var(--sift-muted, #5b5f66);
  text-align: start;
}
.sift-byline, .sift-source { color: var(--sift-fg, #1b1c1e); font-weight: 600; }
.sift-sep { color: var(--sift-muted, #5b5f66); }

.sift-body > :first-child { margin-block-start: 0; }
.sift-body p { margin: 0 0 1.1em; }
.sift-body h2, .sift-body h3, .sift-body h4 {
  line-height: 1.35;
  margin: 1.9em 0 0.6em;
  text-align: start;
  letter-spacing: 0;
  scroll-margin-block-start: var(--sift-scroll-margin, 1.5rem);
  text-wrap: balance;
}
.sift-body h2 { font-size: 1.35em; font-weight: 700; }
.sift-body h3 { font-size: 1.15em; font-weight: 700; }
.sift-body h4 { font-size: 1em; font-weight: 700; }
.sift-heading:focus { outline: none; }
.sift-heading:focus-visible { outline: 2px solid var(--sift-accent, #1f5fbf); outline-offset: 4px; border-radius: 2px; }
.sift-flash { animation: sift-flash 1.2s ease-out; }
@keyframes sift-flash {
  from { background: var(--sift-highlight, rgba(31, 95, 191, 0.16)); }
  to { background: transparent; }
}
.sift-list { margin: 0 0 1.1em; padding-inline-start: 1.4em; }
.sift-list li { margin-block-end: 0.35em; }
.sift-list li::marker { color: var(--sift-muted, #5b5f66); }
.sift-body blockquote {
  margin: 1.4em 0;
  padding: 0.1em 0 0.1em 1em;
  border-inline-start: 3px solid var(--sift-accent, #1f5fbf);
  color: var(--sift-fg, #1b1c1e);
  font-style: italic;
}
.sift-article:is(:lang(zh), :lang(ja), :lang(ko)) blockquote { font-style: normal; }
.sift-pre {
  margin: 1.2em 0;
  padding: 0.9em 1em;
  overflow-x: auto;
  background: var(--sift-surface, #f2f2ef);
  border-radius: var(--sift-radius, 8px);
  font-size: 0.85em;
  line-height: 1.55;
  text-align: start;
}
.sift-pre code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; white-space: pre; }
.sift-foot {
  margin-block-start: 2.4em;
  padding-block-start: 1em;
  border-block-start: 1px solid var(--sift-border, #e3e3df);
  color: var(--sift-muted, #5b5f66);
  font-size: 0.85em;
}
.sift-foot p { margin: 0; }
.sift-article a { color: var(--sift-accent, #1f5fbf); text-underline-offset: 0.15em; }

/* What the extractor dropped, dimmed in place (opt-in). */
.sift-removed {
  margin: 0.2em 0 1.1em;
  padding: 0.5em 0.8em;
  border: 1px dashed var(--sift-border-strong, #c9c9c3);
  border-radius: var(--sift-radius, 8px);
  font-family: var(--sift-font-ui, ${LATIN_SANS}), var(--sift-cjk-sans), sans-serif;
  font-size: 0.78em;
  line-height: 1.5;
  letter-spacing: 0;
  text-align: start;
  color: var(--sift-muted, #5b5f66);
  background: var(--sift-removed-bg, transparent);
}
.sift-removed-line { margin: 0.15em 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.6em; align-items: baseline; }
.sift-removed-text { text-decoration: line-through; text-decoration-color: color-mix(in srgb, currentColor 45%, transparent); }
.sift-removed-why {
  font-size: 0.85em;
  padding: 0 0.45em;
  border-radius: 999px;
  background: var(--sift-surface, #f2f2ef);
  white-space: nowrap;
}

/* Outline, summary, keywords (placed by the page or the widget). */
.sift-outline-list { list-style: none; margin: 0; padding: 0; }
.sift-outline-item { margin: 0; }
.sift-outline-link {
  display: block;
  padding: 0.4em 0.75em;
  border-inline-start: 2px solid transparent;
  color: var(--sift-muted, #5b5f66);
  text-decoration: none;
  line-height: 1.4;
  border-radius: 0 6px 6px 0;
}
.sift-outline-item.level-3 .sift-outline-link { padding-inline-start: 1.6em; font-size: 0.94em; }
.sift-outline-item.level-4 .sift-outline-link { padding-inline-start: 2.4em; font-size: 0.9em; }
.sift-outline-link:hover { color: var(--sift-fg, #1b1c1e); background: var(--sift-surface, #f2f2ef); }
.sift-outline-link[aria-current] {
  color: var(--sift-accent, #1f5fbf);
  border-inline-start-color: var(--sift-accent, #1f5fbf);
  font-weight: 600;
}
.sift-outline-link:focus-visible { outline: 2px solid var(--sift-accent, #1f5fbf); outline-offset: -2px; }
.sift-summary-list { margin: 0; padding-inline-start: 1.2em; }
.sift-summary-list li { margin: 0 0 0.5em; padding-inline-start: 0.2em; }
.sift-summary-list li:last-child { margin-block-end: 0; }
.sift-summary-list li::marker { color: var(--sift-accent, #1f5fbf); font-weight: 700; }
.sift-keywords { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0; padding: 0; }
.sift-keywords li {
  padding: 0.2em 0.7em;
  border-radius: 999px;
  background: var(--sift-chip-bg, var(--sift-surface, #f2f2ef));
  color: var(--sift-fg, #1b1c1e);
  border: 1px solid var(--sift-border, #e3e3df);
  font-size: 0.85em;
  line-height: 1.5;
}

@media (prefers-reduced-motion: reduce) {
  .sift-flash { animation: none; }
}
@media print {
  .sift-article { max-width: none; color: #000; font-size: 11pt; }
  .sift-removed { display: none; }
  .sift-body h2, .sift-body h3, .sift-body h4 { break-after: avoid; }
  .sift-body p { orphans: 3; widows: 3; }
  .sift-article a { color: #000; }
}
`;

let sharedSheet = null;

/** The shared CSSStyleSheet (one per realm), or null where constructable sheets are unsupported. */
export function articleSheet() {
  if (sharedSheet) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(articleCss);
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}
