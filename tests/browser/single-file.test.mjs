// dist/resume-analyzer.html: one self-contained file that works from disk with no network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, openPage, waitForScore, skipReason, caretAfter } from './harness.mjs';

const FILE = join(DIST, 'resume-analyzer.html');
const skip = skipReason() || (!existsSync(FILE) && `${FILE} is missing: run \`cargo xtask dist\` first`) || false;

describe('the single-file page', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('analyzes from file:// with zero requests besides the file itself', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    const url = pathToFileURL(FILE).href;
    await page.goto(url);
    const score = await waitForScore(page);
    assert.ok(score >= 0 && score <= 100);
    await caretAfter(page, '#resume', 'Helped the team with code reviews.');
    await page.keyboard.type('\n- Responsible for the billing service.', { delay: 5 });
    await page.waitForFunction(() => document.querySelector('#editor .backdrop mark[data-rule="B-DUTY-OPENER"]'));
    await page.fill('#jd', 'Backend Engineer. Required: Go, Kafka, Kubernetes.');
    await page.waitForSelector('.match-rate');
    await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await page.waitForTimeout(300);
    const others = requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'));
    assert.deepEqual(others, [], `requests: ${requests.join('\n')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
