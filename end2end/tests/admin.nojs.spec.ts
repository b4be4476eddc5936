import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { PASSWORD } from './helpers';
import { enrolledAccount } from './two-factor';
import { applicationItem, registerApplication, signedInAdministrator, uniqueAppName } from './admin-apps';

test('without JavaScript an administrator searches and acts', async ({ browser, page }) => {
  // Turning two-factor on needs JavaScript (the dialogs); the administrator page does not.
  const { email, auth } = await enrolledAccount(browser);
  execFileSync(process.env.TWOFOLD_SERVER_BIN ?? '../target/debug/server', ['admin', 'grant', email], {
    cwd: '..',
    env: { ...process.env, LEPTOS_OUTPUT_NAME: 'twofold', TWOFOLD_OPERATOR: 'e2e' },
  });

  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await page.goto('/admin');
  await page.getByLabel('Find accounts by email address').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('admin-account-email')).toHaveText(email);
  await page.getByRole('button', { name: `Lift locks ${email}` }).click();
  await expect(page).toHaveURL(/\/admin\?q=/);
  await expect(page.getByTestId('admin-notice')).toHaveText("Done. The account's owner was told by mail.");
  // The policy form is a plain form too (not sent here: the policy is the whole
  // deployment's, and other tests run meanwhile; it.administration sends it).
  await expect(page.getByRole('button', { name: 'Save policy' })).toBeVisible();
  await expect(page.getByLabel('Grace period in days (0: at once)')).toBeVisible();
});

test('without JavaScript an administrator registers an application and sees its secret once', async ({
  browser,
  page,
}) => {
  await signedInAdministrator(browser, page, false);
  await page.goto('/admin');
  const name = uniqueAppName();
  await registerApplication(page, name);
  await expect(page.getByTestId('admin-app-secret')).toContainText(name);
  await expect(page.getByTestId('admin-app-secret-value')).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  await page.reload();
  await expect(page.getByTestId('admin-app-secret')).toHaveCount(0);
  const item = applicationItem(page, name);
  await item.getByTestId('admin-app-remove').locator('summary').click();
  await item.getByRole('button', { name: `Remove \u2068${name}\u2069` }).click();
  await expect(applicationItem(page, name)).toHaveCount(0);
});
