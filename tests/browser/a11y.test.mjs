// Accessibility (axe-core, light and dark), the phone layout, and the screenshots for the README.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForScore, settle, axeSource, skipReason, SCREENSHOTS, withServerAndBrowser } from './harness.mjs';

const skip = skipReason() || false;

/** Every axe violation, whatever its impact (minor and moderate too), as readable lines. The
 *  page's CSP forbids inline scripts (as it should), so these contexts open with `bypassCSP` to
 *  inject axe. */
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource() });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('\n  ')}`);
}

describe('accessibility and layout', { skip }, () => {
  let server;
  let browser;
  withServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });
  before(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  for (const scheme of ['light', 'dark']) {
    it(`has no axe violations (${scheme}), with a finding selected`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: scheme, bypassCSP: true });
      await page.goto(`${server.origin}/index.html`);
      await waitForScore(page);
      await settle(page);
      // The first screen as a new visitor sees it (the README's picture), then with a job
      // description, a group open, a place selected and a bullet in the workbench.
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(SCREENSHOTS, `desktop-${scheme}.png`) });
      await page.fill('#jd', 'Backend Engineer. Required: Go, PostgreSQL, Kafka. Preferred: Rust.');
      await page.waitForSelector('.match-rate');
      await page.click('#findings button.group-toggle');
      await page.click('#findings button.finding');
      await page.click('#bullets button.rewrite');
      assert.deepEqual(await axeViolations(page), []);
      if (process.env.UPDATE_SCREENSHOT) {
        // The README's pictures: UPDATE_SCREENSHOT=1 node --test tests/browser/a11y.test.mjs
        const docs = join(SCREENSHOTS, '..', '..', '..', 'docs');
        mkdirSync(docs, { recursive: true });
        copyFileSync(join(SCREENSHOTS, `desktop-${scheme}.png`), join(docs, scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png'));
      }
      await context.close();
    });
  }

  it('is usable on a 390 px phone: the score first, panels stack, nothing overflows sideways', async () => {
    const { page, context } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-390.png') });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(join(SCREENSHOTS, 'phone-390.png'), join(SCREENSHOTS, '..', '..', '..', 'docs', 'screenshot-phone.png'));
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      summary: document.querySelector('#summary').getBoundingClientRect(),
      editor: document.querySelector('.workspace').getBoundingClientRect(),
      report: document.querySelector('#report').getBoundingClientRect(),
    }));
    assert.ok(layout.scrollWidth <= 390, `page is ${layout.scrollWidth}px wide`);
    assert.ok(layout.summary.bottom <= layout.editor.top + 1, 'the score and top fixes come before the editor');
    assert.ok(layout.report.top >= layout.editor.bottom - 1, 'the report stacks under the editor');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`embed page (a light and a dark host, OS ${scheme}) has no axe violations`, async () => {
      const { page, context } = await openPage(browser, { bypassCSP: true, colorScheme: scheme });
      await page.goto(`${server.origin}/embed.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('resume-analyzer')].every((el) => /^\d+/.test(el.shadowRoot?.querySelector('.score')?.textContent || '')));
      await page.waitForTimeout(200);
      // The whole page: both hosts with their element's score, legend and fixes.
      await page.screenshot({ path: join(SCREENSHOTS, `embed-${scheme}-os.png`), fullPage: true });
      if (process.env.UPDATE_SCREENSHOT && scheme === 'light') copyFileSync(join(SCREENSHOTS, 'embed-light-os.png'), join(SCREENSHOTS, '..', '..', '..', 'docs', 'screenshot-embed.png'));
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});
