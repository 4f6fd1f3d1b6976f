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
    const shown = await page.locator('resume-analyzer .score').first().textContent();
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
    // The element typed into (the second host's resume has a hedge of its own from the start).
    await page.waitForFunction(() => (document.querySelector('resume-analyzer').report?.findings || []).some((f) => f.rule === 'B-HEDGE'));
    await page.waitForSelector('resume-analyzer .backdrop mark[data-rule="B-HEDGE"]');
    // A legend names each highlight colour in words; the caret on a highlight lists its findings.
    const legend = await page.locator('resume-analyzer .legend li').first().textContent();
    assert.match(legend, /^\s*Red: \w+/);
    const last = await page.evaluate(() => document.querySelector('resume-analyzer').report);
    const hedge = last.findings.find((f) => f.rule === 'B-HEDGE');
    await page.evaluate((at) => {
      const field = document.querySelector('resume-analyzer').shadowRoot.querySelector('textarea');
      field.setSelectionRange(at, at);
    }, hedge.utf16.start);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((m) => document.querySelector('resume-analyzer').shadowRoot.querySelector('.here').textContent.includes(m), hedge.message);
    assert.ok(requests.every((url) => new URL(url).origin === server.origin), requests.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits its host: the host\'s font, the host\'s colour scheme, custom properties, parts', async () => {
    for (const os of ['light', 'dark']) {
      const { page, context } = await openPage(browser, { colorScheme: os });
      await page.goto(`${server.origin}/embed.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('resume-analyzer')].every((el) => el.report));
      const hosts = await page.$$eval('resume-analyzer', (els) =>
        els.map((el) => {
          const inner = el.shadowRoot.querySelector('.ra');
          return {
            theme: el.dataset.themeUsed,
            hostFont: getComputedStyle(el.parentElement).fontFamily,
            font: getComputedStyle(el.shadowRoot.querySelector('.meaning')).fontFamily,
            background: getComputedStyle(inner).backgroundColor,
            accent: getComputedStyle(el).getPropertyValue('--ra-accent').trim(),
            parts: [...el.shadowRoot.querySelectorAll('[part]')].map((p) => p.getAttribute('part')),
          };
        }),
      );
      // The first host is light (color-scheme: light), the second dark: the OS does not matter.
      assert.deepEqual(hosts.map((h) => h.theme), ['light', 'dark'], `OS ${os}`);
      for (const host of hosts) assert.equal(host.font, host.hostFont, 'the host page\'s font');
      assert.notEqual(hosts[0].font, hosts[1].font, 'two hosts, two fonts');
      assert.equal(hosts[1].accent, '#ffb454', 'the host\'s --ra-accent wins');
      assert.equal(hosts[1].background, 'rgb(22, 28, 39)', 'the host\'s --ra-bg wins');
      assert.deepEqual(hosts[0].parts.sort(), ['container', 'editor', 'error', 'fixes', 'footer', 'here', 'legend', 'meaning', 'score']);
      // theme="dark" / "light" win over the host; "auto" with no host scheme follows the OS.
      const forced = await page.evaluate(() => {
        const [light, dark] = document.querySelectorAll('resume-analyzer');
        light.setAttribute('theme', 'dark');
        dark.setAttribute('theme', 'light');
        const out = [light.dataset.themeUsed, dark.dataset.themeUsed];
        const loose = document.createElement('resume-analyzer');
        loose.textContent = 'Jo Doe';
        document.body.append(loose);
        out.push(loose.dataset.themeUsed);
        return out;
      });
      assert.deepEqual(forced, ['dark', 'light', os]);
      await context.close();
    }
  });
});
