// widget.test.mjs — <sift-reader> on a host page served with the strict CSP
// (tests/browser/fixtures/widget-csp.html), and the iframe embed page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, coreMissingReason, problems, recordingPage, serveAndLaunch } from './helpers.mjs';

const missing = coreMissingReason();
const ZH = readFileSync(path.join(REPO, 'web', 'examples', 'zh-news.txt'), 'utf8');
const EN = readFileSync(path.join(REPO, 'web', 'examples', 'en-news.txt'), 'utf8');

describe('<sift-reader> widget', { skip: missing ?? false }, () => {
  const session = serveAndLaunch();

  test('works under script-src \'self\' \'wasm-unsafe-eval\' with no console errors or CSP violations', async () => {
    const { page, log } = await recordingPage(session.browser.context);
    const response = await page.goto(`${session.server.url}__test__/widget-csp.html`);
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    await page.waitForFunction(() => customElements.get('sift-reader'));

    const outcome = await page.evaluate(async (text) => {
      const reader = document.getElementById('reader');
      const result = await reader.read(text);
      const root = reader.shadowRoot;
      return {
        ok: result.ok,
        title: root.querySelector('.sift-title')?.textContent,
        outline: root.querySelectorAll('.sift-outline-link').length,
        summaryShown: !root.querySelector('.summary').hidden,
        adopted: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style').length,
        titleColor: getComputedStyle(root.querySelector('.sift-title')).color,
        events: window.__events,
        hostTextIntact: document.getElementById('host-text').textContent,
        bodyChildren: document.body.children.length,
      };
    }, ZH);
    assert.equal(outcome.ok, true);
    assert.equal(outcome.title, '临江新区:数字农场让老果园结出“新果子”');
    assert.equal(outcome.outline, 3);
    assert.equal(outcome.summaryShown, true);
    assert.ok(outcome.adopted >= 1, 'styles come from adopted constructable stylesheets');
    assert.equal(outcome.styleElements, 0, 'no <style> element (would need unsafe-inline)');
    assert.equal(outcome.titleColor, 'rgb(11, 61, 145)', '::part(title) styling from the host applies');
    assert.deepEqual(outcome.events, [{ type: 'sift-result', title: outcome.title, code: null }]);
    assert.equal(outcome.hostTextIntact, 'Text that belongs to the host page.');
    assert.equal(outcome.bodyChildren, 3, 'the widget adds nothing to the host document');

    // An empty paste fires sift-error (bubbling + composed) and shows a readable message.
    const failed = await page.evaluate(async () => {
      const reader = document.getElementById('reader');
      const result = await reader.read('   ');
      return { ok: result.ok, events: window.__events.slice(1), error: reader.shadowRoot.querySelector('.error').textContent };
    });
    assert.equal(failed.ok, false);
    assert.equal(failed.events.length, 1);
    assert.equal(failed.events[0].type, 'sift-error');
    assert.ok(failed.events[0].code);
    assert.ok(failed.error.length > 5);

    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('attributes mirror properties and several changes render once', async () => {
    const { page, log } = await recordingPage(session.browser.context);
    await page.goto(`${session.server.url}__test__/widget-csp.html`);
    await page.waitForFunction(() => customElements.get('sift-reader'));
    const state = await page.evaluate(async (text) => {
      const reader = document.getElementById('reader');
      await reader.read(text);
      await new Promise((r) => setTimeout(r, 0));
      const before = reader.renderCount;
      reader.theme = 'dark';
      reader.showOutline = false;
      reader.removeAttribute('show-summary');
      reader.setAttribute('theme', 'sepia');
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      const root = reader.shadowRoot;
      return {
        renders: reader.renderCount - before,
        theme: reader.getAttribute('theme'),
        themeProp: reader.theme,
        showOutline: reader.showOutline,
        showSummary: reader.showSummary,
        outlineHidden: root.querySelector('.outline').hidden,
        summaryHidden: root.querySelector('.summary').hidden,
        bg: getComputedStyle(root.querySelector('.frame')).backgroundColor,
        text: reader.text === text,
      };
    }, EN);
    assert.equal(state.renders, 1, 'four changes, one render');
    assert.equal(state.theme, 'sepia');
    assert.equal(state.themeProp, 'sepia');
    assert.equal(state.showOutline, false);
    assert.equal(state.showSummary, false);
    assert.equal(state.outlineHidden, true);
    assert.equal(state.summaryHidden, true);
    assert.equal(state.bg, 'rgb(245, 238, 220)');
    assert.equal(state.text, true);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('the iframe embed answers postMessage requests', async () => {
    const { page, log } = await recordingPage(session.browser.context);
    await page.goto(`${session.server.url}__test__/widget-csp.html`);
    const reply = await page.evaluate(async ({ base, text }) => {
      const frame = document.createElement('iframe');
      frame.src = `${base}embed.html?theme=light`;
      const messages = [];
      const done = new Promise((resolve) => {
        window.addEventListener('message', (event) => {
          if (event.source !== frame.contentWindow) return;
          messages.push(event.data.type);
          if (event.data.type === 'sift:ready') frame.contentWindow.postMessage({ type: 'sift:read', id: 7, text }, '*');
          if (event.data.type === 'sift:result' || event.data.type === 'sift:error') resolve(event.data);
        });
      });
      document.body.append(frame);
      const data = await done;
      return { type: data.type, id: data.id, title: data.result?.title, messages };
    }, { base: session.server.url, text: EN });
    assert.equal(reply.type, 'sift:result');
    assert.equal(reply.id, 7);
    assert.match(reply.title, /rail yard/);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems(log), []);
    await page.close();
  });
});
