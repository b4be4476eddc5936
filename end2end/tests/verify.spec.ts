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

  await page.getByRole('button', { name: 'Use a backup code instead' }).click();
  await expect(page.getByLabel('Backup code')).toBeFocused();
  await expect(page.getByLabel('Backup code')).toHaveAttribute('inputmode', 'text');
  await expect(page.getByText(/Enter one of the backup codes/)).toBeVisible();
  await page.getByRole('button', { name: 'Use your authenticator app instead' }).click();
  await expect(page.getByLabel('Authenticator code')).toHaveAttribute('inputmode', 'numeric');
  await page.getByRole('button', { name: 'Use a backup code instead' }).click();

  await page.getByLabel('Backup code').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Please log in again/);
});
