import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  PASSWORD,
  expectSettingsFor,
  fillMailedCode,
  logIn,
  logOut,
  mailedCode,
  signUp,
  uniqueEmail,
} from './helpers';
import {
  Authenticator,
  backupCodes,
  disableDialog,
  enableTwoFactor,
  enterCode,
  expectAccessible,
  regenerateDialog,
  setupDialog,
} from './two-factor';

test.describe.configure({ timeout: 120_000 });

/** Presses Tab until `target` has the focus (at most 40 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('turning two-factor on and off with the keyboard only', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);

  // Escape closes the dialog and gives focus back to the button that opened it.
  const enable = page.getByRole('button', { name: 'Turn on two-factor authentication' });
  await tabTo(page, enable);
  await page.keyboard.press('Enter');
  let dialog = setupDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(enable).toBeFocused();

  // Password, Enter; the code input then has the focus.
  await page.keyboard.press('Enter');
  dialog = setupDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  const code = dialog.getByLabel('Authenticator code');
  await expect(code).toBeFocused();
  const auth = new Authenticator((await dialog.getByTestId('manual-key').textContent())!);
  await page.keyboard.type(await auth.code());
  // Tab leads to the code mailed to the account.
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Code from the email')).toBeFocused();
  await page.keyboard.type(await mailedCode(email));
  await page.keyboard.press('Enter');

  // The backup codes: Escape does nothing until they are saved; tick the box with Space.
  await expect(dialog.getByRole('heading', { name: 'Save your backup codes' })).toBeFocused();
  await backupCodes(dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByLabel('I have saved these codes'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // The settings load again with the new status; focus lands on the confirmation at the top.
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is on since/);
  await expect(page.getByTestId('notice')).toBeFocused();

  // Off again: password, Tab, code, Enter.
  const disable = page.getByRole('button', { name: 'Turn off two-factor authentication' });
  await tabTo(page, disable);
  await page.keyboard.press('Enter');
  dialog = disableDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Authenticator code')).toBeFocused();
  await page.keyboard.type(await auth.code());
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is off/);
  await expect(page.getByTestId('notice')).toBeFocused();
  await expect(page.getByTestId('two-factor-notice')).toHaveText(/now off/);
});

test('no accessibility violations on the settings page, the dialogs and the code page', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await expectAccessible(page, 'the settings page (two-factor off)');

  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  let dialog = setupDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await expectAccessible(page, 'the set-up dialog (password)');
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByLabel('Authenticator code')).toBeFocused();
  await expectAccessible(page, 'the set-up dialog (QR code and key)');
  const auth = new Authenticator((await dialog.getByTestId('manual-key').textContent())!);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await backupCodes(dialog);
  await expectAccessible(page, 'the backup-code view');
  await dialog.getByLabel('I have saved these codes').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expectAccessible(page, 'the settings page (two-factor on)');

  await page.getByRole('button', { name: 'Make new backup codes' }).click();
  dialog = regenerateDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await expectAccessible(page, 'the new-backup-codes dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
  dialog = disableDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await expectAccessible(page, 'the disable dialog');
  await dialog.getByRole('button', { name: 'Use a backup code instead' }).click();
  await expectAccessible(page, 'the disable dialog (backup code)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await logOut(page);
  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
  await expectAccessible(page, 'the code page');
  await enterCode(page, auth.wrongCode());
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'the code page with an error');
});
