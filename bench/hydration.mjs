// Hydration benchmark, in headless Chromium. Run by bench/run.sh:
// node bench/hydration.mjs BASE_URL RUNS OUT.json ACCOUNTS.json (the accounts, made by
// `twofold-bench accounts`: one without two-factor, one with an authenticator app)
//
// For each page:
// - the first visit (a new browser context: empty cache): which files under /pkg/ it loads
//   until it is interactive (the load generator weighs them), how many requests follow the
//   HTML, the longest chain of requests that each waited for the one before (a file named
//   by the HTML is 1; a file a script asks for is one more than that script), and the bytes
//   the browser received (headers and bodies, as sent: compressed);
// - the second visit (the same context, the page loaded again): the requests that still
//   reached the server besides the page itself, and their bytes;
// - for /login and /settings, the time from navigation start until the page handles its
//   first click: the median of RUNS fresh loads on loopback, and of THROTTLED_RUNS (5 by
//   default) with the network of a typical mobile connection (150 ms round trip, 1.6 Mbit/s
//   down, 750 kbit/s up; DevTools' network emulation).
//
// "Interactive" is the moment the app marks <body data-hydrated="true"> (set once the last
// island of the page is hydrated; event handlers are attached from then on), read with
// performance.now() (milliseconds since navigation start). Every timed run then clicks to prove
// it: on /login the form is answered in place (no page load), on /settings the set-up dialog
// opens.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const [base, runsArg, out, accountsFile] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
const throttledRuns = Number(process.env.THROTTLED_RUNS ?? 5);
const PASSWORD = 'bench-orbit-maple-42';
const MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
const PAGES = ['/login', '/login/verify', '/signup', '/forgot-password', '/settings', '/settings/security-log'];

const MARK = `
  new MutationObserver((_, observer) => {
    if (document.body && document.body.dataset.hydrated === 'true') {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

// Posts a form to a server function as a script does; its JSON answer.
async function call(context, name, form) {
  const reply = await context.request.post(`/api/${name}`, { form, headers: { accept: 'application/json' } });
  if (!reply.ok()) throw new Error(`${name}: ${reply.status()}`);
  return reply.json();
}

// One account without two-factor (for the settings pages) and one with an authenticator app
// (whose login waits at the code step, /login/verify).
const { email, emailTwoFactor } = JSON.parse(readFileSync(accountsFile, 'utf8'));

async function signedIn(path) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-US' });
  if (path.startsWith('/settings')) {
    await call(context, 'log-in', { email, password: PASSWORD });
  } else if (path === '/login/verify') {
    await call(context, 'log-in', { email: emailTwoFactor, password: PASSWORD });
  }
  return context;
}

// Every request of one page load, as DevTools' protocol reports it.
function recordRequests(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator, type }) => {
    requests.set(requestId, { url: request.url, initiator, type, cached: false, bytes: 0, done: false });
    requests.lastSent = Date.now();
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const request = requests.get(requestId);
    if (request) request.cached = true;
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const request = requests.get(requestId);
    if (request && (response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker)) {
      request.cached = true;
    }
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) Object.assign(request, { bytes: encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => {
    const request = requests.get(requestId);
    if (request) request.done = true;
  });
  return requests;
}

// Waits until no request of the page has been in flight or started for half a second (at
// most five seconds): what a load still asks for after it is interactive — the icon, which
// the browser fetches last — belongs to that load, not to the next.
async function quiet(requests) {
  const start = Date.now();
  while (Date.now() - start < 5000) {
    const busy = [...requests.values()].some((r) => !r.done);
    if (!busy && Date.now() - (requests.lastSent ?? 0) >= 500) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The script (or page) that asked for a request: the innermost frame of its stack that names
// a file, else the page.
function initiatorUrl(initiator) {
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return initiator.url;
}

// The longest chain of requests after the page: each request is one deeper than the file
// that asked for it.
function chainDepth(requests, pageUrl) {
  const depth = new Map([[pageUrl, 0]]);
  let longest = 0;
  for (const request of requests.values()) {
    if (request.type === 'Document') continue;
    const parent = depth.get(initiatorUrl(request.initiator) ?? pageUrl) ?? 0;
    const own = parent + 1;
    if (!depth.has(request.url)) depth.set(request.url, own);
    longest = Math.max(longest, own);
  }
  return longest;
}

async function load(page, path) {
  await page.goto(path);
  await page.waitForFunction(() => window.__interactiveAt !== undefined);
  return page.evaluate(() => window.__interactiveAt);
}

// The first and the second visit of `path`.
async function visits(path) {
  const context = await signedIn(path);
  const page = await context.newPage();
  await page.addInitScript(MARK);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = recordRequests(cdp);
  await load(page, path);
  const pageUrl = page.url();
  const assets = [...requests.values()]
    .map((r) => new URL(r.url).pathname)
    .filter((p, i, all) => p.startsWith('/pkg/') && all.indexOf(p) === i);
  const files = (all) => [...all.values()].filter((r) => r.type !== 'Document');
  const first = {
    requests: files(requests).length,
    chain: chainDepth(requests, pageUrl),
    bytes: [...requests.values()].reduce((sum, r) => sum + r.bytes, 0),
  };
  await quiet(requests);
  requests.clear();
  await load(page, path);
  await quiet(requests);
  const fromNetwork = files(requests).filter((r) => !r.cached);
  const second = {
    requests: fromNetwork.length,
    bytes: fromNetwork.reduce((sum, r) => sum + r.bytes, 0),
    files: fromNetwork.map((r) => new URL(r.url).pathname),
  };
  await context.close();
  return { assets, first, second };
}

// One fresh load of `path` until its first click is handled; milliseconds to interactive.
async function interactive(path, network) {
  const context = await signedIn(path);
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(MARK);
  const ms = await load(page, path);
  if (path === '/login') {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('form-error').or(page.locator('.field-error:not(:empty)')).first().waitFor();
    if (!page.url().endsWith('/login')) throw new Error('the click was not handled in place');
  } else if (path === '/settings') {
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByRole('dialog').waitFor();
  }
  await context.close();
  return ms;
}

async function medians(count, network) {
  const pages = [];
  for (const path of ['/login', '/settings']) {
    await interactive(path, network); // warm the server (not the browser: every context starts empty)
    const times = [];
    for (let i = 0; i < count; i++) times.push(await interactive(path, network));
    times.sort((a, b) => a - b);
    const median = count % 2 ? times[(count - 1) / 2] : (times[count / 2 - 1] + times[count / 2]) / 2;
    pages.push({ path, median_ms: median, min_ms: times[0], max_ms: times[count - 1] });
    console.log(`${path}${network ? ' (mobile network)' : ''}: median ${median.toFixed(0)} ms`);
  }
  return pages;
}

const assets = {};
const visited = {};
for (const path of PAGES) {
  const { assets: files, first, second } = await visits(path);
  assets[path] = files;
  visited[path] = { first, second };
}
const pages = await medians(runs, null);
const throttled = await medians(throttledRuns, MOBILE);
await browser.close();
writeFileSync(
  out,
  JSON.stringify(
    {
      runs,
      pages,
      throttled_runs: throttledRuns,
      throttled,
      network: { rtt_ms: MOBILE.latency, down_kbit: 1600, up_kbit: 750 },
      assets,
      visits: visited,
    },
    null,
    2,
  ),
);
