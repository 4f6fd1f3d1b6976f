// Types for resume-analyzer.js: the engine API, the report it returns (schema 1), and the
// <resume-analyzer> custom element. The report mirrors crates/core/src/report.rs;
// tests/types/dts.test.mjs type-checks what the built engine returns for a spread of fixtures
// against this file (`cargo xtask test`), so a field the Rust report adds, drops or retypes
// fails there until it is written here.

export type Level = 'entry' | 'mid' | 'senior' | 'staff';
export type InputFormat = 'auto' | 'text' | 'json-resume' | 'latex' | 'yaml';
export type Severity = 'error' | 'warning' | 'info';
export type Category = 'bullets' | 'keywords' | 'formatting' | 'match';
export type Grade = 'A' | 'B' | 'C' | 'D';
export type SectionKind =
  | 'header'
  | 'summary'
  | 'objective'
  | 'skills'
  | 'experience'
  | 'projects'
  | 'education'
  | 'certifications'
  | 'other';
export type SignalClass =
  | 'language'
  | 'datastore'
  | 'distributed'
  | 'api'
  | 'observability'
  | 'cloud'
  | 'security'
  | 'testing'
  | 'framework'
  | 'counter'
  | 'generic';

export interface AnalyzeOptions {
  /** Target level; null or absent infers it from the roles' dates. */
  level?: Level | null;
  /** A pasted job description; turns on the match report. Blank counts as absent. */
  jobDescription?: string | null;
  /** Input shape; 'auto' (default) sniffs JSON Resume and LaTeX. */
  format?: InputFormat;
  /** Layout facts found by a DOCX/PDF reader (tables, columns, text boxes, …): the `layout`
   *  of `readDocx` / `readPdf`. */
  layout?: LayoutFacts | Record<string, unknown>;
  /** "Now" for "Present" and recency (month 1–12); absent uses the latest date in the resume.
   *  `todayOption()` gives the current month. */
  today?: { year: number; month: number } | null;
  /** true: leave out what only some views read, the rules' metadata (`rules` is empty; `rules()`
   *  has it) and the bullets' XYZ parts (`parts` is null): a third fewer bytes to parse. The
   *  page asks for this on each keystroke and for the full report when the bullet workbench
   *  opens. */
  lean?: boolean;
}

/** What a file reader found that plain text cannot show (crates/core `LayoutFacts`). */
export interface LayoutFacts {
  /** "docx" or "pdf" (also "latex", "json-resume", "yaml", "text"). */
  origin: string | null;
  tables: number;
  bodyInTable: boolean;
  columns: number;
  columnEvidence: string[];
  textBoxes: number;
  images: number;
  /** Contact details in page headers/footers (DOCX) or repeated top/bottom lines (PDF). */
  headerFooterText: string[];
  pages: number | null;
  noTextLayer: boolean;
  fonts: string[];
  /** The reader found columns and read them one after the other (a PDF's sidebar and main
   *  column), so the text is not the page's line-by-line order. */
  columnsReordered: boolean;
  /** UTF-8 byte spans of the text where reading order was guessed or text was lost. */
  readingOrderBreaks: Span[];
}

/** A resume file, read: its text as an ATS reads it and its layout facts. Analyze it with
 *  `{ format: 'text', layout }`. */
export interface FileText {
  text: string;
  layout: LayoutFacts;
}

/** The Error a file reader rejects with: `message` for the user, `kind` for code. */
export interface FileError extends Error {
  kind:
    | 'empty'
    | 'not-docx'
    | 'legacy-doc'
    | 'encrypted'
    | 'damaged'
    | 'unsupported'
    | 'too-large'
    | 'too-many-entries'
    | 'zip-bomb'
    | 'hostile-xml'
    | 'not-pdf'
    | 'no-pages'
    | 'invalid-items'
    | 'pdf-reader'
    | 'file-reader'
    | string;
}

/** A half-open range [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface RuleMeta {
  /** Stable id, e.g. "B-NO-METRIC". */
  id: string;
  name: string;
  category: Category;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** One paragraph: why it matters, citing the seed. */
  explanation: string;
  /** Seed ids ("003", "000, 004") or "common ATS guidance". */
  source: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  message: string;
  /** A concrete next step. */
  fix: string;
  /** UTF-8 byte offsets into the analyzed text; null for whole-resume findings. */
  span: Span | null;
  /** The same span in UTF-16 code units: use this with JavaScript strings. */
  utf16: Span | null;
  /** Index into Report.bullets when the finding is about one bullet. */
  bullet: number | null;
  /** Points this finding costs its score part. */
  points: number;
}

