import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, open, signUp, uniqueEmail } from './helpers';
import { KEY_BASE_URL, VirtualKey, addKey } from './keys';
import { backupCodes, closeBackupCodes, enableTwoFactor, enterCode, expectAccessible } from './two-factor';

/**
 * Signing in to another application through Twofold: rp/server.mjs is that application, a
 * relying party built on npm `openid-client` (it checks state, nonce, PKCE, `iss` and the ID
 * token's signature itself). Twofold and the application are both on `localhost` (its
 * issuer), so the tests are too.
 */
test.use({ baseURL: KEY_BASE_URL });

const RP = `http://localhost:${process.env.TWOFOLD_RP_PORT ?? '3200'}`;

/** What the application shows once signed in: the claims it got. */
async function claims(page: Page): Promise<{ email: string; amr: string[]; acr: string | null; groups: string[] }> {
  await expect(page).toHaveURL(new RegExp(`^${RP}/cb`));
  return JSON.parse((await page.locator('#claims').textContent()) ?? '{}');
}

/** A new account whose first factor is a passkey (in the browser's virtual key), signed out. */
async function signedOutWithAKey(page: Page): Promise<{ email: string; codes: string[] }> {
  const key = await VirtualKey.attach(page);
  const email = uniqueEmail();
  await signUp(page, email);
  const dialog = await addKey(page, 'Laptop key');
  const codes = await backupCodes(dialog);
  await closeBackupCodes(dialog);
  expect(await key.credentials()).toBe(1);
  await page.getByTestId('log-out').click();
  return { email, codes };
}

async function signIn(page: Page, email: string): Promise<void> {
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('an application signs its user in through Twofold with an authenticator code, and out again', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const { auth } = await enableTwoFactor(page);
  await page.getByTestId('log-out').click();

  await page.goto(`${RP}/start`);
  await signIn(page, email);
  await enterCode(page, await auth.code());
  const got = await claims(page);
  expect(got.email).toBe(email);
  expect(got.amr).toEqual(['pwd', 'otp', 'mfa']);

  // Signed in to Twofold now: the next sign-in to the application asks nothing.
  await page.goto(`${RP}/start`);
  expect((await claims(page)).email).toBe(email);

  // The settings list the application; the security log says when it was first used.
  await open(page, '/settings');
  const connected = page.getByTestId('connected-application');
  await expect(connected).toHaveCount(1);
  await expect(connected.locator('strong')).toHaveText('Test App');
  await expectAccessible(page, 'the settings with a connected application');
  await open(page, '/settings/security-log');
  await expect(page.getByText('Signed in to \u2068Test App\u2069 for the first time')).toBeVisible();

  // Signing out of the application signs out of Twofold too, and comes back with its state.
  await page.goto(`${RP}/logout`);
  await expect(page).toHaveURL(`${RP}/bye?state=rp-state`);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('a backup code and a passkey sign in to an application too, the passkey as a key', async ({ page }) => {
  const { email, codes } = await signedOutWithAKey(page);

  await page.goto(`${RP}/start`);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel('Backup code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  expect((await claims(page)).amr).toEqual(['pwd', 'otp', 'mfa']);

  await page.goto(`${RP}/logout`);
  await expect(page).toHaveURL(`${RP}/bye?state=rp-state`);
  await page.goto(`${RP}/start`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const got = await claims(page);
  expect(got.amr).toEqual(['hwk', 'user', 'mfa']);
  expect(got.acr).toBe('phr');
});

test('an application that asks for consent shows what it gets; the user allows or cancels', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);

  await page.goto(`${RP}/start?app=consent`);
  await expect(page).toHaveURL(/\/authorize\/consent\?request=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    // Fluent isolates the application's name (U+2068 … U+2069).
    '\u2068Consent App\u2069 asks to use your account',
  );
  await expect(page.getByTestId('consent-scopes').locator('li')).toHaveText([
    'Recognise you when you sign in to it',
    'See your user name (your email address)',
    'See your email address',
    'See your groups (for example, whether you are an administrator)',
  ]);
  await expectAccessible(page, 'the consent page');
  await page.getByTestId('consent-deny').click();
  await expect(page.locator('#error')).toHaveText('access_denied');

  await page.goto(`${RP}/start?app=consent`);
  await page.getByTestId('consent-allow').click();
  expect((await claims(page)).email).toBe(email);
  // Asked once: the next time goes straight through.
  await page.goto(`${RP}/start?app=consent`);
  expect((await claims(page)).email).toBe(email);

  // Disconnected in the settings: its access ends, and it asks again.
  await open(page, '/settings');
  await page.getByRole('button', { name: /^Disconnect .?Consent App.?$/ }).click();
  await expect(page.getByTestId('connected-application')).toHaveCount(0);
  await page.goto(`${RP}/start?app=consent`);
  await expect(page).toHaveURL(/\/authorize\/consent\?request=/);
});

test('Twofold asks before signing out for an application that names no account, and refuses what it cannot send back', async ({
  page,
  browserErrors,
}) => {
  await signUp(page, uniqueEmail());
  await page.goto('/oauth2/logout');
  await expect(page).toHaveURL(/\/authorize\/sign-out/);
  await expectAccessible(page, 'the sign-out question');
  await page.getByRole('link', { name: 'Stay signed in' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await page.goto('/oauth2/logout');
  await page.getByTestId('sign-out-confirm').click();
  await expect(page).toHaveURL(/\/login$/);

  const refused = await page.goto('/oauth2/authorize?client_id=nobody&response_type=code&scope=openid');
  expect(refused?.status()).toBe(400);
  // The browser reports the page's status as an error: expected here.
  const reported = browserErrors.indexOf('console: Failed to load resource: the server responded with a status of 400 (Bad Request)');
  expect(reported).toBeGreaterThanOrEqual(0);
  browserErrors.splice(reported, 1);
  await expect(page.getByTestId('refused-reason')).toContainText('not registered');
  await expectAccessible(page, 'the refused request');
});

test('an application that requires two-factor takes the account to turn it on, then back', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await page.goto(`${RP}/start?app=twofactor`);
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('set-up-for-application')).toContainText('requires two-factor authentication');
  await expectAccessible(page, 'the settings asking to turn two-factor on for an application');
  await enableTwoFactor(page);
  await open(page, '/settings');
  await page.getByTestId('back-to-application').click();
  expect((await claims(page)).email).toBe(email);
});

test('an application that requires a key asks for one after a sign-in with a code, even so', async ({ page }) => {
  const { email, codes } = await signedOutWithAKey(page);

  await page.goto(`${RP}/start?app=key`);
  await signIn(page, email);
  await page.getByLabel('Backup code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/authorize\/key\?request=/);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expectAccessible(page, 'the page asking for a key');
  await page.getByTestId('key-step-up').click();
  const got = await claims(page);
  expect(got.amr).toEqual(['pwd', 'hwk', 'mfa']);
  expect(got.acr).toBe('phr');
});
