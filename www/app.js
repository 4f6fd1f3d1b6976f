// app.js: the page's wiring. It reads input (the editor, files, the options), asks the engine for
// a report and has the modules under app/ render it; every judgement about the resume is made in
// Rust. The modules, each one concern: dom.js (helpers), state.js (what they share), options.js
// (what the engine is asked), files.js (reading a file), limits.js (refusing oversized pastes),
// report.js, keywords.js, match.js (rendering the report), workbench.js (rewriting a bullet).
import { analyze, analyzeJson, analyzeMarkdown, rules, version, findingShortcut } from './resume-analyzer.js';
import { $, h } from './app/dom.js';
import { page, editor, fileStatus, snapshot } from './app/state.js';
import { baseOptions, currentOptions, forgetFile, rememberFile } from './app/options.js';
import { readFile, fileError } from './app/files.js';
import { guardInsertions } from './app/limits.js';
import {
  errorMessage,
  showAnalysisError,
  hideAnalysisError,
  showInputError,
  hideInputError,
  spansOnEditor,
  renderEditor,
  renderScore,
  renderTopFixes,
  renderFindings,
  renderDetails,
  focusFinding,
  renderBullets,
  renderAts,
  showTooltip,
  showCaretTip,
  hideTooltip,
} from './app/report.js';
import { renderKeywords } from './app/keywords.js';
import { renderMatch } from './app/match.js';
import { openWorkbench, closeWorkbench, closeWorkbenchIfMoved } from './app/workbench.js';

// A realistic mid-level backend resume with strong and weak bullets, so a first visit shows a
// full report at once.
const SAMPLE_RESUME = `Maya Chen
Backend Software Engineer
Austin, TX · maya.chen@example.com · (512) 555-0143 · linkedin.com/in/maya-chen-dev

SUMMARY
Backend engineer with 4 years building payment and order services in Go and Python on AWS. Ships event-driven systems on Kafka and PostgreSQL behind REST and gRPC APIs, with SLOs, OpenTelemetry tracing and on-call ownership from design to production.

SKILLS
Languages: Go, Python, SQL, TypeScript
Datastores & Messaging: PostgreSQL, Redis, Kafka, DynamoDB
Cloud & Infrastructure: AWS (ECS, Lambda, SQS), Docker, Terraform, GitHub Actions
Observability: Prometheus, Grafana, OpenTelemetry
Kubernetes ●●●○○

EXPERIENCE
Software Engineer II, Ledgerly, Austin, TX
Mar 2023 – Present
- Cut p99 checkout latency from 850 ms to 140 ms by moving fraud scoring off the request path onto Kafka consumers written in Go.
- Designed idempotent payment retries with PostgreSQL advisory locks, eliminating ~1,200 duplicate charges a month.
- Responsible for maintaining the order service and handling on-call tickets.
- Reduced average API response time to 200ms by adding a Redis cache in front of the catalog service.
- Migrated 14 cron jobs to AWS Lambda and SQS with Terraform, cutting compute spend by $3,800 a month.

Software Engineer, Parcelpoint, Remote
Jun 2021 – Feb 2023
- Built a gRPC shipment-tracking API in Go serving 2,500 RPS across 3 regions at 99.95% availability.
- Worked on the internal admin dashboard and various backend improvements.
- Instrumented 20 services with OpenTelemetry and Prometheus and defined SLOs, reducing paging alerts by 35%.
- Familiar with Kubernetes and Helm.
- Helped the team with code reviews.

WHERE I'VE BUILT THINGS
- ratelimit-go: a token-bucket rate limiting library in Go with a Redis backend, adopted by 3 internal teams.

EDUCATION
B.S. Computer Science, University of Texas at Austin, 2021
`;

// The editor: what an edit, the pointer and the caret do.
$('resume').addEventListener('input', () => {
  const text = editor.value;
  // The workbench's bullet is where it was only in the text it was opened on.
  closeWorkbenchIfMoved(text);
  // Clearing the editor lets go of the opened file: what is typed next is not that file.
  if (text.trim() === '') letGoOfFile();
  // The user has moved on from a file or paste that was refused.
  hideInputError();
  scheduleAnalysis();
});
editor.onHover = showTooltip;
// The caret on a highlight (click, tap, arrow keys): select it and say what is there.
editor.onCaret = (index, all) => {
  if (index >= 0) {
    focusFinding(index, { fromEditor: true });
    showCaretTip(editor.textarea.selectionStart, all);
  } else hideTooltip();
};
$('resume').addEventListener('input', hideTooltip);
$('resume').addEventListener('blur', hideTooltip);

