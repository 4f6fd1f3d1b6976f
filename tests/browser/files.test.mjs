// Real resume files in the page: DOCX (read in Rust, inside the .wasm), PDF (PDF.js from the
// page's own origin, laid out in Rust) and YAML (RenderCV, YAMLResume: read in Rust, in
// whichever module the page loads for it), by the file chooser and by drag and drop; the layout
// findings, the ATS view, the messages for files that cannot be read, and the request log.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, SCREENSHOTS, serve, launch, openPage, waitForScore, skipReason, withServerAndBrowser } from './harness.mjs';

const skip = skipReason() || false;
const SINGLE = join(DIST, 'resume-analyzer.html');
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (path) => join(FIXTURES, path);

/** Requests that left the page's origin (data: and blob: URLs are made in the page). */
function foreign(requests, origin) {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** Record every message the file status line shows (progress included). */
async function recordStatus(page) {
  await page.addInitScript(() => {
    window.__status = [];
    document.addEventListener('DOMContentLoaded', () => {
      const target = document.querySelector('#file-message');
      new MutationObserver(() => window.__status.push(target.textContent)).observe(target, { childList: true, characterData: true, subtree: true });
    });
  });
}

/** Wait until the status line has settled on a message about `name`. */
async function settled(page, name, timeout = 20000) {
  await page.waitForFunction(
    (n) => {
      const message = document.querySelector('#file-message').textContent;
      return message.includes(n) && !/^(Reading|Analyzing)/.test(message);
    },
    name,
    { timeout },
  );
  return page.textContent('#file-message');
}

/** Drop `path` on the editor as a real File (bytes and name). */
async function drop(page, path, type = '') {
  const name = path.split('/').pop();
  const base64 = readFileSync(path).toString('base64');
  await page.evaluate(
    ({ name, base64, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      const zone = document.querySelector('#drop-zone');
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, base64, type },
  );
  return name;
}

/** The rule ids of the findings the page lists. */
async function listedRules(page) {
  return page.$$eval('#findings .rule-id', (nodes) => nodes.map((n) => n.textContent));
}

describe('resume files in the served page', { skip }, () => {
  let server;
  let browser;
  withServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('opens a PDF by the file chooser: progress, extracted text, column hazard, ATS view', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    await recordStatus(page);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    assert.ok(!requests.some((url) => url.includes('/vendor/pdfjs/')), 'PDF.js is loaded only when a PDF is opened');

    await page.setInputFiles('#file-input', fixture('pdf/sidebar.pdf'));
    assert.match(await settled(page, 'sidebar.pdf'), /^Opened sidebar\.pdf \(PDF, 1 page\)/);
    const status = await page.evaluate(() => window.__status);
    assert.ok(status.some((m) => /page 1 of 1/.test(m)), `progress shown: ${status.join(' | ')}`);

    // The editor holds the text as an ATS reads it: the sidebar and the main column interleaved.
    const text = await page.inputValue('#resume');
    assert.match(text, /jane\.doe@example\.com/);
    assert.equal(await page.inputValue('#format'), 'text');
    await page.waitForFunction(() => [...document.querySelectorAll('#findings .rule-id')].some((n) => n.textContent === 'F-TABLE'));
    assert.match(await page.textContent('#findings'), /2-column layout/);

    // ATS view: the notes and the interleaved spans, marked on the extracted text.
    assert.equal(await page.isVisible('#ats-notes'), true);
    assert.match(await page.textContent('#ats-notes'), /Columns/);
    assert.match(await page.textContent('#ats-help'), /sidebar\.pdf/);
    const marks = await page.$$eval('#ats mark[data-rule="ATS-READING-ORDER"]', (nodes) => nodes.map((n) => n.textContent));
    assert.ok(marks.length >= 1 && marks.every((m) => text.includes(m) && m.length > 0), marks.join(' | '));
    assert.equal((await page.textContent('#ats')).replace(/\u200b$/, ''), text, 'the ATS view is the extracted text');

    // The page's PDF.js items are the items tools/pdf/pdf-items.mjs dumped for the CLI.
    const items = await page.evaluate(async (base64) => {
      const api = await import('./resume-analyzer.js');
      return api.pdfTextItems(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    }, readFileSync(fixture('pdf/sidebar.pdf')).toString('base64'));
    // PDF.js numbers its font ids per document loaded in the page ("g_d1_f1" for the second).
    const renumbered = JSON.parse(JSON.stringify(items).replace(/"g_d\d+_/g, '"g_d0_'));
    assert.deepEqual(renumbered, JSON.parse(readFileSync(fixture('pdf/sidebar.items.json'), 'utf8')));

    // The JSON export is the report on the extracted text with the file's layout facts.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(report.layout.origin, 'pdf');
    assert.equal(report.layout.pages, 1);
    assert.ok(report.findings.some((f) => f.rule === 'F-TABLE'));

    await page.locator('#ats-heading').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#ats-heading').scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'pdf-ats-view.png') });

    assert.deepEqual(foreign(requests, server.origin), [], requests.join('\n'));
    for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
      assert.ok(requests.includes(`${server.origin}/vendor/pdfjs/${file}`), `${file} from the page's own origin`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens a DOCX dropped on the editor: header contact and its ATS note', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    const name = await drop(page, fixture('docx/header-contact.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(await settled(page, name), /^Opened header-contact\.docx \(Word document\)/);
    assert.doesNotMatch(await page.inputValue('#resume'), /jordan\.rivera@example\.com/, 'the header is not body text');
    await page.waitForFunction(() => [...document.querySelectorAll('#findings .rule-id')].some((n) => n.textContent === 'F-HEADER-CONTACT'));
    assert.match(await page.textContent('#findings'), /header\/footer/);
    assert.match(await page.textContent('#ats-notes'), /Page header\/footer text.*jordan\.rivera@example\.com/);
    assert.ok(!requests.some((url) => url.includes('/vendor/pdfjs/')), 'a DOCX needs no PDF.js');
    assert.deepEqual(foreign(requests, server.origin), [], requests.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens a PDF dropped and a DOCX picked, one after the other', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await drop(page, fixture('pdf/sidebar.pdf'), 'application/pdf');
    assert.match(await settled(page, 'sidebar.pdf'), /^Opened sidebar\.pdf/);
    await page.waitForSelector('#ats mark[data-rule="ATS-READING-ORDER"]');
    assert.ok((await listedRules(page)).includes('F-TABLE'));

    await page.setInputFiles('#file-input', fixture('docx/sidebar.docx'));
    assert.match(await settled(page, 'sidebar.docx'), /^Opened sidebar\.docx/);
    await page.waitForFunction(() => /sidebar\.docx/.test(document.querySelector('#ats-help').textContent));
    assert.match(await page.textContent('#ats-notes'), /Columns/);
    assert.ok((await listedRules(page)).includes('F-TABLE'));
    // The PDF's reading-order marks went with the PDF.
    assert.equal(await page.locator('#ats mark[data-rule="ATS-READING-ORDER"]').count(), 0);
    assert.deepEqual(foreign(requests, server.origin), [], requests.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('keeps the file’s layout facts while its text is edited, and lets go when it is cleared', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.setInputFiles('#file-input', fixture('pdf/sidebar.pdf'));
    await settled(page, 'sidebar.pdf');
    const marked = await page.textContent('#ats mark[data-rule="ATS-READING-ORDER"]');

    // Type at the very start: the break moves with its text.
    await page.focus('#resume');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Jane Doe\n', { delay: 5 });
    await page.waitForFunction(() => document.querySelector('#ats').textContent.startsWith('Jane Doe\n'));
    await page.waitForFunction((m) => document.querySelector('#ats mark[data-rule="ATS-READING-ORDER"]')?.textContent === m, marked);
    assert.ok((await listedRules(page)).includes('F-TABLE'), 'the columns are still the file’s');

    await page.fill('#resume', '');
    await page.fill('#resume', 'Jo Doe\njo@example.com\n\nEXPERIENCE\n- Worked on things.\n');
    await page.waitForFunction(() => document.querySelector('#ats').textContent.startsWith('Jo Doe'));
    await page.waitForTimeout(300);
    assert.ok(!(await listedRules(page)).includes('F-TABLE'), 'typed text has no file layout');
    assert.equal(await page.isVisible('#ats-notes'), false);
    await context.close();
  });

  it('explains the files it cannot read, keeping the editor and the last report', async () => {
    const { page, context, requests } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    const score = await waitForScore(page);
    const before = await page.inputValue('#resume');
    const cases = [
      [fixture('pdf/encrypted.pdf'), /password-protected/],
      [fixture('pdf/truncated.pdf'), /damaged or truncated PDF/],
      [fixture('docx/zip-bomb.docx'), /zip bomb/],
      [fixture('docx/not-a-docx.doc'), /old binary Word file \(\.doc\).*save it as \.docx or PDF/],
      [fixture('docx/encrypted.docx'), /password-protected/],
      [fixture('docx/truncated.docx'), /damaged/],
    ];
    for (const [path, pattern] of cases) {
      await page.setInputFiles('#file-input', path);
      const message = await settled(page, path.split('/').pop());
      assert.match(message, pattern, path);
      assert.ok(await page.$eval('#file-status', (n) => n.classList.contains('error')), `${path}: shown as an error`);
    }
    for (const [name, buffer, pattern] of [
      ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /is an image: an ATS cannot read it either; use a text-based PDF or DOCX/],
      ['scan.pdf', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /is an image/],
      ['resume.odt', Buffer.from('PK'), /\.odt files are not supported.*\.pdf, \.docx/],
      ['resume.pdf', Buffer.from('Jane Doe\nBackend Engineer\n'), /not a PDF/],
      ['resume.docx', Buffer.from('Jane Doe\nBackend Engineer\n'), /not a Word|not a \.docx|Cannot open/],
    ]) {
      await page.setInputFiles('#file-input', { name, mimeType: 'application/octet-stream', buffer });
      assert.match(await settled(page, name), pattern, name);
    }
    assert.equal(await page.inputValue('#resume'), before, 'the editor is untouched');
    assert.equal(Number(await page.textContent('#score .score-num')), score, 'the last report stays');
    assert.equal(await page.isVisible('#analysis-error'), false);
    assert.deepEqual(foreign(requests, server.origin), [], requests.join('\n'));
    await context.close();
  });

  it('reads a YAML resume (RenderCV by the chooser, YAMLResume dropped) as sections and bullets', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    for (const [id, open] of [
      ['rendercv-senior-sre.yaml', (path) => page.setInputFiles('#file-input', path)],
      ['yamlresume-mid-backend.yml', (path) => drop(page, path)],
    ]) {
      const expect = JSON.parse(readFileSync(fixture(`real-world/${id.replace(/\.ya?ml$/, '')}.expect.json`), 'utf8'));
      await open(fixture(`real-world/${id}`));
      assert.match(await settled(page, id), new RegExp(`^Opened ${id.replace(/\./g, '\\.')} \\(YAML resume\\)`));
      // The editor holds the resume the YAML describes, not its keys.
      const text = await page.inputValue('#resume');
      assert.doesNotMatch(text, /^\s*(cv|sections|highlights|start_date)\s*:/m, text);
      await page.waitForFunction((first) => [...document.querySelectorAll('#bullets .bullet-body > button')].some((b) => b.textContent.includes(first)), expect.bullets[0].slice(0, 40));

      // The bullets the report lists are the sidecar's, and the lines that are not bullets
      // (skills lines, the summary) are not among them.
      const squash = (s) => s.replace(/\s+/g, ' ').trim();
      const listed = (await page.$$eval('#bullets .bullet-body > button', (nodes) => nodes.map((n) => n.textContent))).map(squash);
      for (const bullet of expect.bullets) {
        assert.ok(listed.some((b) => b.includes(squash(bullet).slice(0, 60))), `${id}: ${bullet}\nlisted: ${listed.join('\n')}`);
      }
      for (const line of expect.not_bullets) {
        assert.ok(!listed.some((b) => b === squash(line)), `${id}: not a bullet: ${line}`);
      }

      // Its sections and level, as the export has them. The sections are compared as a set:
      // the reader renders a YAML mapping's keys in its own order, not the file's.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const kinds = report.sections.map((s) => s.kind).filter((k) => k !== 'header');
      assert.deepEqual([...kinds].sort(), [...expect.sections].sort(), `${id}: sections ${kinds}`);
      assert.equal(report.input.level, expect.level, `${id}: ${report.input.levelReason}`);
    }
    assert.deepEqual(foreign(requests, server.origin), [], requests.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads an image-only PDF as "no text layer"', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
    await page.setInputFiles('#file-input', fixture('pdf/image-only.pdf'));
    assert.match(await settled(page, 'image-only.pdf'), /^Opened/);
    await page.waitForFunction(() => [...document.querySelectorAll('#findings .rule-id')].some((n) => n.textContent === 'F-NO-TEXT'));
    assert.match(await page.textContent('#ats-notes'), /No text layer/);
    await context.close();
  });
});

describe('resume files in the single offline file', { skip: skip || (!existsSync(SINGLE) && `${SINGLE} is missing`) || false }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('reads a PDF (PDF.js inlined, run from blob: URLs) and a DOCX from file://, with no request', async () => {
    const { page, context, requests, errors } = await openPage(browser);
    const url = pathToFileURL(SINGLE).href;
    await page.goto(url);
    await waitForScore(page);

    await page.setInputFiles('#file-input', fixture('pdf/sidebar.pdf'));
    assert.match(await settled(page, 'sidebar.pdf'), /^Opened sidebar\.pdf \(PDF, 1 page\)/);
    await page.waitForSelector('#ats mark[data-rule="ATS-READING-ORDER"]');
    assert.ok((await listedRules(page)).includes('F-TABLE'));
    // A second PDF reuses the same worker.
    await drop(page, fixture('pdf/encrypted.pdf'), 'application/pdf');
    assert.match(await settled(page, 'encrypted.pdf'), /password-protected/);
    await page.setInputFiles('#file-input', fixture('pdf/header-contact.pdf'));
    assert.match(await settled(page, 'header-contact.pdf'), /^Opened/);
    await page.waitForFunction(() => [...document.querySelectorAll('#findings .rule-id')].some((n) => n.textContent === 'F-HEADER-CONTACT'));

    await drop(page, fixture('docx/header-contact.docx'));
    assert.match(await settled(page, 'header-contact.docx'), /^Opened/);
    await page.waitForFunction(() => /header-contact\.docx/.test(document.querySelector('#ats-help').textContent));

    const others = requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'));
    assert.deepEqual(others, [], `requests: ${requests.join('\n')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
