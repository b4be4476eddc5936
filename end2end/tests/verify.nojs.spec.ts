import { expect, test } from './fixtures';

test('without JavaScript the code page has no toggle and still accepts a code', async ({ page }) => {
  await page.goto('/login/verify');
  await expect(page.getByTestId('code-toggle')).toBeHidden();
  await page.getByLabel('Authenticator code').fill('123456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Please log in again/);
});
