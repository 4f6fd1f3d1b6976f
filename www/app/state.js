// What the page's modules share: the page's state, its two editors, the status line under the
// editor and the snapshot that "Undo" restores.
import { HighlightEditor, loadEngine } from '../resume-analyzer.js';
import { $ } from './dom.js';

// Start compiling the engine now, while the rest of the page's modules set the page up: the first
// report waits on it (index.html preloads the files; this starts the instantiation).
loadEngine().catch(() => {}); // a failure is reported by the first analysis

export const page = {
  report: null, // last good report (lean: no rules' metadata, no bullets' parts)
  rules: null, // every rule's metadata (rules()), loaded before the first report
  reportText: '', // the editor text that report analyzed
  selected: -1,
  sequence: 0,
  timer: 0,
  running: false, // an analysis is in flight
  firstDrawn: false, // a report has been drawn (the first draws its first screen first)
  restPending: false, // the panels under the first screen wait for the first paint
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

// The resume editor: a textarea over a backdrop of highlights. What its input, hover and caret
// do is wired in app.js.
export const editor = new HighlightEditor($('editor'));

// The job description box: the same highlighting editor, marking the posting's requirements.
export const jdEditor = new HighlightEditor($('jd-editor'));

export function fileStatus(message, { progress, error = false, undo = false } = {}) {
  $('file-message').textContent = message;
  $('undo').hidden = !undo || !page.undo;
  const bar = $('file-progress');
  bar.hidden = progress === undefined;
  if (progress !== undefined) bar.value = Math.round(progress * 100);
  $('file-status').classList.toggle('error', error);
}

// ---------------------------------------------------------------------------------------------
// Replacing the whole text (a file, "Clear", "Load the sample") can be undone: the text, the
// format and the opened file's facts from before come back.

export function snapshot(what) {
  return { text: editor.value, format: $('format').value, formatFromFile: page.formatFromFile, file: page.file, what };
}
