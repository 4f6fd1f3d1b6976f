// Browser benchmark: the built analyzer in headless Chromium, side by side with harper.js and
// write-good on the same texts, plus page-open time, WASM memory and sizes.
//
//   cargo xtask dist                        # builds dist/ (this script builds nothing)
//   cd tests/bench && npm ci && node bench.mjs [--quick] [--page-open] [--json out.json]
//
// --page-open measures only the page open (wall time and the traced main-thread CPU) and the
// sizes of what the page loads: a minute instead of several, to compare two builds of the page.
//
// It serves dist/ at /, this folder at /bench/ and tests/fixtures at /fixtures/ from a tiny
// HTTP server on 127.0.0.1, and drives Debian's Chromium (/usr/bin/chromium) with
// playwright-core. Prints a report; with --json also writes every figure to a file.
// RESUME_ANALYZER_DIST points it at another build (e.g. a scratch copy), CHROMIUM at another
// browser binary. Nothing here asserts on time: it measures, BENCHMARKS.md records.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = resolve(fileURLToPath(new URL('.', import.meta.url)));
const repo = resolve(here, '..', '..');
const DIST = resolve(process.env.RESUME_ANALYZER_DIST || join(repo, 'dist'));
const FIXTURES = join(repo, 'tests', 'fixtures');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const pageOpenOnly = args.includes('--page-open');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
// Per measured function: at most this many runs or this long (at least minRuns).
const OURS = quick ? { maxRuns: 200, budgetMs: 500 } : { maxRuns: 3000, budgetMs: 5000 };
const THEIRS = quick ? { maxRuns: 20, minRuns: 5, budgetMs: 1000, warmup: 3 } : { maxRuns: 300, minRuns: 20, budgetMs: 8000, warmup: 5 };
const FILES = quick ? { maxRuns: 10, minRuns: 3, budgetMs: 300, warmup: 1 } : { maxRuns: 200, minRuns: 10, budgetMs: 2000, warmup: 3 };
const PAGE_OPENS = quick ? 3 : 9;
const MEMORY_RUNS = 1000;

// ---------------------------------------------------------------------------------------------
// write-good is CommonJS for Node; the harness needs it in a classic <script>. A ten-line
// CommonJS bundler (its dependencies are plain modules with no Node built-ins) avoids a build
// tool: every file reachable through require('…') is wrapped in a function and registered.

function bundleCommonJs(entry, globalName) {
  const req = createRequire(join(here, 'package.json'));
  const files = [];
  const ids = new Map();
  const visit = (file) => {
    if (ids.has(file)) return ids.get(file);
    const id = files.length;
    ids.set(file, id);
    const entryOf = { file, source: readFileSync(file, 'utf8'), deps: {} };
    files.push(entryOf);
    const local = createRequire(file);
    for (const [, spec] of entryOf.source.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      entryOf.deps[spec] = visit(local.resolve(spec));
    }
    return id;
  };
  visit(req.resolve(entry));
  const defs = files
    .map((f, id) => `${id}: [function (module, exports, require) {\n${f.source}\n}, ${JSON.stringify(f.deps)}]`)
    .join(',\n');
  return `(function () {
const defs = {${defs}};
const cache = {};
function load(id) {
  if (cache[id]) return cache[id].exports;
  const module = (cache[id] = { exports: {} });
  const [fn, deps] = defs[id];
  fn(module, module.exports, (spec) => load(deps[spec]));
  return module.exports;
}
window.${globalName} = load(0);
})();\n`;
}

