// Accessibility (axe-core, light and dark), the phone layout, and the screenshots for the README.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForScore, axeSource, skipReason, SCREENSHOTS, withServerAndBrowser } from './harness.mjs';

const skip = skipReason() || false;

/** axe violations of impact serious or critical, as readable lines. The page's CSP forbids
 *  inline scripts (as it should), so these contexts open with `bypassCSP` to inject axe. */
async function seriousViolations(page) {
  await page.addScriptTag({ content: axeSource() });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
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
    it(`has no serious or critical axe violations (${scheme}), with a finding selected`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: scheme, bypassCSP: true });
      await page.goto(`${server.origin}/index.html`);
      await waitForScore(page);
      await page.fill('#jd', 'Backend Engineer. Required: Go, PostgreSQL, Kafka. Preferred: Rust.');
      await page.waitForSelector('.match-rate');
      await page.click('#findings button.group-toggle');
      await page.click('#findings button.finding');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(SCREENSHOTS, `desktop-${scheme}.png`) });
      assert.deepEqual(await seriousViolations(page), []);
      if (scheme === 'light' && process.env.UPDATE_SCREENSHOT) {
        // The README's picture: UPDATE_SCREENSHOT=1 node --test tests/browser/a11y.test.mjs
        const docs = join(SCREENSHOTS, '..', '..', '..', 'docs');
        mkdirSync(docs, { recursive: true });
        copyFileSync(join(SCREENSHOTS, 'desktop-light.png'), join(docs, 'screenshot.png'));
      }
      await context.close();
    });
  }

  it('is usable at 375 px: panels stack, nothing overflows sideways', async () => {
    const { page, context } = await openPage(browser, {
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-375.png') });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      editor: document.querySelector('.workspace').getBoundingClientRect(),
      report: document.querySelector('#report').getBoundingClientRect(),
    }));
    assert.ok(layout.scrollWidth <= 375, `page is ${layout.scrollWidth}px wide`);
    assert.ok(layout.report.top >= layout.editor.bottom - 1, 'the report stacks under the editor');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('embed page has no serious or critical axe violations', async () => {
    const { page, context } = await openPage(browser, { bypassCSP: true });
    await page.goto(`${server.origin}/embed.html`);
    await page.waitForFunction(() => /^\d+/.test(document.querySelector('resume-analyzer')?.shadowRoot?.querySelector('.score')?.textContent || ''));
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });
});
