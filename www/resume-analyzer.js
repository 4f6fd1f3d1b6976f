// resume-analyzer.js: the engine's JavaScript API and the <resume-analyzer> custom element.
//
// Everything a resume needs decided is decided in Rust (crates/core); this module loads the
// WebAssembly build once, passes text and options in, and renders what the report says.
//
// Two ways to get the engine, chosen once:
// - the single-file build sets globalThis.__RESUME_ANALYZER_WASM__ (the .wasm as base64) next
//   to the no-modules glue `wasm_bindgen`, so nothing is fetched (works from file://);
// - served pages import ./pkg/resume_analyzer_wasm.js next to this file.
//
// The DOCX/PDF readers are a second module (crates/wasm-files), loaded the same two ways but
// only when a .docx or .pdf is opened: ./pkg/resume_analyzer_files.js, or in the single file
// globalThis.__RESUME_ANALYZER_FILES__ = { init, wasm } (its glue and its base64 .wasm).
// The job-description reader is a third (crates/wasm-posting), loaded the same way when a
// posting is first analyzed: ./pkg/resume_analyzer_posting.js, or
// globalThis.__RESUME_ANALYZER_POSTING__ = { init, wasm }. It reads each posting once; the
// engine matches every later analysis against what it read (the `posting` option). The JSON
// Resume and LaTeX readers are a fourth (crates/wasm-readers, ./pkg/resume_analyzer_readers.js
// or globalThis.__RESUME_ANALYZER_READERS__), loaded when the engine says a text needs them
// (`needsReader`): plain text and Markdown, what is typed, the engine reads itself. The YAML
// reader is a fifth (crates/wasm-yaml, ./pkg/resume_analyzer_yaml.js or
// globalThis.__RESUME_ANALYZER_YAML__), loaded when a .yaml or .yml file is opened.
//
// Keep to `export function|async function|class|const` and no static imports: the single-file
// build (cargo xtask dist) inlines this file by that contract.

let enginePromise = null;

function base64ToBytes(base64) {
  // The native decoder where there is one (Chromium 140+, Firefox 133+, Safari 18.2+): ~10 ms
  // less for the engine's ~900 KB in the single file than the loop below.
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Load the engine (once); resolves to an object with analyze, analyzeJson, rules, version. */
export async function loadEngine() {
  if (!enginePromise) {
    enginePromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_WASM__;
        if (typeof inline === 'string' && typeof globalThis.wasm_bindgen === 'function') {
          const glue = globalThis.wasm_bindgen;
          // The single file starts the instantiation as soon as the .wasm is parsed.
          const started = globalThis.__RESUME_ANALYZER_ENGINE__;
          await (started || glue({ module_or_path: base64ToBytes(inline) }));
          return glue;
        }
        const mod = await import(new URL('./pkg/resume_analyzer_wasm.js', import.meta.url));
        await mod.default();
        return mod;
      } catch (error) {
        throw new Error(`The analyzer could not start in this browser (${error && error.message ? error.message : error}). It needs WebAssembly; try a current Chrome, Firefox, Safari or Edge.`);
      }
    })();
    // A failed load may be retried (e.g. after a network hiccup on a static host).
    enginePromise.catch(() => {
      enginePromise = null;
    });
  }
  return enginePromise;
}

/** Options as the engine reads them: absent and blank values become null. */
export function engineOptions(options = {}) {
  const out = { ...options };
  out.level = options.level ? options.level : null;
  out.jobDescription =
    typeof options.jobDescription === 'string' && options.jobDescription.trim() !== ''
      ? options.jobDescription
      : null;
  out.format = options.format ? options.format : 'auto';
  return out;
}

let postingReaderPromise = null;

/** Load the job-description reader's module (once, on the first analysis with a posting);
 *  resolves to an object with readPosting. */
export async function loadPostingReader() {
  if (!postingReaderPromise) {
    postingReaderPromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_POSTING__;
        if (inline && typeof inline.wasm === 'string' && typeof inline.init === 'function') {
          await inline.init({ module_or_path: base64ToBytes(inline.wasm) });
          return inline.init;
        }
        const mod = await import(new URL('./pkg/resume_analyzer_posting.js', import.meta.url));
        await mod.default();
        return mod;
      } catch (error) {
        throw new Error(`The job description reader could not start in this browser (${error && error.message ? error.message : error}). Clear the job description to analyze the resume alone.`);
      }
    })();
    // A failed load may be retried (e.g. after a network hiccup on a static host).
    postingReaderPromise.catch(() => {
      postingReaderPromise = null;
    });
  }
  return postingReaderPromise;
}

// The last posting read: analyses while the resume is edited reuse it.
let lastPosting = { text: null, read: null };

/** The engine's options for `options`: a job description becomes the `posting` the posting
 *  module read from it (once per posting text). */
async function postingOptions(options) {
  const out = engineOptions(options);
  const text = out.jobDescription;
  if (text === null) return out;
  if (lastPosting.text !== text) {
    const reader = await loadPostingReader();
    lastPosting = { text, read: reader.readPosting(text) };
  }
  out.posting = lastPosting.read;
  out.jobDescription = null;
  return out;
}

let sourceReadersPromise = null;

/** Load the structured-resume readers' module (once, on the first JSON Resume or LaTeX text);
 *  resolves to an object with readSource. */
