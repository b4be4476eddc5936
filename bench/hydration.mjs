// Hydration benchmark: how long after navigation start a page handles its first click, in
// headless Chromium, median of N fresh loads (new browser context each: empty cache, as a first
// visit); and which files under /pkg/ each page loads until it is interactive (the page weight
// is computed from them by the load generator). Run by bench/run.sh:
// node bench/hydration.mjs BASE_URL RUNS OUT.json ACCOUNTS.json (the accounts, made by
// `twofold-bench accounts`: one without two-factor, one with an authenticator app)
//
// "Interactive" is the moment the app marks <body data-hydrated="true"> (set once the last
// island of the page is hydrated; event handlers are attached from then on), read with
// performance.now() (milliseconds since navigation start). Every run then clicks to prove it:
// on /login the form is answered in place (no page load), on /settings the set-up dialog opens.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const [base, runsArg, out, accountsFile] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
const PASSWORD = 'bench-orbit-maple-42';

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

async function measure(path, loadedUntilInteractive = []) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-US' });
  if (path.startsWith('/settings')) {
    await call(context, 'log-in', { email, password: PASSWORD });
  } else if (path === '/login/verify') {
    await call(context, 'log-in', { email: emailTwoFactor, password: PASSWORD });
  }
  const page = await context.newPage();
  const loaded = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pkg/') && !loaded.includes(url.pathname)) loaded.push(url.pathname);
  });
  await page.addInitScript(MARK);
  await page.goto(path);
  await page.waitForFunction(() => window.__interactiveAt !== undefined);
  const ms = await page.evaluate(() => window.__interactiveAt);
  loadedUntilInteractive.push(...loaded);
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

// What each page loads on a first visit until it is interactive (a fresh context: empty cache).
const assets = {};
for (const path of ['/login', '/login/verify', '/signup', '/forgot-password', '/settings', '/settings/security-log']) {
  assets[path] = [];
  await measure(path, assets[path]);
}

const pages = [];
for (const path of ['/login', '/settings']) {
  await measure(path); // warm the server (not the browser: every context starts empty)
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await measure(path));
  times.sort((a, b) => a - b);
  const median = runs % 2 ? times[(runs - 1) / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
  pages.push({ path, median_ms: median, min_ms: times[0], max_ms: times[runs - 1] });
  console.log(`${path}: median ${median.toFixed(0)} ms`);
}
await browser.close();
writeFileSync(out, JSON.stringify({ runs, pages, assets }, null, 2));
