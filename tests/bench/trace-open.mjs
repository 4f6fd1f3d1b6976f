// Where a page open spends its time: one or more traced opens of the served page (Chromium
// DevTools trace through playwright-core), from navigation to the first report (#score gets its
// data-band). Prints, per open, the main thread's CPU by kind of work (self time of the trace's
// events: HTML parsing, script compile, module evaluation, wasm compile, style, layout, paint,
// GC…), the JavaScript and wasm functions that took it (V8's sampling profiler, self and
// inclusive), and a timeline of the milestones (first paint, the .wasm's response, the bundle
// run, the engine compiled, the first report). Medians over the opens at the end.
//
//   cargo xtask dist && node tests/bench/trace-open.mjs [dist dir] [opens, default 5] [--top N]
//
// Uses the browser tests' harness (cd tests/browser && npm ci). It measures, asserts nothing.
import { serve, launch } from '../browser/harness.mjs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const TOP = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 12;
// --timeline: print each open's main-thread tasks over 1 ms with their largest parts.
// --no-profile: leave V8's sampling profiler off (it costs the page a few ms of its own).
const TIMELINE = args.includes('--timeline') ? (args.splice(args.indexOf('--timeline'), 1), true) : false;
const PROFILE = args.includes('--no-profile') ? (args.splice(args.indexOf('--no-profile'), 1), false) : true;
// A directory is served over HTTP (its index.html); an .html file is opened from file:// (the
// single offline file, dist/resume-analyzer.html).
const dist = resolve(args[0] || 'dist');
const fileUrl = dist.endsWith('.html') ? pathToFileURL(dist).href : null;
const opens = Number(args[1] || 5);

const PROBE = `window.__firstReport = new Promise((resolve) => { const o = new MutationObserver(() => { const s = document.getElementById('score'); if (s && s.dataset.band) { o.disconnect(); performance.mark('first-report'); resolve(performance.now()); } }); o.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-band'] }); });`;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
  'loading',
  'v8',
  'v8.execute',
  'v8.wasm',
  'disabled-by-default-v8.compile',
  ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** Self time (thread time where the trace has it) of every complete event on one thread,
 *  between `from` and `to`, by name. */
function selfTimes(events, from, to) {
  const xs = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const time = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    self.set(e.name, (self.get(e.name) || 0) + time(e));
    if (parent) self.set(parent.e.name, (self.get(parent.e.name) || 0) - time(e));
    stack.push({ e, end: e.ts + (e.dur || 0) });
  }
  return self;
}

/** Self and inclusive milliseconds per function from the trace's ProfileChunk samples. */
function profile(events, pid, tid, from, to) {
  const nodes = new Map();
  let t = null;
  const selfMs = new Map();
  const inclMs = new Map();
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid).sort((a, b) => a.ts - b.ts);
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid);
  if (start) t = start.args.data.startTime;
  for (const c of chunks) {
    const data = c.args.data || {};
    const cpu = data.cpuProfile || {};
    for (const n of cpu.nodes || []) nodes.set(n.id, n);
    const samples = cpu.samples || [];
    const deltas = data.timeDeltas || [];
    for (let i = 0; i < samples.length; i++) {
      t = (t ?? 0) + (deltas[i] || 0);
      if (t < from || t >= to) continue;
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      const name = (id) => {
        const n = nodes.get(id);
        if (!n) return '?';
        const f = n.callFrame || {};
        const url = (f.url || '').split('/').pop();
        return `${f.functionName || '(anonymous)'}${url ? ` ${url}:${(f.lineNumber ?? -1) + 1}` : ''}`;
      };
      const leaf = samples[i];
      selfMs.set(name(leaf), (selfMs.get(name(leaf)) || 0) + ms);
      const seen = new Set();
      for (let id = leaf; id !== undefined && nodes.has(id); id = nodes.get(id).parent) {
        const key = name(id);
        if (seen.has(key)) continue;
        seen.add(key);
        inclMs.set(key, (inclMs.get(key) || 0) + ms);
      }
    }
  }
  return { selfMs, inclMs };
}