export async function loadSourceReaders() {
  if (!sourceReadersPromise) {
    sourceReadersPromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_READERS__;
        if (inline && typeof inline.wasm === 'string' && typeof inline.init === 'function') {
          await inline.init({ module_or_path: base64ToBytes(inline.wasm) });
          return inline.init;
        }
        const mod = await import(new URL('./pkg/resume_analyzer_readers.js', import.meta.url));
        await mod.default();
        return mod;
      } catch (error) {
        throw new Error(`The JSON Resume and LaTeX reader could not start in this browser (${error && error.message ? error.message : error}). Paste the resume as plain text instead.`);
      }
    })();
    sourceReadersPromise.catch(() => {
      sourceReadersPromise = null;
    });
  }
  return sourceReadersPromise;
}

// The last structured resume read: an export right after an analysis reuses it.
let lastSource = { text: null, format: null, read: null };

/** The engine and its options for `text`: the posting read by the posting module, and a JSON
 *  Resume or LaTeX text read by the readers module (the engine says which texts need it). */
async function prepare(text, options) {
  const [engine, out] = await Promise.all([loadEngine(), postingOptions(options)]);
  if (engine.needsReader(text, out.format)) {
    if (lastSource.text !== text || lastSource.format !== out.format) {
      const readers = await loadSourceReaders();
      lastSource = { text, format: out.format, read: readers.readSource(text, out.format) };
    }
    out.source = lastSource.read;
  }
  return { engine, engineOpts: out };
}

/** Analyze resume text; resolves to the report object. Rejects with an Error whose message a
 *  user can act on when the engine refuses the input. */
export async function analyze(text, options = {}) {
  const { engine, engineOpts } = await prepare(text, options);
  return engine.analyze(text, engineOpts);
}

/** The report as JSON text, byte-identical to the CLI's `--format json`. */
export async function analyzeJson(text, options = {}) {
  const { engine, engineOpts } = await prepare(text, options);
  return engine.analyzeJson(text, engineOpts);
}

/** The report as Markdown, identical to the CLI's `--format markdown`. */
export async function analyzeMarkdown(text, options = {}) {
  const { engine, engineOpts } = await prepare(text, options);
  if (typeof engine.analyzeMarkdown !== 'function') {
    throw new Error('This build of the analyzer cannot write Markdown; export JSON instead.');
  }
  return engine.analyzeMarkdown(text, engineOpts);
}

/** Metadata of every rule (id, name, category, severity, summary, explanation, source). */
export async function rules() {
  const engine = await loadEngine();
  return engine.rules();
}

/** The analyzer's version. */
export async function version() {
  const engine = await loadEngine();
  return engine.version();
}

/** The input limits the engine enforces: `{ maxInputBytes, maxInputLines, maxJdBytes }`. */
export async function limits() {
  const engine = await loadEngine();
  return engine.limits();
}

/** Today as the engine's `today` option (month 1–12), so "Present" in a resume means now. */
export function todayOption(date = new Date()) {
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

// ---------------------------------------------------------------------------------------------
// Resume files. Both readers resolve to `{ text, layout }`: the text as an ATS reads it and the
// layout facts the file holds. Analyze that text with `format: 'text'` and `layout`, like the
// CLI does. A file the readers refuse rejects with an Error whose `message` says what to do and
// whose `kind` names the problem ('legacy-doc', 'encrypted', 'damaged', 'zip-bomb', …).

let fileReadersPromise = null;

/** Load the file readers' module (once, on the first .docx or .pdf); resolves to an object
 *  with readDocx and readPdfItems. Rejects with an Error of kind 'file-reader' when it cannot
 *  start. */
export async function loadFileReaders() {
  if (!fileReadersPromise) {
    fileReadersPromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_FILES__;
        if (inline && typeof inline.wasm === 'string' && typeof inline.init === 'function') {
          await inline.init({ module_or_path: base64ToBytes(inline.wasm) });
          return inline.init;
        }
        const mod = await import(new URL('./pkg/resume_analyzer_files.js', import.meta.url));
        await mod.default();
        return mod;
      } catch (error) {
        const e = new Error(`The file reader could not start in this browser (${error && error.message ? error.message : error}). Paste the resume's text instead.`);
        e.kind = 'file-reader';
        throw e;
      }
    })();
    // A failed load may be retried (e.g. after a network hiccup on a static host).
    fileReadersPromise.catch(() => {
      fileReadersPromise = null;
    });
  }
  return fileReadersPromise;
}

/** Read a .docx file's bytes (in Rust, inside the file readers' .wasm). */
export async function readDocx(bytes) {
  const readers = await loadFileReaders();
  return readers.readDocx(bytes);
}

let yamlReaderPromise = null;

/** Load the YAML reader's module (once, on the first .yaml or .yml); resolves to an object with
 *  readYaml. Rejects with an Error of kind 'file-reader' when it cannot start. */
export async function loadYamlReader() {
  if (!yamlReaderPromise) {
    yamlReaderPromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_YAML__;
        if (inline && typeof inline.wasm === 'string' && typeof inline.init === 'function') {
          await inline.init({ module_or_path: base64ToBytes(inline.wasm) });
          return inline.init;
        }
        const mod = await import(new URL('./pkg/resume_analyzer_yaml.js', import.meta.url));
        await mod.default();
        return mod;
      } catch (error) {
        const e = new Error(`The YAML reader could not start in this browser (${error && error.message ? error.message : error}). Paste the resume's text instead.`);
        e.kind = 'file-reader';
        throw e;
      }
    })();
    yamlReaderPromise.catch(() => {
      yamlReaderPromise = null;
    });
  }
  return yamlReaderPromise;
}

