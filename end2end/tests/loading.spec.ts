import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectSettingsFor, signUp, uniqueEmail } from './helpers';

/** The files under /pkg/ a load fetched, and whether each reached the server. */
async function recordFiles(page: Page): Promise<{ cdp: CDPSession; files: Map<string, { fromNetwork: boolean }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const files = new Map<string, { fromNetwork: boolean }>();
  const ids = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/pkg/')) return;
    ids.set(requestId, path);
    files.set(path, { fromNetwork: true });
  });
  const cached = (requestId: string) => {
    const path = ids.get(requestId);
    if (path) files.set(path, { fromNetwork: false });
  };
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.fromDiskCache || response.fromPrefetchCache) cached(requestId);
  });
  return { cdp, files };
}

/** Loads `path` until it is interactive; the page's HTML. */
async function load(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  return (await response!.text()).split('</head>')[0];
}

// No waterfall: the head of each page names every file its islands load, so the browser asks
// for all of them at once; a second visit takes every one from the cache (each file's address
// carries the bundle's version, and the files are kept for good).
for (const path of ['/login', '/signup', '/forgot-password', '/settings']) {
  test(`${path} names every file it loads in its head, and a second visit loads none again`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    const { cdp, files } = await recordFiles(page);
    if (path === '/settings') {
      const email = uniqueEmail();
      await signUp(page, email);
      await expectSettingsFor(page, email);
      // The settings were just shown: start this visit with an empty cache.
      await cdp.send('Network.clearBrowserCache');
      files.clear();
    }
    const head = await load(page, path);
    expect(files.size, 'the page loads its bundle').toBeGreaterThan(2);
    for (const file of files.keys()) {
      expect(head, `${file} is named in the head`).toContain(`href="${file}"`);
      expect(file).toMatch(/^\/pkg\/[0-9a-f]{20}\//);
    }
    const sample = [...files.keys()].find((file) => file.endsWith('.wasm'))!;
    const reply = await page.request.get(sample);
    expect(reply.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

    files.clear();
    await load(page, path);
    const again = [...files].filter(([, file]) => file.fromNetwork).map(([path]) => path);
    expect(again, 'files fetched again on the second visit').toEqual([]);
    expect(warnings, 'preloads the page did not use, or could not use').toEqual([]);
    await cdp.detach();
  });
}
