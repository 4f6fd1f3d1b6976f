// Per keystroke, A/B: two builds' engines (two dist/ directories), each in its own page of one
// headless Chromium, timed in alternating rounds so a busy machine slows both alike. Prints,
// per build and text, the medians of `analyze()` (the report as JS objects, what the page
// uses; also with `lean: true`, as the page asks on each keystroke), `analyzeJson()` (the report as pretty JSON text, what an export downloads) and
// `JSON.parse` of the compact report (the JS side of analyze(), which parses the JSON the wasm
// writes), and the ratio B ÷ A. Builds from different days compare on one machine, which milliseconds
// recorded on different machines cannot.
//
//   git worktree add /tmp/old <commit> && (cd /tmp/old && cargo xtask dist)
//   node tests/bench/ab-engine.mjs /tmp/old/dist dist [rounds, default 15]
//
// Uses the browser tests' harness (cd tests/browser && npm ci). It measures, asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../browser/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [a, b] = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] || '15');
const PER_ROUND = 40;
const MEASURES = ['analyze', 'analyze lean', 'analyzeJson', 'JSON.parse'];
const texts = ['one-page', 'two-page'].map((name) => ({ name, text: readFileSync(join(here, 'texts', `${name}.md`), 'utf8') }));

/**
 * `dir` served cross-origin isolated (COOP + COEP), so `performance.now()` has its fine
 * resolution (5 µs instead of 100 µs) for calls of about a millisecond.
 */
function serveIsolated(dir) {
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path));
    const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (!file.startsWith(dir + sep) || !existsSync(file) || path.endsWith('/')) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<!doctype html><title>A/B</title>');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': types[file.slice(file.lastIndexOf('.'))] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }));
  });
}

const browser = await launch();
const builds = [];
for (const dir of [a, b]) {
  const server = await serveIsolated(dir);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.origin}/pkg/`);
  await page.evaluate(async () => {
    const mod = await import('/pkg/resume_analyzer_wasm.js');
    await mod.default();
    window.engine = mod;
  });
  if (!(await page.evaluate(() => globalThis.crossOriginIsolated))) console.warn(`${dir}: not cross-origin isolated; timer resolution 100 µs`);
  builds.push({ dir, server, page, times: {} });
}

/** `n` timed calls of `fn` on `text` in the page; returns each call's milliseconds. */
function timeCalls(page, fn, text, n) {
  return page.evaluate(
    ({ fn, text, n }) => {
      const times = [];
      // `JSON.parse` alone: the share of analyze() the report's size costs on the JS side.
      const json = fn === 'JSON.parse' ? JSON.stringify(window.engine.analyze(text, {})) : null;
      // `lean: true` is what the page asks on each keystroke (builds without it ignore the key).
      const [name, options] = fn === 'analyze lean' ? ['analyze', { lean: true }] : [fn, {}];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        if (json) JSON.parse(json);
        else window.engine[name](text, options);
        times.push(performance.now() - t0);
      }
      return times;
    },
    { fn, text, n },
  );
}

for (const build of builds) for (const { name, text } of texts) for (const fn of MEASURES) await timeCalls(build.page, fn, text, 10);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 ? [1, 0] : [0, 1];
  for (const { name, text } of texts) {
    for (const fn of MEASURES) {
      for (const k of order) {
        const key = `${name} ${fn}`;
        const times = await timeCalls(builds[k].page, fn, text, PER_ROUND);
        (builds[k].times[key] ||= []).push(...times);
      }
    }
  }
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`A ${a}\nB ${b}\n${rounds} rounds × ${PER_ROUND} calls per build and measure\n`);
console.log('measure                      A median     B median    B ÷ A');
for (const key of Object.keys(builds[0].times)) {
  const [ma, mb] = builds.map((build) => median(build.times[key]));
  console.log(`${key.padEnd(26)} ${ma.toFixed(3).padStart(8)} ms  ${mb.toFixed(3).padStart(8)} ms  ${(mb / ma).toFixed(2).padStart(6)}`);
}
await browser.close();
for (const build of builds) await build.server.close();
