// Smoke test of a built module, run by `cargo xtask dist` after wasm-opt:
//   node smoke.mjs <check> <glue.js (--target web)> <module_bg.wasm>
// where <check> is the module's `smoke` in wasm-pack.toml (a new module adds its check here).
// An optimizer bug (binaryen 108 mis-numbers wasm-bindgen's externref table) shows up here as
// a failed instantiation or call, and dist falls back to the unoptimized module.
// `engine`: the analyzer (crates/wasm); `files`: the DOCX/PDF readers (crates/wasm-files);
// `posting`: the job-description reader (crates/wasm-posting); `readers`: the JSON Resume and
// LaTeX readers (crates/wasm-readers); `yaml`: the YAML reader (crates/wasm-yaml).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [kind, glue, wasm] = process.argv.slice(2);
const KINDS = ['engine', 'files', 'posting', 'readers', 'yaml'];
if (!KINDS.includes(kind)) throw new Error(`smoke test: unknown module kind ${kind}`);
const mod = await import(pathToFileURL(glue).href);
await mod.default({ module_or_path: readFileSync(wasm) });

const sample = [
  'Jane Doe',
  'jane@example.com | github.com/janedoe',
  '',
  'Experience',
  'Backend Engineer, Acme Corp, 2019 - 2024',
  '- Responsible for the payments API',
  '- Reduced p99 latency of checkout from 800ms to 120ms with Redis caching',
  '',
  'Skills',
  'Go, PostgreSQL, Redis, Kafka',
  '',
].join('\n');

const check = (ok, what) => {
  if (!ok) throw new Error(`smoke test: ${what}`);
};
const thrown = (call) => {
  try {
    call();
  } catch (e) {
    return e instanceof Error ? e.message : 'not an Error';
  }
  return '';
};
if (kind === 'engine') {
  const report = mod.analyze(sample, { level: 'senior', format: 'text' });
  check(report.schema === 1, `schema is ${report.schema}`);
  check(report.input.level === 'senior', 'options were not applied');
  check(Array.isArray(report.findings), 'no findings array');
  const json = mod.analyzeJson(sample, { level: 'senior' });
  check(JSON.stringify(report, null, 2) + '\n' === json, 'analyze and analyzeJson disagree');
  check(Array.isArray(mod.rules()), 'rules() is not an array');
  check(thrown(() => mod.analyze('   ', undefined)).length > 0, 'empty input did not throw an Error with a message');
  // The other readers are lazily loaded modules: the engine says when a text needs one, and
  // refuses a posting or a structured resume it was not handed read.
  check(mod.needsReader('{"basics": {}}', 'auto') && !mod.needsReader(sample, 'auto'), 'needsReader');
  check(thrown(() => mod.analyze(sample, { jobDescription: 'Go and Kafka' })).includes('readPosting'), 'a raw job description');
  check(thrown(() => mod.analyze('\\section{Experience}', undefined)).includes('readSource'), 'a LaTeX resume');
  for (const name of ['readDocx', 'readPdfItems', 'readPosting', 'readSource', 'readYaml']) {
    check(mod[name] === undefined, `the engine carries ${name}`);
  }
  console.log(`smoke test ok: analyzer ${mod.version()}, ${report.findings.length} findings`);
} else if (kind === 'posting') {
  const read = mod.readPosting('Requirements\n- Go and Kafka\n');
  check(typeof read === 'string' && read.startsWith('2:P1'), 'readPosting of a posting');
  check(mod.readPosting('  ') === '', 'readPosting of a blank posting');
  check(mod.analyze === undefined, 'the posting module carries the analyzer');
  console.log(`smoke test ok: posting reader (${read.length} characters)`);
} else if (kind === 'readers') {
  const read = mod.readSource('{"basics": {"name": "Jane Doe"}, "work": [{"name": "Acme", "position": "Engineer", "highlights": ["Built the payments API in Go"]}]}', 'auto');
  check(read.format === 'json-resume' && read.text.startsWith('Jane Doe'), 'readSource of a JSON Resume');
  check(Array.isArray(read.headings) && read.layout.origin === 'json-resume', 'readSource: headings and layout');
  check(thrown(() => mod.readSource('{"basics": ', 'auto')).length > 0, 'readSource of broken JSON');
  check(mod.analyze === undefined, 'the readers module carries the analyzer');
  console.log(`smoke test ok: structured readers (${read.text.length} characters)`);
} else if (kind === 'yaml') {
  const read = mod.readYaml('cv:\n  name: Jane Doe\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        highlights:\n          - Built the payments API in Go\n');
  check(read.layout.origin === 'yaml' && read.text.startsWith('Jane Doe'), 'readYaml of a RenderCV file');
  check(mod.analyze === undefined, 'the YAML module carries the analyzer');
  console.log(`smoke test ok: YAML reader (${read.text.length} characters)`);
} else {
  // The file readers: errors carry the reader's kind; PDF items are laid out.
  const kindOf = (read) => {
    try {
      read();
    } catch (e) {
      return e instanceof Error && e.message ? e.kind : 'no message';
    }
    return 'no error';
  };
  check(kindOf(() => mod.readDocx(new Uint8Array())) === 'empty', 'readDocx of no bytes');
  check(kindOf(() => mod.readPdfItems('{"error":{"name":"PasswordException","message":"x"}}')) === 'encrypted', 'readPdfItems of an encrypted PDF');
  const pdf = mod.readPdfItems(JSON.stringify({ pages: [{ width: 612, height: 792, items: [{ str: sample.split('\n')[0], x: 72, y: 720, width: 60, height: 12, fontName: 'f1', hasEOL: true }] }] }));
  check(pdf.layout.origin === 'pdf' && pdf.text.startsWith('Jane Doe'), 'readPdfItems lays out items');
  check(kindOf(() => mod.readDocx(new TextEncoder().encode('%PDF-1.7'))) === 'not-docx', 'readDocx of a PDF');
  check(mod.analyze === undefined, 'the files module carries the analyzer');
  console.log(`smoke test ok: file readers (${pdf.text.length} characters of PDF text)`);
}
