// Reading a file the user opens or drops. Text formats are decoded here; a .docx is read in
// Rust (inside the .wasm); a PDF's text items come from PDF.js (loaded only when a PDF is
// opened) and are laid out in Rust. The file's content decides the reader where it is clear
// (a PDF named .txt is still a PDF), as in the CLI. Nothing here touches the page.
import { loadEngine, readDocx, readPdf, readYaml } from '../resume-analyzer.js';
import { formatName } from './dom.js';

const TEXT_FORMATS = { txt: 'text', text: 'text', md: 'text', markdown: 'text', json: 'json-resume', tex: 'latex', yaml: 'yaml', yml: 'yaml' };
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// The .docx reader's own limit (crates/docx MAX_FILE_BYTES); PDFs get the same.
const MAX_BINARY_BYTES = 16 * 1024 * 1024;
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'avif', 'svg', 'ico']);
const SUPPORTED = 'Open a .pdf, .docx, .txt, .md, .json (JSON Resume), .yaml (RenderCV) or .tex file, or paste the text.';

/** An Error for the user; `kind` as the Rust readers name problems. */
export function fileError(kind, message) {
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
export async function readFile(file, { onProgress, onPage } = {}) {
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
  // What the first bytes say the file is, by the engine's sniffer (the CLI's too): 'pdf', 'zip'
  // (a .docx), 'ole' (an old .doc or an encrypted .docx), 'image', or '' (maybe text).
  const content = (await loadEngine()).sniffFile(bytes);
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
