import { expect, test as base } from '@playwright/test';

/**
 * Every test fails if the browser reports an error: a hydration mismatch, a panic in the wasm,
 * an uncaught exception or a failed resource load. Expected HTTP errors (401/403/410/422/429
 * replies of server functions) are not console errors.
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        const serverFnReply = /Failed to load resource: the server responded with a status of (401|403|410|422|429)/;
        if (message.type() === 'error' && !serverFnReply.test(text)) errors.push(`console: ${text}`);
      });
      await use(errors);
      expect(errors, 'errors reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