// ---------------------------------------------------------------------------------------------
// Analysis: debounced, never blocking input, stale results dropped.

function scheduleAnalysis(delay) {
  clearTimeout(page.timer);
  // Slow analyses (huge inputs) wait longer, so typing stays smooth.
  const wait = delay ?? Math.min(600, 80 + page.lastDuration * 3);
  page.timer = setTimeout(() => {
    page.timer = 0;
    runAnalysis();
  }, wait);
  updateBusy();
}

/** aria-busy on the report while an analysis is waiting or running or a file is being read:
 *  screen readers hold their announcements, and tests know when the page has settled. */
function updateBusy() {
  const busy = page.timer !== 0 || page.running || page.opening || page.restPending;
  $('report').setAttribute('aria-busy', String(busy));
}

async function runAnalysis() {
  clearTimeout(page.timer);
  page.timer = 0;
  const sequence = ++page.sequence;
  const text = editor.value;
  // Lean: the rules' metadata comes from rules() once, the bullets' parts when the workbench
  // opens; a third fewer bytes to parse on every keystroke.
  const options = { ...currentOptions(text), lean: true };
  const started = performance.now();
  page.running = true;
  updateBusy();
  try {
    let report;
    try {
      if (!page.rules) page.rules = await rules();
      report = await analyze(text, options);
    } catch (error) {
      if (sequence === page.sequence && text === editor.value) showAnalysisError(error, text);
      return;
    }
    page.lastDuration = performance.now() - started;
    if (sequence !== page.sequence || text !== editor.value) return; // a newer edit is coming
    showReport(report, text);
  } finally {
    if (sequence === page.sequence) page.running = false;
    updateBusy();
  }
}

/** Make `report` (on the editor's `text`) the current report and draw it. */
function showReport(report, text) {
  page.report = report;
  page.reportText = text;
  hideAnalysisError();
  renderReport(report, text);
}

/** Draw `report` (on the editor's `text`): each panel from its module. The first report (the
 *  page open) draws the first screen, the highlights, the score and the top fixes, and the
 *  rest of the panels after that has been painted; later reports draw everything at once. */
function renderReport(report, text) {
  renderEditor(report, text);
  renderSample(text);
  renderScore(report);
  renderTopFixes(report);
  if (page.firstDrawn) {
    page.restPending = false;
    renderRest(report, text);
    return;
  }
  page.firstDrawn = true;
  page.restPending = true;
  afterPaint(() => {
    // A later report drew everything itself in the meantime.
    if (!page.restPending) return;
    page.restPending = false;
    renderRest(page.report, page.reportText);
    updateBusy();
  });
}

/** The panels under the first screen: every finding, the details, the bullets, the keywords
 *  and their chart, the match, the ATS view. On the page open they are half of the first
 *  render's work (BENCHMARKS.md "Page open"). */
function renderRest(report, text) {
  renderFindings(report);
  renderDetails(page.selected);
  renderBullets(report);
  renderKeywords(report);
  renderMatch(report);
  renderAts(report, text);
}

/** Run `task` once the browser has painted what is on the page now: in a task after the next
 *  animation frame (or after 100 ms if frames are not running, as in a hidden tab). */
function afterPaint(task) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/** The "Sample resume" banner (over the whole layout) while the editor holds the sample;
 *  "Load the sample" (by the editor's controls) otherwise. */
function renderSample(text = editor.value) {
  const isSample = text === SAMPLE_RESUME;
  $('sample-bar').hidden = !isSample;
  $('layout').classList.toggle('with-sample', isSample);
  $('load-sample').hidden = isSample;
}

$('resume').addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('tooltip').hidden) {
    hideTooltip();
    return;
  }
  const direction = findingShortcut(event);
  if (!direction) return;
  event.preventDefault();
  const next = editor.step(direction);
  if (next < 0) return;
  focusFinding(next);
  const start = editor.findings[next].utf16.start;
  showCaretTip(start, editor.findingsAt(start));
});

$('bullets').addEventListener('click', (event) => {
  const rewrite = event.target.closest('button[data-bullet]');
  if (rewrite) {
    openWorkbench(Number(rewrite.dataset.bullet));
    return;
  }
  const button = event.target.closest('button[data-start]');
  if (!button || !page.report || !spansOnEditor(page.report)) return;
  const start = Number(button.dataset.start);
  const end = Number(button.dataset.end);
  editor.textarea.focus({ preventScroll: true });
  editor.textarea.setSelectionRange(start, end);
  editor.revealOffset(start);
});

