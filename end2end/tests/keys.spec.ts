import { expect, test } from './fixtures';
import { PASSWORD, expectSettingsFor, fillMailedCode, logIn, logOut, open, signUp, uniqueEmail } from './helpers';
import { KEY_BASE_URL, VirtualKey, addKey, addKeyDialog } from './keys';
import { Authenticator, backupCodes, closeBackupCodes, expectAccessible, setupDialog } from './two-factor';

test.use({ baseURL: KEY_BASE_URL });

test('a key added in the settings signs in, as the second step and as a passkey, and is removed', async ({
  page,
}) => {
  const key = await VirtualKey.attach(page);
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);

  await page.getByRole('button', { name: 'Add a security key or passkey' }).click();
  const dialog = addKeyDialog(page);
  await expect(dialog.getByLabel('Current password')).toBeFocused();
  await expectAccessible(page, 'the add-key dialog');
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const nameField = dialog.getByLabel('Name', { exact: true });
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue('Chrome on Linux');
  await expectAccessible(page, 'naming a key');
  await nameField.fill('Laptop key');
  // The first factor: without the code mailed to the account, the key is not added; its answer
  // waits for the right code.
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog.getByTestId('form-error')).toContainText('The code from the email is wrong');
  await expect(dialog.getByLabel('Code from the email')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'a key without the mailed code');
  await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Add key' }).click();
  // The first factor: two-factor is on, with backup codes.
  const codes = await backupCodes(dialog);
  await closeBackupCodes(dialog);
  expect(await key.credentials()).toBe(1);
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is on since/);
  await expect(page.getByTestId('two-factor-notice')).toContainText(
    'logging in asks for your security key or passkey',
  );
  await expect(page.getByTestId('key-name')).toHaveText(['Laptop key']);
  await expect(page.getByTestId('authenticator-status')).toHaveText('Not set up.');
  await expectAccessible(page, 'the settings with a key');

  await logOut(page);
  await logIn(page, email);
  await expect(page).toHaveURL(/\/login\/verify/);
  // No authenticator app: the code is a backup code, without the toggle.
  await expect(page.getByText('Use your security key, or enter one of your backup codes.')).toBeVisible();
  await expect(page.getByLabel('Backup code')).toBeVisible();
  await page.locator('body[data-hydrated="true"]').waitFor();
  await expect(page.getByTestId('code-toggle')).toHaveCount(0);
  await expectAccessible(page, 'the verify page with a key');
  await page.getByRole('button', { name: 'Use your security key' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('key').getByText(/Last used/)).toBeVisible();

  // Without the password: the passkey alone.
  await logOut(page);
  await open(page, '/login');
  await expectAccessible(page, 'the login page');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expectSettingsFor(page, email);

  // Removed with the key itself as the factor: the only factor, so two-factor goes off.
  await page.getByRole('button', { name: 'Remove Laptop key' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove this security key?' });
  await expect(remove.getByTestId('remove-key-last')).toBeVisible();
  await expectAccessible(page, 'the remove-key dialog');
  await remove.getByLabel('Current password').fill(PASSWORD);
  await remove.getByRole('button', { name: 'Use your security key' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('notice')).toContainText('Two-factor authentication is now off');
  await expect(page.getByTestId('no-keys')).toBeVisible();
  await expect(page.getByTestId('two-factor-status')).not.toHaveText(/is on since/);
  expect(codes).toHaveLength(10);
});

test('a cancelled key keeps the other ways open', async ({ page }) => {
  const key = await VirtualKey.attach(page);
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);

  // Adding a key that does not confirm: the dialog says so and offers another try.
  await key.confirms(false);
  await page.getByRole('button', { name: 'Add a security key or passkey' }).click();
  const dialog = addKeyDialog(page);
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByTestId('form-error')).toContainText('The security key did not answer');
  await expectAccessible(page, 'a cancelled ceremony');
  await key.confirms(true);
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill('Desk key');
  await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Add key' }).click();
  const codes = await backupCodes(dialog);
  await closeBackupCodes(dialog);
  await expectSettingsFor(page, email);

  // The same key again (now with a factor, two-factor being on): the browser refuses it.
  await page.getByRole('button', { name: 'Add a security key or passkey' }).click();
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByLabel('Backup code').fill(codes[1]);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByTestId('form-error')).toContainText('on an account already');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await key.credentials()).toBe(1);

  // At the second step, a cancelled key leaves the codes open.
  await logOut(page);
  await logIn(page, email);
  await key.confirms(false);
  await page.getByRole('button', { name: 'Use your security key' }).click();
  await expect(page.getByTestId('form-error')).toContainText('The security key did not answer');
  await expect(page).toHaveURL(/\/login\/verify/);
  await page.getByLabel('Backup code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSettingsFor(page, email);
});