export interface ScorePart {
  category: Category;
  score: number;
  /** Weight of this part in the overall score, in percent. */
  weight: number;
  /** Points lost in this part (sum of its findings' points, capped at 100). */
  lost: number;
}

export interface Score {
  /** 0–100. */
  overall: number;
  parts: ScorePart[];
  /** The band `overall` falls in. */
  band: ScoreBand;
  /** Every band, ascending. */
  bands: ScoreBand[];
}

/** A range of overall scores and what a resume in it looks like to a hiring manager. */
export interface ScoreBand {
  id: 'weak' | 'fair' | 'good' | 'strong';
  min: number;
  max: number;
  label: string;
  /** One sentence: what a resume in this band looks like to a hiring manager. */
  meaning: string;
}

/** One item per rule that fired: "7 bullets have no measured result". */
export interface FindingGroup {
  rule: string;
  /** The most severe of its findings. */
  severity: Severity;
  category: Category;
  /** Grouped wording; the finding's own message when count is 1. */
  message: string;
  /** One next step for all of them; the finding's own fix when count is 1. */
  fix: string;
  count: number;
  /** Points of the overall score recoverable by fixing all of them. */
  points: number;
  /** Indices into Report.findings, in report order. */
  findings: number[];
}

export interface InputSummary {
  format: Exclude<InputFormat, 'auto'>;
  bytes: number;
  lines: number;
  words: number;
  level: Level;
  levelInferred: boolean;
  /** Why the level is what it is: "senior: latest title 'Senior Backend Engineer', 7.5 years
   *  of work", or "set by you". */
  levelReason: string;
  experienceMonths: number;
  /** Estimated pages (from the file when known, otherwise from the line count). */
  pages: number;
}

export interface BulletReport {
  span: Span;
  utf16: Span;
  section: SectionKind;
  /** Whether the bullet rules judge it (experience and project bullets); only judged bullets
   *  count toward the bullets part of the score. */
  judged: boolean;
  score: number;
  /** A–D for a judged bullet (and for a line under a role that stands where an achievement
   *  should); null for a line that is not an achievement bullet and has nothing wrong (a
   *  skills or stack line, a certification, Education): not graded at all. */
  grade: Grade | null;
  /** Rule ids of this bullet's findings. */
  rules: string[];
  /** Strong signals found (before→after pair, percentile latency, …). */
  signals: string[];
  /** A rewrite hint built from the bullet's own verb and technologies (weak bullets). */
  hint: string | null;
  /** The XYZ parts (seed 004: "accomplished X as measured by Y, by doing Z") with their
   *  spans, every figure's class, and what is missing; null for bullets the rules do not
   *  judge, and in a `lean` report. */
  parts: BulletParts | null;
}

/** Where a part of a bullet stands. */
export interface PartSpan {
  span: Span;
  utf16: Span;
}

/** A number in a bullet and what it measures. */
export interface Figure {
  span: Span;
  utf16: Span;
  kind:
    | 'percent'
    | 'latency'
    | 'throughput'
    | 'money'
    | 'data-size'
    | 'users'
    | 'count'
    | 'people'
    | 'uptime'
    | 'multiplier'
    | 'duration'
    | 'number'
    | 'tenure'
    | 'year'
    | 'version';
  /** Impact and scale measure the result; scope and incidental figures do not. */
  class: 'impact' | 'scale' | 'scope' | 'incidental';
}

/** The XYZ parts of a judged bullet. */
export interface BulletParts {
  /** X: what was done (verb and object). */
  x: PartSpan | null;
  /** Y: the figures that measure the result (impact and scale). */
  y: PartSpan[];
  /** Z: how: the method clause, or the first named technology when there is none. */
  z: PartSpan | null;
  /** Every number, with its class. */
  figures: Figure[];
  /** The missing parts. */
  missing: ('x' | 'y' | 'z')[];
  /** What is present and what is missing, in one or two sentences. */
  explanation: string;
}

export interface SectionReport {
  kind: SectionKind;
  title: string | null;
  span: Span;
  utf16: Span;
  creative: boolean;
}

export interface ContactReport {
  email: boolean;
  phone: boolean;
  linkedin: boolean;
  github: boolean;
  location: boolean;
}

/** An inclusive range of counts. */
export interface Range {
  min: number;
  max: number;
}

