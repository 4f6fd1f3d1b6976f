// resume-analyzer.js: the analyzer's one public module: the engine's JavaScript API
// (engine.js), the highlighting editor (highlight-editor.js) and the <resume-analyzer> custom
// element, defined when this module loads. Embedders import this file (README "Embedding");
// the three files and pkg/ go together.
//
// Everything a resume needs decided is decided in Rust (crates/core); this module renders what
// the report says.

import {
  analyze,
  rules,
  todayOption,
} from './engine.js';
import {
  HighlightEditor,
  findingShortcut,
} from './highlight-editor.js';

export {
  loadEngine,
  engineOptions,
  loadPostingReader,
  loadSourceReaders,
  analyze,
  analyzeJson,
  analyzeMarkdown,
  rules,
  version,
  limits,
  todayOption,
  loadFileReaders,
  readDocx,
  loadYamlReader,
  readYaml,
  PDF_MAX_PAGES,
  loadPdfJs,
  pdfTextItems,
  readPdf,
} from './engine.js';
export {
  highlightRanges,
  renderHighlights,
  shiftFindings,
  LARGE_TEXT,
  HighlightEditor,
  findingShortcut,
} from './highlight-editor.js';

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
