// The served page (dist/index.html) in a real Chromium: what a person sees and does.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, openPage, waitForScore, skipReason, caretAfter, settle, withServerAndBrowser } from './harness.mjs';

const skip = skipReason() || false;

const JSON_RESUME = JSON.stringify({
  basics: {
    name: 'Ada Park',
    label: 'Backend Engineer',
    email: 'ada.park@example.com',
    phone: '(415) 555-0101',
    location: { city: 'Oakland', region: 'CA' },
    profiles: [{ network: 'LinkedIn', url: 'linkedin.com/in/ada-park' }],
    summary: 'Backend engineer with 6 years of Java and PostgreSQL on AWS, building REST APIs.',
  },
  work: [
    {
      name: 'Fernweh Travel',
      position: 'Backend Engineer',
      startDate: '2019-04',
      highlights: [
        'Cut p95 search latency from 900 ms to 120 ms by adding Redis caching to the Java fare service.',
        'Responsible for the booking API.',
      ],
    },
  ],
  skills: [{ name: 'Datastores', keywords: ['PostgreSQL', 'Redis'] }],
  education: [{ institution: 'UC Davis', area: 'Computer Science', studyType: 'B.S.', endDate: '2018' }],
});

/** Text of every <mark> piece of one finding, joined in document order. */
async function markTexts(page, rule, root = '#editor .backdrop') {
  return page.evaluate(
    ({ rule, root }) => {
      const byFinding = new Map();
      for (const mark of document.querySelectorAll(`${root} mark[data-rule="${rule}"]`)) {
        const key = mark.dataset.finding;
        byFinding.set(key, (byFinding.get(key) || '') + mark.textContent);
      }
      return [...byFinding.values()];
    },
    { rule, root },
  );
}

describe('the served pages declare a network-forbidding CSP', { skip }, () => {
  for (const name of ['index.html', 'embed.html']) {
    it(`${name}: CSP meta, no inline script, no remote URL`, () => {
      const html = readFileSync(join(DIST, name), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      assert.ok(csp, 'a CSP meta tag');
      for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
        assert.ok(csp[1].includes(directive), `${directive} in ${csp[1]}`);
      }
      assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp[1]), 'no inline scripts allowed');
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'every script has a src');
      assert.ok(!/(src|href)="(https?:)?\/\//i.test(html), 'nothing from another host');
    });
  }
});