// ---------------------------------------------------------------------------------------------
// Opening a file: read it (app/files.js), analyze its text, and only then put it in the editor.

let fileSequence = 0;

/** "The text is …" → "the text is …", to follow "Cannot open “name”: ". */
function lowerFirst(message) {
  return /^(The|This) /.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}

/** The message for a file whose text was read but which the analyzer refuses. */
function refusedMessage(name, text, error) {
  if (text.trim() === '') return `“${name}” has no text to analyze. Open the file that holds your resume, or paste its text.`;
  return `Cannot open “${name}”: ${lowerFirst(errorMessage(error))}`;
}

async function openFile(file) {
  if (!file) return;
  const sequence = ++fileSequence; // a later file wins over one still being read
  const name = file.name || 'the file';
  const current = () => sequence === fileSequence;
  hideInputError();
  page.opening = true;
  updateBusy();
  fileStatus(`Reading ${name}…`, { progress: 0 });
  try {
    const read = await readFile(file, {
      onProgress: (p) => current() && fileStatus(`Reading ${name}… ${Math.round(p * 100)}%`, { progress: p }),
      onPage: (n, total) => current() && fileStatus(`Reading ${name}: page ${n} of ${total}…`, { progress: (n - 1) / total }),
    });
    if (!current()) return;
    fileStatus(`Analyzing ${name}…`, { progress: 1 });
    // Analyze the file's text before it replaces the editor's: a file the analyzer refuses
    // (empty, binary, past its limits, JSON that is no resume) must not cost the user the text
    // they had, nor the report on it.
    const options = { ...baseOptions(), format: read.format };
    if (read.layout) options.layout = read.layout;
    let report;
    try {
      report = await analyze(read.text, options);
    } catch (error) {
      throw fileError('refused', refusedMessage(name, read.text, error));
    }
    if (!current()) return;
    // Drop any analysis of the old text still waiting or running: this report replaces it.
    clearTimeout(page.timer);
    page.timer = 0;
    page.sequence += 1;
    page.running = false;
    page.undo = snapshot(`opening ${name}`);
    closeWorkbench();
    editor.value = read.text;
    $('format').value = read.format;
    page.formatFromFile = true;
    if (read.layout) rememberFile(name, read.text, read.layout);
    else forgetFile();
    page.selected = -1;
    showReport(report, read.text);
    renderSample(read.text);
    fileStatus(`Opened ${name} (${read.label}).`, { undo: true });
  } catch (error) {
    if (current()) {
      const message = errorMessage(error);
      fileStatus(message, { error: true });
      showInputError('Not opened.', message);
    }
  } finally {
    if (current()) {
      page.opening = false;
      updateBusy();
    }
  }
}

$('open-file').addEventListener('click', () => $('file-input').click());
$('file-input').addEventListener('change', (event) => {
  const file = event.target.files && event.target.files[0];
  openFile(file);
  event.target.value = '';
});

// A file dropped anywhere on the page opens it (a drop that is not a file, such as text dragged
// within the editor, is left to the browser). A drop never navigates away from the page.
function carriesFiles(event) {
  const types = event.dataTransfer ? [...event.dataTransfer.types] : [];
  return types.includes('Files');
}

let dragDepth = 0;
function showDropHint(on) {
  document.body.classList.toggle('dragging', on);
}
window.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth += 1;
  showDropHint(true);
});
window.addEventListener('dragleave', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) showDropHint(false);
});
window.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', (event) => {
  dragDepth = 0;
  showDropHint(false);
  if (!carriesFiles(event)) {
    // Text dragged into a text field goes in; anything else dropped on the page is ignored.
    if (!(event.target instanceof Element && event.target.closest('textarea, input'))) event.preventDefault();
    return;
  }
  event.preventDefault();
  const file = event.dataTransfer.files && event.dataTransfer.files[0];
  if (file) openFile(file);
});

// ---------------------------------------------------------------------------------------------
// Pastes past the analyzer's limits are refused before they reach the editor (app/limits.js).

guardInsertions($('resume'), 'resume', (message) => {
  fileStatus(`Not pasted. ${message}`, { error: true });
  showInputError('Not pasted.', message);
});

// Text that replaces all of the editor's (a paste over a select-all) is not the opened file:
// its layout facts and the format the file set no longer apply (a .json opened, then a plain
// resume pasted over it, was read as broken JSON).
$('resume').addEventListener('beforeinput', (event) => {
  const field = event.target;
  if (event.defaultPrevented || !event.inputType.startsWith('insert')) return;
  if (field.value !== '' && field.selectionStart === 0 && field.selectionEnd === field.value.length) letGoOfFile();
});