// ---------------------------------------------------------------------------------------------
// The server: dist/ at /, this folder at /bench/, the fixtures at /fixtures/.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function serve() {
  const writeGood = bundleCommonJs('write-good', 'writeGood');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let root = DIST;
    let rest = path;
    if (path.startsWith('/bench/')) [root, rest] = [here, path.slice('/bench'.length)];
    else if (path.startsWith('/fixtures/')) [root, rest] = [FIXTURES, path.slice('/fixtures'.length)];
    const headers = { 'cache-control': 'no-store' };
    if (path === '/bench/write-good.bundle.js') {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.js'] }).end(writeGood);
      return;
    }
    if (path === '/bench/harness.html') {
      // Cross-origin isolation: performance.now() at 5 µs instead of 100 µs.
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    let file = normalize(join(root, rest));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    headers['content-type'] = TYPES[extname(file)] || 'application/octet-stream';
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Page open to first report: a fresh context per open (nothing cached; the server says
// no-store), timed from navigation start to the moment the page sets #score's data-band,
// which it does when it renders its first report. A MutationObserver installed before any
// page script records performance.now() at that mutation.

const FIRST_REPORT_PROBE = `
  window.__firstReport = new Promise((resolve) => {
    const seen = () => {
      const score = document.getElementById('score');
      return score && score.dataset.band ? performance.now() : null;
    };
    const observer = new MutationObserver(() => {
      const t = seen();
      if (t !== null) { observer.disconnect(); resolve(t); }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-band'] });
  });
`;

async function pageOpen(browser, url, { sizes = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = [];
  if (sizes) {
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        loaded.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      } catch {
        // a response without a body (a redirect) has no size
      }
    });
  }
  await page.addInitScript(FIRST_REPORT_PROBE);
  await page.goto(url);
  const firstReport = await page.evaluate(() => window.__firstReport);
  // Where the time went: the HTML parsed, the .wasm fetched.
  const split = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { domContentLoaded: nav ? nav.domContentLoadedEventEnd : null, wasmFetched: wasm ? wasm.responseEnd : null };
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { firstReport, ...split, loaded };
}

// The renderer main thread's CPU time from navigation to the first report: the thread
// durations of its top-level tasks in a Chromium trace, up to the probe's 'first-report' mark.
// Unlike the wall time above it does not count time spent waiting for a core, so it compares two
// builds of the page on a busy machine (the trace itself slows the page: its wall time is not
// reported). Also split by the work the page's own code drives: script, style and layout.
const CPU_PROBE = FIRST_REPORT_PROBE.replace('resolve(t);', "performance.mark('first-report'); resolve(t);");

