// Hand-written types for the sift-reader package: the core wrapper (sift.mjs),
// the worker client (sift-client.mjs) and the <sift-reader> element.

/** One block of the article body. */
export interface SiftBlock {
  type: 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'quote' | 'pre';
  text: string;
}

export interface SiftOutlineEntry {
  level: number;
  text: string;
  /** Index into `body`. */
  block: number;
  /** Anchor id of the heading. */
  id: string;
}

export interface SiftSummaryItem {
  text: string;
  /** Index into `body`. */
  block: number;
}

export interface SiftRemovedBlock {
  text: string;
  label: string;
  rule: string;
  /** Index of the body block it followed; -1 = before the first. */
  after: number;
}

export interface SiftErrorInfo {
  code: string;
  message: string;
}

/** The core's result, JSON schema 1. */
export interface SiftResult {
  schema: 1;
  ok: boolean;
  error: SiftErrorInfo | null;
  title: string;
  byline: string | null;
  source: string | null;
  site_name: string | null;
  /** ISO 8601 without zone as written on the page, e.g. "2022-07-08T10:27". */
  published: string | null;
  editor: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  input: 'text' | 'html';
  body: SiftBlock[];
  outline: SiftOutlineEntry[];
  summary: SiftSummaryItem[];
  keywords: string[];
  stats: { units: number; sentences: number; reading_minutes: number };
  removed: SiftRemovedBlock[];
  warnings: string[];
}

export interface SiftExtractOptions {
  /** The clipboard's text/html flavour, if any. */
  html?: string;
  input?: 'auto' | 'text' | 'html';
  maxInputBytes?: number;
}

export interface Sift {
  /** Synchronous; never throws for bad input (returns ok: false). */
  extract(text: string, options?: SiftExtractOptions): SiftResult;
  version(): string;
  /** True once a call ran out of memory (result `error.code` "out_of_memory"): load a fresh instance. */
  readonly broken: boolean;
}

export interface LoadSiftOptions {
  /** Where gen/sift-core.wasm is; default: next to sift.mjs. */
  wasmUrl?: string | URL;
  /** Where gen/sift-core.mjs is; default: next to sift.mjs. */
  moduleUrl?: string | URL;
  /** Wasm bytes (Node without fetch of file: URLs). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** An already compiled core (compileCore(), possibly from another realm); null: compile here. */
  wasmModule?: WebAssembly.Module | Promise<WebAssembly.Module | null> | null;
}

export const DEFAULT_MAX_INPUT_BYTES: number;
export function loadSift(options?: LoadSiftOptions): Promise<Sift>;
/** Fetches and compiles the core once per page; the module can be handed to workers. */
export function compileCore(): Promise<WebAssembly.Module>;
export function extract(text: string, options?: SiftExtractOptions): Promise<SiftResult>;
export function version(): Promise<string>;

// ---- sift-client.mjs

export const DEFAULT_TIME_LIMIT_MS: number;
export class SiftCancelled extends Error { readonly code: 'cancelled'; }
export class SiftTimeout extends Error { readonly code: 'timeout'; }
export type SiftProgressStage = 'queued' | 'loading' | 'extracting' | 'done';

export class SiftClient {
  constructor(options?: {
    timeLimitMs?: number;
    useWorker?: boolean;
    onReady?: (version: string) => void;
    onLoadError?: (message: string) => void;
  });
  readonly busy: boolean;
  version: string | null;
  warmUp(): void;
  extract(text: string, options?: SiftExtractOptions & { onProgress?: (stage: SiftProgressStage) => void }): Promise<SiftResult>;
  cancel(): void;
  dispose(): void;
}

// ---- <sift-reader>

export type SiftTheme = 'auto' | 'light' | 'sepia' | 'dark';

export class SiftReaderElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Attribute `theme`. */
  theme: SiftTheme;
  /** Attribute `show-outline`. */
  showOutline: boolean;
  /** Attribute `show-summary`. */
  showSummary: boolean;
  /** The last text read; setting it starts a read. */
  text: string;
  readonly result: SiftResult | null;
  readonly busy: boolean;
  readonly renderCount: number;
  read(text: string, options?: SiftExtractOptions): Promise<SiftResult>;
  cancel(): void;
}

export interface SiftResultEvent extends CustomEvent<SiftResult> {}
export interface SiftErrorEvent extends CustomEvent<SiftErrorInfo> {}

declare global {
  interface HTMLElementTagNameMap {
    'sift-reader': SiftReaderElement;
  }
  interface HTMLElementEventMap {
    'sift-result': SiftResultEvent;
    'sift-error': SiftErrorEvent;
  }
}

export default SiftReaderElement;
