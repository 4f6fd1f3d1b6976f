// Shared set-up for the browser tests: serve dist/ (built by `cargo xtask dist`; this module
// builds nothing) over a tiny local HTTP server, drive Debian's Chromium with playwright-core,
// and record every request the page makes.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The built site. RESUME_ANALYZER_DIST overrides it (e.g. a scratch build). */
export const DIST = resolve(process.env.RESUME_ANALYZER_DIST || join(here, '..', '..', 'dist'));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOTS = join(here, 'screenshots');

/** Why the tests cannot run here, or '' when they can. Pass it as `{ skip }` to `test()`. */
export function skipReason() {
  if (!existsSync(join(DIST, 'index.html'))) {
    return `dist/ is missing (${DIST}): run \`cargo xtask dist\` first`;
  }
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}: apt-get install chromium`;
  return '';
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/** Serve `root` on 127.0.0.1 at a free port. Resolves to `{ origin, close() }`. */
export function serve(root = DIST) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context and page that records every request (URL), console error and page error.
 * `options` go to `browser.newContext` (viewport, colorScheme, …).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, requests, errors };
}

/** Wait until the page shows a score (a number in the score panel). */
export async function waitForScore(page, timeout = 15000) {
  await page.waitForFunction(() => /^\d+$/.test(document.querySelector('#score .score-num')?.textContent || ''), null, { timeout });
  return Number(await page.textContent('#score .score-num'));
}

/** Focus the textarea `selector` and put the caret right after `needle`. */
export async function caretAfter(page, selector, needle) {
  await page.evaluate(
    ({ selector, needle }) => {
      const field = document.querySelector(selector);
      const at = field.value.indexOf(needle);
      if (at < 0) throw new Error(`"${needle}" is not in ${selector}`);
      field.focus();
      field.setSelectionRange(at + needle.length, at + needle.length);
    },
    { selector, needle },
  );
}

/** The minified axe-core source, for page.addScriptTag({ content }). */
export function axeSource() {
  return readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

/** For a `describe` block: start the static server and Chromium before its tests and stop
 *  them after; `ready(server, browser)` receives both once they are up. */
export function withServerAndBrowser(ready) {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Wait until the page has nothing pending: no analysis waiting or running, no file being read. */
export async function settle(page, timeout = 30000) {
  await page.waitForFunction(
    () => {
      const busy = document.querySelector('#report').getAttribute('aria-busy') === 'true';
      return !busy && !/^(Reading|Analyzing)/.test(document.querySelector('#file-message').textContent);
    },
    null,
    { timeout },
  );
}

/** Put `text` in the field `selector` as one input event, and wait for the page to settle. */
export async function setText(page, selector, text) {
  await page.fill(selector, text);
  await page.waitForTimeout(20);
  await settle(page);
}
