// embed.html: a portfolio page that embeds <resume-analyzer> with one script tag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, skipReason, withServerAndBrowser } from './harness.mjs';

const skip = skipReason() || false;

describe('the embedded element', { skip }, () => {
  let server;
  let browser;
  withServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('analyzes its text content, re-analyzes on typing and fires report events', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    // Listen before the page's own scripts run (init scripts are not subject to the page CSP).
    await page.addInitScript(() => {
      window.__reports = [];
      document.addEventListener('report', (event) => window.__reports.push(event.detail));
    });
    await page.goto(`${server.origin}/embed.html`);
    await page.waitForFunction(() => window.__reports.length > 0);
    const first = await page.evaluate(() => window.__reports[0]);
    assert.equal(first.schema, 1);
    assert.equal(first.input.level, 'mid');
    const shown = await page.locator('resume-analyzer .score').textContent();
    assert.match(shown, new RegExp(`^${first.score.overall}\\b`));
    assert.ok((await page.locator('resume-analyzer .backdrop mark[data-rule]').count()) > 0, 'highlights in the shadow root');
    assert.ok((await page.locator('resume-analyzer ol li').count()) > 0, 'top findings');
    await page.evaluate(() => {
      const field = document.querySelector('resume-analyzer').shadowRoot.querySelector('textarea');
      const at = field.value.indexOf('monitoring.') + 'monitoring.'.length;
      field.focus();
      field.setSelectionRange(at, at);
    });
    await page.keyboard.type('\n- Familiar with Kubernetes.', { delay: 5 });
    await page.waitForFunction(() => window.__reports.some((r) => r.findings.some((f) => f.rule === 'B-HEDGE')));
    await page.waitForSelector('resume-analyzer .backdrop mark[data-rule="B-HEDGE"]');
    assert.ok(requests.every((url) => new URL(url).origin === server.origin), requests.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
