import { expect, test } from './fixtures';
import { open } from './helpers';

// The second step of logging in, as far as it can be reached without an enrolled account:
// the page hydrates, the toggle switches wording and keyboard, and a code without a pending
// login asks to start again.
test('the code page toggles between authenticator and backup codes', async ({ page }) => {
  await open(page, '/login/verify?next=/settings');
  const input = page.getByLabel('Authenticator code');
  await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(input).toHaveAttribute('inputmode', 'numeric');

  const toggle = page.getByTestId('code-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Backup code')).toHaveAttribute('inputmode', 'text');

  await page.getByLabel('Backup code').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Please log in again/);
});
