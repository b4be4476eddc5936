import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { PASSWORD, expectSettingsFor, fillMailedCode, logIn, logOut, signUp, uniqueEmail } from './helpers';
import {
  Authenticator,
  backupCodes,
  closeBackupCodes,
  disableDialog,
  enableTwoFactor,
  enterCode,
  num,
  openSetup,
  regenerateDialog,
  setupDialog,
  startEnabling,
} from './two-factor';

test.describe.configure({ timeout: 120_000 });

async function signedUp(page: import('@playwright/test').Page): Promise<string> {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  return email;
}

test('turn on two-factor, then log in with a code from the app', async ({ page }) => {
  const email = await signedUp(page);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is off/);

  // A wrong first code keeps the dialog on the code step with a message.
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const dialog = setupDialog(page);
  await dialog.getByLabel('Current password').fill('not-the-password-1');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByText('The current password is not correct.')).toBeVisible();
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  const key = (await dialog.getByTestId('manual-key').textContent())!;
  const auth = new Authenticator(key);
  // The code mailed to the account is part of turning two-factor on: without it, nothing.
  await expect(dialog.getByTestId('mailed-code-lead')).toContainText(email);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/The code from the email is wrong/);
  // The cursor goes where the fix goes.
  await expect(dialog.getByLabel('Code from the email')).toBeFocused();
  await expect(dialog.getByLabel('Code from the email')).toHaveAttribute('aria-invalid', 'true');
  await fillMailedCode(dialog);
  await dialog.getByLabel('Authenticator code').fill(auth.wrongCode());
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/That code is not correct/);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await backupCodes(dialog);
  await closeBackupCodes(dialog);
  await expect(page.getByTestId('two-factor-notice')).toHaveText(/Two-factor authentication is now on/);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is on since/);
  await expect(page.getByTestId('backup-codes-left')).toHaveText(new RegExp(`You have ${num(10)} backup codes left`));

  await logOut(page);
  await logIn(page, email);
  await enterCode(page, auth.wrongCode());
  await expect(page.getByRole('alert')).toHaveText(/That code is not correct/);
  await page.getByLabel('Authenticator code').fill(await auth.code());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('backup-code-notice')).toHaveCount(0);
});

test('a backup code logs in once; the notice says how many are left', async ({ page }) => {
  const email = await signedUp(page);
  const { codes } = await enableTwoFactor(page);
  await logOut(page);

  await logIn(page, email);
  // Lower case and without the dash: the input forgives both.
  await enterCode(page, codes[0].replace('-', '').toLowerCase(), true);
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('backup-code-notice')).toHaveText(
    new RegExp(`You logged in with a backup code. You have ${num(9)} left`),
  );
  await expect(page.getByTestId('backup-codes-left')).toHaveText(new RegExp(`You have ${num(9)} backup codes left`));
  // Once: the next page does not repeat it.
  await page.reload();
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.getByTestId('backup-code-notice')).toHaveCount(0);

  await logOut(page);
  await logIn(page, email);
  await enterCode(page, codes[0], true);
  await expect(page.getByRole('alert')).toHaveText(/That code is not correct/);
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel('Backup code').fill(codes[1]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);
});

test('new backup codes replace the old ones at once', async ({ page }) => {
  const email = await signedUp(page);
  const { auth, codes: old } = await enableTwoFactor(page);

  await page.getByRole('button', { name: 'Make new backup codes' }).click();
  const dialog = regenerateDialog(page);
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await dialog.getByRole('button', { name: 'Make new codes' }).click();
  const fresh = await backupCodes(dialog);
  expect(fresh.filter((code) => old.includes(code))).toEqual([]);
  // Escape does not close the view before the codes are saved.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await closeBackupCodes(dialog);
  await expect(page.getByTestId('two-factor-notice')).toHaveText(/You have new backup codes/);

  await logOut(page);
  await logIn(page, email);
  await enterCode(page, old[2], true);
  await expect(page.getByRole('alert')).toHaveText(/That code is not correct/);
  await page.getByLabel('Backup code').fill(fresh[2]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);
});

test('turn off with a code, turn on again, turn off with a backup code', async ({ page }) => {
  const email = await signedUp(page);
  const { auth } = await enableTwoFactor(page);

  await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
  let dialog = disableDialog(page);
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByLabel('Authenticator code').fill('12345');
  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/That code is not correct/);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('two-factor-notice')).toHaveText(/now off/);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is off/);

  // On again, with a new key; this time the phone is "lost" and a backup code turns it off.
  const { codes } = await enableTwoFactor(page);
  await page.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
  dialog = disableDialog(page);
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Use a backup code instead' }).click();
  await expect(dialog.getByLabel('Backup code')).toBeFocused();
  await expect(dialog.getByLabel('Backup code')).toHaveAttribute('inputmode', 'text');
  await dialog.getByLabel('Backup code').fill(codes[7]);
  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is off/);

  // The password alone logs in again.
  await logOut(page);
  await logIn(page, email);
  await expectSettingsFor(page, email);
});

test('cancelling set-up leaves two-factor off and a new set-up gets a new key', async ({ page }) => {
  await signedUp(page);
  const { dialog: first, key } = await openSetup(page);
  await first.getByRole('button', { name: 'Cancel' }).click();
  await expect(first).toBeHidden();
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is off/);

  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const dialog = setupDialog(page);
  // A fresh start: the password step again, nothing left over from before.
  await expect(dialog.getByLabel('Current password')).toHaveValue('');
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByTestId('manual-key')).not.toHaveText(key);
});

test('the QR code in the page decodes to the key, with issuer and account', async ({ page }) => {
  const email = await signedUp(page);
  const { dialog, key } = await openSetup(page);
  const png = PNG.sync.read(await dialog.getByRole('img', { name: /QR code/ }).screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(
    `otpauth://totp/Twofold:${encodeURIComponent(email)}?secret=${key.replace(/ /g, '')}` +
      '&issuer=Twofold&algorithm=SHA1&digits=6&period=30',
  );
  // The code an app computes from the scanned key turns two-factor on.
  const scanned = new Authenticator(new URL(decoded!.data).searchParams.get('secret')!);
  await dialog.getByLabel('Authenticator code').fill(await scanned.code());
  await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await backupCodes(dialog);
});

test.describe('backup-code view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy all, download as text, print only the codes', async ({ page }) => {
    const email = await signedUp(page);
    const { dialog } = await startEnabling(page);
    const codes = await backupCodes(dialog);

    await dialog.getByRole('button', { name: 'Copy all' }).click();
    await expect(dialog.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Download as text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('twofold-backup-codes.txt');
    const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(text).toContain(`Twofold backup codes for ${email}\n`);
    for (const code of codes) expect(text).toContain(code);

    // Printed, the page shows the codes and nothing else (the dialog's role is hidden too, so
    // these look the elements up by test id).
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('backup-codes')).toBeVisible();
    await expect(page.getByTestId('account-email')).toBeHidden();
    await expect(page.getByTestId('copy-codes')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await closeBackupCodes(dialog);
  });

  test('the manual key can be copied without its spaces', async ({ page }) => {
    await signedUp(page);
    const { dialog, key } = await openSetup(page);
    await dialog.getByRole('button', { name: 'Copy key' }).click();
    await expect(dialog.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key.replace(/ /g, ''));
  });
});
