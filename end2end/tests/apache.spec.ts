import { expect, test } from './fixtures';
import { PASSWORD, signUp, uniqueEmail } from './helpers';
import { KEY_BASE_URL } from './keys';
import { enableTwoFactor, enterCode } from './two-factor';

/**
 * A real application: Debian's Apache with `mod_auth_openidc`, configured from the manual's
 * own snippet (apache/start.mjs), protects a page; the page shows the claims Apache got.
 */
test.use({ baseURL: KEY_BASE_URL });

const SITE = `http://localhost:${process.env.TWOFOLD_APACHE_PORT ?? '3300'}`;

test('a page behind Apache and mod_auth_openidc signs in through Twofold with a code, and out again', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const { auth } = await enableTwoFactor(page);
  await page.getByTestId('log-out').click();

  await page.goto(`${SITE}/`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterCode(page, await auth.code());
  await expect(page).toHaveURL(`${SITE}/`);
  await expect(page.locator('#email')).toHaveText(email);
  // mod_auth_openidc joins a list claim with commas.
  await expect(page.locator('#amr')).toHaveText('pwd,otp,mfa');

  // Its own session: the page again, without Twofold.
  await page.reload();
  await expect(page.locator('#email')).toHaveText(email);

  // Signing out through the module signs out of Twofold too.
  await page.goto(`${SITE}/redirect_uri?logout=${encodeURIComponent(`${SITE}/`)}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login\?next=/);
});
