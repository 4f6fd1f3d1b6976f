// www/resume-analyzer.d.ts against what the built engine returns, checked by the TypeScript
// compiler itself.
//
// The report's types are written by hand in the .d.ts, and the Rust report (crates/core) is
// where fields appear; nothing else ties the two. This test analyzes a spread of fixtures with
// the built modules (dist/pkg, from `cargo xtask dist`: the same JS objects the page gets),
// writes each result as a typed object literal into one .ts file
//
//   export const weak_md: Report = { "schema": 1, ... };
//
// and type-checks it with `tsc --strict`. An object literal is checked exactly: a field the
// .d.ts does not declare fails ("Object literal may only specify known properties"), and so do
// a missing required field, a wrong type, `null` where the .d.ts does not allow it and a string
// outside a declared union (a new section kind, severity or status). The error names the
// fixture's constant and quotes the line of the literal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(here, '..', '..');
const DIST = resolve(process.env.RESUME_ANALYZER_DIST || join(ROOT, 'dist'));
const PKG = join(DIST, 'pkg');
const DTS = join(ROOT, 'www', 'resume-analyzer.d.ts');
const fixture = (rel) => readFileSync(join(ROOT, 'tests', 'fixtures', rel));
const text = (rel) => fixture(rel).toString('utf8');
const TODAY = { year: 2026, month: 12 };

const skip = existsSync(join(PKG, 'resume_analyzer_wasm.js'))
  ? false
  : `dist/pkg is missing (${PKG}): run \`cargo xtask dist\` first`;

/** A web-target module from dist/pkg, instantiated from its .wasm file. */
async function load(name) {
  const mod = await import(pathToFileURL(join(PKG, `${name}.js`)).href);
  await mod.default({ module_or_path: readFileSync(join(PKG, `${name}_bg.wasm`)) });
  return mod;
}

let computed = null;
/** `[constant name, type, value]` for every value the check covers (computed once). */
function values() {
  computed ??= computeValues();
  return computed;
}

async function computeValues() {
  const engine = await load('resume_analyzer_wasm');
  const files = await load('resume_analyzer_files');
  const postingReader = await load('resume_analyzer_posting');
  const sourceReaders = await load('resume_analyzer_readers');
  const yamlReader = await load('resume_analyzer_yaml');
  const posting = text('jd/senior_backend_payments.txt');
  // What www/engine.js does before it calls the engine: a posting read by the posting
  // module, a JSON Resume or LaTeX text read by the readers module.
  const options = (input, more = {}) => {
    const o = { level: null, jobDescription: null, format: 'auto', today: TODAY, ...more };
    if (o.jobDescription) o.posting = postingReader.readPosting(o.jobDescription);
    o.jobDescription = null;
    if (engine.needsReader(input, o.format)) o.source = sourceReaders.readSource(input, o.format);
    return o;
  };
  const report = (rel, more) => engine.analyze(text(rel), options(text(rel), more));
  const docx = files.readDocx(new Uint8Array(fixture('docx/libreoffice-two-column-table.docx')));
  const pdf = files.readPdfItems(text('pdf/two-column.items.json'));
  const yaml = yamlReader.readYaml(text('inputs/rendercv.yaml'));
  const fromFile = (read) => engine.analyze(read.text, options(read.text, { format: 'text', layout: read.layout }));
  return [
    ['strong_senior_md', 'Report', report('resumes/strong-senior.md', { jobDescription: posting })],
    ['weak_md', 'Report', report('resumes/weak.md', { jobDescription: posting })],
    ['hazards_md', 'Report', report('resumes/hazards.md', { level: 'staff' })],
    ['json_resume', 'Report', report('resumes/json-resume.json')],
    ['jakes_tex', 'Report', report('inputs/jakes.tex', { jobDescription: text('jd/corpus/03_greenhouse.html') })],
    ['docx_two_column_table', 'Report', fromFile(docx)],
    ['pdf_two_column', 'Report', fromFile(pdf)],
    ['rendercv_yaml', 'Report', fromFile(yaml)],
    ['docx_read', 'FileText', docx],
    ['pdf_read', 'FileText', pdf],
    ['yaml_read', 'FileText', yaml],
    ['rules', 'RuleMeta[]', engine.rules()],
    ['limits', 'Limits', engine.limits()],
    ['version', 'string', engine.version()],
  ];
}

/** The TypeScript errors of `values` typed against the .d.ts: each distinct message once, with
 *  where it first occurs and how often. */
function typeErrors(values) {
  const dir = mkdtempSync(join(tmpdir(), 'resume-analyzer-dts-'));
  const file = join(dir, 'values.ts');
  const types = [...new Set(values.map(([, type]) => type.replace('[]', '')))].filter((t) => t !== 'string');
  const from = relative(dir, DTS).replace(/\.d\.ts$/, '.js');
  const lines = [`import type { ${types.join(', ')} } from '${from}';`];
  for (const [name, type, value] of values) {
    lines.push(`export const ${name}: ${type} = ${JSON.stringify(value, null, 2)};`);
  }
  const source = lines.join('\n') + '\n';
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const sourceLines = source.split('\n');
  const seen = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
    let where = '';
    if (d.file) {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      where = d.file.fileName === file
        ? `${constantAt(sourceLines, line)} (${file}:${line + 1}: ${sourceLines[line]?.trim()})`
        : `${d.file.fileName}:${line + 1}`;
    }
    const first = seen.get(message);
    if (first) first.count += 1;
    else seen.set(message, { where, count: 1 });
  }
  return [...seen].map(([message, { where, count }]) =>
    `${where}: ${message}${count > 1 ? ` (and ${count - 1} more like it)` : ''}`);
}

/** The `export const NAME` a line of the generated file belongs to. */
function constantAt(lines, line) {
  for (let i = line; i >= 0; i -= 1) {
    const m = /^export const (\w+)/.exec(lines[i]);
    if (m) return m[1];
  }
  return '?';
}

test('the .d.ts describes every report, file reading, rule and limit the engine returns', { skip }, async () => {
  const errors = typeErrors(await values());
  assert.deepEqual(errors, [], `www/resume-analyzer.d.ts disagrees with the engine:\n${errors.join('\n')}`);
});

test('the check fails on an undeclared field, a missing one, a new enum value and a wrong type', { skip }, async () => {
  const all = await values();
  const weak = structuredClone(all.find(([name]) => name === 'weak_md')[2]);
  assert.ok(weak.match && weak.bullets.length > 0 && weak.findings.length > 0);
  // Each first in its object: TypeScript reports one excess property per object literal.
  weak.bullets[0] = { undeclaredField: 1, ...weak.bullets[0] };
  weak.match.requirements[0] = { undeclaredNested: true, ...weak.match.requirements[0] };
  delete weak.score.overall;
  weak.sections[0].kind = 'hobbies';
  weak.findings[0].points = '3';
  const errors = typeErrors([['weak_md', 'Report', weak]]).join('\n');
  assert.match(errors, /'"undeclaredField"' does not exist in type 'BulletReport'/);
  assert.match(errors, /'"undeclaredNested"' does not exist in type 'Requirement'/);
  assert.match(errors, /'overall' is missing/);
  assert.match(errors, /"hobbies"/);
  assert.match(errors, /'string' is not assignable to type 'number'/);
  assert.match(errors, /^weak_md \(/m);
});
