// dist/resume-analyzer.html: one self-contained file that works from disk with no network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, launch, openPage, waitForScore, skipReason, caretAfter } from './harness.mjs';

const FILE = join(DIST, 'resume-analyzer.html');
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
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
    // The lazily loaded modules come from the file too: the job-description reader above, the
    // JSON Resume / LaTeX readers and the YAML reader here.
    const opened = async (name, body) => {
      await page.setInputFiles('#file-input', { name, mimeType: 'text/plain', buffer: Buffer.from(body) });
      await page.waitForFunction((n) => document.querySelector('#file-message').textContent.includes(`Opened ${n}`), name);
    };
    await opened('r.json', JSON.stringify({ basics: { name: 'Ann Ho', email: 'ann@example.com' }, work: [{ name: 'Acme', position: 'Backend Engineer', startDate: '2020-01', highlights: ['Cut p99 latency of the Go payments API from 900 ms to 200 ms'] }] }));
    await opened('r.tex', '\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n\\item Built a Kafka pipeline in Go\n\\end{itemize}\n\\end{document}\n');
    await opened('r.yaml', 'cv:\n  name: Ann Ho\n  sections:\n    experience:\n      - company: Acme\n        position: Backend Engineer\n        highlights:\n          - Built a Kafka pipeline in Go\n');
    // The file readers' module and PDF.js, inflated from the file's gzipped base64.
    for (const [name, type, person] of [
      ['pdf/single-column.pdf', 'application/pdf', 'Jane Doe'],
      ['docx/single-column.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Jordan Rivera'],
    ]) {
      await page.setInputFiles('#file-input', { name: basename(name), mimeType: type, buffer: readFileSync(join(FIXTURES, name)) });
      await page.waitForFunction((n) => document.querySelector('#file-message').textContent.includes(`Opened ${n}`), basename(name));
      assert.match(await page.inputValue('#resume'), new RegExp(person));
    }
    await page.waitForSelector('.match-rate');
    await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await page.waitForTimeout(300);
    const others = requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'));
    assert.deepEqual(others, [], `requests: ${requests.join('\n')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
