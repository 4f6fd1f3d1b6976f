// The hostile corpus (tests/hostile/README.md) in the served page, delivered the ways a user
// would: pasted or typed into the editor and the job-description box, opened with the file
// chooser and dropped on the editor. One page runs through every case; after each one:
//
// - a message a user can act on is shown where the report would be (its key words, not its
//   exact sentence), or a report when the input is readable;
// - the editor holds what the user pasted (or, when a file or paste was refused, the text it
//   held before), and the last good report is still there: unchanged when nothing was taken
//   in, marked "out of date" when the editor's text cannot be analyzed;
// - nothing ran: no dialog, no page error or console error, no CSP violation, no element or
//   event-handler attribute made from the input, the flag the payloads set stays unset, and no
//   request is made but for the page's own files;
// - the tab still works: the next case starts by analyzing a normal resume.
//
// Waiting is on the page's state (aria-busy on the report, the status line), never on time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, SCREENSHOTS, serve, launch, openPage, skipReason, waitForScore } from './harness.mjs';

const skip = skipReason() || false;
const HOSTILE = fileURLToPath(new URL('../hostile/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hostile = (name) => readFileSync(join(HOSTILE, name));
const fixture = (path) => readFileSync(join(FIXTURES, path));
/** A file's bytes as the browser decodes a paste or a text file: UTF-8, U+FFFD for bad bytes. */
const decoded = (bytes) => new TextDecoder('utf-8').decode(bytes);

// Markup whose only effect, if it were ever parsed or run, is to set window.__pwned (or to
// request /x). Added to the corpus's own payloads, which call alert().
const PWN = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `<script>window.__pwned='script'</script>`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__pwned='link'">site</a>`,
].join(' ');
const HTML_NAME = `<img src=x onerror="window.__pwned='name'">.docx`;

/** A normal resume; `(check N)` marks which one the report is on. */
function good(n) {
  return [
    'Casey Lin',
    'Backend Engineer',
    'casey.lin@example.com · (415) 555-0142 · github.com/caseylin',
    '',
    'EXPERIENCE',
    'Backend Engineer, Quillwork, Remote',
    'Jan 2021 – Present',
    `- Cut p99 latency of the orders API from 900 ms to 120 ms with a Redis read-through cache (check ${n}).`,
    '- Built a Kafka outbox pipeline in Go delivering 40M events a day exactly once.',
    '- Responsible for the billing service.',
    '',
    'SKILLS',
    'Go, Python, PostgreSQL, Redis, Kafka, Kubernetes, AWS',
    '',
  ].join('\n');
}
const marker = (n) => `(check ${n})`;

// ---------------------------------------------------------------------------------------------
// The cases. `expect`: 'report' (a report on the input), 'either' (a report or a message; the
// library's tests decide which), { error } (the text stays in the editor, the message is shown
// and the previous report is kept, marked out of date), { refused } (the paste never reaches
// the box: the previous text and report stay as they were).

const deepJson = (depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const oneLineJsonResume = JSON.stringify({
  basics: { name: 'Jordan Rivera' },
  work: [{ name: 'Northwind', position: 'Engineer', highlights: Array.from({ length: 100000 }, (_, i) => `Built thing ${i}`) }],
});

const TYPED = [
  { name: 'empty.txt', text: () => decoded(hostile('empty.txt')), expect: { error: /empty/i, also: /paste|open/i } },
  { name: 'whitespace-only.txt', text: () => decoded(hostile('whitespace-only.txt')), expect: { error: /empty/i } },
  { name: 'zero-width-only.txt', text: () => decoded(hostile('zero-width-only.txt')), expect: 'report' },
  { name: 'nul-bytes.txt', text: () => decoded(hostile('nul-bytes.txt')), expect: { error: /binary/i } },
  { name: 'nul-sparse.txt', text: () => decoded(hostile('nul-sparse.txt')), expect: 'report' },
  { name: 'invalid-utf8.txt (decoded with U+FFFD)', text: () => decoded(hostile('invalid-utf8.txt')), expect: 'report' },
  { name: 'binary-garbage.bin (decoded)', text: () => decoded(hostile('binary-garbage.bin')), expect: { error: /binary/i } },
  { name: 'rtl-zero-width.txt', text: () => decoded(hostile('rtl-zero-width.txt')), expect: 'report' },
  { name: 'emoji.md', text: () => decoded(hostile('emoji.md')), expect: 'report' },
  { name: 'terminal-escapes.md', text: () => decoded(hostile('terminal-escapes.md')), expect: 'report' },
  { name: 'html-injection.md (+ flag payloads)', text: () => `${decoded(hostile('html-injection.md'))}\n- ${PWN}\n`, expect: 'report', inert: true },
  { name: 'html-injection.json', text: () => decoded(hostile('html-injection.json')), expect: 'report', inert: true },
  { name: 'html-injection.tex', text: () => decoded(hostile('html-injection.tex')), expect: 'report', inert: true },
  { name: 'json-wrong-shape-array.json', text: () => decoded(hostile('json-wrong-shape-array.json')), expect: { error: /array/i, also: /JSON Resume/ } },
  // A bare JSON string, pasted with the format on Auto, is read as one line of text.
  { name: 'json-wrong-shape-scalar.json', text: () => decoded(hostile('json-wrong-shape-scalar.json')), expect: 'report' },
  { name: 'json-wrong-shape-fields.json', text: () => decoded(hostile('json-wrong-shape-fields.json')), expect: { error: /no text to analyze/i } },
  { name: 'json-wrong-shape-values.json', text: () => decoded(hostile('json-wrong-shape-values.json')), expect: 'report' },
  { name: 'json-not-resume.json', text: () => decoded(hostile('json-not-resume.json')), expect: { error: /JSON Resume sections/i } },
  { name: 'json-truncated.json', text: () => decoded(hostile('json-truncated.json')), expect: { error: /not valid JSON/i } },
  { name: 'json-duplicate-keys.json', text: () => decoded(hostile('json-duplicate-keys.json')), expect: 'report' },
  { name: 'json-big-numbers.json', text: () => decoded(hostile('json-big-numbers.json')), expect: { error: /not valid JSON|out of range/i } },
  { name: 'JSON nested 200 deep (generated)', text: () => `${'['.repeat(200)}${']'.repeat(200)}`, expect: { error: /JSON/ } },
  { name: 'JSON nested 100,000 deep (generated)', text: () => deepJson(100000), expect: { error: /JSON/ } },
  { name: 'JSON Resume of one line with 100,000 highlights (generated)', text: () => oneLineJsonResume, expect: { error: /lines/i } },
  { name: 'latex-unbalanced.tex', text: () => decoded(hostile('latex-unbalanced.tex')), expect: 'report' },
  { name: 'latex-macro-bomb.tex', text: () => decoded(hostile('latex-macro-bomb.tex')), expect: 'report' },
  { name: 'latex-commands-only.tex', text: () => decoded(hostile('latex-commands-only.tex')), expect: { error: /no resume text/i } },
  { name: 'LaTeX 100,000 \\textbf{ deep (generated)', text: () => `\\section{Experience}\n${'\\textbf{'.repeat(100000)}`, expect: 'either' },
  { name: '10,000 lines of "- x", at the limit (generated)', text: () => '- x\n'.repeat(10000), expect: 'report' },
  { name: 'a line just under 2 MB (generated)', text: () => 'Built a Kafka pipeline in Go. '.repeat(69000), expect: 'report' },
  { name: '2.5 MB in 8,500 lines (generated)', text: () => `${'Built a Kafka pipeline in Go. '.repeat(10)}\n`.repeat(8500), expect: { refused: /2,048 KB/, also: /KB/ } },
  { name: '12,000 lines (generated)', text: () => '- x\n'.repeat(12000), expect: { refused: /12,000 lines/, also: /10,000/ } },
  { name: '200,000 lines (generated)', text: () => '- x\n'.repeat(200000), expect: { refused: /200,000 lines/ } },
];

const FILES = [
  { file: 'hostile/zero-pages.pdf', expect: { error: /no pages/i } },
  { file: 'fixtures/pdf/encrypted.pdf', expect: { error: /password/i } },
  { file: 'fixtures/pdf/truncated.pdf', expect: { error: /damaged|truncated/i } },
  { file: 'fixtures/docx/not-a-docx.doc', expect: { error: /\.doc\b.*\.docx or PDF/ } },
  { file: 'fixtures/docx/not-a-docx.doc', as: 'resume.docx', expect: { error: /\.doc\b.*\.docx or PDF/ } },
  { file: 'hostile/binary-garbage.bin', as: 'resume.docx', expect: { error: /Cannot open/, also: /Word|\.docx/ } },
  { file: 'fixtures/docx/zip-bomb.docx', expect: { error: /zip bomb/i } },
  { file: 'fixtures/docx/zip-bomb-lying-sizes.docx', expect: { error: /zip bomb/i } },
  { file: 'fixtures/docx/many-entries.docx', expect: { error: /2,?000|entries/i } },
  { file: 'fixtures/docx/billion-laughs.docx', expect: { error: /DTD/ } },
  { file: 'fixtures/docx/deep-nesting.docx', expect: { error: /deeper|256/ } },
  { file: 'fixtures/docx/encrypted.docx', expect: { error: /password/i } },
  { file: 'fixtures/docx/truncated.docx', expect: { error: /damaged|truncated/i } },
  { file: 'hostile/binary-garbage.bin', as: HTML_NAME, expect: { error: /Cannot open/ } },
  { file: 'fixtures/docx/single-column.docx', as: HTML_NAME, expect: 'opened' },
  { file: 'hostile/empty.txt', expect: { error: /no text to analyze/i } },
  { file: 'hostile/whitespace-only.txt', expect: { error: /no text to analyze/i } },
  { file: 'hostile/nul-bytes.txt', expect: { error: /binary/i } },
  { file: 'hostile/invalid-utf8.txt', expect: { error: /UTF-8/ } },
  { file: 'hostile/binary-garbage.bin', expect: { error: /not supported/i } },
  { file: 'hostile/json-wrong-shape-scalar.json', expect: { error: /string/i } },
  { file: 'hostile/json-truncated.json', expect: { error: /not valid JSON/i } },
  { file: 'hostile/latex-commands-only.tex', expect: { error: /no resume text/i } },
  { file: 'hostile/html-injection.md', as: `"><svg onload="window.__pwned='md'">.md`, expect: 'opened', inert: true },
  { file: 'hostile/zero-width-only.txt', expect: 'opened' },
  { generated: 'lines.txt', bytes: () => Buffer.from('- x\n'.repeat(12000)), expect: { error: /12000 lines/ } },
  { generated: 'big.txt', bytes: () => Buffer.alloc(3 * 1024 * 1024, 'Built a Kafka pipeline in Go. '), expect: { error: /3072 KB/ } },
  { generated: 'huge.txt', bytes: () => Buffer.alloc(11 * 1024 * 1024, 'x'), expect: { error: /11\.0 MB/, also: /smaller/ }, chooserOnly: true },
];

// ---------------------------------------------------------------------------------------------

/** Every file the built site has, as URL paths: the only requests the page may make. */
function siteFiles(root = DIST) {
  const out = new Set(['/']);
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.add(`/${relative(root, path).split(sep).join('/')}`);
    }
  };
  walk(root);
  return out;
}

