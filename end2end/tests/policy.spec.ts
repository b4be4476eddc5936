import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { PASSWORD, expectSettingsFor, open, signUp, uniqueEmail } from './helpers';
import { disableDialog, enableTwoFactor, expectAccessible } from './two-factor';

// The policy is the whole deployment's: the tests here limit it to administrators (only their
// own account is one), one at a time, and leave it off.
test.describe.configure({ mode: 'serial' });

/** Runs `server admin …` on the database of the server under test, as an operator would. */
function admin(...args: string[]): string {
  return execFileSync(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server', ['admin', ...args], {
    cwd: '..',
    encoding: 'utf8',
    env: { ...process.env, LEPTOS_OUTPUT_NAME: 'twofold', TWOFOLD_OPERATOR: 'e2e' },
  });
}

test.afterEach(() => {
  admin('policy', 'nobody');
});

test('required two-factor: days left on every page, then only the set-up, then it stays on', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  // An administrator who turned two-factor off (an operator's reset would take the role away).
  const { auth } = await enableTwoFactor(page);
  admin('grant', email);
  await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
  const dialog = disableDialog(page);
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(dialog).toBeHidden();
  admin('policy', 'administrators', '7');

  await open(page, '/settings');
  await expectSettingsFor(page, email);
  const banner = page.getByTestId('policy-banner');
  await expect(banner).toContainText(/^Two-factor authentication will be required for your account in \u2068?7\u2069? days\./);
  await open(page, '/settings/sessions');
  await expect(banner).toContainText(/in \u2068?7\u2069? days/);
  await expectAccessible(page, 'the sessions page with the grace banner');
  await banner.getByRole('link', { name: 'Set it up now' }).click();
  await expect(page).toHaveURL(/\/settings#two-factor-heading$/);

  // The grace period is over: every other page leads to the set-up.
  admin('policy', 'administrators', '0');
  await open(page, '/settings/security-log');
  await expectSettingsFor(page, email);
  await expect(banner).toContainText('Two-factor authentication is required for your account.');
  await expect(page.getByRole('heading', { name: 'Change password' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Where you are signed in' })).toHaveCount(0);
  await expectAccessible(page, 'the settings while two-factor must be set up');

  await enableTwoFactor(page);
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('two-factor-required')).toBeVisible();
  await expect(page.locator('#disable-2fa')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await open(page, '/settings/sessions');
  await expect(page).toHaveURL(/\/settings\/sessions$/);
});

test('a user who is not an administrator is not asked', async ({ page }) => {
  admin('policy', 'administrators', '0');
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('policy-banner')).toHaveCount(0);
  await open(page, '/settings/sessions');
  await expect(page).toHaveURL(/\/settings\/sessions$/);
});
