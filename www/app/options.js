// What the engine is asked: the options the controls set, and the layout facts of the opened
// file (a DOCX or PDF), kept in step with the edits to its text.
import { shiftFindings, todayOption } from '../resume-analyzer.js';
import { $ } from './dom.js';
import { page, editor } from './state.js';

/** The options the controls set (no file layout). */
export function baseOptions() {
  return {
    level: $('level').value || null,
    format: $('format').value || 'auto',
    jobDescription: $('jd').value,
    // "Present" in the resume means this month.
    today: todayOption(),
  };
}

export function currentOptions(text = editor.value) {
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

export function forgetFile() {
  page.file = null;
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

export function rememberFile(name, text, layout) {
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
