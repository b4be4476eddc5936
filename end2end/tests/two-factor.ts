import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as OTPAuth from 'otpauth';
import { PASSWORD, fillMailedCode, signUp, uniqueEmail } from './helpers';

const PERIOD_MS = 30_000;

/**
 * An authenticator app for one key (read from the set-up dialog), computing codes with the
 * `otpauth` package. The server accepts each time step once and one step either side of the
 * current one, so `code()` hands out the current or the next step's code and waits for a new
 * step only when both are used.
 */
export class Authenticator {
  private lastStep = -Infinity;
  private readonly totp: OTPAuth.TOTP;

  constructor(readonly key: string) {
    this.totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(key.replace(/\s+/g, '')),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
  }

  async code(): Promise<string> {
    for (;;) {
      const now = Date.now();
      const current = Math.floor(now / PERIOD_MS);
      const step = Math.max(this.lastStep + 1, current);
      if (step <= current + 1) {
        this.lastStep = step;
        return this.totp.generate({ timestamp: step * PERIOD_MS });
      }
      await new Promise((resolve) => setTimeout(resolve, (current + 1) * PERIOD_MS - now + 250));
    }
  }

  /** The code `code()` handed out last (already used, if it was entered): for a replay. */
  lastCode(): string {
    return this.totp.generate({ timestamp: this.lastStep * PERIOD_MS });
  }

  /** Six digits that are not a valid code now (nor one step either side). */
  wrongCode(): string {
    const current = Math.floor(Date.now() / PERIOD_MS);
    const valid = [current - 1, current, current + 1, current + 2].map((step) =>
      this.totp.generate({ timestamp: step * PERIOD_MS }),
    );
    return ['000000', '111111', '222222'].find((code) => !valid.includes(code))!;
  }
}

/** Matches a number as Fluent renders it (between Unicode isolation marks). */
export function num(n: number): string {
  return `[\\u2068]?${n}[\\u2069]?`;
}

export function setupDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Turn on two-factor authentication' });
}

export function disableDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Turn off two-factor authentication' });
}

export function regenerateDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Make new backup codes' });
}

/** The codes of the backup-code view in `dialog`. */
export async function backupCodes(dialog: Locator): Promise<string[]> {
  const items = dialog.getByTestId('backup-codes').locator('li');
  await expect(items).toHaveCount(10);
  const codes = await items.allTextContents();
  for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  return codes;
}

/** Ticks "I have saved these codes" and closes the backup-code view. */
export async function closeBackupCodes(dialog: Locator): Promise<void> {
  const done = dialog.getByRole('button', { name: 'Done' });
  await expect(done).toBeDisabled();
  await dialog.getByLabel('I have saved these codes').check();
  await done.click();
  await expect(dialog).toBeHidden();
}

/** Opens the set-up dialog and passes the password step; returns the dialog and the key. */
export async function openSetup(page: Page): Promise<{ dialog: Locator; key: string }> {
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const dialog = setupDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const key = (await dialog.getByTestId('manual-key').textContent()) ?? '';
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  return { dialog, key };
}

/**
 * Turns two-factor on from the settings page with the mouse: password, key read from the
 * dialog, first code, the code mailed to the account. Leaves the backup-code view open and
 * returns it with the authenticator.
 */
export async function startEnabling(page: Page): Promise<{ auth: Authenticator; dialog: Locator }> {
  const { dialog, key } = await openSetup(page);
  const auth = new Authenticator(key);
  await dialog.getByLabel('Authenticator code').fill(await auth.code());
  await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  await expect(dialog.getByRole('heading', { name: 'Save your backup codes' })).toBeVisible();
  return { auth, dialog };
}

/** Turns two-factor on and returns the authenticator and the backup codes. */
export async function enableTwoFactor(page: Page): Promise<{ auth: Authenticator; codes: string[] }> {
  const { auth, dialog } = await startEnabling(page);
  const codes = await backupCodes(dialog);
  await closeBackupCodes(dialog);
  await expect(page.getByTestId('two-factor-status')).toHaveText(/is on since/);
  return { auth, codes };
}

/** The second step of logging in. */
export async function enterCode(page: Page, code: string, backup = false): Promise<void> {
  await expect(page).toHaveURL(/\/login\/verify/);
  if (backup) await page.getByRole('button', { name: 'Use a backup code instead' }).click();
  await page.getByLabel(backup ? 'Backup code' : 'Authenticator code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/**
 * Fails with the list of accessibility violations axe finds on the page as it is now, in the
 * light and the dark colour scheme.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations, `accessibility violations on ${what} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

/**
 * An account with two-factor on, made in a context of its own with JavaScript (turning it on
 * needs the dialogs), which is closed again: for the tests that then work without it.
 */
export async function enrolledAccount(
  browser: Browser,
): Promise<{ email: string; auth: Authenticator; codes: string[] }> {
  const email = uniqueEmail();
  const withJs = await browser.newContext({ javaScriptEnabled: true, locale: 'en-US' });
  const setup = await withJs.newPage();
  await signUp(setup, email);
  await expect(setup).toHaveURL(/^[^?]*\/settings$/);
  const { auth, codes } = await enableTwoFactor(setup);
  await withJs.close();
  return { email, auth, codes };
}
