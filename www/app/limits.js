// Pastes past the analyzer's limits are refused before they reach the editor. The engine
// would refuse the text anyway (resume_analyzer::MAX_INPUT_BYTES, MAX_INPUT_LINES and
// MAX_JD_BYTES, read through `limits()`; it stays the judge), but by then the text is in the
// editor: 200,000 pasted lines hung the tab for minutes in the mirrored editor before the
// refusal could be shown. Typing never comes near them.
import { limits } from '../resume-analyzer.js';

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
export function guardInsertions(field, kind, refused) {
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
