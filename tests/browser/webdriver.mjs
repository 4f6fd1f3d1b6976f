// A small W3C WebDriver client over Node's fetch, for the engines playwright-core cannot drive
// here: Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver under Xvfb), and Chromium
// (chromedriver) so the same smoke suite runs in all three. Only what the smoke suite needs:
// start a driver, open a session, navigate, run scripts, end. Every call has a timeout (a
// WebKit session whose browser cannot start never answers).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** `program` on PATH (or an absolute path that exists), or null. */
export function which(program) {
  if (program.includes('/')) return existsSync(program) ? program : null;
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    const path = join(dir, program);
    if (dir && existsSync(path)) return path;
  }
  return null;
}

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

/**
 * The three engines: how to start each one's driver and what to ask it for. `missing()` says
 * why an engine cannot run here ('' when it can).
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    driver: () => process.env.CHROMEDRIVER || which('chromedriver'),
    missing() {
      if (!this.driver()) return 'no chromedriver (apt-get install chromium-driver)';
      if (!which(process.env.CHROMIUM || '/usr/bin/chromium')) return 'no Chromium (apt-get install chromium)';
      return '';
    },
    command: (driver, port) => [driver, [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    }),
  },
  firefox: {
    name: 'Firefox',
    driver: () => process.env.GECKODRIVER || which('geckodriver'),
    browser: () => process.env.FIREFOX || which('firefox-esr') || which('firefox'),
    missing() {
      if (!this.driver()) return 'no geckodriver (cargo install geckodriver --locked)';
      if (!this.browser()) return 'no Firefox (apt-get install firefox-esr)';
      return '';
    },
    command: (driver, port) => [driver, ['--port', String(port), '--log', 'error']],
    capabilities() {
      return {
        browserName: 'firefox',
        // Without -headless Firefox exits at once: there is no display.
        'moz:firefoxOptions': {
          binary: this.browser(),
          args: ['-headless'],
          // No update checks, telemetry or captive-portal probes: the page must be the only
          // thing that could make a request.
          prefs: {
            'app.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
          },
        },
      };
    },
  },
  webkit: {
    name: 'WebKit',
    driver: () => process.env.WEBKITWEBDRIVER || which('WebKitWebDriver'),
    missing() {
      if (!this.driver()) return 'no WebKitWebDriver (apt-get install webkit2gtk-driver)';
      if (!which('xvfb-run')) return 'no xvfb-run (apt-get install xvfb): WebKitGTK has no headless mode';
      return '';
    },
    // WebKitGTK has no headless mode: its driver runs under a virtual X display.
    command: (driver, port) => ['xvfb-run', ['-a', driver, `--port=${port}`]],
    capabilities: () => ({}),
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function call(base, method, path, body, timeout = 30000) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  const value = parsed.value;
  if (!response.ok || (value && value.error)) {
    const error = new Error(`${method} ${path}: ${value && value.error}: ${value && value.message}`);
    error.webdriver = value && value.error;
    throw error;
  }
  return value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Start `engine`'s driver on a free port; resolves once it answers /status. */
export async function startDriver(engine) {
  const spec = ENGINES[engine];
  const port = await freePort();
  const [program, args] = spec.command(spec.driver(), port);
  // Its own process group, so stopping it also stops what it started (Xvfb, the browser).
  const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.name} driver exited (${child.exitCode}): ${stderr}`);
    try {
      const status = await call(base, 'GET', '/status', undefined, 2000);
      if (status && status.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${spec.name} driver did not start: ${stderr}`);
    }
    await sleep(100);
  }
  return { base, stop, stderr: () => stderr };
}

/** A browser session on a running driver. */
export class Session {
  static async open(driver, engine) {
    const capabilities = ENGINES[engine].capabilities();
    const value = await call(driver.base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, 60000);
    const session = new Session(driver.base, value.sessionId);
    await call(session.base, 'POST', `/session/${session.id}/timeouts`, { script: 60000, pageLoad: 60000 });
    return session;
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  async goto(url) {
    await call(this.base, 'POST', `/session/${this.id}/url`, { url }, 60000);
  }

  async url() {
    return call(this.base, 'GET', `/session/${this.id}/url`);
  }

  /** Run `fn` (a function, sent as source) in the page with `args`; resolves to its result. */
  async run(fn, ...args) {
    return call(this.base, 'POST', `/session/${this.id}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args }, 60000);
  }

  /** Run async `fn` in the page; resolves to what its promise resolves to (errors reject). */
  async runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ ok: value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await call(this.base, 'POST', `/session/${this.id}/execute/async`, { script, args }, 90000);
    if (result && result.error) throw new Error(result.error);
    return result && result.ok;
  }

  /** Poll `fn` in the page until it returns something truthy (that value), or time out. */
  async waitFor(fn, { timeout = 30000, what = 'a condition', args = [] } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (error) {
        last = error.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(100);
    }
  }

  async close() {
    await call(this.base, 'DELETE', `/session/${this.id}`, undefined, 20000).catch(() => {});
  }
}

/** Is `program` runnable here (for skip messages)? */
export function runs(program, args = ['--version']) {
  return spawnSync(program, args, { stdio: 'ignore', timeout: 10000 }).status === 0;
}
