// The smoke suite in three browser engines (Chromium, Firefox ESR, WebKitGTK: Safari's engine),
// over W3C WebDriver: open the page, paste a resume, its highlights on the right characters, a
// PDF, a DOCX, the single offline file from file://, and no request leaving the page. The full
// suite (the other *.test.mjs files) runs in Chromium through playwright-core.
//
// An engine whose driver or browser is not installed is skipped with the reason
// (`cargo xtask setup` installs them); RESUME_ANALYZER_ENGINES=firefox,webkit picks engines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, serve } from './harness.mjs';
import { ENGINES, Session, startDriver } from './webdriver.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SINGLE = join(DIST, 'resume-analyzer.html');
const wanted = (process.env.RESUME_ANALYZER_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());

const PASTED = [
  'Maya Chen 👩‍💻 陈美雅',
  'maya.chen@example.com · (512) 555-0143',
  '',
  'EXPERIENCE',
  'Backend Engineer, Ledgerly 🚀, Austin, TX',
  'Mar 2021 – Present',
  '- 🚀 Cut p99 checkout latency from 850 ms to 140 ms by moving fraud scoring onto Kafka consumers in Go.',
  '- Responsible for maintaining the order service 😀😀.',
  '- Familiar with Kubernetes 🐳 and Helm.',
  '',
].join('\n');

/** In the page: record errors, CSP violations, and (from the Resource Timing buffer) every
 *  request, from now on. */
function installRecorder() {
  if (window.__smoke) return true;
  window.__smoke = { errors: [], csp: [] };
  window.addEventListener('error', (e) => window.__smoke.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__smoke.errors.push(String(e.reason && e.reason.message ? e.reason.message : e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__smoke.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(1000);
  return true;
}

/** In the page: what the recorder saw, and every resource the page loaded. */
function recorded() {
  return {
    errors: window.__smoke ? window.__smoke.errors : ['recorder missing'],
    csp: window.__smoke ? window.__smoke.csp : [],
    resources: performance.getEntriesByType('resource').map((r) => r.name),
    origin: location.origin,
  };
}

/** In the page: the score once the first report is shown, else null. */
function shownScore() {
  const text = document.querySelector('#score .score-num')?.textContent || '';
  return /^\d+$/.test(text) && document.querySelector('#report').getAttribute('aria-busy') === 'false' ? Number(text) : null;
}

/** In the page: every highlight's text against its finding's span of the editor text. */
async function highlightMismatches() {
  const api = await import('./resume-analyzer.js');
  const value = document.querySelector('#resume').value;
  const report = await api.analyze(value, { format: 'auto', today: api.todayOption() });
  const joined = new Map();
  for (const mark of document.querySelectorAll('#editor .backdrop mark')) {
    const i = mark.dataset.finding;
    joined.set(i, (joined.get(i) || '') + mark.textContent);
  }
  const bad = [];
  for (const [i, got] of joined) {
    const f = report.findings[Number(i)];
    const want = f && f.utf16 ? value.slice(f.utf16.start, f.utf16.end) : '(no finding)';
    if (got !== want) bad.push({ rule: f && f.rule, got, want });
  }
  return { bad, marks: joined.size, findings: report.findings.filter((f) => f.utf16).length };
}

/** In the page: open the bytes (base64) as a file through the file chooser's input. */
function openAsFile(name, base64, type) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], name, { type }));
  const input = document.querySelector('#file-input');
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** In the page: the file status line once it has settled on a message about `name`. */
function settledOn(name) {
  const message = document.querySelector('#file-message').textContent;
  const busy = document.querySelector('#report').getAttribute('aria-busy') === 'true';
  return message.includes(name) && !/^(Reading|Analyzing)/.test(message) && !busy ? message : null;
}

