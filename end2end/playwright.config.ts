import { defineConfig } from '@playwright/test';

// scripts/test.sh builds the server and sets TWOFOLD_SERVER_BIN, LEPTOS_SITE_ROOT and a
// throwaway DATABASE_URL / TWOFOLD_DATA_DIR; Playwright starts and stops the server.
const port = process.env.TWOFOLD_E2E_PORT ?? '3100';
const baseURL = `http://127.0.0.1:${port}`;
const rpPort = process.env.TWOFOLD_RP_PORT ?? '3200';
const apachePort = process.env.TWOFOLD_APACHE_PORT ?? '3300';

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On CI a failed test runs once more; one that then passes is reported as flaky (and listed in
  // the summary of scripts/test.sh), so that it is seen and mended without failing the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Pictures (pictures.spec.ts): a few pixels may differ where fonts are smoothed.
    toHaveScreenshot: { maxDiffPixelRatio: 0.005, threshold: 0.2 },
  },
  // Baselines are committed: tests/pictures.spec.ts-snapshots/<name>.png.
  snapshotPathTemplate: '{testDir}/{testFilePath}-snapshots/{arg}{ext}',
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'js', testIgnore: /\.nojs\.spec\.ts$/, use: { javaScriptEnabled: true } },
    { name: 'nojs', testMatch: /\.nojs\.spec\.ts$/, use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server',
      cwd: '..',
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        TWOFOLD_ADDR: `127.0.0.1:${port}`,
        LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? 'target/site',
        LEPTOS_SITE_PKG_DIR: 'pkg',
        LEPTOS_OUTPUT_NAME: 'twofold',
        RUST_LOG: process.env.RUST_LOG ?? 'info',
        // Every test comes from 127.0.0.1, two at a time: the per-address flood guard (300 a
        // minute by default) and sign-up limit (20 an hour), both tested by the Rust suite, would
        // otherwise throttle the suite itself.
        TWOFOLD_API_REQUESTS_PER_MINUTE: '100000',
        TWOFOLD_SIGN_UPS_PER_HOUR: '100000',
      },
    },
    // An application that signs in through Twofold with npm `openid-client` (rp/server.mjs),
    // started once Twofold answers: it registers itself with the server's command line.
    {
      command: 'node rp/server.mjs',
      url: `http://localhost:${rpPort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { TWOFOLD_E2E_PORT: port, TWOFOLD_RP_PORT: rpPort },
    },
    // Debian's Apache with mod_auth_openidc in front of a page, configured from the manual's
    // snippet (apache/start.mjs).
    {
      command: 'node apache/start.mjs',
      url: `http://localhost:${apachePort}/redirect_uri`,
      // Apache is up once the module's address answers (4xx without a request, which
      // Playwright takes as ready).
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { TWOFOLD_E2E_PORT: port, TWOFOLD_APACHE_PORT: apachePort },
    },
  ],
});
