// app.js: the page. It reads input (editor, files, options), asks the engine for a report and
// renders what the report says. Every judgement about the resume is made in Rust.
import { analyze, analyzeJson, analyzeMarkdown, version, HighlightEditor, renderHighlights, findingShortcut, shiftFindings, todayOption, readDocx, readPdf, readYaml, loadEngine, limits } from './resume-analyzer.js';

// Start compiling the engine now, while the rest of this module sets the page up: the first
// report waits on it (index.html preloads the files; this starts the instantiation).
loadEngine().catch(() => {}); // a failure is reported by the first analysis

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

const $ = (id) => document.getElementById(id);

const page = {
  report: null, // last good report
  reportText: '', // the editor text that report analyzed
  selected: -1,
  sequence: 0,
  timer: 0,
  running: false, // an analysis is in flight
  formatFromFile: false, // the Format control was set by opening a file, not by the user
  opening: false, // a file is being read
  lastDuration: 0,
  downloadUrl: '',
  // The opened DOCX/PDF: its name, its layout facts, and its reading-order breaks as UTF-16
  // spans of `breaksText` (kept in step with edits; see fileLayout). Null for typed text.
  file: null,
  // Rules whose group the user opened in the findings list (kept across re-analysis).
  expanded: new Set(),
  // What "Undo" puts back after a file, "Clear" or "Load the sample" replaced the text:
  // { text, format, formatFromFile, file, what }, or null.
  undo: null,
};

const editor = new HighlightEditor($('editor'), {
  onInput: (text) => {
    // The workbench's bullet is where it was only in the text it was opened on.
    if (workbench.open && text !== workbench.base) closeWorkbench();
    // Clearing the editor lets go of the opened file: what is typed next is not that file.
    if (text.trim() === '') letGoOfFile();
    // The user has moved on from a file or paste that was refused.
    hideInputError();
    scheduleAnalysis();
  },
  onHover: showTooltip,
  onCaret: (index) => {
    if (index >= 0) focusFinding(index, { fromEditor: true });
  },
});

// The job description box: the same highlighting editor, marking the posting's requirements.
const jdEditor = new HighlightEditor($('jd-editor'));

