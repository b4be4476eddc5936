import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import { PASSWORD, fillMailedCode } from './helpers';

/**
 * WebAuthn needs a host name (an IP address is no relying-party id): the key tests use
 * `localhost`, which the server's TWOFOLD_PUBLIC_URL names too (playwright.config.ts).
 */
export const KEY_BASE_URL = `http://localhost:${process.env.TWOFOLD_E2E_PORT ?? '3100'}`;

/**
 * A platform authenticator in the browser (Chromium's virtual authenticator over CDP): CTAP2,
 * internal transport, resident keys, user verification. It answers at once, as a user who
 * touches the key would.
 */
export class VirtualKey {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly authenticatorId: string,
  ) {}

  static async attach(page: Page): Promise<VirtualKey> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return new VirtualKey(cdp, authenticatorId);
  }

  /** How many credentials the key holds. */
  async credentials(): Promise<number> {
    const { credentials } = await this.cdp.send('WebAuthn.getCredentials', {
      authenticatorId: this.authenticatorId,
    });
    return credentials.length;
  }

  /** From now on the user does (or does not) confirm: a refusal is what a cancel looks like. */
  async confirms(yes: boolean): Promise<void> {
    await this.cdp.send('WebAuthn.setUserVerified', {
      authenticatorId: this.authenticatorId,
      isUserVerified: yes,
    });
  }
}

export function addKeyDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add a security key or passkey' });
}

/**
 * Adds a key from the settings page: the password (and nothing more while two-factor is off),
 * the browser's ceremony, the name. Leaves the dialog as the server's answer left it.
 */
export async function addKey(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Add a security key or passkey' }).click();
  const dialog = addKeyDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const nameField = dialog.getByLabel('Name', { exact: true });
  await expect(nameField).toBeVisible();
  await nameField.fill(name);
  // The account's first factor also takes the code mailed to it.
  if ((await dialog.getByLabel('Code from the email').count()) > 0) await fillMailedCode(dialog);
  await dialog.getByRole('button', { name: 'Add key' }).click();
  return dialog;
}