/** Read a YAML resume's text (RenderCV, YAMLResume; in Rust, inside the YAML reader's own
 *  .wasm, which carries the YAML parser): `{ text, layout }`, the resume rendered as plain text. */
export async function readYaml(text) {
  const reader = await loadYamlReader();
  return reader.readYaml(text);
}

/** Most pages handed to PDF.js (crates/pdf refuses more than 50 with its own message). */
export const PDF_MAX_PAGES = 50;

let pdfjsPromise = null;

function blobUrl(source) {
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** Load PDF.js (once, on the first PDF): from ./vendor/pdfjs/ next to this file on a served
 *  site, or from the sources the single offline file inlines (no network in either case). */
export async function loadPdfJs() {
  if (!pdfjsPromise) {
    pdfjsPromise = (async () => {
      try {
        const inline = globalThis.__RESUME_ANALYZER_PDFJS__;
        if (inline && typeof inline.main === 'string' && typeof inline.worker === 'string') {
          const pdfjs = await import(blobUrl(inline.main));
          // A classic worker: from file:// Chromium cannot start a module worker from a blob:.
          pdfjs.GlobalWorkerOptions.workerPort = new Worker(blobUrl(inline.worker));
          return pdfjs;
        }
        const pdfjs = await import(new URL('./vendor/pdfjs/pdf.min.mjs', import.meta.url));
        pdfjs.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdfjs/pdf.worker.min.mjs', import.meta.url).href;
        return pdfjs;
      } catch (error) {
        const e = new Error(`The PDF reader could not start in this browser (${error && error.message ? error.message : error}). Open the resume as .docx or .txt, or paste its text.`);
        e.kind = 'pdf-reader';
        throw e;
      }
    })();
    pdfjsPromise.catch(() => {
      pdfjsPromise = null;
    });
  }
  return pdfjsPromise;
}

const round = (n) => Math.round(n * 100) / 100;

/** PDF.js' name for font `fontName` (e.g. "AAAAAA+FontAwesome"), once the operator list has
 *  loaded it; else the style's family. */
function pdfFontLabel(page, fontName, style) {
  try {
    if (page.commonObjs.has(fontName)) {
      const font = page.commonObjs.get(fontName);
      if (font && typeof font.name === 'string' && font.name) return font.name;
      if (font && font.cssFontInfo && font.cssFontInfo.fontFamily) return font.cssFontInfo.fontFamily;
    }
  } catch {
    // Not loaded: fall back to the style's family.
  }
  return (style && style.fontFamily) || fontName;
}

/**
 * A PDF's text items with positions, page by page, exactly as tools/pdf/pdf-items.mjs dumps
 * them for the CLI (the input of crates/pdf): `{ pages: [{ width, height, [x0, y0,] images,
 * items: [{ str, x, y, width, height, fontName, hasEOL }] }], fonts }`, or `{ error: { name,
 * message } }` when PDF.js cannot open the file (PasswordException, InvalidPDFException).
 * `onPage(n, total)` is called before each page is read.
 */
export async function pdfTextItems(bytes, { onPage, pdfjs: given } = {}) {
  // `pdfjs`: a PDF.js module to use instead of the page's (tools/pdf/pdf-items.mjs passes the
  // npm one under Node, so the CLI's and the fixtures' items come from this same function).
  const pdfjs = given || (await loadPdfJs());
  const failure = (error) => ({
    error: { name: (error && error.name) || 'Error', message: String((error && error.message) || error) },
  });
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
    data: bytes.slice(),
    // `name` of each font (the PostScript name), so icon fonts can be recognized.
    fontExtraProperties: true,
    // No font files, no eval, no network: only text and operators are needed.
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      return failure(error);
    }
    if (doc.numPages > PDF_MAX_PAGES) {
      // Empty pages, only so the Rust reader gives its "too many pages" message with the count.
      return { pages: Array.from({ length: Math.min(doc.numPages, 100000) }, () => ({})), fonts: {} };
    }
    const { OPS } = pdfjs;
    const imageOps = new Set(
      [
        OPS.paintImageXObject,
        OPS.paintInlineImageXObject,
        OPS.paintImageMaskXObject,
        OPS.paintImageXObjectRepeat,
        OPS.paintImageMaskXObjectRepeat,
        OPS.paintInlineImageXObjectGroup,
        OPS.paintImageMaskXObjectGroup,
      ].filter((op) => op !== undefined),
    );
    const pages = [];
    const fonts = {};
    try {
      for (let n = 1; n <= doc.numPages; n += 1) {
        if (onPage) onPage(n, doc.numPages);
        const page = await doc.getPage(n);
        const [vx0, vy0, vx1, vy1] = page.view;
        const content = await page.getTextContent();
        // The operator list loads the page's fonts into commonObjs (for their names) and tells
        // how many images the page paints.
        const ops = await page.getOperatorList();
        let images = 0;
        for (const op of ops.fnArray) {
          if (imageOps.has(op)) images += 1;
        }
        const items = [];
        for (const item of content.items) {
          if (item.str === undefined) continue; // marked-content markers
          items.push({
            str: item.str,
            x: round(item.transform[4]),
            y: round(item.transform[5]),
            width: round(item.width),
            height: round(item.height),
            fontName: item.fontName,
            hasEOL: item.hasEOL,
          });
          if (!(item.fontName in fonts)) {
            fonts[item.fontName] = pdfFontLabel(page, item.fontName, content.styles[item.fontName]);
          }
        }
        const out = { width: round(vx1 - vx0), height: round(vy1 - vy0) };
        if (vx0 !== 0) out.x0 = round(vx0);
        if (vy0 !== 0) out.y0 = round(vy0);
        pages.push({ ...out, images, items });
        page.cleanup();
      }
    } catch (error) {
      return failure(error);
    }
    return { pages, fonts };
  } finally {
    task.destroy().catch(() => {});
  }
}