export interface ClassCoverage {
  class: SignalClass;
  label: string;
  /** Distinct terms of the class. */
  distinct: number;
  /** Occurrences of the class's Tier-1 terms in the Experience and Project bullets (what
   *  seed 003's density counts). */
  occurrences: number;
  /** Occurrences of the class's Tier-1 terms anywhere (summary and Skills included). */
  mentions: number;
  /** Canonical names, in order of first appearance. */
  terms: string[];
  /** Seed 003's density range for the class, when it gives one. */
  density: Range | null;
  status: 'missing' | 'low' | 'ok' | 'high';
}

export interface CountTarget {
  level: Level;
  floor: number;
  target: Range;
  spam: number;
}

/** A term to add (K-SUGGEST), with the seed's phrasing pattern. */
export interface Suggestion {
  term: string;
  class: SignalClass;
  /** The class's display label ("Datastores"). */
  classLabel: string;
  /** The seed's typical resume phrasing for the term. */
  phrasing: string;
  /** Where to add it, in order. */
  placement: ('summary' | 'skills' | 'bullets')[];
  /** Its class has no term at all, or is below seed 003's density range. */
  reason: 'class-missing' | 'class-thin';
  /** Seed the term and its phrasing come from ("003, 000"). */
  source: string;
}

export interface KeywordSummary {
  /** The eight Tier-1 signal classes. */
  classes: ClassCoverage[];
  /** Distinct Tier-1 terms across the resume. */
  tier1Distinct: number;
  /** Of those, how many appear outside the Skills list. */
  tier1InContext: number;
  /** What the resume's level expects of `tier1Distinct`. */
  tier1Target: CountTarget;
  /** Distinct Tier-1 terms in the summary; null without a summary. */
  summaryTier1: number | null;
  summaryTarget: Range;
  /** Distinct Tier-1 terms per recent bullet, in tenths (20 = 2.0); null without bullets. */
  recentPerBulletTenths: number | null;
  recentPerBulletTarget: number;
  /** Counter-list (frontend) terms present, canonical names. */
  counter: string[];
  /** Generic family words present ("SQL", "NoSQL"). */
  generic: string[];
  /** Ranked terms to add (K-SUGGEST), best first. */
  suggestions: Suggestion[];
}

/** Required or preferred requirements: how many, how many the resume meets. */
export interface NeedGroup {
  total: number;
  met: number;
  rate: number;
}

/** Where the resume uses what meets a requirement. */
export interface ResumePlace {
  span: Span;
  utf16: Span;
}

/** One requirement of the posting and how the resume meets it. */
export interface Requirement {
  /** "Go, Python or Java"; "PostgreSQL"; "cloud platform (AWS, GCP or Azure)". */
  label: string;
  kind: 'required' | 'preferred';
  /** Canonical terms; any one meets the requirement (one for a plain requirement). */
  members: string[];
  /** The term the resume has that meets it (a member, or a term of its class: Datadog for observability). */
  matched: string | null;
  /** The resume section where it appears (an experience or project use first). */
  onResume: SectionKind | null;
  /** Where to add it ("skills", "a bullet of your latest role"); null when nothing to do or a frontend term. */
  suggestedPlace: string | null;
  /** "5+ years of Go" → 5. */
  years: number | null;
  /** A frontend term the posting requires: "required by this posting, not backend core"; never suggested. */
  counter: boolean;
  /** Where the posting names it: byte offsets into the posting's text (`MatchReport.text` when set). */
  spans: Span[];
  /** The same in UTF-16 code units, for JavaScript strings. */
  utf16: Span[];
  /** The resume's use of the matched term. */
  resumeAt: ResumePlace | null;
}

export interface MatchReport {
  /** Percentage of the posting's requirements the resume meets. */
  rate: number;
  /** Requirements, and how many the resume meets (= required + preferred). */
  total: number;
  matchedCount: number;
  /** Whether the posting separates required from preferred. */
  split: boolean;
  required: NeedGroup;
  preferred: NeedGroup;
  /** Every requirement, in the posting's order: the one source of the counts. */
  requirements: Requirement[];
  /** The requirements the resume meets, as terms (the older flat view). */
  matched: MatchTerm[];
  /** The requirements the resume does not meet, as terms (frontend terms excluded). */
  missing: MatchTerm[];
  /** Terms the resume has under a different spelling than the posting uses. */
  spelling: SpellingMirror[];
  title: TitleMatch;
  /** The posting's readable text when it differs from the paste (HTML): what `requirements[].spans` index into. */
  text: string | null;
}