/** Set up the watchers that notice anything the input made run or load. */
async function watch(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    window.__made = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    const risky = new Set(['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'VIDEO', 'AUDIO', 'A']);
    const check = (node) => {
      if (node.nodeType !== 1) return;
      // The page's own elements: links it builds for downloads, the coverage chart.
      const own = (node.tagName === 'A' && node.hasAttribute('download')) || node.closest('#coverage');
      if (!own && risky.has(node.tagName)) window.__made.push(node.outerHTML.slice(0, 120));
      for (const attr of node.attributes) {
        if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) window.__made.push(`${node.tagName} ${attr.name}=${attr.value.slice(0, 60)}`);
      }
      for (const child of node.children) check(child);
    };
    // From when the page's own markup is parsed: what is added after that is made by script.
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) check(node);
      }).observe(document, { childList: true, subtree: true });
    });
  });
}

/** Wait until the page has nothing pending: no analysis waiting or running, no file being read. */
async function settle(page) {
  await page.waitForFunction(() => {
    const busy = document.querySelector('#report').getAttribute('aria-busy') === 'true';
    return !busy && !/^(Reading|Analyzing)/.test(document.querySelector('#file-message').textContent);
  }, null, { timeout: 30000 });
}

/** Replace `selector`'s text with `text` the way a user pastes: select all, Ctrl+V. */
async function paste(page, selector, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await settle(page);
}

