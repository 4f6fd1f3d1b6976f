// Rendering the report: the score, the top fixes, the findings and the selected one's details,
// the bullets, the ATS view, the tooltip over highlights, and the messages shown where the report
// would be when there is none to show. What is shown, in what order and with what wording comes
// from the report (groups, top fixes, bands, messages); this code only lays it out.
import { renderHighlights } from '../resume-analyzer.js';
import { $, h, fill, replaceKeepingFocus, titleCase, formatName, plural } from './dom.js';
import { page, editor } from './state.js';

/** An engine error as a sentence for the user. */
export function errorMessage(error) {
  // A trap inside the WebAssembly module (it should never happen: the engine returns errors as
  // values) says "unreachable" or "memory access out of bounds", which helps nobody.
  if (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) {
    return 'The analyzer stopped on this text (an internal error). Your text is kept: copy it somewhere safe and reload the page.';
  }
  return error && error.message ? error.message : String(error);
}

/** The editor's text cannot be analyzed: say why where the report would be, and keep the last
 *  good report below it, marked as stale (it is for an earlier text). */
export function showAnalysisError(error, text = editor.value) {
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

export function hideAnalysisError() {
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

export function showInputError(title, message) {
  const box = inputErrorBox();
  fill(box, 
    h('strong', {}, `${title} `),
    message,
    h('span', { className: 'box-note' }, page.report ? ' Your text and its report are unchanged.' : ' Your text is unchanged.'),
  );
  box.hidden = false;
}

export function hideInputError() {
  const box = $('input-error');
  if (box) box.hidden = true;
}

/** Spans index `report.text` when the report carries one, else the editor text. When that
 *  text is not the editor's (LaTeX, JSON Resume), the highlights go on the ATS view instead. */
export function spansOnEditor(report, text = page.reportText) {
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

/** The highlights on the editor, or, for a report on another text (LaTeX, JSON Resume), a note
 *  that they are in the ATS view. */
export function renderEditor(report, text) {
  const onEditor = spansOnEditor(report);
  page.selected = onEditor ? carrySelection(report.findings || []) : -1;
  editor.selected = onEditor ? page.selected : -1;
  editor.setFindings(onEditor ? report.findings : [], text);
  const note = $('editor-note');
  note.hidden = onEditor;
  note.textContent = onEditor
    ? ''
    : `The analyzer read this ${formatName(report.input && report.input.format)} as plain text; the highlights are on that text, in the ATS view below.`;
}

/** The band the report puts the score in (an object, or an id into `bands`), or null. */
function scoreBand(score) {
  if (!score || !score.band) return null;
  if (typeof score.band === 'object') return score.band;
  return (score.bands || []).find((b) => b.id === score.band) || null;
}

export function renderScore(report) {
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

/** What fixing a group gives back: "up to 8 points". Each group's points are counted alone
 *  (fixing one changes what another is worth), so they are a ceiling, not a share of a sum. */
function pointsText(points) {
  return points ? `up to +${plural(points, 'point')}` : 'no points';
}

/** The first three of the report's ranked fixes, each a button to its first place. */
export function renderTopFixes(report) {
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

export function capped(items) {
  return items.length > LIST_LIMIT ? items.slice(0, LIST_LIMIT) : items;
}

export function moreLine(shown, total, what) {
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

/** "003" → "seed 003"; "000, 004" → "seeds 000, 004" (the guides in docs/seeds, which the
 *  footer introduces); other sources ("common ATS guidance") as they are. */
function sourceText(source) {
  if (typeof source !== 'string' || source.trim() === '') return '';
  if (!/^\d/.test(source)) return source;
  return `seed${source.includes(',') ? 's' : ''} ${source}`;
}

/** A rule's metadata: from the report when it carries it, else from rules() (the page's
 *  reports are lean). */
function ruleMeta(report, id) {
  const byId = (r) => r.id === id;
  return (report.rules || []).find(byId) || (page.rules || []).find(byId);
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

export function renderFindings(report) {
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

export function severityBadge(severity) {
  return h('span', { className: `badge sev-${severity}` }, severityName(severity));
}

export function renderDetails(index) {
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
export function focusFinding(index, { fromEditor = false, moveFocus = false } = {}) {
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


/** What the report says is wrong with bullet `i`: its findings' messages. */
export function bulletFindings(report, i) {
  return (report.findings || []).filter((f) => f.bullet === i && f.message);
}

export function renderBullets(report) {
  // Lines that are not achievement bullets (skills and stack lines, Education) have no grade
  // and are not listed; a bullet keeps its index, which findings point at.
  const bullets = (report.bullets || []).map((b, i) => [b, i]).filter(([b]) => b.grade);
  const source = report.text ?? page.reportText;
  $('bullets-count').textContent = `(${bullets.length})`;
  const items = capped(bullets).map(([b, i]) => {
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

const ATS_HELP = 'The plain text an applicant tracking system reads from your resume.';

export function renderAts(report, text) {
  const ats = $('ats');
  const view = report.ats || {};
  const marked = (view.breaks || []).length ? ' Marked: where it reads across columns (interleaving them) or where text is lost.' : '';
  $('ats-help').textContent = page.file
    ? `The plain text an applicant tracking system reads from ${page.file.name}, in the order it reads it.${marked}`
    : ATS_HELP;
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
// The tooltip over highlights: every finding on the text under the pointer, or, for keyboard and
// touch users who have no hover, under the caret (a click, a tap, the arrow keys, F8), one line
// each.

/** Where the caret tip is anchored (a UTF-16 offset in the editor), or -1 when it is not shown. */
let caretTipAt = -1;

/** Fill the tooltip with findings `all` (indices), with `more` as its last line; false when
 *  none of them has a message (the tip is hidden). */
function fillTip(all, more) {
  const tip = $('tooltip');
  const findings = page.report && page.report.findings ? page.report.findings : [];
  const shown = all.map((i) => findings[i]).filter((f) => f && f.message);
  if (shown.length === 0) {
    tip.hidden = true;
    return false;
  }
  fill(tip,
    h(
      'ul',
      { className: 'tip-list' },
      ...shown.map((f) =>
        h('li', { className: `tip-item sev-${f.severity}` }, h('span', { className: 'tip-sev' }, `${severityName(f.severity)}: `), f.message, f.fix ? h('span', { className: 'tip-fix' }, ` ${f.fix}`) : null),
      ),
    ),
    h('span', { className: 'tip-more' }, more),
  );
  tip.hidden = false;
  return true;
}

/** The tip for the pointer at (x, y): below and right of it, or above when there is no room. */
export function showTooltip(index, x, y, all = index >= 0 ? [index] : []) {
  caretTipAt = -1;
  if (!fillTip(all, 'Click the text for details.')) return;
  const tip = $('tooltip');
  const pad = 14;
  const rect = tip.getBoundingClientRect();
  const left = Math.min(x + pad, window.innerWidth - rect.width - 8);
  const top = y + pad + rect.height > window.innerHeight ? y - rect.height - pad : y + pad;
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${Math.max(8, top)}px`;
}

/** The tip for the caret at UTF-16 offset `pos` on findings `all`: under the caret's line (over
 *  it when there is no room below), so the line being read stays visible. */
export function showCaretTip(pos, all) {
  if (!fillTip(all, 'The same findings, with why they matter, are selected under Findings. Esc closes this.')) {
    caretTipAt = -1;
    return;
  }
  caretTipAt = pos;
  placeCaretTip();
}

function placeCaretTip() {
  const tip = $('tooltip');
  const line = editor.offsetRect(caretTipAt);
  const box = document.querySelector('#editor').closest('.editor-scroll').getBoundingClientRect();
  // The caret's line scrolled out of the editor's box (or the page): nothing to point at.
  if (!line || line.bottom < box.top || line.top > box.bottom) {
    tip.hidden = true;
    return;
  }
  const rect = tip.getBoundingClientRect();
  const gap = 6;
  const left = Math.min(Math.max(8, line.left - 12), window.innerWidth - rect.width - 8);
  const below = line.bottom + gap;
  const top = below + rect.height > window.innerHeight ? line.top - rect.height - gap : below;
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${Math.max(8, top)}px`;
}

export function hideTooltip() {
  caretTipAt = -1;
  $('tooltip').hidden = true;
}

// The pointer stays put while the page scrolls under it: hide the pointer's tip rather than
// misplace it. The caret's tip follows its line (a phone scrolls the page when the keyboard
// opens).
window.addEventListener(
  'scroll',
  () => {
    if (caretTipAt >= 0 && !$('tooltip').hidden) placeCaretTip();
    else showTooltip(-1);
  },
  { capture: true, passive: true },
);
