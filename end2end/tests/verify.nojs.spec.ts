import { expect, test } from './fixtures';
import { PASSWORD } from './helpers';
import { enrolledAccount } from './two-factor';

test('without JavaScript the code page has no toggle and still accepts a code', async ({ page }) => {
  await page.goto('/login/verify');
  await expect(page.getByTestId('code-toggle')).toBeHidden();
  await page.getByLabel('Authenticator code').fill('123456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Please log in again/);
});

test('without JavaScript a login with two-factor works with a code and a backup code', async ({ browser, page }) => {
  test.setTimeout(120_000);
  // Turning two-factor on needs JavaScript (the dialogs); logging in does not.
  const { email, auth, codes } = await enrolledAccount(browser);

  const logIn = async () => {
    await page.goto('/login');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/login\/verify/);
  };

  await logIn();
  await page.getByLabel('Authenticator code').fill(auth.wrongCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toHaveText(/That code is not correct/);
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('account-email')).toHaveText(email);

  await page.getByTestId('log-out').click();
  await logIn();
  // The same input takes a backup code.
  await page.getByLabel('Authenticator code').fill(codes[3]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
});

test('without JavaScript a browser can be trusted at the code step and stopped on the sessions page', async ({
  browser,
  page,
}) => {
  const { email, auth } = await enrolledAccount(browser);

  const logIn = async () => {
    await page.goto('/login');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
  };
  await logIn();
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByLabel(/Don't ask for a code on this browser for \u2068?30\u2069? days/).check();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await page.getByTestId('log-out').click();
  await logIn();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);

  await page.goto('/settings/sessions');
  await page.getByTestId('trusted-browser').getByRole('button', { name: 'Stop trusting' }).click();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(page.getByTestId('trusted-browser')).toHaveCount(0);
  await page.getByTestId('log-out').click();
  await logIn();
  await expect(page).toHaveURL(/\/login\/verify/);
});