for (const engine of ['chromium', 'firefox', 'webkit']) {
  const spec = ENGINES[engine];
  const reason = !wanted.includes(engine)
    ? `not in RESUME_ANALYZER_ENGINES (${wanted.join(',')})`
    : !existsSync(join(DIST, 'index.html'))
      ? `dist/ is missing (${DIST}): run \`cargo xtask dist\` first`
      : spec.missing();
  const skip = reason || false;

  describe(`smoke suite in ${spec.name}`, { skip }, () => {
    let server;
    let driver;
    let session;
    before(async () => {
      server = await serve();
      driver = await startDriver(engine);
      session = await Session.open(driver, engine);
    });
    after(async () => {
      await session?.close();
      driver?.stop();
      await server?.close();
    });

    it('opens the page: the sample, its score, band and top fixes', async () => {
      await session.goto(`${server.origin}/index.html`);
      await session.run(installRecorder);
      const score = await session.waitFor(shownScore, { what: 'the first report' });
      assert.ok(score >= 0 && score <= 100);
      const shown = await session.run(() => ({
        band: document.querySelector('#band').textContent,
        fixes: document.querySelectorAll('#top-fixes .top-fix').length,
        marks: document.querySelectorAll('#editor .backdrop mark').length,
        sample: document.querySelector('#sample-note').hidden === false,
      }));
      assert.ok(shown.band.length > 0, 'a band');
      assert.ok(shown.fixes > 0, 'top fixes');
      assert.ok(shown.marks > 0, 'highlights');
      assert.ok(shown.sample, 'marked as the sample');
    });

    it('paste: a new resume is analyzed and highlighted on the right characters', async () => {
      await session.run((text) => {
        const field = document.querySelector('#resume');
        field.focus();
        field.select();
        field.value = text;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        return true;
      }, PASTED);
      await session.waitFor(() => document.querySelector('#editor .backdrop mark[data-rule="B-DUTY-OPENER"]') !== null && document.querySelector('#report').getAttribute('aria-busy') === 'false', { what: 'the pasted resume\'s highlights' });
      const check = await session.runAsync(highlightMismatches);
      assert.deepEqual(check.bad, []);
      assert.equal(check.marks, check.findings, 'every finding with a span is highlighted');
    });

    for (const [path, type, expected, name] of [
      ['pdf/single-column.pdf', 'application/pdf', 'PDF', /Jane Doe/],
      ['docx/single-column.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word document', /Jordan Rivera/],
    ]) {
      const file = path.split('/').pop();
      it(`opens ${file}`, async () => {
        const base64 = readFileSync(join(FIXTURES, path)).toString('base64');
        await session.run(openAsFile, file, base64, type);
        const message = await session.waitFor(settledOn, { args: [file], what: `${file} to open`, timeout: 60000 });
        assert.ok(message.startsWith(`Opened ${file} (${expected}`), message);
        const state = await session.run(() => ({
          text: document.querySelector('#resume').value,
          score: document.querySelector('#score .score-num').textContent,
          undo: !document.querySelector('#undo').hidden,
        }));
        assert.match(state.text, name);
        assert.match(state.score, /^\d+$/);
        assert.ok(state.undo, 'the open can be undone');
      });
    }

    it('sent no request outside its own origin, and threw no error', async () => {
      const seen = await session.run(recorded);
      const foreign = seen.resources.filter((url) => !url.startsWith(`${seen.origin}/`) && !/^(data|blob):/.test(url));
      assert.deepEqual(foreign, []);
      assert.deepEqual(seen.csp, []);
      assert.deepEqual(seen.errors, []);
    });

    it('the single offline file works from file:// with no request', { skip: !existsSync(SINGLE) && `${SINGLE} is missing` }, async () => {
      const url = pathToFileURL(SINGLE).href;
      await session.goto(url);
      await session.run(installRecorder);
      const score = await session.waitFor(shownScore, { what: 'the offline file\'s first report' });
      assert.ok(score >= 0 && score <= 100);
      const seen = await session.run(recorded);
      assert.deepEqual(seen.resources.filter((r) => !/^(data|blob):/.test(r) && r !== url), []);
      assert.deepEqual(seen.csp, []);
      assert.deepEqual(seen.errors, []);
    });
  });
}
