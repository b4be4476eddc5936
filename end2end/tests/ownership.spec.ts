import { expect, test } from './fixtures';
import {
  PASSWORD,
  expectSettingsFor,
  linkTo,
  logIn,
  logOut,
  mailsTo,
  open,
  signUp,
  submitSignUp,
  uniqueEmail,
} from './helpers';
import { enrolledAccount, expectAccessible } from './two-factor';

const NEW_PASSWORD = 'quartz-harbor-violet-58';

test('an unconfirmed account signs in only through its link, with its password', async ({ page }) => {
  const email = uniqueEmail();
  await submitSignUp(page, email);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('mail-notice')).toHaveText(/Check your inbox/);
  await expectAccessible(page, 'the login page after a sign-up');
  const first = await linkTo(email, '/confirm-address');
  // Not before the link: the answer of a wrong password.
  await logIn(page, email);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('alert')).toHaveText(/not confirmed yet/);

  // The first password forgotten: signed up again, that link is over.
  await submitSignUp(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/login$/);
  await open(page, first);
  await expect(page.getByTestId('link-expired')).toBeVisible();
  await expectAccessible(page, 'an expired link');

  await open(page, await linkTo(email, '/confirm-address', first));
  await expect(page.getByTestId('confirm-address-lead')).toHaveText(
    new RegExp(`Confirm that \u2068?${email.replace('.', '\\.')}\u2069? is your address`),
  );
  await expectAccessible(page, 'the confirmation page');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Confirm the address' }).click();
  await expect(page.getByTestId('error-password')).toBeVisible();
  await expectAccessible(page, 'the confirmation page with a wrong password');
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Confirm the address' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('address-notice')).toHaveText('Your email address is confirmed.');
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.getByTestId('unconfirmed-banner')).toHaveCount(0);
});

test('a forgotten password is replaced through the mailed link', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await logOut(page);

  await page.getByTestId('forgot-password').click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expectAccessible(page, 'the forgot-password page');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('mail-notice')).toHaveText(/If an account uses that address/);

  await open(page, await linkTo(email, '/reset-password'));
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByLabel('Authenticator code')).toHaveCount(0);
  await expectAccessible(page, 'the reset page');
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByTestId('error-new_password')).toHaveText('Use at least 12 characters.');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('password-reset-notice')).toHaveText(/Your new password is set/);

  await logIn(page, email, PASSWORD);
  await expect(page.getByRole('alert')).toHaveText(/^The email address or password is not correct/);
  await logIn(page, email, NEW_PASSWORD);
  await expectSettingsFor(page, email);
  await expect
    .poll(async () => (await mailsTo(email)).map((mail) => mail.subject))
    .toContain('Your password was reset');
});

test('a reset with two-factor on asks for a code before the new password counts', async ({ browser, page }) => {
  const { email, auth } = await enrolledAccount(browser);
  await open(page, '/forgot-password');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await open(page, await linkTo(email, '/reset-password'));
  await expect(page.getByText(/confirm it with your second factor/)).toBeVisible();
  await expectAccessible(page, 'the reset page with two-factor');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Authenticator code').fill('000000' === (await auth.code()) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('alert')).toHaveText(/That code is not correct/);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('password-reset-notice')).toBeVisible();

  await logIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/login\/verify/);
});

test('a change of address waits for the new address to confirm it', async ({ page }) => {
  const email = uniqueEmail();
  const newEmail = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);

  const section = page.getByTestId('change-address');
  await section.getByText('Change email address').click();
  await expectAccessible(page, 'the settings with the change of address open');
  await section.getByLabel('New email address').fill(newEmail);
  await section.getByLabel('Current password').fill(PASSWORD);
  await section.getByRole('button', { name: 'Send the link' }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('mail-notice')).toHaveText(/We mailed a link to the new address/);
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect
    .poll(async () => (await mailsTo(email)).map((mail) => mail.subject))
    .toContain('A change of your email address was asked for');

  await open(page, await linkTo(newEmail, '/confirm-address'));
  await expect(page.getByTestId('confirm-address-lead')).toContainText('Move your account');
  await page.getByRole('button', { name: 'Move my account' }).click();
  // The move ends every session of the old address, this one too.
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('address-notice')).toHaveText(/now uses its new email address/);
  await expect
    .poll(async () => (await mailsTo(email)).map((mail) => mail.subject))
    .toContain('Your account has a new email address');
  await logIn(page, newEmail);
  await expectSettingsFor(page, newEmail);
});

test('signing up, confirming and resetting work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  const email = uniqueEmail();
  await signUp(page, email, PASSWORD, false);
  await expectSettingsFor(page, email, false);
  await page.getByTestId('log-out').click();

  await page.goto('/forgot-password');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByTestId('mail-notice')).toBeVisible();
  await page.goto(await linkTo(email, '/reset-password'));
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByTestId('error-new_password')).toHaveText('Use at least 12 characters.');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByTestId('password-reset-notice')).toBeVisible();
  await logIn(page, email, NEW_PASSWORD, false);
  await expectSettingsFor(page, email, false);
  await context.close();
});

