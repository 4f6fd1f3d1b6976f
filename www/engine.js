// engine.js: the engine's JavaScript API (what resume-analyzer.js re-exports).
//
// Everything a resume needs decided is decided in Rust (crates/core); this module loads the
// WebAssembly build once, passes text and options in, and hands back the report.
//
// Two ways to get the engine, chosen once:
// - the single-file build sets globalThis.__RESUME_ANALYZER_WASM__ (the .wasm, gzipped, as base64) next
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
// build (cargo xtask dist) inlines the page's modules by that contract (crates/xtask/src/bundle.rs).

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

/** The single file's inlined bytes: base64 of their gzip stream, inflated here (the single
 *  file gzips each .wasm and PDF.js: crates/xtask/src/single_file.rs), or of the bytes. */
async function inlineBytes(base64) {
  const bytes = base64ToBytes(base64);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

/** The single file's inlined module under global `name`, or undefined (a served page). The
 *  single file runs the page's script before its lazily loaded modules are parsed (they come
 *  after it, crates/xtask/src/single_file.rs): asked for one sooner, wait for the parse. */
async function inlined(name) {
  const single = typeof globalThis.__RESUME_ANALYZER_WASM__ === 'string';
  if (single && globalThis[name] === undefined && typeof document !== 'undefined' && document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  return globalThis[name];
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
          await (started || glue({ module_or_path: await inlineBytes(inline) }));
          return glue;
        }
        // The served page may have started compiling the .wasm already (engine-start.js): its
        // module's promise is in this global. If not, null tells engine-start.js, should it run
        // later, that the engine is started here (the .wasm is fetched once).
        const early = globalThis.__RESUME_ANALYZER_EARLY__ || null;
        if (!early) globalThis.__RESUME_ANALYZER_EARLY__ = null;
        const mod = await import(new URL('./pkg/resume_analyzer_wasm.js', import.meta.url));
        // The glue keeps one instantiation: whichever init comes first starts it. If the early
        // compile failed (a .wasm served with another MIME type), the glue forgot it and a
        // second init fetches the .wasm itself.
        if (early) await mod.default({ module_or_path: early }).catch(() => mod.default());
        else await mod.default();
        return mod;
      } catch (error) {
        throw new Error(`The analyzer could not start in this browser (${reasonOf(error)}). It needs WebAssembly; try a current Chrome, Firefox, Safari or Edge.`);
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

/** The reason inside an error, for a message that says what failed and what to do. */
function reasonOf(error) {
  return error && error.message ? error.message : error;
}

/**
 * A lazily loaded wasm module (the posting, readers, files and YAML modules): returns a
 * function that starts it once, from the single file's inlined glue and gzipped bytes under
 * `global` ({ init, wasm }), else by importing `./pkg/<glue>` next to this file, and resolves
 * to its exports. A module that cannot start rejects with `failure(error)`, and the next call
 * tries again (e.g. after a network hiccup on a static host).
 */
function lazyModule(global, glue, failure) {
  let started = null;
  return () => {
    if (!started) {
      started = (async () => {
        try {
          const inline = await inlined(global);
          if (inline && typeof inline.wasm === 'string' && typeof inline.init === 'function') {
            await inline.init({ module_or_path: await inlineBytes(inline.wasm) });
            return inline.init;
          }
          const mod = await import(new URL(`./pkg/${glue}`, import.meta.url));
          await mod.default();
          return mod;
        } catch (error) {
          throw failure(error);
        }
      })();
      started.catch(() => {
        started = null;
      });
    }
    return started;
  };
}

/** A reader module that could not start: an Error of kind 'file-reader'. */
function fileReaderError(message) {
  const e = new Error(message);
  e.kind = 'file-reader';
  return e;
}

const startPostingReader = lazyModule('__RESUME_ANALYZER_POSTING__', 'resume_analyzer_posting.js', (error) =>
  new Error(`The job description reader could not start in this browser (${reasonOf(error)}). Clear the job description to analyze the resume alone.`),
);

/** Load the job-description reader's module (once, on the first analysis with a posting);
 *  resolves to an object with readPosting. */
export async function loadPostingReader() {
  return startPostingReader();
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

const startSourceReaders = lazyModule('__RESUME_ANALYZER_READERS__', 'resume_analyzer_readers.js', (error) =>
  new Error(`The JSON Resume and LaTeX reader could not start in this browser (${reasonOf(error)}). Paste the resume as plain text instead.`),
);

/** Load the structured-resume readers' module (once, on the first JSON Resume or LaTeX text);
 *  resolves to an object with readSource. */
export async function loadSourceReaders() {
  return startSourceReaders();
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

const startFileReaders = lazyModule('__RESUME_ANALYZER_FILES__', 'resume_analyzer_files.js', (error) =>
  fileReaderError(`The file reader could not start in this browser (${reasonOf(error)}). Paste the resume's text instead.`),
);

/** Load the file readers' module (once, on the first .docx or .pdf); resolves to an object
 *  with readDocx and readPdfItems. Rejects with an Error of kind 'file-reader' when it cannot
 *  start. */
export async function loadFileReaders() {
  return startFileReaders();
}

/** Read a .docx file's bytes (in Rust, inside the file readers' .wasm). */
export async function readDocx(bytes) {
  const readers = await loadFileReaders();
  return readers.readDocx(bytes);
}

const startYamlReader = lazyModule('__RESUME_ANALYZER_YAML__', 'resume_analyzer_yaml.js', (error) =>
  fileReaderError(`The YAML reader could not start in this browser (${reasonOf(error)}). Paste the resume's text instead.`),
);

/** Load the YAML reader's module (once, on the first .yaml or .yml); resolves to an object with
 *  readYaml. Rejects with an Error of kind 'file-reader' when it cannot start. */
export async function loadYamlReader() {
  return startYamlReader();
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
        const inline = await inlined('__RESUME_ANALYZER_PDFJS__');
        if (inline && typeof inline.main === 'string' && typeof inline.worker === 'string') {
          const [main, worker] = await Promise.all([inlineBytes(inline.main), inlineBytes(inline.worker)]);
          const pdfjs = await import(blobUrl(main));
          // A classic worker: from file:// Chromium cannot start a module worker from a blob:.
          pdfjs.GlobalWorkerOptions.workerPort = new Worker(blobUrl(worker));
          return pdfjs;
        }
        const pdfjs = await import(new URL('./vendor/pdfjs/pdf.min.mjs', import.meta.url));
        pdfjs.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdfjs/pdf.worker.min.mjs', import.meta.url).href;
        return pdfjs;
      } catch (error) {
        const e = new Error(`The PDF reader could not start in this browser (${reasonOf(error)}). Open the resume as .docx or .txt, or paste its text.`);
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