async function pageOpenCpu(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(CPU_PROBE);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'] });
  await page.goto(url);
  await page.evaluate(() => window.__firstReport);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const mark = traceEvents.find((e) => e.name === 'first-report');
  if (!mark) return null;
  const start = (traceEvents.find((e) => e.name === 'navigationStart' && e.pid === mark.pid) || { ts: 0 }).ts;
  const on = (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= start && e.ts < mark.ts;
  const cpu = (names) => traceEvents.filter((e) => on(e) && names.includes(e.name)).reduce((sum, e) => sum + (e.tdur || 0) / 1000, 0);
  return { total: cpu(['RunTask']), layout: cpu(['Layout']), style: cpu(['UpdateLayoutTree']) };
}

// ---------------------------------------------------------------------------------------------
// Sizes on disk.

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { file: relative(repo, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function findPkgFile(suffix) {
  const pkg = join(DIST, 'pkg');
  const name = readdirSync(pkg).find((f) => f.endsWith(suffix));
  return name ? join(pkg, name) : null;
}

// ---------------------------------------------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!existsSync(join(DIST, 'pkg'))) {
    console.error(`no build at ${DIST}: run \`cargo xtask dist\` first`);
    process.exit(2);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
    process.exit(2);
  }
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg(), node: process.version, chromium: browser.version() },
  };
  try {
    // 1. Page open → first report: the served page, then the single offline file.
    const served = [];
    const dcl = [];
    const wasmFetched = [];
    let loaded = [];
    for (let i = 0; i < PAGE_OPENS; i++) {
      const run = await pageOpen(browser, `${server.origin}/index.html`, { sizes: i === 0 });
      served.push(run.firstReport);
      dcl.push(run.domContentLoaded);
      if (run.wasmFetched != null) wasmFetched.push(run.wasmFetched);
      if (i === 0) loaded = run.loaded;
    }
    const single = [];
    const singleFile = join(DIST, 'resume-analyzer.html');
    if (existsSync(singleFile)) {
      for (let i = 0; i < PAGE_OPENS; i++) {
        single.push((await pageOpen(browser, pathToFileURL(singleFile).href)).firstReport);
      }
    }
    results.pageOpen = {
      served: { runs: served, median: median(served), domContentLoaded: median(dcl), wasmFetched: wasmFetched.length ? median(wasmFetched) : null },
    };
    if (single.length) results.pageOpen.singleFile = { runs: single, median: median(single) };
    const cpu = [];
    for (let i = 0; i < PAGE_OPENS; i++) {
      const run = await pageOpenCpu(browser, `${server.origin}/index.html`);
      if (run) cpu.push(run);
    }
    if (cpu.length) {
      results.pageOpen.served.mainThreadCpu = {
        runs: cpu.map((c) => c.total),
        median: median(cpu.map((c) => c.total)),
        layout: median(cpu.map((c) => c.layout)),
        style: median(cpu.map((c) => c.style)),
      };
    }

    // 2. analyze() and the reference linters in the harness page.
    if (!pageOpenOnly) await benchAnalyze(browser, server, results);

    // 3. Sizes: what the served page loads, and the build's files.
    const wasmFile = findPkgFile('resume_analyzer_wasm_bg.wasm');
    const glueFile = findPkgFile('resume_analyzer_wasm.js');
    const filesWasm = findPkgFile('resume_analyzer_files_bg.wasm');
    results.sizes = {
      wasm: wasmFile && sizeOf(wasmFile),
      glue: glueFile && sizeOf(glueFile),
      filesWasm: filesWasm && sizeOf(filesWasm),
      singleFile: existsSync(singleFile) ? sizeOf(singleFile) : null,
      page: {
        files: loaded.map((l) => ({ ...l, url: l.url.replace(server.origin, '') })),
        raw: loaded.reduce((s, l) => s + l.raw, 0),
        gzip: loaded.reduce((s, l) => s + l.gzip, 0),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
  report(results);
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nwrote ${jsonOut}`);
  }
}

/** analyze() and the reference linters in the harness page, the WASM memory and the files. */
async function benchAnalyze(browser, server, results) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.origin}/bench/harness.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 60000 }).catch(() => {
    throw new Error(`the harness did not load: ${errors.join('; ') || 'no error reported'}`);
  });
  results.harness = await page.evaluate(() => ({
    crossOriginIsolated: window.bench.crossOriginIsolated,
    initMs: window.bench.initMs,
    version: window.bench.version,
  }));
  results.ours = await page.evaluate((s) => window.bench.ours(s), OURS);
  results.memory = await page.evaluate((n) => window.bench.memory(n), MEMORY_RUNS);
  const fixtures = [
    ...readdirSync(join(FIXTURES, 'docx')).filter((f) => f.endsWith('.docx')).map((f) => `docx/${f}`),
    ...readdirSync(join(FIXTURES, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => `pdf/${f}`),
  ].sort();
  results.files = await page.evaluate(([f, s]) => window.bench.files(f, s), [fixtures, FILES]);
  results.writeGood = await page.evaluate((s) => window.bench.writeGood(s), THEIRS);
  results.harper = await page.evaluate((s) => window.bench.harper(s), THEIRS);
  await context.close();
}

function report(r) {
  const m = r.machine;
  console.log(`resume-analyzer${r.harness ? ` ${r.harness.version}` : ''} in Chromium ${m.chromium} · ${m.cpu} × ${m.cores} · load ${m.loadavg.map((x) => x.toFixed(2)).join(' ')}`);
  if (r.ours) reportAnalyze(r);
  reportPageOpen(r);
}

function reportAnalyze(r) {
  console.log(`timer: ${r.harness.crossOriginIsolated ? 'cross-origin isolated (5 µs resolution)' : 'NOT isolated (100 µs resolution)'}; wasm init ${ms(r.harness.initMs)}`);
  console.log('\nanalyze() per call            bytes   findings     median        p95    runs   analyzeJson median');
  for (const [name, c] of Object.entries(r.ours)) {
    console.log(
      `  ${name.padEnd(26)} ${String(c.bytes).padStart(7)} ${String(c.findings).padStart(10)} ${ms(c.analyze.median).padStart(10)} ${ms(c.analyze.p95).padStart(10)} ${String(c.analyze.runs).padStart(7)}   ${ms(c.analyzeJson.median)}`,
    );
  }
  console.log('\nreference linters, same texts     median        p95    runs   median ÷ ours (analyze)');
  for (const [label, data, count] of [
    ['harper.js', r.harper, 'lints'],
    ['write-good', r.writeGood, 'suggestions'],
  ]) {
    for (const [name, c] of Object.entries(data)) {
      if (name === 'initMs') continue;
      const ours = r.ours[name].analyze.median;
      console.log(
        `  ${`${label} ${name}`.padEnd(30)} ${ms(c.lint.median).padStart(10)} ${ms(c.lint.p95).padStart(10)} ${String(c.lint.runs).padStart(7)}   ${ratio(c.lint.median, ours)}  (${c[count]} ${count})`,
      );
    }
  }
  if (r.harper.initMs != null) console.log(`  harper.js set-up (load + compile its wasm, build the linter): ${ms(r.harper.initMs)}`);
  console.log('\nresume files (read → analyze, as the page does on a drop)   median (p95)');
  for (const [file, f] of Object.entries(r.files)) {
    let line;
    if (f.skipped) line = f.skipped;
    else if (f.refused) line = `refused (${f.refused}) in ${ms(f.refusal.median)}`;
    else if (f.extract) line = `PDF.js ${ms(f.extract.median)} + layout ${ms(f.layout.median)}; total with analyze ${ms(f.total.median)} (${ms(f.total.p95)})`;
    else line = `read ${ms(f.read.median)}; total with analyze ${ms(f.total.median)} (${ms(f.total.p95)})`;
    console.log(`  ${file.padEnd(40)} ${kb(f.bytes).padStart(9)}  ${line}`);
  }
  const mem = r.memory;
  console.log(
    `\nWASM memory: ${kb(mem.initial)} at start, ${kb(mem.afterOne)} after 1 analysis, ${kb(mem.afterN)} after ${mem.runs} more analyze(), ${kb(mem.afterJson)} after ${mem.runs} analyzeJson() (${mem.afterJson > mem.afterOne ? 'GREW' : 'no growth'})`,
  );
}

function reportPageOpen(r) {
  const po = r.pageOpen;
  console.log(`\npage open → first report (median of ${po.served.runs.length}): served ${ms(po.served.median)}` + (po.singleFile ? `, single file from file:// ${ms(po.singleFile.median)}` : ''));
  console.log(`  served page: HTML parsed at ${ms(po.served.domContentLoaded)}` + (po.served.wasmFetched != null ? `, .wasm fetched at ${ms(po.served.wasmFetched)}` : ''));
  const cpu = po.served.mainThreadCpu;
  if (cpu) console.log(`  served page: main-thread CPU before the first report ${ms(cpu.median)} (layout ${ms(cpu.layout)}, style ${ms(cpu.style)}; traced opens, median of ${cpu.runs.length})`);
  const s = r.sizes;
  console.log('\nsizes                                  raw       gzip');
  for (const [label, f] of [['.wasm', s.wasm], ['JS glue', s.glue], ['files .wasm (on first file)', s.filesWasm], ['single offline file', s.singleFile]]) {
    if (f) console.log(`  ${label.padEnd(30)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}`);
  }
  console.log(`  ${'page total (what index.html loads)'.padEnd(30)} ${kb(s.page.raw).padStart(10)} ${kb(s.page.gzip).padStart(10)}`);
  for (const f of s.page.files) console.log(`    ${f.url.padEnd(34)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