/** One of the posting's requirements, as a term. */
export interface MatchTerm {
  /** The requirement's label. */
  term: string;
  /** The taxonomy's canonical name, for a plain taxonomy requirement. */
  canonical: string | null;
  class: SignalClass | null;
  /** "mentioned": named outside the requirement lists (counted with the required ones). */
  need: 'required' | 'preferred' | 'mentioned';
  /** Known to the taxonomy or the vocabulary (false: a technology-looking word). */
  known: boolean;
  /** How the resume writes what meets it. */
  resume: string | null;
}

/** A term the resume has under a different spelling than the posting. */
export interface SpellingMirror {
  term: string;
  /** The posting's spelling. */
  jd: string;
  /** The resume's spelling. */
  resume: string;
}

/** How the resume's title compares with the posting's. */
export interface TitleMatch {
  /** The posting's title, without its level. */
  jd: string | null;
  /** The level the posting's title names ("II", "L5"). */
  level: string | null;
  /** The resume's closest title. */
  resume: string | null;
  status: 'exact' | 'close' | 'different' | 'missing' | 'unknown';
}

export interface Report {
  /** Report schema version (1). */
  schema: number;
  /** Analyzer version. */
  analyzer: string;
  input: InputSummary;
  score: Score;
  /** Every finding, ordered by position (whole-resume findings last), then rule id. */
  findings: Finding[];
  /** One item per rule that fired, by points recoverable (desc), then rule id. */
  groups: FindingGroup[];
  /** Indices into Report.groups of the fixes worth the most (at most 10, points > 0). */
  topFixes: number[];
  bullets: BulletReport[];
  sections: SectionReport[];
  contact: ContactReport;
  keywords: KeywordSummary;
  /** Present when a job description was given. */
  match: MatchReport | null;
  /** Metadata of every rule that produced a finding, ordered by id; empty in a `lean` report. */
  rules: RuleMeta[];
  /** The analyzed plain text (LaTeX, JSON Resume, files): what an ATS would read, and what
   *  spans index into. When null, spans index the input text. */
  text: string | null;
  /** What a file reader learned about layout (tables, columns, text boxes, …); defaults for
   *  plain text. */
  layout: LayoutFacts;
  /** The ATS view's marks and notes. */
  ats: AtsView;
}

export interface AtsView {
  /** Places where columns were interleaved or the reading order had to be guessed. */
  breaks: { span: Span; utf16: Span }[];
  /** One line each: what an ATS would drop or mangle. */
  notes: string[];
}

/** Load the WebAssembly engine (once; later calls share the same promise). */
export function loadEngine(): Promise<unknown>;

/** Analyze a resume. Rejects with an Error whose message a user can act on for bad input
 *  (empty, binary, too large, malformed JSON Resume / LaTeX). */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Report>;

/** The report as JSON text, byte-identical to the CLI's `--format json`. */
export function analyzeJson(text: string, options?: AnalyzeOptions): Promise<string>;

/** The report as Markdown, identical to the CLI's `--format markdown`. */
export function analyzeMarkdown(text: string, options?: AnalyzeOptions): Promise<string>;

/** Metadata of every rule. */
export function rules(): Promise<RuleMeta[]>;

/** The input limits the analyzer enforces (longer text or job descriptions are refused). */
export interface Limits {
  maxInputBytes: number;
  maxInputLines: number;
  maxJdBytes: number;
}
/** The input limits the analyzer enforces. */
export function limits(): Promise<Limits>;
/** The analyzer's version. */
export function version(): Promise<string>;

/** `{ year, month }` (month 1–12) of `date` (default: now), for the `today` option. */
export function todayOption(date?: Date): { year: number; month: number };

/** Load the job-description reader's module (a third .wasm, with `readPosting`) once;
 *  `analyze`, `analyzeJson` and `analyzeMarkdown` call it on the first analysis with a
 *  `jobDescription` and read each posting once. */
export function loadPostingReader(): Promise<unknown>;

/** Load the JSON Resume and LaTeX readers' module (its own .wasm, with `readSource`) once;
 *  `analyze`, `analyzeJson` and `analyzeMarkdown` call it when the engine says a text is (or
 *  may be) a structured resume. */
export function loadSourceReaders(): Promise<unknown>;

/** Load the file readers' module (the second .wasm, with `readDocx` / `readPdfItems`) once;
 *  `readDocx` and `readPdf` call it on first use. Rejects with a `FileError` of kind
 *  `file-reader` when it cannot start. */
export function loadFileReaders(): Promise<unknown>;

