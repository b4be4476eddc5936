import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, linkTo, mailedCode, open } from './helpers';
import { VirtualKey, addKey } from './keys';
import { Authenticator, backupCodes, closeBackupCodes } from './two-factor';

/**
 * Pictures that catch layout bugs: every page, dialog step, notice and error, at a phone's and
 * a desktop's width, in the light and the dark colour scheme, left to right (en-US) and right
 * to left (ar), compared with the baselines in pictures.spec.ts-snapshots/. After a change
 * that is meant to alter them: `TWOFOLD_UPDATE_PICTURES=1 ./scripts/test.sh` (or
 * `npx playwright test pictures --update-snapshots` in end2end/ with a server built by it),
 * then look at the new pictures before committing them.
 *
 * The flows use no visible text (the same steps in every language): fields by name, buttons
 * by id, test id or role in their form. What changes from run to run is covered: the QR code,
 * the key and the backup codes are masked; a mailed code, dates and times are replaced by a
 * fixed text.
 */

const WIDTHS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;
const NEW_PASSWORD = 'quartz-harbor-willow-77';

/** Fails when a banner, card, alert or open dialog is taller than its content needs. */
async function expectSnug(page: Page, what: string): Promise<void> {
  const tooTall = await page.evaluate(() => {
    const slack = 32; // half-leading of the first and last lines, rounding
    const found: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('.banner, .card, .alert, dialog[open]')) {
      const rect = box.getBoundingClientRect();
      if (rect.height === 0) continue;
      // The extent of what the box shows: its text lines and its controls and images.
      let top = Infinity;
      let bottom = -Infinity;
      const add = (r: DOMRect) => {
        if (r.width === 0 && r.height === 0) return;
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      };
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) add(r);
        } else if ((node as Element).matches('input, button, select, textarea, svg, img, [role="img"]')) {
          add((node as Element).getBoundingClientRect());
        }
      }
      if (top === Infinity) continue;
      const style = getComputedStyle(box);
      const frame =
        parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) +
        parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      const needed = bottom - top + frame;
      if (rect.height > needed + slack) {
        const name = box.getAttribute('data-testid') ?? box.className ?? box.tagName;
        found.push(`${box.tagName.toLowerCase()} "${name}": ${Math.round(rect.height)} px for ${Math.round(needed)} px of content`);
      }
    }
    return found;
  });
  expect(tooTall, `boxes taller than their content on ${what}`).toEqual([]);
}

/** Replaces what differs from run to run, other than what is masked, by a fixed text. */
async function steady(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const time of document.querySelectorAll('time')) time.textContent = '2026-01-01 00:00';
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mailed_code"]')) {
      if (input.value) input.value = '1234 5678';
    }
  });
}

/**
 * Every scrolled box back at its top, then just far enough to show the focused input, so that a
 * dialog taller than the screen always shows the same part: the one being worked on.
 */
async function atTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.scrollTop > 0) element.scrollTop = 0;
    }
    document.activeElement?.scrollIntoView({ block: 'nearest' });
  });
}

function masks(page: Page): Locator[] {
  return [
    page.locator('.qr'),
    page.getByTestId('manual-key'),
    page.getByTestId('backup-codes'),
  ];
}

/** One picture per width of the page as it is now, named `<step>-<width>`. */
async function picture(page: Page, prefix: string, step: string): Promise<void> {
  await steady(page);
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await atTop(page);
    await expectSnug(page, `${step} at ${size.width} px`);
    await expect(page).toHaveScreenshot(`${prefix}-${step}-${size.width}.png`, {
      fullPage: true,
      mask: masks(page),
      animations: 'disabled',
    });
  }
  await page.setViewportSize(WIDTHS[1]);
}

/** Waits for the error a refused form shows: its alert or a field's message. */
async function expectError(scope: Page | Locator): Promise<void> {
  await expect(scope.locator('[data-testid="form-error"], [aria-invalid="true"]').first()).toBeVisible();
}

function submitOf(scope: Page | Locator, action: string): Locator {
  return scope.locator(`form[action="/api/${action}"] button[type="submit"]`);
}