/** What the page shows. */
function snapshot(page) {
  return page.evaluate(() => {
    const shown = (id) => {
      const box = document.getElementById(id);
      return box && !box.hidden && box.offsetParent !== null ? box.textContent : null;
    };
    return {
      editor: document.querySelector('#resume').value,
      jd: document.querySelector('#jd').value,
      score: document.querySelector('#score .score-num').textContent,
      ats: document.querySelector('#ats').textContent,
      stale: document.querySelector('#report').classList.contains('stale'),
      analysisError: shown('analysis-error'),
      inputError: shown('input-error'),
      fileMessage: document.querySelector('#file-message').textContent,
      fileError: document.querySelector('#file-status').classList.contains('error'),
      pwned: window.__pwned,
      csp: window.__csp,
      made: window.__made,
    };
  });
}

describe('the hostile corpus in the served page', { skip }, () => {
  let server;
  let browser;
  let page;
  let context;
  const seen = { requests: [], errors: [], dialogs: [] };
  const allowed = skip ? new Set() : siteFiles();
  let round = 0;
  let last = null; // the page after the last good resume: { score, n }

  // A case that hangs the tab fails by its timeout (a hang guard, not a speed test); the page
  // is then still busy with it, so the cases after it are skipped rather than hang in turn.
  let stuck = '';
  function step(name, body) {
    it(name, { timeout: 60000 }, async (t) => {
      if (stuck) {
        t.skip(`the page did not recover from "${stuck}"`);
        return;
      }
      stuck = name;
      try {
        await body();
      } finally {
        stuck = ''; // reached when the case ends, passed or failed; not while it hangs
      }
    });
  }

  before(async () => {
    server = await serve();
    browser = await launch();
    ({ page, context, requests: seen.requests, errors: seen.errors } = await openPage(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await watch(page);
    await page.goto(`${server.origin}/index.html`);
    await waitForScore(page);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Nothing ran, nothing loaded, nothing broke (since the last call: each case reports its
   *  own; the flag a payload sets stays set for good). */
  async function assertInert(what) {
    const state = await snapshot(page);
    await page.evaluate(() => {
      window.__csp = [];
      window.__made = [];
    });
    const dialogs = seen.dialogs.splice(0);
    const errors = seen.errors.splice(0);
    const requests = seen.requests.splice(0);
    assert.equal(state.pwned, undefined, `${what}: a payload ran (${state.pwned})`);
    assert.deepEqual(state.csp, [], `${what}: CSP violations`);
    assert.deepEqual(state.made, [], `${what}: elements made from the input`);
    assert.deepEqual(dialogs, [], `${what}: dialogs`);
    assert.deepEqual(errors, [], `${what}: page or console errors`);
    const stray = requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      const parsed = new URL(url);
      return parsed.origin !== server.origin || !allowed.has(parsed.pathname);
    });
    assert.deepEqual(stray, [], `${what}: requests other than the page's own files`);
    return state;
  }

  /** Paste a normal resume and see its report: the tab still works, and this is the report
   *  the next hostile input must leave alone. */
  async function goodResume() {
    round += 1;
    await paste(page, '#resume', good(round));
    const state = await snapshot(page);
    assert.equal(state.analysisError, null, `a normal resume is analyzed: ${state.analysisError}`);
    assert.equal(state.stale, false);
    assert.ok(state.ats.includes(marker(round)), 'the report is on the pasted resume');
    assert.match(state.score, /^\d+$/);
    last = { score: state.score, n: round };
    return state;
  }

  /** After an input that was taken in but cannot be analyzed. */
  function assertStale(state, expect, what) {
    assert.ok(state.analysisError, `${what}: a message where the report would be`);
    assert.match(state.analysisError, expect.error, what);
    if (expect.also) assert.match(state.analysisError, expect.also, what);
    assert.equal(state.stale, true, `${what}: the kept report is marked out of date`);
    assert.match(state.analysisError, /report below/i, `${what}: says the report is for an earlier text`);
    assert.equal(state.score, last.score, `${what}: the last good report is kept`);
    assert.ok(state.ats.includes(marker(last.n)), `${what}: the last good report is kept`);
  }

  /** After an input that was refused (a file, a paste): everything is as it was. */
  function assertUnchanged(state, expect, what) {
    assert.ok(state.inputError, `${what}: a message where the report would be`);
    assert.match(state.inputError, expect.refused || expect.error, what);
    if (expect.also) assert.match(state.inputError, expect.also, what);
    assert.match(state.inputError, /unchanged/, what);
    assert.equal(state.editor, good(last.n), `${what}: the editor keeps the previous text`);
    assert.equal(state.analysisError, null, `${what}: the report is still current`);
    assert.equal(state.stale, false, `${what}: the report is still current`);
    assert.equal(state.score, last.score, `${what}: the report is kept`);
    assert.ok(state.ats.includes(marker(last.n)), `${what}: the report is kept`);
  }

  for (const item of TYPED) {
    const label = typeof item.expect === 'string' ? item.expect : item.expect.error ? `message ${item.expect.error}` : `refused ${item.expect.refused}`;
    step(`pasted: ${item.name} → ${label}`, async () => {
      await goodResume();
      const text = item.text();
      await paste(page, '#resume', text);
      const state = await assertInert(item.name);
      const expect = item.expect;
      if (expect.refused) {
        assertUnchanged(state, expect, item.name);
        assert.match(state.fileMessage, /^Not pasted/, 'said next to the editor too');
        return;
      }
      // The editor holds exactly what was pasted (a textarea stores line breaks as \n).
      assert.equal(state.editor, text.replace(/\r\n?/g, '\n'), `${item.name}: the editor holds the paste`);
      if (expect === 'report' || (expect === 'either' && state.analysisError === null)) {
        assert.equal(state.analysisError, null, `${item.name}: ${state.analysisError}`);
        assert.equal(state.stale, false);
        assert.match(state.score, /^\d+$/);
        assert.ok(!state.ats.includes(marker(last.n)), `${item.name}: the report is on the new text`);
      } else if (expect === 'either') {
        assertStale(state, { error: /\w/ }, item.name);
      } else {
        assertStale(state, expect, item.name);
      }
      if (item.inert) {
        // The markup is shown as characters: in the editor's mirror or in the ATS view.
        const shown = await page.evaluate(() => document.querySelector('#editor .backdrop').textContent + document.querySelector('#ats').textContent);
        assert.ok(shown.includes('<script>') || shown.includes('<img'), 'markup shown as text');
      }
    });
  }

  step('typed: markup typed into the editor is text', async () => {
    await goodResume();
    await page.focus('#resume');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`- Shipped ${PWN}\n`);
    await settle(page);
    const state = await assertInert('typed markup');
    assert.equal(state.editor, `${good(last.n)}- Shipped ${PWN}\n`);
    assert.equal(state.analysisError, null);
    assert.ok(state.ats.includes(PWN), 'the ATS view shows the characters');
  });

  step('job description: html-injection.jd.txt gives a match report, as text', async () => {
    await goodResume();
    const jd = `${decoded(hostile('html-injection.jd.txt'))}\n${PWN}\n`;
    await paste(page, '#jd', jd);
    await page.waitForSelector('.match-rate');
    const state = await assertInert('hostile JD');
    assert.equal(state.jd, jd);
    assert.equal(state.analysisError, null);
    assert.equal(state.editor, good(last.n));
  });

  step('job description: a 200 KB paste is refused, the JD box and report unchanged', async () => {
    const before = await snapshot(page);
    await paste(page, '#jd', 'Senior Backend Engineer. Required: Go, Kafka, PostgreSQL.\n'.repeat(3600));
    const state = await assertInert('big JD');
    assert.equal(state.jd, before.jd, 'the JD box keeps its text');
    assert.match(state.inputError || '', /job description would be [\d,]+ KB.*128 KB/);
    assert.match(await page.textContent('#jd-note'), /Not pasted.*128 KB/);
    assert.equal(await page.isVisible('#jd-note'), true, 'said next to the JD box');
    assert.equal(state.score, before.score);
    assert.equal(state.stale, false);
    await paste(page, '#jd', '');
    assert.equal(await page.isVisible('#jd-note'), false);
    assert.equal(await page.locator('.match-rate').count(), 0);
  });

  for (const how of ['chooser', 'drop']) {
    for (const item of FILES) {
      if (how === 'drop' && item.chooserOnly) continue;
      const name = item.as || item.generated || item.file.split('/').pop();
      const label = typeof item.expect === 'string' ? item.expect : `message ${item.expect.error}`;
      step(`file by ${how}: ${name}${item.as ? ` (${item.file.split('/').pop()})` : ''} → ${label}`, async () => {
        await goodResume();
        const buffer = item.generated ? item.bytes() : readFileSync(join(HOSTILE, '..', item.file));
        await page.evaluate(() => {
          document.querySelector('#file-message').textContent = '';
        });
        if (how === 'chooser') {
          await page.setInputFiles('#file-input', { name, mimeType: '', buffer });
        } else {
          await page.evaluate(
            ({ name, base64 }) => {
              const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
              const data = new DataTransfer();
              data.items.add(new File([bytes], name));
              const zone = document.querySelector('#drop-zone');
              for (const type of ['dragenter', 'dragover', 'drop']) {
                zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
              }
            },
            { name, base64: buffer.toString('base64') },
          );
        }
        await page.waitForFunction((n) => document.querySelector('#file-message').textContent.includes(n), name, { timeout: 30000 });
        await settle(page);
        const state = await assertInert(name);
        if (item.expect === 'opened') {
          assert.match(state.fileMessage, /^Opened /, state.fileMessage);
          assert.ok(state.fileMessage.includes(name), 'the name is shown as text');
          assert.equal(state.inputError, null);
          assert.equal(state.analysisError, null);
          assert.notEqual(state.editor, good(last.n), 'the file replaced the text');
          if (item.file.endsWith('.docx')) assert.ok((await page.textContent('#ats-help')).includes(name), 'the ATS view names the file');
          return;
        }
        assert.equal(state.fileError, true, 'shown as an error next to the editor');
        assert.match(state.fileMessage, item.expect.error);
        assertUnchanged(state, item.expect, name);
        assert.ok(state.inputError.includes(name), 'the message names the file, as text');
      });
    }
  }

  step('a resume pasted over an opened file is read as itself: format back to Auto, no file layout', async () => {
    await goodResume();
    await page.setInputFiles('#file-input', join(FIXTURES, 'docx', 'sidebar.docx'));
    await page.waitForFunction(() => /^Opened sidebar\.docx/.test(document.querySelector('#file-message').textContent));
    await settle(page);
    const rules = () => page.$$eval('#findings .rule-id', (nodes) => nodes.map((n) => n.textContent));
    assert.ok((await rules()).includes('F-TABLE'), 'the file’s columns are found');
    assert.equal(await page.inputValue('#format'), 'text');
    const json = fixture('resumes/json-resume.json').toString('utf8');
    await paste(page, '#resume', json);
    const state = await assertInert('paste over a file');
    assert.equal(await page.inputValue('#format'), 'auto', 'the format the file set is let go');
    assert.equal(state.analysisError, null, 'the JSON Resume is read as one');
    assert.ok(!(await rules()).includes('F-TABLE'), 'the file’s layout is let go');
    assert.equal(state.fileMessage, '', 'no stale file message');
  });

  step('still analyzes a normal resume at the end, and the error state reads well (screenshots)', async () => {
    await goodResume();
    // The state to look at: a stale report under an analysis error.
    await paste(page, '#resume', decoded(hostile('json-truncated.json')));
    await assertInert('screenshot');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-error.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-error-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await goodResume();
    await assertInert('the end');
  });
});
