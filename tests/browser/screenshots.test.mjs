// screenshots.test.mjs — light and dark, 1280 and 360 wide, into tests/browser/out/.
// Not a pixel comparison: it checks the page renders without errors or
// horizontal overflow, and leaves the images for people to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { coreMissingReason, ensureOutDir, launch, problems, recordingPage, startServer, waitForOutcome } from './helpers.mjs';

const missing = coreMissingReason();

describe('screenshots', { skip: missing ?? false }, () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.close(); });

  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      test(`${scheme} ${width}px`, async () => {
        const out = ensureOutDir();
        const browser = await launch({ viewport: { width, height: width > 600 ? 900 : 780 }, colorScheme: scheme });
        try {
          const { page, log } = await recordingPage(browser.context);
          await page.goto(server.url);
          await page.waitForFunction(() => document.getElementById('version-core').textContent !== 'loading…');
          await page.screenshot({ path: path.join(out, `intake-${scheme}-${width}.png`) });
          await page.click('[data-example="zh-news"]');
          assert.equal(await waitForOutcome(page), 'result');
          await page.waitForTimeout(200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
          await page.screenshot({ path: path.join(out, `reader-zh-${scheme}-${width}.png`) });
          await page.screenshot({ path: path.join(out, `reader-zh-${scheme}-${width}-full.png`), fullPage: true });
          if (width < 600) {
            await page.click('#outline-toggle');
            await page.waitForTimeout(300);
            await page.screenshot({ path: path.join(out, `outline-drawer-${scheme}-${width}.png`) });
            await page.keyboard.press('Escape');
          }
          await page.click('#new-paste');
          await page.click('[data-example="en-news"]');
          assert.equal(await waitForOutcome(page), 'result');
          await page.click('label[for=show-removed]');
          await page.waitForTimeout(200);
          await page.screenshot({ path: path.join(out, `reader-en-removed-${scheme}-${width}.png`) });
          assert.deepEqual(problems(log), []);
        } finally {
          await browser.close();
        }
      });
    }
  }
});