/** Read a PDF's bytes: PDF.js extracts the text items in the browser, crates/pdf lays them out
 *  (lines, columns, reading order, header/footer lines, pages, icon fonts, no text layer). */
export async function readPdf(bytes, { onPage } = {}) {
  // PDF.js and the file readers' module load side by side on the first PDF.
  const [items, readers] = await Promise.all([pdfTextItems(bytes, { onPage }), loadFileReaders()]);
  return readers.readPdfItems(JSON.stringify(items));
}

// ---------------------------------------------------------------------------------------------
// Highlights: nested <mark> elements over a copy of the text.

/** Findings that can be drawn on `text`: a UTF-16 span inside it, not empty. Returns
 *  `{start, end, index, finding}` sorted outermost first (start asc, end desc, index asc). */
export function highlightRanges(text, findings) {
  const ranges = [];
  (findings || []).forEach((finding, index) => {
    const span = finding && finding.utf16;
    if (!span) return;
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(0, Math.min(span.end, text.length));
    if (end > start) ranges.push({ start, end, index, finding });
  });
  ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  return ranges;
}

function outerFirst(a, b) {
  return a.start - b.start || b.end - a.end || a.index - b.index;
}

/** Fill `target` with `text`, wrapping each finding's span in a <mark>. Overlapping spans nest;
 *  a span that crosses another is split, so every piece stays visible. The text goes in as
 *  text nodes only: nothing in a resume is ever parsed as HTML. */