async function once(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(fileUrl || `${origin}/index.html`);
  await page.evaluate(() => window.__firstReport);
  await page.waitForTimeout(50);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const mark = traceEvents.find((e) => e.name === 'first-report');
  const { pid, tid } = mark;
  const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === pid) || { ts: 0 };
  const main = traceEvents.filter((e) => e.pid === pid && e.tid === tid);
  const at = (e) => (e ? ((e.ts - nav.ts) / 1000).toFixed(1) : '—');
  const first = (pred) => traceEvents.filter((e) => e.pid === pid && pred(e)).sort((a, b) => a.ts - b.ts)[0];
  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= nav.ts && e.ts < mark.ts);
  const cpu = tasks.reduce((s, e) => s + (e.tdur || 0) / 1000, 0);
  const self = selfTimes(main, nav.ts, mark.ts);
  const prof = profile(traceEvents, pid, tid, nav.ts, mark.ts);
  if (TIMELINE) {
    console.log(`--- open: first report at ${at(mark)} ms`);
    const xs = main.filter((e) => e.ph === 'X' && e.ts >= nav.ts && e.ts < mark.ts + 30000);
    for (const task of tasks.concat(main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= mark.ts && e.ts < mark.ts + 1)).sort((a, b) => a.ts - b.ts)) {
      if ((task.tdur || 0) < 1000) continue;
      const inner = selfTimes(xs.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur), task.ts, task.ts + task.dur);
      const parts = [...inner].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
      console.log(`  ${at(task).padStart(6)} +${(task.dur / 1000).toFixed(1).padStart(5)} (cpu ${(task.tdur / 1000).toFixed(1)})  ${parts}`);
    }
  }
  const resource = (suffix) =>
    traceEvents.find((e) => e.name === 'ResourceFinish' && e.pid === pid && traceEvents.some((s) => s.name === 'ResourceSendRequest' && s.args?.data?.requestId === e.args?.data?.requestId && s.args.data.url.endsWith(suffix)));
  const milestones = {
    'DOMContentLoaded': first((e) => e.name === 'MarkDOMContent'),
    'first paint': first((e) => e.name === 'firstPaint' || e.name === 'firstContentfulPaint'),
    '.wasm loaded': resource('.wasm'),
    'bundle loaded': resource('app.bundle.js'),
    'bundle evaluated': first((e) => e.tid === tid && (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') && JSON.stringify(e.args || {}).includes('app.bundle')),
    'first report': mark,
  };
  return { cpu, self, prof, milestones: Object.fromEntries(Object.entries(milestones).map(([k, e]) => [k, e ? (e.ts - nav.ts) / 1000 : null])), at, firstReport: (mark.ts - nav.ts) / 1000 };
}

const med = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};
const f1 = (x) => (x == null ? '—' : x.toFixed(1));

const server = await serve(fileUrl ? dirname(dist) : dist);
const browser = await launch();
const runs = [];
for (let i = 0; i < opens; i++) runs.push(await once(browser, server.origin));
await browser.close();
await server.close();

const keys = (maps) => [...new Set(maps.flatMap((m) => [...m.keys()]))];
const table = (title, maps, n) => {
  const rows = keys(maps)
    .map((k) => [k, med(maps.map((m) => m.get(k) || 0))])
    .filter(([, v]) => v > 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${f1(v).padStart(6)} ms  ${k}`);
};
console.log(`${opens} traced opens of ${dist}: first report (traced) median ${f1(med(runs.map((r) => r.firstReport)))} ms, main-thread CPU before it ${f1(med(runs.map((r) => r.cpu)))} ms`);
console.log('runs: ' + runs.map((r) => `${f1(r.firstReport)}/${f1(r.cpu)}`).join(' '));
console.log('\nmilestones (median ms after navigation start)');
for (const k of Object.keys(runs[0].milestones)) console.log(`  ${f1(med(runs.map((r) => r.milestones[k]))).padStart(6)}  ${k}`);
table('main thread, self time by trace event (median)', runs.map((r) => r.self), TOP * 2);
table('functions, self time (sampled, median)', runs.map((r) => r.prof.selfMs), TOP);
table('functions, inclusive time (sampled, median)', runs.map((r) => r.prof.inclMs), TOP * 2);
