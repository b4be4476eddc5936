import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, signUp, uniqueEmail } from './helpers';
import { KEY_BASE_URL } from './keys';
import { enrolledAccount } from './two-factor';

/**
 * Signing in to another application (rp/server.mjs, on npm `openid-client`) through Twofold's
 * pages without JavaScript: every step is a plain form, and the last one leads back to the
 * application.
 */
test.use({ baseURL: KEY_BASE_URL });

const RP = `http://localhost:${process.env.TWOFOLD_RP_PORT ?? '3200'}`;

async function signedInAs(page: Page): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`^${RP}/cb`));
  return JSON.parse((await page.locator('#claims').textContent()) ?? '{}').email;
}

async function logIn(page: Page, email: string): Promise<void> {
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('the password, the consent and the way back work without JavaScript', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email, PASSWORD, false);
  await page.getByTestId('log-out').click();

  await page.goto(`${RP}/start?app=consent`);
  await logIn(page, email);
  await expect(page).toHaveURL(/\/authorize\/consent\?request=/);
  await page.getByTestId('consent-allow').click();
  expect(await signedInAs(page)).toBe(email);

  await page.goto('/settings');
  await page.getByRole('button', { name: /^Disconnect .?Consent App.?$/ }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('connected-application')).toHaveCount(0);
});

test('the code step leads back to the application without JavaScript', async ({ page, browser }) => {
  const { email, auth } = await enrolledAccount(browser);
  await page.goto(`${RP}/start`);
  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Verify' }).click();
  expect(await signedInAs(page)).toBe(email);
});
