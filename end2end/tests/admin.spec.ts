import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { expectSettingsFor, logIn, logOut, open, signUp, uniqueEmail } from './helpers';
import { enableTwoFactor, expectAccessible } from './two-factor';

/** Runs `server admin …` on the database of the server under test, as an operator would. */
function admin(...args: string[]): string {
  return execFileSync(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server', ['admin', ...args], {
    cwd: '..',
    encoding: 'utf8',
    env: { ...process.env, LEPTOS_OUTPUT_NAME: 'twofold', TWOFOLD_OPERATOR: 'e2e' },
  });
}

test('an administrator finds an account, acts on it, and confirms again after a sign-in without a code', async ({
  page,
}) => {
  const user = uniqueEmail();
  await signUp(page, user);
  await expectSettingsFor(page, user);
  await logOut(page);

  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const { auth } = await enableTwoFactor(page);
  admin('grant', email);
  await logOut(page);

  // Signed in with a code (and trusting this browser): acting is allowed at once.
  await logIn(page, email);
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByLabel(/Don't ask for a code on this browser/).check();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByLabel('Find accounts by email address').fill(user);
  await page.getByRole('button', { name: 'Search' }).click();
  const account = page.getByTestId('admin-account');
  await expect(account).toHaveCount(1);
  await expect(account.getByTestId('admin-account-email')).toHaveText(user);
  await expect(account.getByTestId('admin-two-factor')).toHaveText('Off');
  await expectAccessible(page, 'the administrator page');
  await account.getByRole('button', { name: `Lift locks ${user}` }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText("Done. The account's owner was told by mail.");
  await expect(page.getByTestId('admin-account-email')).toHaveText(user);

  // A sign-in without a code (the trusted browser) does not count: the page asks first.
  await logOut(page);
  await logIn(page, email);
  await expectSettingsFor(page, email);
  await open(page, '/admin');
  await expect(page.getByRole('heading', { name: "Confirm it's you" })).toBeVisible();
  await expect(page.getByTestId('unlock')).toHaveCount(0);
  // No account is listed before the check either.
  await expect(page.getByTestId('admin-account')).toHaveCount(0);
  await expectAccessible(page, 'the administrator page asking to confirm');
  await page.getByLabel('Current password').fill('orbit-maple-lantern-42');
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('heading', { name: "Confirm it's you" })).toHaveCount(0);
  await expect(page.getByTestId('unlock').first()).toBeVisible();
});

test('the administrator page is not for other accounts', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await expect(page.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await open(page, '/admin');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('admin-accounts')).toHaveCount(0);
});
