import { expect, test } from './fixtures';
import {
  PASSWORD,
  expectSettingsFor,
  logIn,
  logOut,
  mailsTo,
  open,
  signUp,
  submitSignUp,
  uniqueEmail,
} from './helpers';

test('sign up, log out, log in: settings show the email and the 2FA status', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/Two-factor authentication is off/);

  await logOut(page);
  await logIn(page, email);
  await expectSettingsFor(page, email);
});

test('a wrong password shows a message and keeps the user out', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await logOut(page);

  await logIn(page, email, 'definitely-not-it-123');
  await expect(page.getByRole('alert')).toHaveText(/^The email address or password is not correct/);
  await expect(page).toHaveURL(/\/login/);

  // An unknown address gets exactly the same message.
  await logIn(page, uniqueEmail(), 'definitely-not-it-123');
  await expect(page.getByRole('alert')).toHaveText(/^The email address or password is not correct/);
});

test('signing up with a taken address answers as for a new one and tells the owner', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await logOut(page);

  await submitSignUp(page, email.toUpperCase());
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('mail-notice')).toHaveText(/Check your inbox/);
  await expect
    .poll(async () => (await mailsTo(email)).map((mail) => mail.subject))
    .toContain('Someone tried to sign up with your address');
});

test('sign-up validation messages appear next to their fields', async ({ page }) => {
  await submitSignUp(page, 'not-an-email', 'short');
  await expect(page.getByTestId('error-email')).toHaveText('Enter an email address such as name@example.com.');
  await expect(page.getByTestId('error-password')).toHaveText('Use at least 12 characters.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await submitSignUp(page, uniqueEmail(), 'Password1234!');
  await expect(page.getByTestId('error-password')).toHaveText(/too common/);
});

test('change the password, then log in with the new one', async ({ page }) => {
  const email = uniqueEmail();
  const newPassword = 'quartz-harbor-violet-17';
  await signUp(page, email);
  await expectSettingsFor(page, email);

  const form = page.locator('form[action="/api/change-password"]');
  await form.getByLabel('Current password').fill('wrong-password-123');
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(
    form.getByTestId('error-current_password'),
  ).toHaveText('The current password is not correct.');

  await form.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('Your password has been changed.');

  await logOut(page);
  await logIn(page, email, PASSWORD);
  await expect(page.getByRole('alert')).toHaveText(/^The email address or password is not correct/);
  await logIn(page, email, newPassword);
  await expectSettingsFor(page, email);
});

test('a protected page redirects to login and back', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await logOut(page);

  await open(page, '/settings');
  await expect(page).toHaveURL(/\/login\?next=\/settings$/);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expectSettingsFor(page, email);
});

test('pages follow the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await open(page, '/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bei Twofold anmelden');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByTestId('error-email')).toHaveText('Bitte füllen Sie dieses Feld aus.');
  await context.close();
});
