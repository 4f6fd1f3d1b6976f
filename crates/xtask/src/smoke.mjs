// Smoke test of a built module, run by `cargo xtask dist` after wasm-opt:
//   node smoke.mjs <check> <glue.js (--target web)> <module_bg.wasm>
// where <check> is the module's `smoke` in wasm-pack.toml (a new module adds its check here).
// An optimizer bug (binaryen 108 mis-numbers wasm-bindgen's externref table) shows up here as
// a failed instantiation or call, and dist falls back to the unoptimized module.
// `engine`: the analyzer (crates/wasm); `files`: the DOCX/PDF readers (crates/wasm-files).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [kind, glue, wasm] = process.argv.slice(2);
if (kind !== 'engine' && kind !== 'files') throw new Error(`smoke test: unknown module kind ${kind}`);
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
if (kind === 'engine') {
  const report = mod.analyze(sample, { level: 'senior', jobDescription: 'Go and Kafka' });
  check(report.schema === 1, `schema is ${report.schema}`);
  check(report.input.level === 'senior', 'options were not applied');
  check(Array.isArray(report.findings), 'no findings array');
  const json = mod.analyzeJson(sample, { level: 'senior', jobDescription: 'Go and Kafka' });
  check(JSON.stringify(report, null, 2) + '\n' === json, 'analyze and analyzeJson disagree');
  check(Array.isArray(mod.rules()), 'rules() is not an array');
  let message = '';
  try {
    mod.analyze('   ', undefined);
  } catch (e) {
    message = e instanceof Error ? e.message : '';
  }
  check(message.length > 0, 'empty input did not throw an Error with a message');
  // The file readers are the files module's, loaded only when a file is opened.
  check(mod.readDocx === undefined && mod.readPdfItems === undefined, 'the engine carries the file readers');
  console.log(`smoke test ok: analyzer ${mod.version()}, ${report.findings.length} findings`);
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