function letGoOfFile() {
  if (!page.file && !page.formatFromFile) return;
  if (page.file) forgetFile();
  if (page.formatFromFile) $('format').value = 'auto';
  page.formatFromFile = false;
  fileStatus(''); // "Opened …" no longer describes the text
}

function jdNote() {
  return $('jd-note');
}

guardInsertions($('jd'), 'jd', (message) => {
  const note = jdNote();
  note.textContent = `Not pasted. ${message}`;
  note.hidden = false;
  showInputError('Not pasted.', message);
});

// A message about a file or paste that failed is old news once the user edits the text.
$('resume').addEventListener('input', () => {
  if ($('file-status').classList.contains('error')) fileStatus('');
});

// ---------------------------------------------------------------------------------------------
// Replacing the whole text (a file, "Clear", "Load the sample") can be undone: the text, the
// format and the opened file's facts from before come back (the snapshot: app/state.js).

function undoReplace() {
  const saved = page.undo;
  if (!saved) return;
  page.undo = null;
  fileSequence += 1; // a file still being read must not land on the restored text
  page.opening = false;
  closeWorkbench();
  editor.value = saved.text;
  $('format').value = saved.format;
  page.formatFromFile = saved.formatFromFile;
  page.file = saved.file;
  page.selected = -1;
  renderSample(saved.text);
  fileStatus(`Undone ${saved.what}: the text from before is back.`);
  runAnalysis();
  editor.textarea.focus({ preventScroll: true });
}

/** Put `text` in the editor as typed text (no file), undoably. */
function replaceText(text, what, message) {
  page.undo = snapshot(what);
  letGoOfFile();
  page.selected = -1;
  closeWorkbench();
  editor.value = text;
  renderSample(text);
  fileStatus(message, { undo: true });
  runAnalysis();
}

$('undo').addEventListener('click', undoReplace);
$('clear-text').addEventListener('click', () => {
  replaceText('', 'clearing the sample', 'Cleared. Paste your resume, or open or drop its file.');
  editor.textarea.focus();
});
$('load-sample').addEventListener('click', () => replaceText(SAMPLE_RESUME, 'loading the sample', 'Loaded the sample resume.'));

// ---------------------------------------------------------------------------------------------
// Export: files made in the page (Blob URLs), never sent anywhere.

function offerDownload(content, name, type) {
  if (page.downloadUrl) URL.revokeObjectURL(page.downloadUrl);
  page.downloadUrl = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: page.downloadUrl, download: name }, `Download ${name}`);
  const panel = $('export-panel');
  panel.hidden = false;
  $('export-status').replaceChildren(`Saved ${name}. `, link, ' again if it did not start.');
  link.click();
}

async function exportAs(kind) {
  const text = editor.value;
  const options = currentOptions();
  try {
    if (kind === 'json') offerDownload(await analyzeJson(text, options), 'resume-report.json', 'application/json');
    else offerDownload(await analyzeMarkdown(text, options), 'resume-report.md', 'text/markdown');
  } catch (error) {
    $('export-panel').hidden = false;
    $('export-status').textContent = `Export failed: ${error && error.message ? error.message : error}`;
  }
}

$('export-json').addEventListener('click', () => exportAs('json'));
$('export-text').addEventListener('click', () => offerDownload(editor.value, 'resume.txt', 'text/plain;charset=utf-8'));
$('export-md').addEventListener('click', () => exportAs('markdown'));
$('print').addEventListener('click', () => window.print());

// ---------------------------------------------------------------------------------------------
// Options and start-up.

$('level').addEventListener('change', () => scheduleAnalysis(0));
$('format').addEventListener('change', () => {
  page.formatFromFile = false; // the user's choice now
  scheduleAnalysis(0);
});
$('jd').addEventListener('input', () => {
  if ($('jd-note')) $('jd-note').hidden = true;
  hideInputError();
  scheduleAnalysis();
});

// The single offline file carries no other pages: its link to the embedding demo would dangle.
if (typeof globalThis.__RESUME_ANALYZER_WASM__ === 'string') $('embed-line').hidden = true;

editor.value = SAMPLE_RESUME;
renderSample(SAMPLE_RESUME);
runAnalysis();
version().then(
  (v) => {
    $('version').textContent = `Resume Analyzer ${v}.`;
  },
  () => {},
);
