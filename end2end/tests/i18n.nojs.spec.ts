import { expect, test } from './fixtures';

test('without JavaScript the language switcher posts and comes back to the same page', async ({ page }) => {
  await page.goto('/login?next=/settings');
  await page.getByLabel('Language').selectOption('de-DE');
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?next=\/settings$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bei Twofold anmelden');
});
