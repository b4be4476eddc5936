import { expect, test } from './fixtures';
import { PASSWORD, logIn, uniqueEmail, signUp, expectSettingsFor } from './helpers';
import { KEY_BASE_URL, VirtualKey, addKey } from './keys';
import { backupCodes, closeBackupCodes } from './two-factor';

test.use({ baseURL: KEY_BASE_URL });

test('without JavaScript the verify page says keys need it, and a code still works', async ({
  page,
  browser,
}) => {
  // The key is added with JavaScript, in a browser of its own.
  const email = uniqueEmail();
  const withScript = await browser.newContext({ javaScriptEnabled: true, baseURL: KEY_BASE_URL });
  const setup = await withScript.newPage();
  await VirtualKey.attach(setup);
  await signUp(setup, email);
  await expectSettingsFor(setup, email);
  const dialog = await addKey(setup, 'Laptop key');
  const codes = await backupCodes(dialog);
  await closeBackupCodes(dialog);
  await withScript.close();

  await logIn(page, email, PASSWORD, false);
  await expect(page).toHaveURL(/\/login\/verify/);
  await expect(page.getByText('Security keys need JavaScript')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use your security key' })).toBeHidden();
  // No authenticator app: the code input asks for a backup code.
  await page.getByLabel('Backup code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email, false);
  await expect(page.getByTestId('key-name')).toHaveText(['Laptop key']);
  await expect(page.getByText('Adding or removing a security key needs JavaScript.')).toBeVisible();
});
