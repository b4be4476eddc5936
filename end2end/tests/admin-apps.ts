import { execFileSync } from 'node:child_process';
import { type APIRequestContext, type Browser, type Page, expect } from '@playwright/test';
import { PASSWORD, logIn, uniqueEmail } from './helpers';
import { enrolledAccount } from './two-factor';

/** An administrator signed in on `page` with a code just now (so acting needs no confirmation). */
export async function signedInAdministrator(browser: Browser, page: Page, javaScript: boolean): Promise<void> {
  const { email, auth } = await enrolledAccount(browser);
  execFileSync(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server', ['admin', 'grant', email], {
    cwd: '..',
    env: { ...process.env, LEPTOS_OUTPUT_NAME: 'twofold', TWOFOLD_OPERATOR: 'e2e' },
  });
  await logIn(page, email, PASSWORD, javaScript);
  if (javaScript) {
    await page.locator('body[data-hydrated="true"]').waitFor();
  }
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  if (javaScript) {
    await page.locator('body[data-hydrated="true"]').waitFor();
  }
}

/** A name no other test uses (the applications are the whole deployment's). */
export function uniqueAppName(): string {
  return `App ${uniqueEmail().split('@')[0]}`;
}

/** Registers an application through the page's form; the page comes back with its secret. */
export async function registerApplication(page: Page, name: string): Promise<void> {
  await page.getByTestId('admin-app-add').locator('summary').click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Redirect addresses').fill('https://app.example.com/cb\nhttp://localhost:9/cb');
  await page.getByLabel('Requires').selectOption({ label: 'Two-factor authentication' });
  await page.getByLabel('Ask each account before sharing its details').check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page).toHaveURL(/\/admin#applications$/);
}

/** The item of the application `name` on the page. */
export function applicationItem(page: Page, name: string) {
  return page.getByTestId('admin-application').filter({ has: page.getByText(name, { exact: true }) });
}

/**
 * What the token endpoint answers `client_id` and `secret` (HTTP Basic) for a code that does
 * not exist: `invalid_grant` when the secret is the application's, `invalid_client` otherwise.
 */
export async function tokenError(request: APIRequestContext, clientId: string, secret: string): Promise<string> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64');
  const reply = await request.post('/oauth2/token', {
    headers: { authorization: `Basic ${basic}` },
    form: { grant_type: 'authorization_code', code: 'no-such-code', redirect_uri: 'https://app.example.com/cb' },
  });
  return (await reply.json()).error;
}
