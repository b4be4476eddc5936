import { expect, test } from './fixtures';
import { expectSettingsFor, logIn, signUp, submitSignUp, uniqueEmail } from './helpers';

// The same core flows with JavaScript disabled: plain HTML forms posting to the server functions.

test('sign up, log out and log in without JavaScript', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email, undefined, false);
  await expectSettingsFor(page, email, false);

  await page.getByTestId('log-out').click();
  await expect(page).toHaveURL(/\/login$/);

  await logIn(page, email, undefined, false);
  await expectSettingsFor(page, email, false);
});

test('login and sign-up errors are shown without JavaScript', async ({ page }) => {
  const email = uniqueEmail();
  await logIn(page, email, 'definitely-not-it-123', false);
  await expect(page.getByRole('alert')).toHaveText(/^The email address or password is not correct/);

  await submitSignUp(page, 'not-an-email', 'short', false);
  await expect(page.getByTestId('error-email')).toHaveText('Enter an email address such as name@example.com.');
  await expect(page.getByTestId('error-password')).toHaveText('Use at least 12 characters.');
});
