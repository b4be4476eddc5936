import { expect, test } from './fixtures';
import { applicationItem, registerApplication, signedInAdministrator, tokenError, uniqueAppName } from './admin-apps';
import { expectAccessible } from './two-factor';

test('an administrator registers an application, sees its secret once, replaces it and removes it', async ({
  browser,
  page,
  request,
}) => {
  await signedInAdministrator(browser, page, true);
  await page.goto('/admin');
  const name = uniqueAppName();
  await registerApplication(page, name);

  const shown = page.getByTestId('admin-app-secret');
  await expect(shown).toContainText(`New client secret for \u2068${name}\u2069`);
  const secret = (await page.getByTestId('admin-app-secret-value').textContent())!;
  const item = applicationItem(page, name);
  const clientId = (await item.getByTestId('admin-app-client-id').textContent())!;
  await expect(item).toContainText('Confidential');
  await expect(item).toContainText('Two-factor authentication');
  await expect(item).toContainText('Asked of each account');
  await expect(item).toContainText('http://localhost:9/cb');
  expect(await tokenError(request, clientId, secret)).toBe('invalid_grant');
  expect(await tokenError(request, clientId, `${secret}x`)).toBe('invalid_client');
  await expectAccessible(page, 'the administrator page with a new secret');

  // Once only.
  await page.reload();
  await expect(page.getByTestId('admin-application').first()).toBeVisible();
  await expect(page.getByTestId('admin-app-secret')).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);

  await item.getByTestId('admin-app-rotate').locator('summary').click();
  await expect(item.getByTestId('admin-app-rotate')).toContainText('stops working at once');
  await item.getByRole('button', { name: 'Make a new secret' }).click();
  const replaced = (await page.getByTestId('admin-app-secret-value').textContent())!;
  expect(replaced).not.toBe(secret);
  expect(await tokenError(request, clientId, secret)).toBe('invalid_client');
  expect(await tokenError(request, clientId, replaced)).toBe('invalid_grant');

  await item.getByTestId('admin-app-remove').locator('summary').click();
  await expectAccessible(page, 'the administrator page with the removal unfolded');
  await item.getByRole('button', { name: `Remove \u2068${name}\u2069` }).click();
  await expect(page).toHaveURL(/\/admin#applications$/);
  await expect(applicationItem(page, name)).toHaveCount(0);
  expect(await tokenError(request, clientId, replaced)).toBe('invalid_client');

  // The administrator's own log names the application each time.
  await page.goto('/settings/security-log');
  for (const line of [
    `You registered the application \u2068${name}\u2069`,
    `You gave \u2068${name}\u2069 a new client secret`,
    `You removed the application \u2068${name}\u2069`,
  ]) {
    await expect(page.getByText(line)).toBeVisible();
  }
});

test('a refused registration says why and keeps the form open', async ({ browser, page }) => {
  await signedInAdministrator(browser, page, true);
  await page.goto('/admin');
  await page.getByTestId('admin-app-add').locator('summary').click();
  await page.getByLabel('Name', { exact: true }).fill(uniqueAppName());
  await page.getByLabel('Redirect addresses').fill('http://app.example.com/cb');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  const form = page.getByTestId('admin-app-add');
  await expect(form).toHaveAttribute('open', '');
  await expect(form.getByRole('alert')).toContainText('The application cannot be registered');
  await expectAccessible(page, 'the registration refused');
});

/** The new secret, an application and the registration form, in each language and scheme. */
test('pictures of an application on the administrator page', async ({ browser, page, baseURL }) => {
  await signedInAdministrator(browser, page, true);
  await page.goto('/admin');
  const name = 'Grafana pictures';
  await registerApplication(page, name);
  const item = applicationItem(page, name);
  for (const language of ['en-US', 'ar'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.context().addCookies([{ name: 'twofold_lang', value: language, url: baseURL! }]);
      await page.emulateMedia({ colorScheme });
      // Each picture after a new secret (it shows once).
      await page.goto('/admin');
      await item.getByTestId('admin-app-rotate').locator('summary').click();
      await item.getByTestId('admin-app-rotate').locator('button').click();
      await expect(page.getByTestId('admin-app-secret')).toBeVisible();
      await page.getByTestId('admin-app-add').locator('summary').click();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        // What changes from run to run: the client id, the secret and the time.
        const mask = [
          page.getByTestId('admin-app-secret').locator('code'),
          page.getByTestId('admin-app-client-id'),
          page.locator('time'),
        ];
        for (const [what, element] of [
          ['secret', page.getByTestId('admin-app-secret')],
          ['application', item],
          ['add', page.getByTestId('admin-app-add')],
        ] as const) {
          await expect(element).toHaveScreenshot(`${language}-${colorScheme}-admin-app-${what}-${width}.png`, {
            mask,
            animations: 'disabled',
          });
        }
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await item.getByTestId('admin-app-remove').locator('summary').click();
  await item.getByTestId('admin-app-remove').locator('button').click();
  await expect(item).toHaveCount(0);
});