test('an authenticator app added to a key account takes a factor and keeps the backup codes', async ({
  page,
}) => {
  await VirtualKey.attach(page);
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const added = await addKey(page, 'Desk key');
  await backupCodes(added);
  await closeBackupCodes(added);
  await expectSettingsFor(page, email);

  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  // Two-factor is on already: the dialog adds the app to it rather than turning it on.
  const dialog = page.getByRole('dialog', { name: 'Set up an authenticator app' });
  await expect(dialog).toBeVisible();
  await expect(setupDialog(page)).toHaveCount(0);
  await expect(dialog.getByText('confirm with one of your factors to add an authenticator app')).toBeVisible();
  await expectAccessible(page, 'adding an app to a key account');
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Use your security key' }).click();
  const manualKey = (await dialog.getByTestId('manual-key').textContent()) ?? '';
  const auth = new Authenticator(manualKey);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await expect(dialog.getByRole('button', { name: 'Turn on' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add app' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('two-factor-notice')).toContainText('Your authenticator app was added.');
  await expect(page.getByTestId('authenticator-status')).toHaveText(/Set up/);
  await expect(page.getByTestId('backup-codes-left')).toHaveText(/10/);

  // Replaced by the key alone: the app goes, confirmed with one of its own codes.
  await page.getByRole('button', { name: 'Remove authenticator app' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the authenticator app?' });
  await expect(remove.getByLabel('Current password')).toBeFocused();
  await expect(remove.getByTestId('remove-key-last')).toHaveCount(0);
  await expectAccessible(page, 'the remove-app dialog');
  await remove.getByLabel('Current password').fill(PASSWORD);
  await remove.getByLabel('Authenticator code').fill(await auth.code());
  await remove.getByRole('button', { name: 'Remove app' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('two-factor-notice')).toContainText('Your authenticator app was removed.');
  await expect(page.getByTestId('authenticator-status')).toHaveText('Not set up.');
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is on since/);
  await expect(page.getByRole('button', { name: 'Remove authenticator app' })).toHaveCount(0);
});

test('with JavaScript on, the page never says that passkeys need it, even before it is interactive', async ({
  page,
}) => {
  // The page's bundle is held back: until it arrives, the page is as the server rendered it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/login', { waitUntil: 'domcontentloaded' });
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.locator('body[data-hydrated]')).toHaveCount(0);
  await expect(page.getByText('Signing in with a passkey needs JavaScript.')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-js', '1');
  release();
  await page.locator('body[data-hydrated="true"]').waitFor();
});

test('renaming a key', async ({ page }) => {
  await VirtualKey.attach(page);
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const dialog = await addKey(page, 'Old name');
  await backupCodes(dialog);
  await closeBackupCodes(dialog);
  await expectSettingsFor(page, email);
  await page.getByText('Rename').click();
  await page.getByLabel('New name').fill('Blue key');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expectSettingsFor(page, email);
  await expect(page.getByTestId('key-name')).toHaveText(['Blue key']);
});
