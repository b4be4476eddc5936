import { expect, test } from './fixtures';
import { expectSettingsFor, logIn, logOut, open, signUp, uniqueEmail } from './helpers';
import { enableTwoFactor, expectAccessible } from './two-factor';

test('a trusted browser signs in with the password alone until its trust is stopped', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const { auth } = await enableTwoFactor(page);
  await logOut(page);

  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.locator('body[data-hydrated="true"]').waitFor();
  const trust = page.getByLabel(/Don't ask for a code on this browser for \u2068?30\u2069? days/);
  await expect(trust).not.toBeChecked();
  await expectAccessible(page, 'the code step with the trust box');
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await trust.check();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);

  // The password alone, twice (the browser's token is replaced at each use).
  for (let i = 0; i < 2; i++) {
    await logOut(page);
    await logIn(page, email);
    await expectSettingsFor(page, email);
  }

  await open(page, '/settings/sessions');
  const trusted = page.getByTestId('trusted-browser');
  await expect(trusted).toHaveCount(1);
  await expect(trusted).toContainText(/Chrome\u2069? on \u2068?Linux/);
  await expectAccessible(page, 'the sessions page with a trusted browser');
  await trusted.getByRole('button', { name: 'Stop trusting' }).click();
  await expect(page.getByTestId('trusted-browser')).toHaveCount(0);

  await logOut(page);
  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
});
