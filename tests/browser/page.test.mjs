// page.test.mjs — the Sift page in Debian Chromium under the strict CSP:
// real paste events (Chinese example and, when present, the seed corpus page),
// outline navigation, hostile pastes, keyboard reachability, and no network
// traffic after load.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, SHARED, coreMissingReason, pasteInto, problems, recordingPage, serveAndLaunch, waitForOutcome } from './helpers.mjs';

const missing = coreMissingReason();
const SEED = path.join(SHARED, 'corpus', 'seed', 'maanshan-cihu');

describe('Sift page', { skip: missing ?? false }, () => {
  const session = serveAndLaunch({ reducedMotion: 'reduce' });

  async function openPage() {
    const { page, log } = await recordingPage(session.browser.context);
    await page.goto(session.server.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    return { page, log };
  }

  async function checkArticle(page, expected) {
    assert.equal(await waitForOutcome(page), 'result', await page.textContent('#error').catch(() => ''));
    const view = await page.evaluate(() => ({
      title: document.querySelector('.sift-title')?.textContent,
      source: document.querySelector('.sift-source')?.textContent,
      datetime: document.querySelector('.sift-meta time')?.getAttribute('datetime'),
      dateText: document.querySelector('.sift-meta time')?.textContent,
      lang: document.querySelector('article.sift-article')?.lang,
      outline: [...document.querySelectorAll('#outline .sift-outline-link')].map((a) => a.textContent),
      summary: [...document.querySelectorAll('#summary-list li')].map((li) => li.textContent),
      headings: [...document.querySelectorAll('.sift-body :is(h2, h3, h4)')].map((h) => h.id),
    }));
    assert.equal(view.title, expected.title);
    assert.equal(view.source, expected.source);
    assert.equal(view.datetime, expected.published);
    assert.ok(view.dateText && view.dateText !== view.datetime, `date is formatted: ${view.dateText}`);
    assert.match(view.lang, /^zh/);
    assert.equal(view.outline.length, expected.outline, `outline: ${JSON.stringify(view.outline)}`);
    assert.ok(view.summary.length >= 1, 'a summary is shown');
    assert.ok(view.headings.every(Boolean), 'every heading has an id');
    return view;
  }

  async function clickOutlineEntry(page, index) {
    const link = page.locator('#outline .sift-outline-link').nth(index);
    const target = await link.getAttribute('data-target');
    await link.click();
    await page.waitForFunction((id) => {
      const heading = document.getElementById(id);
      const top = heading.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2 && document.activeElement === heading;
    }, target, { timeout: 5000 });
    assert.equal(await link.getAttribute('aria-current'), 'location');
  }

  test('a Chinese page pasted as text/plain becomes an article with outline and summary', async () => {
    const { page, log } = await openPage();
    const text = readFileSync(path.join(REPO, 'web', 'examples', 'zh-news.txt'), 'utf8');
    await pasteInto(page, null, text);
    await checkArticle(page, {
      title: '临江新区:数字农场让老果园结出“新果子”', source: '临江日报', published: '2024-03-05T09:30', outline: 3,
    });
    await clickOutlineEntry(page, 2);
    await clickOutlineEntry(page, 0);
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('the seed corpus page (Ma\'anshan Daily) pasted as text/plain', { skip: !existsSync(path.join(SEED, 'pasted.txt')) && 'corpus seed absent' }, async () => {
    const { page, log } = await openPage();
    const text = readFileSync(path.join(SEED, 'pasted.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(SEED, 'expected.json'), 'utf8'));
    await pasteInto(page, '#paste-box', text);
    await checkArticle(page, {
      title: expected.title, source: '马鞍山日报', published: '2022-07-08T10:27', outline: 3,
    });
    await clickOutlineEntry(page, 1);
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('hostile pastes never execute, as text or as HTML', async () => {
    const { page, log } = await openPage();
    const filler = 'This paragraph is ordinary article text that is long enough to be kept as content by the reader, with a full stop.';
    const payloads = [
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '<script>window.__pwned=1;alert(2)</script>',
      '<a href="javascript:window.__pwned=1;alert(3)">click me</a>',
      '<svg onload="window.__pwned=1"></svg><iframe src="javascript:window.parent.__pwned=1"></iframe>',
    ];
    for (const payload of payloads) {
      const text = `${payload}\n\n${payload}\n\nBy Mallory | March 5, 2024\n\n${filler}\n\n${payload}\n\n${filler}\n\n${filler}`;
      const html = `<html><body><h1>${payload}</h1><p>${filler}</p><p>${payload}</p><p>${filler} <a href="javascript:window.__pwned=1">link</a></p></body></html>`;
      for (const [plain, markup] of [[text, ''], [text, html], ['', html]]) {
        await pasteInto(page, null, plain, markup);
        await waitForOutcome(page);
        await page.waitForTimeout(50);
        const state = await page.evaluate(() => ({
          pwned: window.__pwned,
          active: document.querySelectorAll('#article-host :is(img, script, iframe, svg, object, embed), #summary-card :is(img, script, iframe, svg)').length,
          badLinks: [...document.querySelectorAll('#reader a[href]')].filter((a) => !/^https?:/i.test(a.href)).length,
        }));
        assert.equal(state.pwned, undefined, `executed: ${payload}`);
        assert.equal(state.active, 0, 'no active elements rendered from the paste');
        assert.equal(state.badLinks, 0, 'only http(s) links');
      }
    }
    // Removed blocks are shown through textContent as well.
    await page.click('label[for=show-removed]').catch(() => {});
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('keyboard only: Tab reaches every control in order', async () => {
    const { page, log } = await openPage();
    const tabStops = async (count) => {
      await page.evaluate(() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); });
      const seen = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        seen.push(await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'body';
          return el.id || el.dataset.example || el.dataset.target && 'outline-link' || el.className || el.tagName;
        }));
      }
      return seen;
    };
    const intake = await tabStops(8);
    assert.deepEqual(intake, ['skip-link', 'brand', 'settings-toggle', 'paste-box', 'read-button', 'file-input', 'zh-news', 'en-news']);

    // Open the display settings with the keyboard: focus moves into the panel.
    await page.focus('#settings-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'font-size');
    const settingStops = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      settingStops.push(await page.evaluate(() => document.activeElement.id));
    }
    assert.deepEqual(settingStops, ['width-medium', 'theme-auto', 'typeface-sans']);
    await page.keyboard.press('ArrowRight'); // serif, remembered
    assert.equal(await page.evaluate(() => document.documentElement.dataset.typeface), 'serif');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'settings-toggle');
    assert.equal(await page.isHidden('#settings'), true);

    // Load an example with the keyboard, then walk the reader's controls.
    await page.focus('[data-example="zh-news"]');
    await page.keyboard.press('Enter');
    assert.equal(await waitForOutcome(page), 'result');
    const reader = await tabStops(11);
    assert.deepEqual(reader, ['skip-link', 'brand', 'new-paste', 'settings-toggle', 'outline-link',
      'copy-md', 'copy-text', 'download-md', 'download-json', 'print-button', 'show-removed']);

    // Outline: arrows move between entries, Enter jumps to the heading.
    await page.evaluate(() => document.querySelector('#outline .sift-outline-link').focus());
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement.dataset.target);
    assert.ok(target, 'ArrowDown moves to the next outline entry');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, target);

    // The switch works from the keyboard and shows the removed blocks in place.
    await page.focus('#show-removed');
    await page.keyboard.press('Space');
    const removedShown = await page.evaluate(() => [...document.querySelectorAll('.sift-removed')].filter((el) => el.offsetParent).length);
    assert.ok(removedShown > 0, 'removed blocks are visible');
    const prefs = await page.evaluate(() => ({ ...localStorage }));
    assert.deepEqual(Object.keys(prefs), ['sift.display'], 'only display preferences are stored');
    assert.deepEqual(problems(log), []);
    await page.close();
  });

  test('no network requests after load except the page\'s own assets', async () => {
    const { page, log } = await openPage();
    await page.waitForFunction(() => document.getElementById('version-core').textContent !== 'loading…');
    const origin = new URL(session.server.url).origin;
    const atLoad = log.requests.length;
    assert.ok(log.requests.every((url) => url.startsWith(origin)), `foreign requests: ${log.requests}`);

    const text = readFileSync(path.join(REPO, 'web', 'examples', 'en-news.txt'), 'utf8');
    await pasteInto(page, null, text, `<p>${text.replace(/[<&]/g, '')}</p><img src="https://example.invalid/x.png"><link rel="stylesheet" href="https://example.invalid/x.css">`);
    assert.equal(await waitForOutcome(page), 'result');
    await page.click('#copy-md');
    if (await page.isEnabled('#show-removed')) await page.click('label[for=show-removed]');
    await page.waitForTimeout(200);
    assert.deepEqual(log.requests.slice(atLoad), [], 'a paste makes no request at all');

    await page.click('#new-paste');
    await page.click('[data-example="en-news"]');
    assert.equal(await waitForOutcome(page), 'result');
    assert.deepEqual(log.requests.slice(atLoad).map((url) => new URL(url).pathname), ['/examples/en-news.txt']);
    assert.deepEqual(problems(log), []);
    await page.close();
  });
});
