// Page open, A/B: two builds of the page (two dist/ directories), opened alternately in one
// headless Chromium so a busy machine slows both alike. Prints, per build, the medians of the
// main thread's CPU before the first report (traced opens; with its layout part) and to the
// settled page (aria-busy false), then the wall times of as many untraced opens.
//
//   cp -r dist /tmp/before   # … change the page, cargo xtask dist …
//   node tests/bench/ab-open.mjs /tmp/before dist [opens per build, default 8]
//   node tests/bench/ab-open.mjs /tmp/before/resume-analyzer.html dist/resume-analyzer.html
//
// Two .html files are opened from file:// (the single offline file) instead of served. There
// the trace has no navigationStart: the CPU is counted from the renderer main thread's first
// event of the open.
//
// Uses the browser tests' harness (cd tests/browser && npm ci). It measures, asserts nothing.
import { serve, launch } from '../browser/harness.mjs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [a, b] = process.argv.slice(2, 4).map((d) => resolve(d));
const n = process.argv[4] || '8';
const files = a.endsWith('.html') && b.endsWith('.html');
const servers = [await serve(files ? dirname(a) : a), await serve(files ? dirname(b) : b)];
const urls = files ? [pathToFileURL(a).href, pathToFileURL(b).href] : servers.map((s) => `${s.origin}/index.html`);
const browser = await launch();
const PROBE = `window.__firstReport = new Promise((resolve) => { const o = new MutationObserver(() => { const s = document.getElementById('score'); if (s && s.dataset.band) { o.disconnect(); performance.mark('first-report'); resolve(performance.now()); } }); o.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-band'] }); });
window.__settled = new Promise((resolve) => { const check = () => { const r = document.getElementById('report'); if (r && document.getElementById('score')?.dataset.band && r.getAttribute('aria-busy') === 'false') { performance.mark('settled'); resolve(performance.now()); } else requestAnimationFrame(check); }; requestAnimationFrame(check); });`;
async function once(url, traced) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  if (traced) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'] });
  await page.goto(url);
  const first = await page.evaluate(() => window.__firstReport);
  const settled = await page.evaluate(() => window.__settled);
  let cpu = null;
  if (traced) {
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const mark = traceEvents.find((e) => e.name === 'first-report');
    const end = traceEvents.find((e) => e.name === 'settled');
    const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === mark.pid);
    const start = nav ? nav.ts : Math.min(...traceEvents.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ts > 0).map((e) => e.ts));
    const sum = (until, names) => traceEvents.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= start && e.ts < until && names.includes(e.name)).reduce((s, e) => s + (e.tdur || 0) / 1000, 0);
    cpu = { first: sum(mark.ts, ['RunTask']), layout: sum(mark.ts, ['Layout']), settled: end ? sum(end.ts, ['RunTask']) : null };
  }
  await context.close();
  return { first, settled, cpu };
}
const out = [[], []];
for (let i = 0; i < Number(n); i++) for (const k of [0, 1]) out[k].push(await once(urls[k], true));
const wall = [[], []];
for (let i = 0; i < Number(n); i++) for (const k of [0, 1]) wall[k].push(await once(urls[k], false));
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const k of [0, 1]) {
  const c = out[k].map((r) => r.cpu);
  console.log(`${['A', 'B'][k]} ${[a, b][k]}: CPU to first report ${med(c.map((x) => x.first)).toFixed(1)} ms (layout ${med(c.map((x) => x.layout)).toFixed(1)}), CPU to settled ${med(c.map((x) => x.settled)).toFixed(1)}; wall first ${med(wall[k].map((r) => r.first)).toFixed(0)} ms, settled ${med(wall[k].map((r) => r.settled)).toFixed(0)} ms`);
}
await browser.close(); for (const s of servers) await s.close();