/** Read a .docx file's bytes (in the file readers' .wasm, loaded on first use). Rejects with a
 *  `FileError`. */
export function readDocx(bytes: Uint8Array): Promise<FileText>;

/** Load the YAML reader's module (its own .wasm, with `readYaml`) once; `readYaml` calls it
 *  on first use. Rejects with a `FileError` of kind `file-reader` when it cannot start. */
export function loadYamlReader(): Promise<unknown>;

/** Read a YAML resume's text (RenderCV `cv:`, YAMLResume `content:`, or any mapping of
 *  sections) in the YAML reader's .wasm: the resume rendered as plain text (layout origin
 *  "yaml"). Rejects with a `FileError` (`malformed`, `too-large`, …). */
export function readYaml(text: string): Promise<FileText>;

/** Read a PDF's bytes: PDF.js (loaded on first use from ./vendor/pdfjs/, or inlined in the
 *  single file) extracts the text items, the file readers' .wasm lays them out.
 *  `onPage(n, total)` reports progress. Rejects with a `FileError` (`encrypted`, `damaged`, `too-large`, …). */
export function readPdf(bytes: Uint8Array, options?: { onPage?: (page: number, pages: number) => void }): Promise<FileText>;

/** The PDF.js text items of a PDF, in the shape tools/pdf/pdf-items.mjs writes (or
 *  `{ error: { name, message } }`). */
export function pdfTextItems(bytes: Uint8Array, options?: { onPage?: (page: number, pages: number) => void }): Promise<unknown>;

/** Load PDF.js (once). */
export function loadPdfJs(): Promise<unknown>;

/** Most pages read from a PDF. */
export const PDF_MAX_PAGES: number;

/** Options as the engine reads them (blank values become null). */
export function engineOptions(options?: AnalyzeOptions): Required<Pick<AnalyzeOptions, 'level' | 'jobDescription' | 'format'>> & AnalyzeOptions;

/** Drawable findings on `text`, outermost first. */
export function highlightRanges(
  text: string,
  findings: Finding[],
): { start: number; end: number; index: number; finding: Finding }[];

/** Fill `target` with `text` as text nodes, each finding's span wrapped in
 *  `<mark data-rule data-finding data-severity>`; overlapping spans nest or split. */
export function renderHighlights(target: Element, text: string, findings: Finding[], selected?: number): void;

/** Move findings' UTF-16 spans through an edit from `before` to `after`. */
export function shiftFindings(findings: Finding[], before: string, after: string): Finding[];

/** 1 for a "next finding" shortcut (Alt+↓, F8), -1 for "previous" (Alt+↑, Shift+F8), else 0. */
export function findingShortcut(event: KeyboardEvent): -1 | 0 | 1;

/** Above this many UTF-16 units the editor's backdrop is redrawn only when typing pauses. */
export const LARGE_TEXT: number;

/** Strip the common indentation of an element's text content. */
export function dedent(text: string): string;

/** A transparent textarea over a backdrop of marks (`root` holds `.backdrop` and a textarea). */
export class HighlightEditor {
  constructor(
    root: Element,
    handlers?: {
      onInput?: (text: string) => void;
      /** `finding`: the innermost finding under the pointer (-1: none); `all`: every finding
       *  highlighted there, innermost first. */
      onHover?: (finding: number, x: number, y: number, all: number[]) => void;
      onCaret?: (finding: number) => void;
    },
  );
  value: string;
  readonly textarea: HTMLTextAreaElement;
  findings: Finding[];
  selected: number;
  setFindings(findings: Finding[], text?: string): void;
  draw(text?: string): void;
  findingAt(offset: number): number;
  findingAtPoint(x: number, y: number): number;
  findingsAtPoint(x: number, y: number): number[];
  setCurrent(index: number): void;
  select(index: number, options?: { focus?: boolean }): boolean;
  reveal(index: number): void;
  revealOffset(offset: number): void;
  step(direction: 1 | -1): number;
}

/**
 * `<resume-analyzer level="mid">resume text…</resume-analyzer>`: a compact editor, the score and
 * the top findings, in a shadow root. Fires `report` (a CustomEvent whose detail is the Report,
 * bubbling and composed) after every analysis.
 */
export class ResumeAnalyzerElement extends HTMLElement {
  /** The latest report, or null before the first analysis. */
  readonly report: Report | null;
  /** The resume text in the editor. */
  value: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'resume-analyzer': ResumeAnalyzerElement;
  }
  interface HTMLElementEventMap {
    report: CustomEvent<Report>;
  }
}
