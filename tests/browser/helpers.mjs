// helpers.mjs — shared setup for the browser tests: serve.py on a free port,
// Debian Chromium through playwright-core, and recorders for console messages,
// CSP violations, dialogs and network requests.
//
// SIFT_TEST_MOCK=1 serves tests/browser/mock/ as web/gen/ (only for working on
// the page before the real core builds; the suite is meant to run on the real one).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = path.join(REPO, 'tests', 'browser', 'out');
export const SHARED = path.resolve(REPO, '..', 'shared');
export const USE_MOCK = process.env.SIFT_TEST_MOCK === '1';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Fails early, with the fix, when the real core has not been built. */
export function coreMissingReason() {
  if (USE_MOCK) return null;
  const gen = path.join(REPO, 'web', 'gen');
  if (existsSync(path.join(gen, 'sift-core.mjs')) && existsSync(path.join(gen, 'sift-core.wasm'))) return null;
  return 'web/gen/sift-core.{mjs,wasm} missing: build the core first (bash scripts/build.sh)';
}

/** Starts `python3 serve.py --no-build --port 0` and resolves with its base URL. */
export async function startServer() {
  const args = ['serve.py', '--no-build', '--port', '0', '--mount', '/__test__/=tests/browser/fixtures'];
  if (USE_MOCK) args.push('--mount', '/gen/=tests/browser/mock');
  const child = spawn('python3', args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve.py did not start: ${stderr}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (m) { clearTimeout(timer); resolve(`http://127.0.0.1:${m[1]}/`); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.py exited (${code}): ${stderr}`)); });
  });
  return {
    url,
    get stderr() { return stderr; },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh persistent context (own temp profile) of Debian Chromium. */
export async function launch({ viewport = { width: 1280, height: 900 }, colorScheme = 'light', reducedMotion = 'no-preference' } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'sift-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    viewport,
    colorScheme,
    reducedMotion,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One served repository and one browser for the tests of the describe()
 * block it is called in: started before them, closed after them. Tests read
 * `session.server` and `session.browser` once the block's before() has run.
 */
export function serveAndLaunch(launchOptions) {
  const session = { server: null, browser: null };
  before(async () => {
    session.server = await startServer();
    session.browser = await launch(launchOptions);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Opens a page that records console messages, page errors, CSP violations
 * (reported via console and via a securitypolicyviolation listener installed
 * before any page script), dialogs (dismissed) and every request URL.
 */
export async function recordingPage(context) {
  const page = await context.newPage();
  const log = { console: [], errors: [], dialogs: [], requests: [] };
  page.on('console', (msg) => log.console.push({ type: msg.type(), text: msg.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('dialog', (dialog) => { log.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.on('request', (request) => log.requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, log };
}

export function problems(log) {
  return [
    ...log.errors.map((e) => `pageerror: ${e}`),
    ...log.console.filter((m) => m.type === 'error' || /Content.Security.Policy/i.test(m.text))
      .map((m) => `console.${m.type}: ${m.text}`),
  ];
}

export function ensureOutDir() {
  mkdirSync(OUT_DIR, { recursive: true });
  return OUT_DIR;
}

/** Dispatches a real `paste` ClipboardEvent with text/plain (and text/html) on a target. */
export async function pasteInto(page, selector, text, html = '') {
  await page.evaluate(({ selector, text, html }) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html) data.setData('text/html', html);
    const target = selector ? document.querySelector(selector) : document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, { selector, text, html });
}

/** Waits until the page shows a result or an error; returns which. */
export async function waitForOutcome(page, timeout = 20_000) {
  await page.waitForFunction(() => !document.getElementById('reader').hidden || !document.getElementById('error').hidden,
    null, { timeout });
  return page.evaluate(() => (document.getElementById('reader').hidden ? 'error' : 'result'));
}