export function renderHighlights(target, text, findings, selected = -1) {
  const ranges = highlightRanges(text, findings);
  const doc = target.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const points = new Set([0, text.length]);
  for (const r of ranges) {
    points.add(r.start);
    points.add(r.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  // Active ranges per elementary segment, in outermost-first order; the open <mark>s form a
  // stack that is closed back to the longest common prefix at each cut.
  let active = [];
  let next = 0;
  const stack = [];
  const parents = [fragment];
  for (let c = 0; c < cuts.length - 1; c += 1) {
    const from = cuts[c];
    const to = cuts[c + 1];
    active = active.filter((r) => r.end > from);
    while (next < ranges.length && ranges[next].start <= from) {
      if (ranges[next].end > from) active.push(ranges[next]);
      next += 1;
    }
    active.sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep += 1;
    stack.length = keep;
    parents.length = keep + 1;
    for (let i = keep; i < active.length; i += 1) {
      const r = active[i];
      const mark = doc.createElement('mark');
      mark.dataset.rule = r.finding.rule;
      mark.dataset.finding = String(r.index);
      mark.dataset.severity = r.finding.severity;
      mark.className = `sev-${r.finding.severity}${r.index === selected ? ' current' : ''}`;
      parents[parents.length - 1].appendChild(mark);
      stack.push(r);
      parents.push(mark);
    }
    parents[parents.length - 1].appendChild(doc.createTextNode(text.slice(from, to)));
  }
  // A trailing newline needs a character after it to take up a line, as it does in a textarea.
  fragment.appendChild(doc.createTextNode('\u200b'));
  target.replaceChildren(fragment);
}

/** Move findings' UTF-16 spans through an edit from `before` to `after`, so highlights stay on
 *  their words while the next analysis runs. Spans wholly inside the changed region go. */
export function shiftFindings(findings, before, after) {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out = [];
  for (const f of findings || []) {
    const s = f && f.utf16;
    if (!s) {
      out.push(f);
      continue;
    }
    let span = null;
    if (s.end <= prefix) span = s;
    else if (s.start >= editEnd) span = { start: s.start + delta, end: s.end + delta };
    else if (s.start <= prefix && s.end >= editEnd) span = { start: s.start, end: s.end + delta };
    out.push(span ? { ...f, utf16: span } : { ...f, utf16: null });
  }
  return out;
}

/** Above this many UTF-16 units the backdrop is not redrawn on every keystroke. */
export const LARGE_TEXT = 40000;

/**
 * The editor: a transparent <textarea> over a backdrop that mirrors its text with <mark>s.
 * `root` holds `.backdrop` and a `textarea`; both share font, padding and wrapping (CSS), and
 * the backdrop sets the height, so they never scroll apart.
 */
export class HighlightEditor {
  constructor(root, { onInput, onHover, onCaret } = {}) {
    this.root = root;
    this.textarea = root.querySelector('textarea');
    this.backdrop = root.querySelector('.backdrop');
    this.findings = [];
    this.selected = -1;
    this.base = ''; // the text this.findings' spans refer to
    this.onHover = onHover;
    this.onCaret = onCaret;
    this.hoverFrame = 0;
    this.drawTimer = 0;
    this.textarea.addEventListener('input', () => {
      const text = this.textarea.value;
      this.findings = shiftFindings(this.findings, this.base, text);
      this.base = text;
      // Redrawing thousands of marks on every key of a huge text would lag the typing: there,
      // the backdrop catches up once typing pauses (or when the next report arrives).
      clearTimeout(this.drawTimer);
      if (text.length <= LARGE_TEXT) this.draw(text);
      else this.drawTimer = setTimeout(() => this.draw(), 150);
      if (onInput) onInput(text);
    });
    // A mark under the pointer sits below the textarea: find it by hit-testing the point.
    this.textarea.addEventListener('mousemove', (event) => {
      if (!this.onHover || this.hoverFrame) return;
      const { clientX, clientY } = event;
      this.hoverFrame = requestAnimationFrame(() => {
        this.hoverFrame = 0;
        const all = this.findingsAtPoint(clientX, clientY);
        this.onHover(all.length ? all[0] : -1, clientX, clientY, all);
      });
    });
    this.textarea.addEventListener('mouseleave', () => {
      if (this.onHover) this.onHover(-1, 0, 0);
    });
    // The caret on a highlight (a click, a tap, the arrow keys) says what
    // is there, like hovering it: keyboard and touch users have no hover.
    const caret = () => {
      if (!this.onCaret) return;
      const pos = this.textarea.selectionStart;
      const all = this.findingsAt(pos);
      this.onCaret(all.length ? all[0] : -1, all, all.length ? this.offsetRect(pos) : null);
    };
    this.textarea.addEventListener('click', caret);
    this.textarea.addEventListener('keyup', (event) => {
      if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || event.key === 'Home' || event.key === 'End') caret();
    });
  }

  get value() {
    return this.textarea.value;
  }

  set value(text) {
    this.textarea.value = text;
    this.base = this.textarea.value;
    this.findings = [];
    this.selected = -1;
    this.draw();
  }

  /** Show `findings` (from a report on `text`); `text` must be the editor's current text. */
  setFindings(findings, text = this.textarea.value) {
    if (text !== this.textarea.value) return; // stale: a newer edit is on its way
    this.findings = findings || [];
    this.base = text;
    this.draw(text);
  }

  draw(text = this.textarea.value) {
    clearTimeout(this.drawTimer);
    renderHighlights(this.backdrop, text, this.findings, this.selected);
  }

  /** The innermost finding under UTF-16 offset `pos`, or -1. */
  findingAt(pos) {
    const all = this.findingsAt(pos);
    return all.length ? all[0] : -1;
  }

  /** Every finding whose span holds UTF-16 offset `pos`, innermost (shortest) first. */
  findingsAt(pos) {
    const hits = [];
    this.findings.forEach((f, i) => {
      const s = f && f.utf16;
      if (s && s.start <= pos && pos < s.end) hits.push([s.end - s.start, i]);
    });
    return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  }

  /** The innermost finding under the viewport point (x, y), or -1. */
  findingAtPoint(x, y) {
    const all = this.findingsAtPoint(x, y);
    return all.length ? all[0] : -1;
  }

  /** Every finding whose highlight is under the viewport point (x, y), innermost first. */
  findingsAtPoint(x, y) {
    const scope = this.root.getRootNode();
    const hits = scope.elementsFromPoint ? scope.elementsFromPoint(x, y) : [];
    const found = [];
    for (const el of hits) {
      if (el.tagName !== 'MARK' || !this.backdrop.contains(el)) continue;
      const index = Number(el.dataset.finding);
      if (!found.includes(index)) found.push(index);
    }
    return found;
  }

  /** Outline finding `index`'s marks as the current one (no redraw). */
  setCurrent(index) {
    this.selected = index;
    for (const mark of this.backdrop.querySelectorAll('mark.current')) mark.classList.remove('current');
    for (const mark of this.backdrop.querySelectorAll(`mark[data-finding="${index}"]`)) mark.classList.add('current');
  }

  /** Mark finding `index` as current and select its text; `focus` moves focus to the editor. */
  select(index, { focus = false } = {}) {
    this.setCurrent(index);
    const f = this.findings[index];
    const span = f && f.utf16;
    if (!span) return false;
    this.textarea.setSelectionRange(span.start, span.end);
    if (focus) this.textarea.focus({ preventScroll: true });
    this.reveal(index);
    return true;
  }

  /** Scroll the editor's scroll box (not the page) so finding `index` is in view. */
  reveal(index) {
    const f = this.findings[index];
    if (f && f.utf16) this.revealOffset(f.utf16.start);
  }

  /** Scroll the editor's scroll box (not the page) so UTF-16 offset `offset` is in view. */
  revealOffset(offset) {
    const box = this.root.closest('.editor-scroll') || this.root.parentElement;
    const rect = box ? this.offsetRect(offset) : null;
    if (!rect) return;
    const top = rect.top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop + 8 || top > box.scrollTop + box.clientHeight - 40) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  /** The viewport rectangle of the character at UTF-16 offset `offset` (its line's box in
   *  the backdrop, which lies exactly under the textarea's text), or null. */
  offsetRect(offset) {
    const walker = this.root.ownerDocument.createTreeWalker(this.backdrop, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      if (seen + length > offset) {
        const range = this.root.ownerDocument.createRange();
        const at = Math.max(0, Math.min(length, offset - seen));
        range.setStart(node, at);
        range.setEnd(node, Math.min(length, at + 1));
        return range.getBoundingClientRect();
      }
      seen += length;
    }
    return null;
  }

  /** The index of the next (or previous) highlighted finding from the caret, wrapping. */
  step(direction) {
    const order = highlightRanges(this.textarea.value, this.findings);
    if (order.length === 0) return -1;
    const caret = this.textarea.selectionStart;
    const current = order.findIndex((r) => r.index === this.selected);
    let pos;
    if (current >= 0 && order[current].start === caret) pos = current + direction;
    else if (direction > 0) {
      pos = order.findIndex((r) => r.start > caret);
      if (pos < 0) pos = order.length;
    } else {
      pos = order.length - 1;
      while (pos >= 0 && order[pos].start >= caret) pos -= 1;
    }
    pos = (pos + order.length) % order.length;
    return order[pos].index;
  }
}

/** Is this keydown a "next finding" (1), "previous finding" (-1) shortcut, or neither (0)? */
export function findingShortcut(event) {
  if (event.key === 'F8') return event.shiftKey ? -1 : 1;
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    if (event.key === 'ArrowDown') return 1;
    if (event.key === 'ArrowUp') return -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The <resume-analyzer> element: a compact editor, the score and the top findings.

/** Strip the indentation HTML source gives an element's text content. */
export function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

// The element's look. It inherits the host page's font (family, size, line height); its
// colours are CSS custom properties a host may set on the element (`resume-analyzer {
// --ra-accent: … }`: outer rules win over these defaults), for the theme the `theme` attribute
// picks. The main regions are exposed as ::part()s. README "Embedding" lists both.
const ELEMENT_CSS = `
:host { display: block; color: var(--ra-fg); font: inherit;
  --ra-fg: #1b1f24; --ra-muted: #545d68; --ra-bg: #ffffff;
  --ra-panel: #f6f8fa; --ra-border: #c9d1d9; --ra-accent: #0b5cad;
  --ra-error: #b3261e; --ra-warning: #8a5a00; --ra-info: #0b5cad; --ra-ok: #17702f;
  --ra-error-bg: rgba(220, 38, 38, 0.16); --ra-warning-bg: rgba(234, 160, 0, 0.22);
  --ra-info-bg: rgba(37, 99, 235, 0.13);
  --ra-radius: 8px;
  --ra-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
:host([data-theme-used="dark"]) { color-scheme: dark;
  --ra-fg: #e6edf3; --ra-muted: #a5b0bc; --ra-bg: #0d1117; --ra-panel: #161b22;
  --ra-border: #3d444d; --ra-accent: #6cb6ff; --ra-error: #ff8b80; --ra-warning: #e8b34b;
  --ra-info: #79b8ff; --ra-ok: #5fd47a; --ra-error-bg: rgba(248, 81, 73, 0.26);
  --ra-warning-bg: rgba(210, 153, 34, 0.3); --ra-info-bg: rgba(56, 139, 253, 0.24); }
:host([data-theme-used="light"]) { color-scheme: light; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.ra { border: 1px solid var(--ra-border); border-radius: var(--ra-radius); background: var(--ra-bg); color: var(--ra-fg); padding: 12px; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; margin-bottom: 8px; }
.score { font-size: 1.6em; font-weight: 700; line-height: 1.2; }
.score small { font-size: 0.55em; font-weight: 400; color: var(--ra-muted); }
.band { font-weight: 700; }
.band-weak { color: var(--ra-error); } .band-fair { color: var(--ra-warning); }
.band-good { color: var(--ra-info); } .band-strong { color: var(--ra-ok); }
.meaning { color: var(--ra-muted); margin: 0 0 8px; font-size: 0.92em; }
.editor-scroll { max-height: 22rem; overflow: auto; border: 1px solid var(--ra-border);
  border-radius: calc(var(--ra-radius) - 2px); background: var(--ra-panel); }
.editor-scroll:focus-within { outline: 2px solid var(--ra-accent); outline-offset: 2px; }
.editor { position: relative; font: 13px/1.55 var(--ra-mono); }
.backdrop, textarea { margin: 0; padding: 10px 12px; border: 0; white-space: pre-wrap;
  overflow-wrap: break-word; word-break: normal; font: inherit; letter-spacing: normal; tab-size: 4; }
.backdrop { color: transparent; min-height: 10rem; }
textarea { position: absolute; inset: 0; width: 100%; height: 100%; resize: none; overflow: hidden;
  background: transparent; color: var(--ra-fg); caret-color: var(--ra-fg); outline: none; }
mark { color: transparent; border-radius: 2px; }
mark.sev-error { background: var(--ra-error-bg); box-shadow: inset 0 -2px 0 var(--ra-error); }
mark.sev-warning { background: var(--ra-warning-bg); box-shadow: inset 0 -2px 0 var(--ra-warning); }
mark.sev-info { background: var(--ra-info-bg); box-shadow: inset 0 -2px 0 var(--ra-info); }
mark.current { outline: 2px solid var(--ra-fg); outline-offset: 1px; }
h2 { font-size: 1em; margin: 12px 0 0; }
ol { margin: 6px 0 0; padding-left: 1.3rem; }
li { margin: 4px 0; }
li.none { list-style: none; margin-left: -1.3rem; color: var(--ra-muted); }
.sev { font-weight: 600; }
.sev-error-text { color: var(--ra-error); } .sev-warning-text { color: var(--ra-warning); }
.sev-info-text { color: var(--ra-info); }
.points { color: var(--ra-ok); font-weight: 600; white-space: nowrap; }
/* Each fix's explanation on its own line under its message and points. */
.fix { display: block; color: var(--ra-muted); font-size: 0.94em; }
.error { color: var(--ra-error); margin: 8px 0 0; }
.foot { color: var(--ra-muted); font-size: 0.85em; margin: 8px 0 0; }
/* What each highlight colour means, and what is under the pointer or the caret. */
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 6px 0 0; padding: 0;
  font-size: 0.85em; color: var(--ra-muted); }
.legend li { margin: 0; }
.legend b { color: var(--ra-fg); font-weight: 600; }
.swatch { display: inline-block; width: 1.5em; height: 0.9em; vertical-align: -0.1em; border-radius: 2px; }
.swatch.sev-error { background: var(--ra-error-bg); box-shadow: inset 0 -2px 0 var(--ra-error); }
.swatch.sev-warning { background: var(--ra-warning-bg); box-shadow: inset 0 -2px 0 var(--ra-warning); }
.swatch.sev-info { background: var(--ra-info-bg); box-shadow: inset 0 -2px 0 var(--ra-info); }
.here { margin: 6px 0 0; padding: 4px 8px; border-left: 3px solid var(--ra-border); font-size: 0.9em; color: var(--ra-muted); }
.here ul { list-style: none; margin: 0; padding: 0; }
.here li { margin: 2px 0; color: var(--ra-fg); }
`;

/** What each severity's highlight colour means, in words (the page's legend says the same). */
const SEVERITY_WORDS = {
  error: ['Red', 'a serious problem, fix it first', 'Serious'],
  warning: ['Amber', 'weakens the resume', 'Weakens the resume'],
  info: ['Blue', 'a note, worth a look (few or no points)', 'Worth a look'],
};

/** The line under the element's editor before anything is pointed at. */
const HERE_PROMPT = 'Click, tap or move the cursor into highlighted text to see why.';

const Base = globalThis.HTMLElement || class {};

/** The colour scheme an element's host page asks for: 'dark' or 'light' when its computed
 *  `color-scheme` names only one, else the OS preference. */
export function hostColorScheme(element) {
  const view = element.ownerDocument && element.ownerDocument.defaultView;
  const declared = view && view.getComputedStyle ? view.getComputedStyle(element).colorScheme || '' : '';
  const words = declared.split(/\s+/).filter((w) => w === 'light' || w === 'dark');
  if (words.length === 1) return words[0];
  const dark = view && view.matchMedia && view.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

/**
 * `<resume-analyzer level="mid" theme="auto">resume text…</resume-analyzer>`: analyzes its
 * text content (or what the user types), shows the score with its band, the top fixes, and
 * dispatches a `report` CustomEvent (detail: the report) after every analysis. `theme`:
 * `light`, `dark`, or `auto` (default: the host's `color-scheme`, then the OS).
 */
export class ResumeAnalyzerElement extends Base {
  static get observedAttributes() {
    return ['level', 'theme'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.lastReport = null;
    this.timer = 0;
    this.sequence = 0;
    this.onSchemeChange = () => this.applyTheme();
  }

  /** The latest report, or null. */
  get report() {
    return this.lastReport;
  }

  /** The resume text in the editor. */
  get value() {
    return this.editor ? this.editor.value : dedent(this.textContent || '');
  }

  set value(text) {
    if (!this.editor) this.build();
    this.editor.value = String(text);
    this.schedule(0);
  }

  connectedCallback() {
    if (!this.editor) {
      this.build();
      this.editor.value = dedent(this.textContent || '');
    }
    this.applyTheme();
    const view = this.ownerDocument.defaultView;
    this.schemeQuery = view && view.matchMedia ? view.matchMedia('(prefers-color-scheme: dark)') : null;
    if (this.schemeQuery && this.schemeQuery.addEventListener) this.schemeQuery.addEventListener('change', this.onSchemeChange);
    this.schedule(0);
  }

  disconnectedCallback() {
    if (this.schemeQuery && this.schemeQuery.removeEventListener) this.schemeQuery.removeEventListener('change', this.onSchemeChange);
  }

  attributeChangedCallback(name) {
    if (name === 'theme') this.applyTheme();
    else if (this.editor) this.schedule(0);
  }

  /** The theme in use, as `data-theme-used` on the element (what the stylesheet keys on). */
  applyTheme() {
    const asked = (this.getAttribute('theme') || 'auto').toLowerCase();
    const used = asked === 'dark' || asked === 'light' ? asked : hostColorScheme(this);
    if (this.getAttribute('data-theme-used') !== used) this.setAttribute('data-theme-used', used);
  }

  build() {
    const root = this.shadowRoot;
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ELEMENT_CSS);
      root.adoptedStyleSheets = [sheet];
    }
    const el = (tag, className, text) => {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const wrap = el('div', 'ra');
    wrap.setAttribute('part', 'container');
    const head = el('div', 'head');
    head.setAttribute('part', 'score');
    this.scoreEl = el('div', 'score');
    this.scoreEl.setAttribute('aria-live', 'polite');
    this.scoreEl.setAttribute('aria-atomic', 'true');
    this.scoreEl.textContent = '…';
    this.bandEl = el('span', 'band');
    head.append(this.scoreEl, this.bandEl);
    this.meaningEl = el('p', 'meaning');
    this.meaningEl.setAttribute('part', 'meaning');
    const scroll = el('div', 'editor-scroll');
    scroll.setAttribute('part', 'editor');
    const editor = el('div', 'editor');
    const backdrop = el('div', 'backdrop');
    backdrop.setAttribute('aria-hidden', 'true');
    const textarea = el('textarea');
    textarea.setAttribute('aria-label', 'Resume text');
    textarea.spellcheck = false;
    editor.append(backdrop, textarea);
    scroll.append(editor);
    this.errorEl = el('p', 'error');
    this.errorEl.setAttribute('role', 'alert');
    this.errorEl.setAttribute('part', 'error');
    this.errorEl.hidden = true;
    const fixes = el('section', 'fixes');
    fixes.setAttribute('part', 'fixes');
    const title = el('h2', '', 'Fix these first');
    title.id = 'ra-fixes-title';
    this.listEl = el('ol');
    this.listEl.setAttribute('aria-labelledby', 'ra-fixes-title');
    fixes.append(title, this.listEl);
    const foot = el('p', 'foot', 'Analyzed in your browser: nothing is sent anywhere.');
    foot.setAttribute('part', 'footer');
    const legend = el('ul', 'legend');
    legend.setAttribute('part', 'legend');
    legend.setAttribute('aria-label', 'What the highlight colours mean');
    for (const severity of ['error', 'warning', 'info']) {
      const [colour, meaning] = SEVERITY_WORDS[severity];
      const swatch = el('span', `swatch sev-${severity}`);
      swatch.setAttribute('aria-hidden', 'true');
      const item = el('li');
      item.append(swatch, ' ', el('b', '', colour), `: ${meaning}`);
      legend.append(item);
    }
    // What is under the pointer or the caret: hover, a click, a tap or the arrow keys.
    this.hereEl = el('div', 'here', HERE_PROMPT);
    this.hereEl.setAttribute('part', 'here');
    this.hereEl.setAttribute('aria-live', 'polite');
    wrap.append(head, this.meaningEl, scroll, legend, this.hereEl, this.errorEl, fixes, foot);
    root.replaceChildren(wrap);
    this.editor = new HighlightEditor(editor, {
      onInput: () => this.schedule(90),
      onHover: (index, x, y, all = []) => {
        if (all.length) this.showHere(all);
      },
      onCaret: (index, all) => this.showHere(all),
    });
    textarea.addEventListener('keydown', (event) => {
      const direction = findingShortcut(event);
      if (!direction) return;
      event.preventDefault();
      const next = this.editor.step(direction);
      if (next < 0) return;
      this.editor.select(next);
      this.showHere(this.editor.findingsAt(this.editor.findings[next].utf16.start));
    });
  }

  /** Say what findings `all` (indices into the editor's findings) are, under the editor; the
   *  prompt when there are none. */
  showHere(all) {
    const findings = all.map((i) => this.editor.findings[i]).filter((f) => f && f.message);
    if (findings.length === 0) {
      this.hereEl.replaceChildren(HERE_PROMPT);
      return;
    }
    const list = document.createElement('ul');
    for (const f of findings) {
      const item = document.createElement('li');
      const severity = document.createElement('span');
      severity.className = `sev sev-${f.severity}-text`;
      severity.textContent = `${(SEVERITY_WORDS[f.severity] || [f.severity, '', f.severity])[2]}: `;
      item.append(severity, f.message);
      if (f.fix) {
        const fix = document.createElement('span');
        fix.className = 'fix';
        fix.textContent = f.fix;
        item.append(fix);
      }
      list.append(item);
    }
    this.hereEl.replaceChildren(list);
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  async run() {
    const sequence = ++this.sequence;
    const text = this.editor.value;
    const level = this.getAttribute('level');
    this.applyTheme(); // the host may have switched its colour scheme since
    try {
      const report = await analyze(text, { level: level && level !== 'auto' ? level : null, today: todayOption() });
      if (sequence !== this.sequence) return; // a newer edit is on its way
      this.lastReport = report;
      this.errorEl.hidden = true;
      this.render(report, text);
      this.dispatchEvent(new CustomEvent('report', { detail: report, bubbles: true, composed: true }));
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.errorEl.textContent = error && error.message ? error.message : String(error);
      this.errorEl.hidden = false;
    }
  }

  render(report, text) {
    // Spans index report.text when present; draw them only when that is the editor's text.
    const drawable = report.text === null || report.text === undefined || report.text === text;
    this.editor.setFindings(drawable ? report.findings : [], text);
    // The line under the editor follows the new findings at the caret while the user is in
    // the editor (it held the last report's); otherwise it goes back to its prompt.
    const focused = this.shadowRoot.activeElement === this.editor.textarea;
    this.showHere(focused ? this.editor.findingsAt(this.editor.textarea.selectionStart) : []);
    const score = report.score || {};
    this.scoreEl.replaceChildren(typeof score.overall === 'number' ? String(score.overall) : '–');
    const small = document.createElement('small');
    small.textContent = ' / 100';
    this.scoreEl.append(small);
    const band = score.band && typeof score.band === 'object' ? score.band : (score.bands || []).find((b) => b.id === score.band);
    this.bandEl.textContent = band ? band.label : '';
    this.bandEl.className = band ? `band band-${band.id}` : 'band';
    this.meaningEl.textContent = band ? band.meaning : '';
    this.meaningEl.hidden = !band;
    // The report ranks the fixes; the element shows the first three.
    const groups = report.groups || [];
    const top = (report.topFixes || []).map((i) => groups[i]).filter(Boolean).slice(0, 3);
    this.listEl.replaceChildren(
      ...top.map((g) => {
        const li = document.createElement('li');
        const message = document.createElement('span');
        message.className = `sev sev-${g.severity}-text`;
        message.textContent = g.message;
        const points = document.createElement('span');
        points.className = 'points';
        // Each group's points are counted alone: a ceiling, not a share of a sum.
        points.textContent = g.points ? ` up to +${g.points} point${g.points === 1 ? '' : 's'}` : '';
        const fix = document.createElement('span');
        fix.className = 'fix';
        fix.textContent = g.fix ? ` ${g.fix}` : '';
        li.append(message, points, fix);
        return li;
      }),
    );
    if (top.length === 0) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = groups.length ? 'Nothing here costs points.' : 'Nothing to fix.';
      this.listEl.replaceChildren(li);
    }
  }
}

if (globalThis.customElements && !globalThis.customElements.get('resume-analyzer')) {
  globalThis.customElements.define('resume-analyzer', ResumeAnalyzerElement);
}