// ---------------------------------------------------------------------------------------------
// Small DOM helpers. User text only ever goes in through textContent / text nodes.

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function titleCase(word) {
  const s = String(word ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Replace `node`'s children with `children`, leaving out the absent ones (null, undefined,
 *  false): replaceChildren itself would show them as the text "null". */
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** Rebuild `container` with `children`, keeping keyboard focus on the element with the same
 *  data-key, so live re-analysis never throws a keyboard user out of a list. */
function replaceKeepingFocus(container, children) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.key : undefined;
  fill(container, children);
  if (key !== undefined) {
    const again = [...container.querySelectorAll('[data-key]')].find((n) => n.dataset.key === key);
    if (again) again.focus({ preventScroll: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis: debounced, never blocking input, stale results dropped.

/** The options the controls set (no file layout). */
function baseOptions() {
  return {
    level: $('level').value || null,
    format: $('format').value || 'auto',
    jobDescription: $('jd').value,
    // "Present" in the resume means this month.
    today: todayOption(),
  };
}

function currentOptions(text = editor.value) {
  const options = baseOptions();
  const layout = fileLayout(text);
  if (layout) options.layout = layout;
  return options;
}

// ---------------------------------------------------------------------------------------------
// The opened file's layout facts.
//
// A choice: after a DOCX or PDF is opened, the editor holds its extracted text and the user may
// edit it (fix a bullet, try a rewrite) and see the report update. Those edits cannot change the
// file's layout (its columns, tables, header text, page count are still what an ATS gets), so
// re-analysis keeps the file's layout facts until another file replaces the text or the editor
// is cleared. The one fact tied to positions in the text, the reading-order breaks, is moved
// through each edit like the highlights are; a break whose text was edited away is dropped.

function forgetFile() {
  page.file = null;
  $('ats-help').textContent = ATS_HELP;
}

/** UTF-8 byte offsets ↔ UTF-16 offsets of `text`, in one pass (`toBytes` picks the way). */
function convertOffsets(text, offsets, toBytes) {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map();
  let units = 0;
  let bytes = 0;
  for (const target of wanted) {
    while ((toBytes ? units : bytes) < target && units < text.length) {
      const cp = text.codePointAt(units);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      units += cp > 0xffff ? 2 : 1;
    }
    found.set(target, toBytes ? bytes : units);
  }
  return offsets.map((o) => found.get(o));
}

function spansConverted(text, spans, toBytes) {
  const flat = convertOffsets(text, spans.flatMap((s) => [s.start, s.end]), toBytes);
  return spans.map((_, i) => ({ start: flat[2 * i], end: flat[2 * i + 1] }));
}

function rememberFile(name, text, layout) {
  const breaks = (layout && layout.readingOrderBreaks) || [];
  page.file = { name, layout, breaksText: text, breaks: spansConverted(text, breaks, false) };
}

/** The layout option for analyzing `text`: the opened file's facts, breaks moved to `text`. */
function fileLayout(text) {
  const file = page.file;
  if (!file) return null;
  if (text !== file.breaksText) {
    file.breaks = shiftFindings(file.breaks.map((span) => ({ utf16: span })), file.breaksText, text)
      .map((f) => f.utf16)
      .filter((span) => span && span.end > span.start);
    file.breaksText = text;
  }
  return { ...file.layout, readingOrderBreaks: spansConverted(text, file.breaks, true) };
}

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
  const busy = page.timer !== 0 || page.running || page.opening;
  $('report').setAttribute('aria-busy', String(busy));
}

async function runAnalysis() {
  clearTimeout(page.timer);
  page.timer = 0;
  const sequence = ++page.sequence;
  const text = editor.value;
  const options = currentOptions(text);
  const started = performance.now();
  page.running = true;
  updateBusy();
  try {
    let report;
    try {
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

/** An engine error as a sentence for the user. */
function errorMessage(error) {
  // A trap inside the WebAssembly module (it should never happen: the engine returns errors as
  // values) says "unreachable" or "memory access out of bounds", which helps nobody.
  if (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) {
    return 'The analyzer stopped on this text (an internal error). Your text is kept: copy it somewhere safe and reload the page.';
  }
  return error && error.message ? error.message : String(error);
}

/** The editor's text cannot be analyzed: say why where the report would be, and keep the last
 *  good report below it, marked as stale (it is for an earlier text). */
function showAnalysisError(error, text = editor.value) {
  const box = $('analysis-error');
  const empty = text.trim() === '';
  fill(box, 
    h('strong', {}, empty ? 'Nothing to analyze. ' : 'Could not analyze this text. '),
    errorMessage(error),
    page.report ? h('span', { className: 'box-note' }, ' The report below is for the last text that could be analyzed.') : null,
  );
  box.hidden = false;
  $('report').classList.toggle('stale', Boolean(page.report));
  $('summary').classList.toggle('stale', Boolean(page.report));
}

function hideAnalysisError() {
  $('analysis-error').hidden = true;
  $('report').classList.remove('stale');
  $('summary').classList.remove('stale');
}

// ---------------------------------------------------------------------------------------------
// Input the page refused to take in (a file it cannot open, a paste far past the analyzer's
// limits): the editor and the report stay exactly as they were, and a message says why where
// the report would be (and next to the editor, in the file status line).

function inputErrorBox() {
  return $('input-error');
}

function showInputError(title, message) {
  const box = inputErrorBox();
  fill(box, 
    h('strong', {}, `${title} `),
    message,
    h('span', { className: 'box-note' }, page.report ? ' Your text and its report are unchanged.' : ' Your text is unchanged.'),
  );
  box.hidden = false;
}

function hideInputError() {
  const box = $('input-error');
  if (box) box.hidden = true;
}

// ---------------------------------------------------------------------------------------------
// Rendering the report. What is shown, in what order and with what wording comes from the
// report (groups, top fixes, bands, messages); this code only lays it out.

/** Spans index `report.text` when the report carries one, else the editor text. When that
 *  text is not the editor's (LaTeX, JSON Resume), the highlights go on the ATS view instead. */
function spansOnEditor(report, text = page.reportText) {
  return report.text === null || report.text === undefined || report.text === text;
}

/** The index in `findings` of the finding the user had selected (same rule, same place after
 *  the edit), or -1. */
function carrySelection(findings) {
  const previous = page.selected >= 0 ? editor.findings[page.selected] : undefined;
  if (!previous) return -1;
  const start = previous.utf16 ? previous.utf16.start : null;
  return findings.findIndex((f) => f.rule === previous.rule && (f.utf16 ? f.utf16.start : null) === start);
}

function renderReport(report, text) {
  const onEditor = spansOnEditor(report);
  page.selected = onEditor ? carrySelection(report.findings || []) : -1;
  editor.selected = onEditor ? page.selected : -1;
  editor.setFindings(onEditor ? report.findings : [], text);
  const note = $('editor-note');
  note.hidden = onEditor;
  note.textContent = onEditor
    ? ''
    : `The analyzer read this ${formatName(report.input && report.input.format)} as plain text; the highlights are on that text, in the ATS view below.`;
  renderSample(text);
  renderScore(report);
  renderTopFixes(report);
  renderFindings(report);
  renderDetails(page.selected);
  renderBullets(report);
  renderKeywords(report);
  renderMatch(report);
  renderAts(report, text);
}

function formatName(format) {
  return { 'json-resume': 'JSON Resume', latex: 'LaTeX source', text: 'text' }[format] || 'input';
}

/** The "Sample resume" banner (over the whole layout) while the editor holds the sample;
 *  "Load the sample" (by the editor's controls) otherwise. */
function renderSample(text = editor.value) {
  const isSample = text === SAMPLE_RESUME;
  $('sample-bar').hidden = !isSample;
  $('layout').classList.toggle('with-sample', isSample);
  $('load-sample').hidden = isSample;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The band the report puts the score in (an object, or an id into `bands`), or null. */
function scoreBand(score) {
  if (!score || !score.band) return null;
  if (typeof score.band === 'object') return score.band;
  return (score.bands || []).find((b) => b.id === score.band) || null;
}

function renderScore(report) {
  const score = report.score || {};
  const num = $('score').querySelector('.score-num');
  const overall = typeof score.overall === 'number' ? String(score.overall) : '–';
  if (num.textContent !== overall) num.textContent = overall; // aria-live: announce changes only
  const band = scoreBand(score);
  $('score').dataset.band = band ? band.id : 'none';
  $('band').textContent = band ? band.label : '';
  $('band').hidden = !band;
  $('band-meaning').textContent = band ? band.meaning : '';
  const bands = score.bands || [];
  fill($('band-scale'),
    ...bands.map((b) =>
      h(
        'li',
        { className: `band-step band-${b.id}${band && b.id === band.id ? ' current' : ''}`, 'aria-current': band && b.id === band.id ? 'true' : undefined },
        h('span', { className: 'band-label' }, b.label),
        h('span', { className: 'band-range' }, `${b.min}–${b.max}`),
      ),
    ),
  );
  $('band-scale').hidden = bands.length === 0;
  const parts = (score.parts || []).map((part) => {
    const fill = h('span', { className: 'bar-fill' });
    fill.style.width = `${Math.max(0, Math.min(100, part.score))}%`;
    return h(
      'li',
      { className: 'part', dataset: { category: part.category } },
      h('span', { className: 'part-name' }, titleCase(part.category)),
      h('span', { className: 'bar', 'aria-hidden': 'true' }, fill),
      h('span', { className: 'part-score' }, `${part.score}`),
      h('span', { className: 'part-lost' }, part.lost ? `−${part.lost} of 100` : 'nothing lost', ` · ${part.weight}% of the score`),
    );
  });
  $('parts').replaceChildren(...parts);
  const input = report.input || {};
  const bits = [];
  if (input.level) {
    bits.push(`${titleCase(input.level)} level${input.levelInferred ? ' (inferred)' : ''}`);
    const auto = $('level').querySelector('option[value=""]');
    auto.textContent = input.levelInferred ? `Auto (${input.level})` : 'Auto';
  }
  if (input.experienceMonths) bits.push(`${(input.experienceMonths / 12).toFixed(1)} years of experience`);
  if (typeof input.words === 'number') bits.push(plural(input.words, 'word'));
  if (input.pages) bits.push(plural(input.pages, 'page'));
  if (input.format) bits.push(formatName(input.format));
  $('input-summary').textContent = bits.join(' · ');
}

/** The report's groups, or [] (an older engine without them). */
function groupsOf(report) {
  return Array.isArray(report.groups) ? report.groups : [];
}

function pointsText(points) {
  return points ? `+${plural(points, 'point')}` : 'no points';
}

/** The first three of the report's ranked fixes, each a button to its first place. */
function renderTopFixes(report) {
  const groups = groupsOf(report);
  const top = (report.topFixes || []).map((g) => [groups[g], g]).filter(([g]) => g).slice(0, 3);
  const items = top.map(([g, gi], n) =>
    h(
      'li',
      { className: `top-fix sev-${g.severity}` },
      h(
        'button',
        { type: 'button', className: 'top-fix-go', dataset: { key: `top:${g.rule}`, group: String(gi) } },
        h('span', { className: 'top-fix-rank', 'aria-hidden': 'true' }, String(n + 1)),
        h('span', { className: 'top-fix-text' }, h('span', { className: 'top-fix-message' }, g.message), h('span', { className: 'top-fix-fix' }, g.fix)),
        h('span', { className: 'top-fix-points' }, pointsText(g.points)),
      ),
    ),
  );
  if (items.length === 0) {
    items.push(h('li', { className: 'muted' }, groups.length ? 'Nothing here costs points: the findings below are polish.' : 'Nothing to fix.'));
  }
  replaceKeepingFocus($('top-fixes'), items);
}

$('top-fixes').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-group]');
  if (button) goToGroup(Number(button.dataset.group));
});

/** Open group `gi` in the findings list and select its first place in the text. */
function goToGroup(gi) {
  const report = page.report;
  const group = report && groupsOf(report)[gi];
  if (!group) return;
  page.expanded.add(group.rule);
  renderFindings(report);
  const first = group.findings.find((i) => report.findings[i]);
  if (first !== undefined) focusFinding(first, { moveFocus: spansOnEditor(report) && Boolean(report.findings[first].utf16) });
}

// A real resume has tens of findings. A text at the analyzer's limits (10,000 lines of "- x")
// has 30,000: listing them all took ~4 s of layout on every re-analysis. The lists show the
// first LIST_LIMIT; the exports hold every one.
const LIST_LIMIT = 300;

function capped(items) {
  return items.length > LIST_LIMIT ? items.slice(0, LIST_LIMIT) : items;
}

function moreLine(shown, total, what) {
  return h(
    'li',
    { className: 'muted more-line' },
    `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what}. Export the report (JSON or Markdown) for all of them.`,
  );
}

function findingText(report, finding) {
  const span = finding.utf16;
  if (!span) return '';
  const source = report.text ?? page.reportText;
  return source.slice(span.start, span.end);
}

/** "003" → "seed 003"; "000, 004" → "seeds 000, 004"; other sources as they are. */
function sourceText(source) {
  if (typeof source !== 'string' || source.trim() === '') return '';
  if (!/^\d/.test(source)) return source;
  return `${source.includes(',') ? 'guides' : 'guide'} ${source} (seed${source.includes(',') ? 's' : ''})`;
}

function ruleMeta(report, id) {
  return (report.rules || []).find((r) => r.id === id);
}

/** Where a finding is, in a few words: its text (shortened), or "the whole resume". */
function placeLabel(report, f) {
  const quoted = findingText(report, f).replace(/\s+/g, ' ').trim();
  if (!quoted) return 'The whole resume';
  return quoted.length > 90 ? `“${quoted.slice(0, 88)}…”` : `“${quoted}”`;
}

/** The rule behind a finding or group, for those who want it: id, name, why, source. */
function ruleDetails(report, ruleId) {
  const meta = ruleMeta(report, ruleId) || {};
  const source = sourceText(meta.source);
  return h(
    'details',
    { className: 'rule-details' },
    h('summary', {}, 'Why this matters'),
    meta.explanation ? h('p', {}, meta.explanation) : null,
    h('p', { className: 'muted' }, 'Rule ', h('span', { className: 'rule-id' }, ruleId), meta.name ? ` (${meta.name})` : '', source ? ` · Source: ${source}` : ''),
  );
}

function renderFindings(report) {
  const groups = groupsOf(report);
  const findings = report.findings || [];
  $('findings-count').textContent = `(${plural(groups.length, 'item')}, ${plural(findings.length, 'place')})`;
  const items = capped(groups).map((g, gi) => {
    const open = page.expanded.has(g.rule);
    const bodyId = `group-${gi}`;
    const places = capped(g.findings.filter((i) => findings[i])).map((i) => {
      const f = findings[i];
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: `finding${i === page.selected ? ' current' : ''}`,
            'aria-current': i === page.selected ? 'true' : undefined,
            dataset: { key: `finding:${i}:${f.rule}`, index: String(i) },
          },
          h('span', { className: 'place' }, placeLabel(report, f)),
          g.count > 1 && f.message && f.message !== g.message ? h('span', { className: 'finding-message' }, f.message) : null,
        ),
      );
    });
    return h(
      'li',
      { className: `group sev-${g.severity}`, dataset: { rule: g.rule } },
      h(
        'button',
        { type: 'button', className: 'group-toggle', 'aria-expanded': String(open), 'aria-controls': bodyId, dataset: { key: `group:${g.rule}`, group: String(gi) } },
        severityBadge(g.severity),
        h('span', { className: 'group-message' }, g.message),
        h('span', { className: 'points' }, pointsText(g.points)),
      ),
      h('p', { className: 'group-fix' }, g.fix),
      h('div', { className: 'group-body', id: bodyId, hidden: !open }, h('ol', { className: 'places', 'aria-label': `Places: ${g.message}` }, ...places), ruleDetails(report, g.rule)),
    );
  });
  if (items.length === 0) items.push(h('li', { className: 'muted' }, 'No findings.'));
  if (items.length < groups.length) items.push(moreLine(items.length, groups.length, 'items'));
  replaceKeepingFocus($('findings'), items);
}

const DETAILS_PROMPT = 'Select a place to read what to change there.';

function severityName(severity) {
  return { error: 'Serious', warning: 'Weakens the resume', info: 'Worth a look' }[severity] || titleCase(severity);
}

function severityBadge(severity) {
  return h('span', { className: `badge sev-${severity}` }, severityName(severity));
}

function renderDetails(index) {
  const box = $('details');
  const report = page.report;
  const f = report && report.findings ? report.findings[index] : undefined;
  if (!f) {
    fill(box, h('p', { className: 'muted' }, DETAILS_PROMPT));
    return;
  }
  const quoted = findingText(report, f);
  const bullet = typeof f.bullet === 'number' && report.bullets ? report.bullets[f.bullet] : undefined;
  fill(box, 
    h('p', { className: 'details-message' }, severityBadge(f.severity), ' ', f.message),
    quoted ? h('blockquote', {}, quoted.length > 240 ? `${quoted.slice(0, 240)}…` : quoted) : null,
    f.fix ? h('p', {}, h('strong', {}, 'Fix: '), f.fix) : null,
    bullet && bullet.hint ? h('p', {}, h('strong', {}, 'Rewrite: '), bullet.hint) : null,
    f.points ? h('p', { className: 'muted' }, `Fixing this gives back ${plural(f.points, 'point')} of its part.`) : null,
    ruleDetails(report, f.rule),
  );
}

/** Select finding `index`: mark it, select its text, show its details. */
function focusFinding(index, { fromEditor = false, moveFocus = false } = {}) {
  const report = page.report;
  if (!report || !report.findings || !report.findings[index]) return;
  page.selected = index;
  if (spansOnEditor(report)) {
    if (fromEditor) editor.setCurrent(index);
    else editor.select(index, { focus: moveFocus });
  } else {
    renderAts(report, page.reportText);
    revealInAts(index);
  }
  const group = groupsOf(report).find((g) => g.findings.includes(index));
  if (group && !page.expanded.has(group.rule)) {
    page.expanded.add(group.rule);
    renderFindings(report);
  }
  for (const button of $('findings').querySelectorAll('button.finding')) {
    const on = Number(button.dataset.index) === index;
    button.classList.toggle('current', on);
    if (on) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  renderDetails(index);
}

$('findings').addEventListener('click', (event) => {
  const toggle = event.target.closest('button.group-toggle');
  if (toggle) {
    const group = groupsOf(page.report)[Number(toggle.dataset.group)];
    if (!group) return;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    if (open) page.expanded.add(group.rule);
    else page.expanded.delete(group.rule);
    toggle.setAttribute('aria-expanded', String(open));
    $(toggle.getAttribute('aria-controls')).hidden = !open;
    return;
  }
  const button = event.target.closest('button.finding');
  if (button) {
    const index = Number(button.dataset.index);
    focusFinding(index, { moveFocus: spansOnEditor(page.report) && Boolean(page.report.findings[index].utf16) });
  }
});

$('resume').addEventListener('keydown', (event) => {
  const direction = findingShortcut(event);
  if (!direction) return;
  event.preventDefault();
  const next = editor.step(direction);
  if (next >= 0) focusFinding(next);
});

/** What the report says is wrong with bullet `i`: its findings' messages. */
function bulletFindings(report, i) {
  return (report.findings || []).filter((f) => f.bullet === i && f.message);
}

function renderBullets(report) {
  const bullets = report.bullets || [];
  const source = report.text ?? page.reportText;
  $('bullets-count').textContent = `(${bullets.length})`;
  const items = capped(bullets).map((b, i) => {
    const span = b.utf16 || { start: 0, end: 0 };
    const text = source.slice(span.start, span.end);
    const problems = bulletFindings(report, i);
    return h(
      'li',
      { className: 'bullet' },
      h('span', { className: `grade grade-${b.grade}` }, h('span', { className: 'visually-hidden' }, 'Grade '), b.grade),
      h(
        'div',
        { className: 'bullet-body' },
        h(
          'button',
          { type: 'button', className: 'linkish', dataset: { key: `bullet:${i}`, start: span.start, end: span.end } },
          text.length > 200 ? `${text.slice(0, 200)}…` : text,
        ),
        problems.length ? h('ul', { className: 'bullet-problems' }, ...problems.map((f) => h('li', {}, f.message))) : null,
        b.hint ? h('p', { className: 'hint' }, h('strong', {}, 'Try: '), b.hint) : null,
        b.grade !== 'A' && spansOnEditor(report)
          ? h('button', { type: 'button', className: 'rewrite', dataset: { key: `rewrite:${i}`, bullet: String(i) }, 'aria-label': `Rewrite: ${text.slice(0, 60)}` }, 'Rewrite')
          : null,
      ),
    );
  });
  if (items.length === 0) items.push(h('li', { className: 'muted' }, 'No bullets found. Start achievement lines with "- ".'));
  if (items.length < bullets.length) items.push(moreLine(items.length, bullets.length, 'bullets'));
  replaceKeepingFocus($('bullets'), items);
}

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
// The bullet workbench: one bullet in its own box. As the user types, the resume with the draft
// in the bullet's place is analyzed (the engine grades it; nothing here judges a bullet), and
// the draft's grade and what is still missing are shown. "Replace in resume" puts the draft in
// the editor as an edit the browser can undo (Ctrl+Z), and the page's Undo restores it too.
// Only what the user typed goes in: the box starts from the bullet's own words.

const workbench = { open: false, start: 0, end: 0, base: '', grade: '', sequence: 0, timer: 0 };

/** A bullet's span starts at its marker ("- ", "• ", "1. "): the box holds the words after it. */
const BULLET_MARKER = /^[-*•·‣▪◦–—]\s+|^\d{1,2}[.)]\s+/u;

function openWorkbench(i) {
  const report = page.report;
  const b = report && report.bullets ? report.bullets[i] : undefined;
  if (!b || !b.utf16 || !spansOnEditor(report)) return;
  const text = editor.value;
  const bullet = text.slice(b.utf16.start, b.utf16.end);
  const marker = BULLET_MARKER.exec(bullet);
  const start = b.utf16.start + (marker ? marker[0].length : 0);
  Object.assign(workbench, { open: true, start, end: b.utf16.end, base: text, grade: b.grade });
  $('workbench').hidden = false;
  const field = $('workbench-text');
  field.value = text.slice(start, b.utf16.end);
  renderWorkbenchGrade(b, bulletFindings(report, i), true);
  field.focus();
  $('workbench').scrollIntoView({ block: 'nearest' });
}

function closeWorkbench() {
  workbench.open = false;
  workbench.sequence += 1;
  clearTimeout(workbench.timer);
  $('workbench').hidden = true;
}

/** The three parts of a bullet (the XYZ formula), as the page names them, and what to ask
 *  when one is missing. */
const XYZ = [
  ['x', 'What changed', 'What did you build, fix or change?'],
  ['y', 'How much', 'By how much? A figure you measured: before → after, %, users, requests, money.'],
  ['z', 'How', 'How did you do it? The technique or technology.'],
];

/** The bullet's parts as the report found them in `text` (quoted), each missing one as its
 *  question; nothing when the report has no parts for it. */
function renderParts(bullet, text) {
  const parts = bullet && bullet.parts;
  const box = $('workbench-parts');
  if (!parts) {
    fill(box);
    return;
  }
  const quote = (p) => (p && p.utf16 ? text.slice(p.utf16.start, p.utf16.end) : '');
  const found = { x: quote(parts.x), y: (parts.y || []).map(quote).filter(Boolean).join(' · '), z: quote(parts.z) };
  const missing = new Set(parts.missing || []);
  fill(
    box,
    h(
      'dl',
      { className: 'xyz' },
      ...XYZ.map(([key, label, question]) =>
        h(
          'div',
          { className: `xyz-part ${missing.has(key) || !found[key] ? 'missing' : 'present'}`, dataset: { part: key } },
          h('dt', {}, label),
          h('dd', {}, missing.has(key) || !found[key] ? h('span', { className: 'xyz-question' }, question) : `“${found[key]}”`),
        ),
      ),
    ),
    parts.explanation ? h('p', { className: 'help' }, parts.explanation) : null,
  );
}

/** The draft's grade (from the engine's report on the resume with the draft in place) and the
 *  findings still on it. */
function renderWorkbenchGrade(bullet, problems, unchanged = false, text = workbench.base) {
  const box = $('workbench-grade');
  renderParts(bullet, text);
  if (!bullet) {
    fill(box, h('p', { className: 'muted' }, 'This draft does not read as one bullet: keep it to one line.'));
    return;
  }
  fill(
    box,
    h(
      'p',
      { className: 'workbench-now' },
      h('span', { className: `grade grade-${bullet.grade}` }, h('span', { className: 'visually-hidden' }, 'Grade '), bullet.grade),
      unchanged ? ' Its grade now.' : bullet.grade === workbench.grade ? ` Same grade as before (${workbench.grade}).` : ` Was ${workbench.grade}.`,
    ),
    problems.length
      ? h('ul', { className: 'bullet-problems' }, ...problems.map((f) => h('li', {}, f.message, f.fix ? h('span', { className: 'fix' }, ` ${f.fix}`) : null)))
      : h('p', { className: 'workbench-ok' }, 'Nothing left to fix in this bullet.'),
    bullet.hint ? h('p', { className: 'hint' }, h('strong', {}, 'Try: '), bullet.hint) : null,
  );
}

function draftText() {
  // One bullet is one line: a line break typed in the box becomes a space.
  return $('workbench-text').value.replace(/\s*\n\s*/g, ' ');
}

async function gradeDraft() {
  if (!workbench.open) return;
  const sequence = ++workbench.sequence;
  const draft = draftText();
  const text = workbench.base.slice(0, workbench.start) + draft + workbench.base.slice(workbench.end);
  try {
    const report = await analyze(text, currentOptions(workbench.base));
    if (sequence !== workbench.sequence) return;
    // The draft's bullet: the one that covers where the draft starts.
    const i = (report.bullets || []).findIndex((b) => b.utf16 && b.utf16.start <= workbench.start && workbench.start <= b.utf16.end);
    renderWorkbenchGrade(report.bullets[i], i >= 0 ? bulletFindings(report, i) : [], false, text);
  } catch (error) {
    if (sequence === workbench.sequence) fill($('workbench-grade'), h('p', { className: 'muted' }, errorMessage(error)));
  }
}

$('workbench-text').addEventListener('input', () => {
  clearTimeout(workbench.timer);
  workbench.timer = setTimeout(gradeDraft, 120);
});

$('workbench-cancel').addEventListener('click', closeWorkbench);

$('workbench-replace').addEventListener('click', () => {
  if (!workbench.open) return;
  if (editor.value !== workbench.base) {
    fill($('workbench-grade'), h('p', {}, 'The resume changed since this bullet was opened: open it again from the list.'));
    return;
  }
  const draft = draftText();
  page.undo = snapshot('replacing a bullet');
  const field = editor.textarea;
  field.focus({ preventScroll: true });
  field.setSelectionRange(workbench.start, workbench.end);
  // insertText keeps the change on the textarea's own undo stack (Ctrl+Z); where a browser
  // refuses it, setRangeText and an input event do the same without it.
  let inserted = false;
  try {
    inserted = document.execCommand('insertText', false, draft);
  } catch {
    inserted = false;
  }
  if (!inserted || field.value !== workbench.base.slice(0, workbench.start) + draft + workbench.base.slice(workbench.end)) {
    field.value = workbench.base;
    field.setRangeText(draft, workbench.start, workbench.end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  }
  closeWorkbench();
  fileStatus('Replaced the bullet in your resume.', { undo: true });
  editor.revealOffset(workbench.start);
});

// Keyword coverage: one horizontal bar per Tier-1 class, the seed's range drawn behind it, in
// the page's own <svg id="coverage"> (its namespace is where new chart elements go).
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS($('coverage').namespaceURI, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One bar per class, the seed's range behind it. Drawn in CSS pixels (the SVG is not scaled),
 *  so its text stays readable; narrow screens put each label above its bar. */
function renderCoverageChart(chart, classes, width) {
  const narrow = width < 480;
  const labelWidth = narrow ? 0 : 150;
  const countWidth = narrow ? 0 : 160;
  const barWidth = Math.max(80, width - labelWidth - countWidth - 4);
  const rowHeight = narrow ? 44 : 28;
  const barTop = narrow ? 22 : 5;
  const height = classes.length * rowHeight + 4;
  const max = Math.max(8, ...classes.map((c) => Math.max(c.occurrences || 0, c.density ? c.density.max : 0)));
  const scale = (n) => (n / max) * barWidth;
  const described = classes
    .map((c) => `${c.label || c.class}: ${c.occurrences} (${c.density ? `target ${c.density.min}–${c.density.max}` : 'no target'}), ${c.status || ''}`)
    .join('; ');
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('width', width);
  chart.setAttribute('height', height);
  chart.setAttribute('aria-label', `Tier-1 signal-class coverage. ${described}`);
  chart.replaceChildren();
  classes.forEach((c, i) => {
    const y = i * rowHeight + 2;
    const row = svg('g', { class: `row status-${c.status || 'unknown'}` });
    const target = c.density ? ` · target ${c.density.min}–${c.density.max}` : '';
    const status = c.status && c.status !== 'ok' ? ` ${c.status}` : '';
    const count = `${c.occurrences || 0}${target}${status}`;
    row.append(svg('text', { x: 0, y: y + (narrow ? 14 : 18), class: 'label' }, c.label || titleCase(c.class)));
    row.append(svg('rect', { x: labelWidth, y: y + barTop, width: barWidth, height: 16, class: 'track', rx: 3 }));
    if (c.density) {
      row.append(
        svg('rect', {
          x: labelWidth + scale(c.density.min),
          y: y + barTop - 3,
          width: Math.max(2, scale(c.density.max - c.density.min)),
          height: 22,
          class: 'target',
          rx: 3,
        }),
      );
    }
    row.append(svg('rect', { x: labelWidth, y: y + barTop + 3, width: scale(c.occurrences || 0), height: 10, class: 'value', rx: 2 }));
    row.append(
      narrow
        ? svg('text', { x: width, y: y + 14, class: 'count', 'text-anchor': 'end' }, count)
        : svg('text', { x: labelWidth + barWidth + 8, y: y + 18, class: 'count' }, count),
    );
    chart.append(row);
  });
}

function drawCoverage(classes) {
  const box = $('coverage-chart');
  const width = Math.floor(Math.min(560, box.clientWidth || 560));
  $('coverage').toggleAttribute('hidden', classes.length === 0); // an SVG element has no .hidden
  $('coverage-empty').hidden = classes.length > 0;
  renderCoverageChart($('coverage'), classes, width);
}

let coverageWidth = 0;
window.addEventListener('resize', () => {
  const width = $('coverage-chart').clientWidth;
  if (page.report && width !== coverageWidth) {
    coverageWidth = width;
    drawCoverage((page.report.keywords || {}).classes || []);
  }
});

/** "skills", "bullets" → where a term would go, in words. */
const PLACES = { skills: 'the Skills section', bullets: 'a bullet of your latest role', summary: 'the summary', experience: 'a bullet of your latest role' };

function placesText(placement) {
  const list = (Array.isArray(placement) ? placement : placement ? [placement] : []).map((p) => PLACES[p] || p).filter(Boolean);
  return list.join(' or ');
}

function renderKeywords(report) {
  const k = report.keywords || {};
  const bits = [];
  if (typeof k.tier1Distinct === 'number') {
    const t = k.tier1Target;
    bits.push(
      `${plural(k.tier1Distinct, 'core backend term')}${t && t.target ? ` (the guides suggest ${t.target.min}–${t.target.max} for ${t.level ? `${t.level} level` : 'this level'})` : ''}`,
    );
  }
  if (typeof k.tier1InContext === 'number') bits.push(`${k.tier1InContext} used in a bullet or the summary`);
  $('keyword-summary').textContent = bits.join(' · ');
  drawCoverage(k.classes || []);
  const suggestions = k.suggestions || [];
  const chips = suggestions
    .filter((s) => s && typeof s.term === 'string' && s.term)
    .map((s, i) => {
      const where = placesText(s.placement);
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', className: 'chip', dataset: { key: `chip:${i}:${s.term}`, term: s.term }, 'aria-describedby': 'chips-help' },
          h('span', { className: 'chip-term' }, s.term),
          where ? h('span', { className: 'chip-where' }, ` · in ${where}`) : null,
        ),
      );
    });
  if (chips.length === 0) chips.push(h('li', { className: 'muted' }, 'No terms to suggest.'));
  replaceKeepingFocus($('chips'), chips);
  $('chips-help').hidden = suggestions.length === 0;
}

$('chips').addEventListener('click', async (event) => {
  const chip = event.target.closest('button.chip');
  if (!chip) return;
  const term = chip.dataset.term;
  const status = $('copy-status');
  try {
    if (!navigator.clipboard || !navigator.clipboard.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(term);
    status.replaceChildren('Copied ', h('q', {}, term), '. Add it only where it is true of your work.');
  } catch {
    // Clipboard blocked (permissions, insecure context): show the text, selected, to copy by hand.
    const field = h('input', { type: 'text', readonly: true, value: term, 'aria-label': 'Term to copy', className: 'copy-field' });
    status.replaceChildren('Copying is blocked here; press Ctrl+C (⌘C) to copy: ', field);
    field.focus();
    field.select();
  }
});

function findingListItem(f, i, scope) {
  return h(
    'li',
    { className: 'finding-item' },
    severityBadge(f.severity),
    h(
      'div',
      {},
      h('button', { type: 'button', className: 'linkish', dataset: { key: `${scope}:${i}:${f.rule}`, finding: String(i) } }, f.message),
      f.fix ? h('span', { className: 'fix' }, ` ${f.fix}`) : null,
    ),
  );
}

$('match').addEventListener('click', (event) => {
  const met = event.target.closest('button[data-requirement]');
  const requirement = met && page.report && page.report.match ? page.report.match.requirements[Number(met.dataset.requirement)] : null;
  if (requirement && requirement.resumeAt && spansOnEditor(page.report)) {
    const span = requirement.resumeAt.utf16;
    editor.textarea.focus({ preventScroll: true });
    editor.textarea.setSelectionRange(span.start, span.end);
    editor.revealOffset(span.start);
    return;
  }
  const button = event.target.closest('button[data-finding]');
  if (button) focusFinding(Number(button.dataset.finding), { moveFocus: spansOnEditor(page.report) });
});


/** The posting's requirements as highlights for the job description box: met ones green,
 *  missing required ones red, missing preferred ones amber. Each keeps its requirement index. */
function requirementMarks(requirements) {
  const marks = [];
  requirements.forEach((r, i) => {
    const state = r.matched ? 'met' : r.kind === 'required' ? 'missing' : 'missing-preferred';
    for (const span of r.utf16 || []) marks.push({ rule: `REQ-${i}`, severity: state, requirement: i, message: r.label, utf16: span });
  });
  return marks;
}

/** The job description pane: the posting with its requirements highlighted (in the box itself,
 *  or, for a posting whose readable text differs from the paste, in a copy under it), and the
 *  comparison table, one row per requirement, as the report gives them. */
function renderRequirements(report, m) {
  const requirements = m.requirements;
  const marks = requirementMarks(requirements);
  const own = m.text === null || m.text === undefined;
  jdEditor.setFindings(own ? marks : [], $('jd').value);
  const posting = $('jd-posting');
  posting.hidden = own;
  if (!own) renderHighlights(posting, m.text, marks);
  const need = (label, v) => (v && v.total ? `${label}: ${v.met} of ${v.total}` : null);
  const counts = [need('Required', m.required), need('Preferred', m.preferred)].filter(Boolean).join(' · ');
  const rows = requirements.map((r, i) => {
    const where = r.onResume ? ` (${titleCase(r.onResume)})` : '';
    const has = r.matched
      ? h('button', { type: 'button', className: 'linkish req-met', dataset: { key: `req:${i}`, requirement: String(i) } }, `✓ ${r.matched}${where}`)
      : h('span', { className: 'req-missing' }, 'Not on your resume');
    const todo = r.counter
      ? 'A frontend requirement of this posting, not backend core.'
      : r.suggestedPlace
        ? `If you have used it, add it to ${r.suggestedPlace}.`
        : r.matched
          ? 'Nothing to do.'
          : 'Only if it is true of your work.';
    return h(
      'tr',
      { className: `req req-${r.matched ? 'met' : r.kind === 'required' ? 'missing' : 'missing-preferred'}` },
      h('th', { scope: 'row' }, r.label, r.years ? h('span', { className: 'req-years' }, ` · ${r.years}+ years`) : null),
      h('td', {}, r.kind === 'required' ? 'Required' : 'Preferred'),
      h('td', {}, has),
      h('td', {}, todo),
    );
  });
  return [
    h('p', { className: 'match-rate' }, h('span', { className: 'rate-num' }, `${m.rate}%`), ` of the posting's ${plural(m.total, 'requirement')} are on your resume. `, counts),
    h(
      'ul',
      { className: 'legend', 'aria-label': 'What the colours in the posting mean' },
      h('li', {}, h('span', { className: 'swatch sev-met', 'aria-hidden': 'true' }), ' On your resume'),
      h('li', {}, h('span', { className: 'swatch sev-missing', 'aria-hidden': 'true' }), ' Required, missing'),
      h('li', {}, h('span', { className: 'swatch sev-missing-preferred', 'aria-hidden': 'true' }), ' Preferred, missing'),
    ),
    requirements.length
      ? h(
          'div',
          { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Requirements compared with your resume' },
          h(
            'table',
            { className: 'requirements' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'The posting asks for'), h('th', { scope: 'col' }, 'Need'), h('th', { scope: 'col' }, 'Your resume'), h('th', { scope: 'col' }, 'What to do'))),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', { className: 'muted' }, 'No requirements found in this posting.'),
  ];
}

/** The title line: the posting's title against the resume's, in the report's words. */
const TITLE_STATUS = {
  exact: 'the same title',
  close: 'close: same specialisation, a different level or wording',
  different: 'a different title',
  missing: 'the resume shows no title',
};

function titleLine(t) {
  if (!t || !t.jd || !TITLE_STATUS[t.status]) return null;
  const yours = t.resume ? `; yours: “${t.resume}”` : '';
  return h('p', {}, h('strong', {}, 'Title: '), `the posting asks for “${t.jd}${t.level ? ` ${t.level}` : ''}”${yours} (${TITLE_STATUS[t.status]}).`);
}

function renderMatch(report) {
  const box = $('match');
  const m = report.match;
  if (!m) {
    jdEditor.setFindings([], $('jd').value);
    $('jd-posting').hidden = true;
    fill(box, h('p', { className: 'muted' }, 'Paste a job description above to see which of its requirements your resume meets.'));
    return;
  }
  const rows = renderRequirements(report, m);
  rows.push(titleLine(m.title));
  const spelling = (m.spelling || []).filter((t) => t && t.jd && t.resume);
  if (spelling.length) {
    rows.push(
      h('h4', {}, `Spelled differently from the posting (${spelling.length})`),
      h('ul', { className: 'term-list' }, ...spelling.map((t) => h('li', {}, `${t.jd} (you wrote ${t.resume})`))),
    );
  }
  const findings = (report.findings || []).map((f, i) => [f, i]).filter(([f]) => f.category === 'match');
  if (findings.length) {
    const items = capped(findings).map(([f, i]) => findingListItem(f, i, 'm'));
    if (items.length < findings.length) items.push(moreLine(items.length, findings.length, 'match findings'));
    rows.push(h('ul', { className: 'plain-list' }, ...items));
  }
  replaceKeepingFocus(box, rows);
}

const ATS_HELP = 'The plain text an applicant tracking system reads from your resume.';

function renderAts(report, text) {
  const ats = $('ats');
  const view = report.ats || {};
  if (page.file) {
    const marked = (view.breaks || []).length ? ' Marked: where it reads across columns (interleaving them) or where text is lost.' : '';
    $('ats-help').textContent = `The plain text an applicant tracking system reads from ${page.file.name}, in the order it reads it.${marked}`;
  }
  // Where a reader had to guess the reading order (interleaved columns), marked like findings.
  const breaks = (view.breaks || []).map((b) => ({
    rule: 'ATS-READING-ORDER',
    severity: 'info',
    message: 'Reading order guessed here (columns interleaved).',
    utf16: b.utf16,
  }));
  if (spansOnEditor(report, text)) {
    if (breaks.length) renderHighlights(ats, text, [...(report.findings || []).map((f) => ({ ...f, utf16: null })), ...breaks]);
    else ats.textContent = text;
  } else {
    renderHighlights(ats, report.text, [...(report.findings || []), ...breaks], page.selected);
  }
  const notes = view.notes || [];
  $('ats-notes').hidden = notes.length === 0;
  $('ats-notes').replaceChildren(...notes.map((note) => h('li', {}, note)));
}

function revealInAts(index) {
  const mark = $('ats').querySelector(`mark[data-finding="${index}"]`);
  if (mark) mark.scrollIntoView({ block: 'nearest' });
}

// ---------------------------------------------------------------------------------------------
// Hover tooltip over highlights: every finding on the hovered text, one line each.

function showTooltip(index, x, y, all = index >= 0 ? [index] : []) {
  const tip = $('tooltip');
  const findings = page.report && page.report.findings ? page.report.findings : [];
  const shown = all.map((i) => findings[i]).filter((f) => f && f.message);
  if (shown.length === 0) {
    tip.hidden = true;
    return;
  }
  fill(tip, 
    h(
      'ul',
      { className: 'tip-list' },
      ...shown.map((f) =>
        h('li', { className: `tip-item sev-${f.severity}` }, h('span', { className: 'tip-sev' }, `${severityName(f.severity)}: `), f.message, f.fix ? h('span', { className: 'tip-fix' }, ` ${f.fix}`) : null),
      ),
    ),
    h('span', { className: 'tip-more' }, 'Click the text for details.'),
  );
  tip.hidden = false;
  const pad = 14;
  const rect = tip.getBoundingClientRect();
  const left = Math.min(x + pad, window.innerWidth - rect.width - 8);
  const top = y + pad + rect.height > window.innerHeight ? y - rect.height - pad : y + pad;
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${Math.max(8, top)}px`;
}

// The pointer stays put while the page scrolls under it: hide the tip rather than misplace it.
window.addEventListener('scroll', () => showTooltip(-1), { capture: true, passive: true });

// ---------------------------------------------------------------------------------------------
// Files. Text formats are decoded here; a .docx is read in Rust (inside the .wasm); a PDF's text
// items come from PDF.js (loaded only when a PDF is opened) and are laid out in Rust. The file's
// content decides the reader where it is clear (a PDF named .txt is still a PDF), as in the CLI.

const TEXT_FORMATS = { txt: 'text', text: 'text', md: 'text', markdown: 'text', json: 'json-resume', tex: 'latex', yaml: 'yaml', yml: 'yaml' };
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// The .docx reader's own limit (crates/docx MAX_FILE_BYTES); PDFs get the same.
const MAX_BINARY_BYTES = 16 * 1024 * 1024;
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'avif', 'svg', 'ico']);
const SUPPORTED = 'Open a .pdf, .docx, .txt, .md, .json (JSON Resume), .yaml (RenderCV) or .tex file, or paste the text.';

/** An Error for the user; `kind` as the Rust readers name problems. */
function fileError(kind, message) {
  const error = new Error(message);
  error.kind = kind;
  return error;
}

function imageError(name) {
  return fileError(
    'image',
    `“${name}” is an image: an ATS cannot read it either; use a text-based PDF or DOCX (export it from Word, Google Docs or LaTeX), or paste the text.`,
  );
}

/** What the first bytes say the file is: 'pdf', 'zip' (a .docx), 'ole' (an old .doc or an
 *  encrypted .docx), 'image', or '' (unknown, maybe text). */
function sniff(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  const ascii = (at, text) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  // PDF readers accept junk before the header; so does PDF.js.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(0xff, 0xd8, 0xff) || // JPEG
    ascii(0, 'GIF8') ||
    (ascii(0, 'RIFF') && ascii(8, 'WEBP')) ||
    starts(0x49, 0x49, 0x2a, 0x00) || // TIFF
    starts(0x4d, 0x4d, 0x00, 0x2a) ||
    (ascii(4, 'ftyp') && ['heic', 'heix', 'mif1', 'avif'].some((brand) => ascii(8, brand)))
  ) {
    return 'image';
  }
  return '';
}

function readBytes(file, onProgress) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(new Uint8Array(reader.result));
    reader.onerror = () => reject(new Error(`Could not read ${file.name}: ${reader.error ? reader.error.message : 'unknown error'}.`));
    reader.readAsArrayBuffer(file);
  });
}

/** The message for a file the Rust readers refused, by kind. */
function readerMessage(name, error) {
  const message = error && error.message ? error.message : String(error);
  if (error && error.kind === 'legacy-doc') {
    return `“${name}” is an old binary Word file (.doc), which this page cannot read (nor can many ATSs): save it as .docx or PDF (in Word: File › Save As) and open that.`;
  }
  if (error && error.kind === 'pdf-reader') return message;
  // The readers' messages start "This .docx is …" or "password-protected PDF: …".
  const detail = message.startsWith('This ') ? `this${message.slice(4)}` : message;
  return `Cannot open “${name}”: ${detail}`;
}

/** Read a .docx / .doc (Rust tells an old .doc from an encrypted .docx) or a PDF. */
async function readBinary(name, bytes, kind, onPage) {
  try {
    if (kind === 'pdf') {
      const { text, layout } = await readPdf(bytes, { onPage });
      const pages = layout && layout.pages ? `, ${layout.pages} page${layout.pages === 1 ? '' : 's'}` : '';
      return { text, format: 'text', layout, label: `PDF${pages}` };
    }
    const { text, layout } = await readDocx(bytes);
    return { text, format: 'text', layout, label: 'Word document' };
  } catch (error) {
    throw fileError(error && error.kind ? error.kind : 'unreadable', readerMessage(name, error));
  }
}

/** Read a dropped or picked file. Resolves to `{text, format, layout?, label}` (format as the
 *  engine names it; `layout` holds the facts a DOCX/PDF reader found), or rejects with an Error
 *  whose message tells the user what to do. `onProgress(fraction)` follows the reading of the
 *  bytes, `onPage(n, total)` the pages of a PDF. */
async function readFile(file, { onProgress, onPage } = {}) {
  const name = file.name || 'the file';
  const match = /\.([a-z0-9]+)$/i.exec(name);
  const ext = match ? match[1].toLowerCase() : '';
  if (IMAGE_EXTENSIONS.has(ext) || (!ext && /^image\//.test(file.type))) throw imageError(name);
  const binaryExt = { pdf: 'pdf', docx: 'zip', doc: 'ole' }[ext] || '';
  const textFormat = TEXT_FORMATS[ext] || (!ext && (/^text\//.test(file.type) || file.type === '') ? 'text' : '');
  if (!binaryExt && !textFormat && ext) {
    throw fileError('unsupported', `Cannot open “${name}”: .${ext} files are not supported. ${SUPPORTED}`);
  }
  const limit = binaryExt ? MAX_BINARY_BYTES : MAX_FILE_BYTES;
  if (file.size > limit) {
    throw fileError('too-large', `“${name}” is ${(file.size / 1048576).toFixed(1)} MB; a resume file is far smaller. Open the resume itself, or paste its text.`);
  }
  const bytes = await readBytes(file, onProgress);
  const content = sniff(bytes);
  if (content === 'image') throw imageError(name);
  if (content === 'pdf') return readBinary(name, bytes, 'pdf', onPage);
  if (content === 'zip' || content === 'ole' || binaryExt === 'zip' || binaryExt === 'ole') {
    return readBinary(name, bytes, 'docx', onPage);
  }
  if (binaryExt === 'pdf') {
    throw fileError('not-pdf', `Cannot open “${name}”: it is not a PDF (it does not start with %PDF-). Export the PDF again, or open the .docx or the text.`);
  }
  if (!textFormat) {
    throw fileError('unsupported', `Cannot open “${name}”: this file type is not supported. ${SUPPORTED}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw fileError('binary', `“${name}” is a binary file, not text. Save the resume as plain text (.txt) and open that.`);
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('encoding', `“${name}” is not UTF-8 text. Save it as UTF-8 (most editors offer this under "Save as") and open it again.`);
  }
  if (textFormat === 'yaml') {
    try {
      const yaml = await readYaml(text);
      return { text: yaml.text, format: 'text', layout: yaml.layout, label: 'YAML resume' };
    } catch (error) {
      throw fileError(error && error.kind ? error.kind : 'unreadable', readerMessage(name, error));
    }
  }
  return { text, format: textFormat, label: formatName(textFormat) };
}

function fileStatus(message, { progress, error = false, undo = false } = {}) {
  $('file-message').textContent = message;
  $('undo').hidden = !undo || !page.undo;
  const bar = $('file-progress');
  bar.hidden = progress === undefined;
  if (progress !== undefined) bar.value = Math.round(progress * 100);
  $('file-status').classList.toggle('error', error);
}

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
// Pastes past the analyzer's limits are refused before they reach the editor. The engine
// would refuse the text anyway (resume_analyzer::MAX_INPUT_BYTES, MAX_INPUT_LINES and
// MAX_JD_BYTES, read through `limits()`; it stays the judge), but by then the text is in the
// editor: 200,000 pasted lines hung the tab for minutes in the mirrored editor before the
// refusal could be shown. Typing never comes near them.

// The engine's own figures (`limits()`), read once it has loaded; until then nothing is
// refused here (the engine still refuses what is over).
let MAX_TEXT_BYTES = Infinity;
let MAX_TEXT_LINES = Infinity;
let MAX_JD_BYTES = Infinity;
limits().then(
  (l) => {
    MAX_TEXT_BYTES = l.maxInputBytes;
    MAX_TEXT_LINES = l.maxInputLines;
    MAX_JD_BYTES = l.maxJdBytes;
  },
  () => {},
);

/** UTF-8 length of `text` (what the engine's byte limits count). */
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Lines as the engine counts them (Rust's `str::lines`). */
function lineCount(text) {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines;
}

const number = (n) => n.toLocaleString('en-US');

/** Why `text` cannot go into the resume editor (kind 'resume') or the job description box
 *  ('jd'), or ''. */
function overLimit(text, kind) {
  const what = kind === 'jd' ? 'the job description' : 'the resume';
  const typical = kind === 'jd' ? 'a posting' : 'a resume';
  const alone = kind === 'jd' ? 'Paste the job posting on its own.' : 'Paste the resume on its own, or open its file.';
  const lines = lineCount(text);
  if (lines > MAX_TEXT_LINES) {
    return `With this paste ${what} would have ${number(lines)} lines; ${typical} has a few hundred at most and this analyzer accepts up to ${number(MAX_TEXT_LINES)}. ${alone}`;
  }
  const max = kind === 'jd' ? MAX_JD_BYTES : MAX_TEXT_BYTES;
  const bytes = text.length > max / 3 ? utf8Length(text) : 0;
  if (bytes > max) {
    return `With this paste ${what} would be ${number(Math.ceil(bytes / 1024))} KB; ${typical} is a few KB and this analyzer accepts up to ${number(max / 1024)} KB. ${alone}`;
  }
  return '';
}

/** Refuse an insertion (paste, drop, autocomplete) into `field` that would take it past the
 *  limits; `refused(message)` says so. Typing (one character at a time) is never checked. */
function guardInsertions(field, kind, refused) {
  field.addEventListener('beforeinput', (event) => {
    const data = event.data ?? (event.dataTransfer ? event.dataTransfer.getData('text/plain') : '');
    if (!data || data.length < 64 || !event.cancelable) return;
    const value = field.value;
    const message = overLimit(value.slice(0, field.selectionStart) + data + value.slice(field.selectionEnd), kind);
    if (!message) return;
    event.preventDefault();
    refused(message);
  });
}

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
// format and the opened file's facts from before come back.

function snapshot(what) {
  return { text: editor.value, format: $('format').value, formatFromFile: page.formatFromFile, file: page.file, what };
}

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
  if (!page.file) $('ats-help').textContent = ATS_HELP;
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