describe('the page', { skip }, () => {
  let server;
  let browser;
  withServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('opens on the sample resume with a full report', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    const score = await waitForScore(page);
    assert.ok(score >= 0 && score <= 100, `score ${score}`);
    assert.match(await page.inputValue('#resume'), /Maya Chen/);
    await page.waitForSelector('#editor .backdrop mark[data-rule]');
    assert.ok((await page.locator('#findings button.finding').count()) > 3, 'findings listed');
    assert.ok((await page.locator('#bullets .grade').count()) > 3, 'bullets graded');
    assert.ok((await page.locator('#parts .part').count()) >= 3, 'score parts');
    assert.ok((await page.locator('#coverage-chart svg .row').count()) >= 1, 'coverage chart');
    assert.match(await page.textContent('#ats'), /Maya Chen/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('preloads every script it loads on open, so none waits for the one that imports it', async () => {
    const { page, context } = await openPage(browser);
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname)) scripts.push(new URL(request.url()).pathname.slice(1));
    });
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.getAttribute('href')));
    // The page's scripts: the early start of the engine (engine-start.js, async) and the entry.
    const entries = await page.$$eval('script[src]', (all) => all.map((s) => s.getAttribute('src')));
    const entry = entries[entries.length - 1];
    assert.equal(entries.length, 2, `scripts in index.html: ${entries.join(', ')}`);
    // The page's modules come as one file (dist/app.bundle.js, crates/xtask/src/served.rs), the
    // engine's glue as another.
    assert.ok(scripts.length >= 3, `scripts loaded: ${scripts.join(', ')}`);
    for (const s of entries) assert.ok(scripts.includes(s), `${s} is loaded`);
    const late = scripts.filter((s) => !entries.includes(s) && !preloaded.includes(s));
    assert.deepEqual(late, [], 'each module the page loads is in a <link rel="modulepreload"> of index.html');
    await context.close();
  });

  it('fetches the engine\'s .wasm once, whichever of engine-start.js and the page\'s script starts it', async () => {
    for (let i = 0; i < 4; i += 1) {
      const { page, context, requests, errors } = await openPage(browser);
      await page.goto(`${server.origin}/index.html`);
      await waitForScore(page);
      await settle(page);
      const wasm = requests.filter((url) => url.endsWith('/pkg/resume_analyzer_wasm_bg.wasm'));
      assert.equal(wasm.length, 1, `requests: ${requests.join('\n')}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('highlights a weak bullet typed into the editor, with its rule', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const before = (await markTexts(page, 'B-DUTY-OPENER')).length;
    await caretAfter(page, '#resume', 'Helped the team with code reviews.');
    await page.keyboard.type('\n- Responsible for the billing service.', { delay: 5 });
    await page.waitForFunction(
      (n) => new Set([...document.querySelectorAll('#editor .backdrop mark[data-rule="B-DUTY-OPENER"]')].map((m) => m.dataset.finding)).size > n,
      before,
    );
    const texts = await markTexts(page, 'B-DUTY-OPENER');
    assert.ok(texts.some((t) => t.startsWith('Responsible for the billing') || t === 'Responsible for'), texts.join(' | '));
    assert.match(await page.inputValue('#resume'), /code reviews\.\n- Responsible for the billing service\.\n/);
    await context.close();
  });

  it('lists graded bullets only: bulleted skills and stack lines are not graded', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const count = () => page.locator('#bullets .bullet').count();
    const before = await count();
    await caretAfter(page, '#resume', 'Kubernetes ●●●○○');
    await page.keyboard.type('\n- Programming: Go, Python, SQL', { delay: 2 });
    await caretAfter(page, '#resume', 'Helped the team with code reviews.');
    await page.keyboard.type('\n- Tech stack: Go, gRPC, PostgreSQL, Kafka\n- Responsible for the billing service.', { delay: 2 });
    await page.waitForFunction((n) => document.querySelectorAll('#bullets .bullet').length === n + 1, before);
    const listed = await page.locator('#bullets .bullet').allTextContents();
    assert.ok(listed.some((t) => t.includes('Responsible for the billing service.')), 'the new achievement bullet is graded');
    assert.ok(!listed.some((t) => t.includes('Programming:') || t.includes('Tech stack:')), listed.join(' | '));
    assert.equal(await page.textContent('#bullets-count'), `(${before + 1})`);
    await context.close();
  });

  it('moves between findings with Alt+↓ / F8 and shows the reason and fix', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.focus('#resume');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForSelector('#editor .backdrop mark.current');
    const first = await page.evaluate(() => {
      const t = document.querySelector('#resume');
      return { selected: t.value.slice(t.selectionStart, t.selectionEnd), focused: document.activeElement === t };
    });
    assert.ok(first.focused, 'focus stays in the editor');
    assert.ok(first.selected.length > 0, 'the finding is selected');
    assert.match(await page.textContent('#details'), /Fix:|Why:/);
    await page.keyboard.press('F8');
    const second = await page.evaluate(() => {
      const t = document.querySelector('#resume');
      return t.selectionStart;
    });
    await page.keyboard.press('Shift+F8');
    const back = await page.evaluate(() => document.querySelector('#resume').selectionStart);
    assert.ok(second >= 0 && back >= 0);
    await context.close();
  });

  it('turns on the match report when a job description is pasted', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    assert.equal(await page.locator('.match-rate').count(), 0);
    await page.fill(
      '#jd',
      'Senior Backend Engineer\nRequired: Go, PostgreSQL, Kafka, Kubernetes, gRPC.\nPreferred: Rust, Terraform, OAuth 2.0.',
    );
    await page.waitForSelector('.match-rate');
    assert.match(await page.textContent('.match-rate'), /\d+%/);
    await page.waitForSelector('#parts .part[data-category="match"]', { state: 'attached' });
    await context.close();
  });

  it('exports exactly the analyzer JSON (schema 1) and Markdown, as downloads', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    assert.equal(json.suggestedFilename(), 'resume-report.json');
    const body = readFileSync(await json.path(), 'utf8');
    const report = JSON.parse(body);
    assert.equal(report.schema, 1);
    assert.equal(typeof report.score.overall, 'number');
    const expected = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      return api.analyzeJson(document.querySelector('#resume').value, {
        level: document.querySelector('#level').value || null,
        format: document.querySelector('#format').value,
        jobDescription: document.querySelector('#jd').value,
        today: api.todayOption(),
      });
    });
    assert.equal(body, expected, 'the download is analyzeJson output, byte for byte');
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
    assert.equal(md.suggestedFilename(), 'resume-report.md');
    assert.match(readFileSync(await md.path(), 'utf8'), /\d/);
    await context.close();
  });

  it('renders markup in a resume as inert text', async () => {
    const { page, context, requests } = await openPage(browser);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const hostile = [
      'Eve <img src=x onerror=alert(1)>',
      'eve@example.com',
      '',
      'EXPERIENCE',
      '- Responsible for <script>alert(2)</script> the <b>billing</b> service <svg onload=alert(3)>.',
      '- Worked on "><iframe src=javascript:alert(4)></iframe> payments.',
    ].join('\n');
    await page.fill('#resume', hostile);
    await page.waitForFunction(() => document.querySelector('#ats').textContent.includes('<script>alert(2)</script>'));
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('main img').length,
      script: document.querySelectorAll('main script').length,
      iframe: document.querySelectorAll('iframe').length,
      b: document.querySelectorAll('main b').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      backdrop: document.querySelector('#editor .backdrop').textContent,
    }));
    assert.deepEqual(dialogs, []);
    assert.equal(injected.img, 0);
    assert.equal(injected.script, 0);
    assert.equal(injected.iframe, 0);
    assert.equal(injected.b, 0);
    assert.equal(injected.svgOnload, 0);
    assert.ok(injected.backdrop.includes('<img src=x onerror=alert(1)>'), 'the characters are shown');
    assert.ok(!requests.some((url) => /\/x$|javascript:/.test(url)), requests.join('\n'));
    await context.close();
  });

  it('highlights the right characters after emoji and CJK text', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const text = [
      'Maya Chen 👩‍💻 陈美雅',
      'maya.chen@example.com · (512) 555-0143',
      '',
      'EXPERIENCE',
      'Backend Engineer, Ledgerly 🚀, Austin, TX',
      'Mar 2021 – Present',
      '- 🚀 Cut p99 checkout latency from 850 ms to 140 ms by moving fraud scoring onto Kafka consumers in Go.',
      '- Responsible for maintaining the order service 😀😀.',
      '- Familiar with Kubernetes 🐳 and Helm.',
    ].join('\n');
    await page.fill('#resume', text);
    await page.waitForFunction(() => document.querySelector('#editor .backdrop mark[data-rule="B-DUTY-OPENER"]'));
    const duty = await markTexts(page, 'B-DUTY-OPENER');
    assert.ok(duty.length >= 1, 'duty opener highlighted');
    assert.ok(duty.every((t) => t.startsWith('Responsible for')), duty.join(' | '));
    const hedge = await markTexts(page, 'B-HEDGE');
    assert.ok(hedge.length >= 1 && hedge.every((t) => /^familiar with/i.test(t)), hedge.join(' | '));
    // Every mark's text is exactly its finding's span of the editor text.
    const mismatches = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      const value = document.querySelector('#resume').value;
      const report = await api.analyze(value, { format: 'auto' });
      const joined = new Map();
      for (const mark of document.querySelectorAll('#editor .backdrop mark')) {
        const i = mark.dataset.finding;
        joined.set(i, (joined.get(i) || '') + mark.textContent);
      }
      const bad = [];
      for (const [i, got] of joined) {
        const f = report.findings[Number(i)];
        const want = value.slice(f.utf16.start, f.utf16.end);
        if (got !== want) bad.push({ rule: f.rule, got, want });
      }
      return bad;
    });
    assert.deepEqual(mismatches, []);
    await context.close();
  });

  it('opens .txt and JSON Resume files, and explains what it cannot open', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.setInputFiles('#file-input', {
      name: 'resume.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Tom Lee\ntom@example.com\n\nEXPERIENCE\n- Worked on the search service.\n'),
    });
    await page.waitForFunction(() => /Opened resume\.txt/.test(document.querySelector('#file-message').textContent));
    assert.match(await page.inputValue('#resume'), /^Tom Lee/);
    assert.equal(await page.inputValue('#format'), 'text');

    await page.setInputFiles('#file-input', { name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from(JSON_RESUME) });
    await page.waitForFunction(() => /Opened resume\.json/.test(document.querySelector('#file-message').textContent));
    assert.equal(await page.inputValue('#format'), 'json-resume');
    await page.waitForFunction(() => document.querySelector('#ats').textContent.includes('Ada Park'));
    assert.ok(!(await page.textContent('#ats')).includes('"basics"'), 'the ATS view shows the extracted text');
    await page.waitForSelector('#ats mark[data-rule="B-DUTY-OPENER"]'); // highlights on the extracted text
    assert.equal(await page.locator('#editor .backdrop mark').count(), 0, 'no stray marks on the JSON source');
    assert.equal(await page.isVisible('#editor-note'), true);

    const before = await page.inputValue('#resume');
    // Real .docx and .pdf files: tests/browser/files.test.mjs.
    for (const [name, pattern] of [
      ['resume.docx', /damaged/i],
      ['resume.pdf', /damaged|not a PDF/i], // zip bytes: read as the .docx they are
      ['photo.png', /an image/i],
      ['resume.odt', /not supported/i],
    ]) {
      await page.setInputFiles('#file-input', { name, mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
      await page.waitForFunction((n) => {
        const message = document.querySelector('#file-message').textContent;
        return message.includes(n) && !message.startsWith('Reading');
      }, name);
      assert.match(await page.textContent('#file-message'), pattern, name);
    }
    await page.setInputFiles('#file-input', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0, 0x42, 0xff]) });
    await page.waitForFunction(() => /binary/.test(document.querySelector('#file-message').textContent));
    assert.equal(await page.inputValue('#resume'), before, 'the editor is untouched');
    await context.close();
  });

  it('copies only the suggested term from its chip, and says where it would go', async () => {
    const { page, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const chip = page.locator('#chips button.chip').first();
    const term = await chip.getAttribute('data-term');
    assert.ok(term && term.length > 1, 'the chip carries its term');
    assert.match(await chip.textContent(), / · in (the Skills section|a bullet)/);
    await chip.click();
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#copy-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), term);
    await context.close();
  });

  it('opens a file dropped on the editor', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Lee Moss\nlee@example.com\n\nEXPERIENCE\n- Worked on the API.\n'], 'dropped.md', { type: 'text/markdown' }));
      const zone = document.querySelector('#drop-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => /Opened dropped\.md/.test(document.querySelector('#file-message').textContent));
    assert.match(await page.inputValue('#resume'), /^Lee Moss/);
    await page.waitForFunction(() => document.querySelector('#editor .backdrop mark[data-rule="B-DUTY-OPENER"]'));
    await context.close();
  });

  it('keeps the editor and the last good report when analysis fails', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    const score = await waitForScore(page);
    await page.fill('#resume', '   ');
    await page.waitForSelector('#analysis-error:not([hidden])');
    assert.ok((await page.textContent('#analysis-error')).length > 20);
    assert.equal(await page.inputValue('#resume'), '   ');
    assert.equal(Number(await page.textContent('#score .score-num')), score, 'the last report stays');
    await page.fill('#resume', 'Jo Doe\njo@example.com\n\nEXPERIENCE\n- Worked on things.\n');
    await page.waitForSelector('#analysis-error[hidden]', { state: 'attached' });
    await context.close();
  });

  it('sends no request outside its own origin: load, typing, files, analysis, export', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.focus('#resume');
    await page.keyboard.type('- Helped with the deploys.\n', { delay: 5 });
    await page.fill('#jd', 'Backend Engineer. Required: Go, Kafka.');
    await page.setInputFiles('#file-input', { name: 'r.txt', mimeType: 'text/plain', buffer: Buffer.from('Ann Ho\nann@example.com\n\nEXPERIENCE\n- Built a cache.\n') });
    await page.waitForFunction(() => /Opened r\.txt/.test(document.querySelector('#file-message').textContent));
    await page.setInputFiles('#file-input', { name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON_RESUME) });
    await page.waitForFunction(() => /Opened r\.json/.test(document.querySelector('#file-message').textContent));
    await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
    await page.waitForTimeout(300);
    const foreign = requests.filter((url) => {
      if (url.startsWith('data:')) return false;
      try {
        return new URL(url).origin !== server.origin;
      } catch {
        return true;
      }
    });
    assert.deepEqual(foreign, [], `requests: ${requests.join('\n')}`);
    assert.ok(requests.length > 0);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '', databases: 0 }, 'nothing is stored');
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });
});
