// The bullet workbench: one bullet in its own box. As the user types, the resume with the draft
// in the bullet's place is analyzed (the engine grades it; nothing here judges a bullet), and
// the draft's grade and what is still missing are shown. "Replace in resume" puts the draft in
// the editor as an edit the browser can undo (Ctrl+Z), and the page's Undo restores it too.
// Only what the user typed goes in: the box starts from the bullet's own words.
import { analyze } from '../resume-analyzer.js';
import { $, h, fill } from './dom.js';
import { page, editor, fileStatus, snapshot } from './state.js';
import { currentOptions } from './options.js';
import { bulletFindings, spansOnEditor, errorMessage } from './report.js';

const workbench = { open: false, start: 0, end: 0, base: '', grade: '', sequence: 0, timer: 0 };

/** A bullet's span starts at its marker ("- ", "• ", "1. "): the box holds the words after it. */
const BULLET_MARKER = /^[-*•·‣▪◦–—]\s+|^\d{1,2}[.)]\s+/u;

export function openWorkbench(i) {
  const report = page.report;
  const b = report && report.bullets ? report.bullets[i] : undefined;
  if (!b || !b.utf16 || !spansOnEditor(report)) return;
  const text = editor.value;
  const bullet = text.slice(b.utf16.start, b.utf16.end);
  const marker = BULLET_MARKER.exec(bullet);
  const start = b.utf16.start + (marker ? marker[0].length : 0);
  Object.assign(workbench, { open: true, start, end: b.utf16.end, base: text, grade: b.grade });
  workbench.sequence += 1;
  $('workbench').hidden = false;
  const field = $('workbench-text');
  field.value = text.slice(start, b.utf16.end);
  renderWorkbenchGrade(b, bulletFindings(report, i), true);
  field.focus();
  $('workbench').scrollIntoView({ block: 'nearest' });
  if (!b.parts) showFullParts(i, text);
}

/** The page's report is lean (no XYZ parts): the opened bullet's parts come from one full
 *  analysis of the same text. A draft typed meanwhile, or another bullet opened, wins. */
async function showFullParts(i, text) {
  const sequence = workbench.sequence;
  let full;
  try {
    full = await analyze(text, currentOptions(text));
  } catch (error) {
    if (sequence === workbench.sequence) fill($('workbench-parts'), h('p', { className: 'muted' }, errorMessage(error)));
    return;
  }
  if (sequence !== workbench.sequence || !workbench.open) return;
  const bullet = (full.bullets || [])[i];
  if (bullet) renderWorkbenchGrade(bullet, bulletFindings(full, i), true);
}

/** Close the workbench if the resume's text is no longer the one it was opened on: its bullet
 *  may have moved. */
export function closeWorkbenchIfMoved(text) {
  if (workbench.open && text !== workbench.base) closeWorkbench();
}

export function closeWorkbench() {
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
  if (!bullet.grade) {
    fill(box, h('p', { className: 'muted' }, 'This draft reads as a list, not an achievement: say what you did.'));
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