for (const language of ['en-US', 'ar'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pictures in ${language}, ${colorScheme}`, async ({ page, baseURL, browser }) => {
      test.setTimeout(240_000);
      const prefix = `${language}-${colorScheme}`;
      const shot = (step: string) => picture(page, prefix, step);
      // The same address every run (each run of the suite starts with an empty database), so
      // that it looks the same in every picture.
      const email = `pictures-${language.toLowerCase()}-${colorScheme}@example.com`;
      await page.context().addCookies([{ name: 'twofold_lang', value: language, url: baseURL! }]);
      await page.emulateMedia({ colorScheme });

      await open(page, '/login');
      await shot('login');
      await open(page, '/signup');
      await page.locator('input[name="email"]').fill('not-an-address');
      await page.locator('input[name="password"]').fill('short');
      await submitOf(page, 'sign-up').click();
      await expectError(page);
      await shot('signup-errors');

      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await submitOf(page, 'sign-up').click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByTestId('mail-notice')).toBeVisible();
      await shot('signup-sent');
      const settingsShot = async (step: string) => {
        await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
        await shot(step);
      };
      // The link, with the password chosen at sign-up, confirms the address and signs in.
      await open(page, await linkTo(email, '/confirm-address'));
      await page.locator('input[name="password"]').fill(PASSWORD);
      await shot('confirm-address');
      await submitOf(page, 'confirm-address').click();
      await expect(page).toHaveURL(/^[^?]*\/settings$/);
      await expect(page.getByTestId('address-notice')).toBeVisible();
      await settingsShot('address-confirmed');
      await open(page, '/settings');
      await page.getByTestId('change-address').locator('summary').click();
      await settingsShot('change-address');
      await page.getByTestId('change-address').locator('summary').click();
      /** The backup-code view of `dialog`: its picture, then saved, and the notice after it. */
      const saveCodes = async (dialog: Locator, step: string, noticeStep: string) => {
        const items = dialog.getByTestId('backup-codes').locator('li');
        await expect(items).toHaveCount(10);
        const list = await items.allTextContents();
        await settingsShot(step);
        await dialog.getByTestId('codes-saved').check();
        await dialog.getByTestId('codes-done').click();
        await expect(page.getByTestId('two-factor-notice')).toBeVisible();
        await settingsShot(noticeStep);
        return list;
      };
      await settingsShot('settings');

      // The password form: a wrong current password, then a change (with its notice).
      const passwordForm = page.locator('form[action="/api/change-password"]');
      await passwordForm.locator('input[name="current_password"]').fill('not-the-password-1');
      await passwordForm.locator('input[name="new_password"]').fill(NEW_PASSWORD);
      await submitOf(page, 'change-password').click();
      await expectError(page);
      await settingsShot('password-error');
      await passwordForm.locator('input[name="current_password"]').fill(PASSWORD);
      await passwordForm.locator('input[name="new_password"]').fill(NEW_PASSWORD);
      await submitOf(page, 'change-password').click();
      await expect(page.getByTestId('form-success')).toBeVisible();
      await settingsShot('password-changed');

      // Another browser signed in to the account: turning two-factor on signs it out, and the
      // notice says so on a second line.
      const other = await browser.newContext({ baseURL });
      const otherPage = await other.newPage();
      await otherPage.goto('/login');
      await otherPage.locator('input[name="email"]').fill(email);
      await otherPage.locator('input[name="password"]').fill(NEW_PASSWORD);
      await submitOf(otherPage, 'log-in').click();
      await expect(otherPage).toHaveURL(/^[^?]*\/settings$/);
      await other.close();

      // Turning two-factor on: password (wrong, then right), QR code, backup codes.
      await page.locator('#enable-2fa').click();
      const setup = page.getByTestId('setup-dialog');
      await expect(setup).toBeVisible();
      await settingsShot('setup-password');
      await setup.locator('input[name="current_password"]').fill('not-the-password-1');
      await submitOf(setup, 'start-two-factor').click();
      await expectError(setup);
      await settingsShot('setup-password-error');
      await setup.locator('input[name="current_password"]').fill(NEW_PASSWORD);
      await submitOf(setup, 'start-two-factor').click();
      const key = (await setup.getByTestId('manual-key').textContent()) ?? '';
      const auth = new Authenticator(key);
      await settingsShot('setup-qr');
      // The code mailed to the account (wrong, then right), then the app's (wrong, then right).
      const mailed = await mailedCode(email);
      await setup.locator('input[name="code"]').fill(auth.wrongCode());
      await setup.locator('input[name="mailed_code"]').fill(mailed === '0000 0000' ? '1111 1111' : '0000 0000');
      await submitOf(setup, 'confirm-two-factor').click();
      await expectError(setup);
      await expect(setup.locator('input[name="mailed_code"]')).toHaveAttribute('aria-invalid', 'true');
      await settingsShot('setup-mailed-code-error');
      await setup.locator('input[name="mailed_code"]').fill(mailed);
      await setup.locator('input[name="code"]').fill(auth.wrongCode());
      await submitOf(setup, 'confirm-two-factor').click();
      // The answer is in once the code, not the mailed code, is the field in error.
      await expect(setup.locator('input[name="code"]')).toHaveAttribute('aria-invalid', 'true');
      await expect(setup.locator('input[name="mailed_code"]')).not.toHaveAttribute('aria-invalid', 'true');
      await expectError(setup);
      await settingsShot('setup-code-error');
      await setup.locator('input[name="mailed_code"]').fill(mailed);
      await setup.locator('input[name="code"]').fill(await auth.code());
      await submitOf(setup, 'confirm-two-factor').click();
      const codes = await saveCodes(setup, 'setup-codes', 'two-factor-on');

      // New backup codes, with a backup code.
      await page.locator('#regenerate-codes').click();
      const regenerate = page.getByTestId('regenerate-dialog');
      await expect(regenerate).toBeVisible();
      await settingsShot('regenerate');
      await regenerate.locator('input[name="current_password"]').fill(NEW_PASSWORD);
      await regenerate.locator('input[name="code"]').fill(codes[0]);
      await submitOf(regenerate, 'regenerate-backup-codes').click();
      const newCodes = await saveCodes(regenerate, 'regenerate-codes', 'backup-codes-regenerated');

      // The disable dialog with a code and with a backup code (then cancelled).
      await page.locator('#disable-2fa').click();
      const disable = page.getByTestId('disable-dialog');
      await expect(disable).toBeVisible();
      await settingsShot('disable-code');
      await disable.getByTestId('code-toggle').click();
      await settingsShot('disable-backup-code');
      await page.keyboard.press('Escape');
      await expect(disable).toBeHidden();

      // Logging in: a wrong password, then the code step with a code and with a backup code.
      await page.getByTestId('log-out').click();
      await expect(page).toHaveURL(/\/login$/);
      await open(page, '/login');
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill('not-the-password-1');
      await submitOf(page, 'log-in').click();
      await expectError(page);
      await shot('login-error');
      await page.locator('input[name="password"]').fill(NEW_PASSWORD);
      await submitOf(page, 'log-in').click();
      await expect(page).toHaveURL(/\/login\/verify/);
      await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
      await shot('verify-code');
      await page.locator('input[name="code"]').fill(auth.wrongCode());
      await submitOf(page, 'verify-login').click();
      await expectError(page);
      await shot('verify-error');
      await page.getByTestId('code-toggle').click();
      await shot('verify-backup-code');
      await page.locator('input[name="code"]').fill(newCodes[0]);
      await submitOf(page, 'verify-login').click();
      await expect(page).toHaveURL(/^[^?]*\/settings$/);
      await expect(page.getByTestId('backup-code-notice')).toBeVisible();
      await settingsShot('backup-code-used');

      // Down to three backup codes: the notice and the settings warn.
      for (const code of newCodes.slice(1, 7)) {
        await page.getByTestId('log-out').click();
        await expect(page).toHaveURL(/\/login$/);
        await open(page, '/login');
        await page.locator('input[name="email"]').fill(email);
        await page.locator('input[name="password"]').fill(NEW_PASSWORD);
        await submitOf(page, 'log-in').click();
        await expect(page).toHaveURL(/\/login\/verify/);
        await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
        await page.locator('input[name="code"]').fill(code);
        await submitOf(page, 'verify-login').click();
        await expect(page.getByTestId('backup-code-notice')).toBeVisible();
      }
      await expect(page.getByTestId('backup-codes-warning')).toBeVisible();
      await settingsShot('backup-codes-few');

      await open(page, '/settings/sessions');
      await shot('sessions');
      await open(page, '/settings/security-log');
      await shot('security-log');

      // Turning it off with a backup code: the settings confirm it.
      await open(page, '/settings');
      await page.locator('#disable-2fa').click();
      await expect(disable).toBeVisible();
      await disable.getByTestId('code-toggle').click();
      await disable.locator('input[name="current_password"]').fill(NEW_PASSWORD);
      await disable.locator('input[name="code"]').fill(newCodes[7]);
      await submitOf(disable, 'disable-two-factor').click();
      await expect(page.getByTestId('two-factor-notice')).toBeVisible();
      await settingsShot('two-factor-off');

      // A forgotten password: the request, and the page its link opens.
      await page.getByTestId('log-out').click();
      await expect(page).toHaveURL(/\/login$/);
      await open(page, '/forgot-password');
      await shot('forgot-password');
      await page.locator('input[name="email"]').fill(email);
      await submitOf(page, 'request-reset').click();
      await expect(page.getByTestId('mail-notice')).toBeVisible();
      await open(page, await linkTo(email, '/reset-password'));
      await shot('reset-password');
    });
  }
}

/** Signs `email` up at `base` (the form, then the mailed link): signed in, on the settings. */
async function signUpAt(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await submitOf(page, 'sign-up').click();
  await expect(page.getByTestId('mail-notice')).toBeVisible();
  await open(page, `${base}${await linkTo(email, '/confirm-address')}`);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await submitOf(page, 'confirm-address').click();
  await expect(page.getByTestId('address-notice')).toBeVisible();
}

/** Twofold's pages for other applications, on `localhost` (the applications' issuer). */
for (const language of ['en-US', 'ar'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pictures of the pages for applications in ${language}, ${colorScheme}`, async ({ page, browserErrors }) => {
      const prefix = `${language}-${colorScheme}`;
      const shot = (step: string) => picture(page, prefix, step);
      const base = `http://localhost:${process.env.TWOFOLD_E2E_PORT ?? '3100'}`;
      const rp = `http://localhost:${process.env.TWOFOLD_RP_PORT ?? '3200'}`;
      const email = `pictures-apps-${language.toLowerCase()}-${colorScheme}@example.com`;
      await page.context().addCookies([{ name: 'twofold_lang', value: language, url: base }]);
      await page.emulateMedia({ colorScheme });

      await signUpAt(page, base, email);

      await page.goto(`${rp}/start?app=consent`);
      await expect(page.getByTestId('consent-scopes')).toBeVisible();
      await shot('consent');
      await page.getByTestId('consent-allow').click();
      await expect(page.locator('#claims')).toBeVisible();
      await open(page, `${base}/settings`);
      await expect(page.getByTestId('connected-application')).toHaveCount(1);
      await shot('settings-applications');
      await page.goto(`${rp}/start?app=twofactor`);
      await expect(page.getByTestId('set-up-for-application')).toBeVisible();
      await shot('settings-set-up-for-application');
      await page.goto(`${base}/oauth2/logout`);
      await expect(page.getByTestId('sign-out-confirm')).toBeVisible();
      await shot('sign-out');
      await page.goto(`${base}/oauth2/authorize?client_id=nobody`);
      await expect(page.getByTestId('refused-reason')).toBeVisible();
      await shot('refused');
      // The refused page's status (400), which the browser reports: expected here.
      const reported = browserErrors.findIndex((e) => e.includes('status of 400'));
      expect(reported).toBeGreaterThanOrEqual(0);
      browserErrors.splice(reported, 1);
    });
  }
}

/** The page asking for a key: the key is added in English, the page pictured in each language. */
for (const language of ['en-US', 'ar'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pictures of the key page in ${language}, ${colorScheme}`, async ({ page }) => {
      const base = `http://localhost:${process.env.TWOFOLD_E2E_PORT ?? '3100'}`;
      const rp = `http://localhost:${process.env.TWOFOLD_RP_PORT ?? '3200'}`;
      const email = `pictures-key-${language.toLowerCase()}-${colorScheme}@example.com`;
      await VirtualKey.attach(page);
      await signUpAt(page, base, email);
      await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
      const dialog = await addKey(page, 'Laptop key');
      await backupCodes(dialog);
      await closeBackupCodes(dialog);
      // This sign-in (by the confirmation link) used no key: the application asks for one.
      await page.context().addCookies([{ name: 'twofold_lang', value: language, url: base }]);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${rp}/start?app=key`);
      await expect(page.getByTestId('key-step-up')).toBeVisible();
      await picture(page, `${language}-${colorScheme}`, 'key-step-up');
    });
  }
}
