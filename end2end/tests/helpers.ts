import { expect, type Locator, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PASSWORD = 'orbit-maple-lantern-42';

/** A fresh address for each test, so tests can run in parallel on one database. */
export function uniqueEmail(): string {
  return `user-${randomBytes(6).toString('hex')}@example.com`;
}

/** Loads a page and, when JavaScript is on, waits until the app has hydrated. */
export async function open(page: Page, path: string, javaScript = true): Promise<void> {
  await page.goto(path);
  if (javaScript) {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  }
}

/** Sends the sign-up form only (the login page follows, asking to look for the mail). */
export async function submitSignUp(page: Page, email: string, password = PASSWORD, javaScript = true) {
  await open(page, '/signup', javaScript);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/**
 * Signs up as a new user does: the form, then the link mailed to the address (read from the
 * outbox) with the password, which signs in and ends on the settings.
 */
export async function signUp(page: Page, email: string, password = PASSWORD, javaScript = true) {
  await submitSignUp(page, email, password, javaScript);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('mail-notice')).toBeVisible();
  await confirmAddress(page, email, password, javaScript);
}

/**
 * Opens the newest confirmation link mailed to `email`, enters the password chosen at sign-up
 * (by the field's name: any language) and presses its button: signed in, on the settings.
 */
export async function confirmAddress(page: Page, email: string, password = PASSWORD, javaScript = true) {
  await open(page, await linkTo(email, '/confirm-address'), javaScript);
  await page.getByTestId('confirm-address-lead').waitFor();
  const form = page.locator('form[action="/api/confirm-address"]');
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId('address-notice')).toBeVisible();
}

/**
 * The path and query of the newest link to `path` mailed to `email` (waiting for the mail
 * worker); the page is opened on the tests' own origin.
 */
export async function linkTo(email: string, path: string, after?: string): Promise<string> {
  const pattern = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`);
  for (let tries = 0; tries < 100; tries++) {
    const links = (await mailsTo(email))
      .map((mail) => mail.body.match(pattern)?.[1])
      .filter((link): link is string => link !== undefined && link !== after);
    if (links.length > 0) return links[links.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${email} with a link to ${path}`);
}

export async function logIn(page: Page, email: string, password = PASSWORD, javaScript = true) {
  await open(page, '/login', javaScript);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export async function logOut(page: Page) {
  await page.getByTestId('log-out').click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * The settings page of `email`; with JavaScript, once hydrated (a form posted before then
 * leaves the page while its islands are still loading).
 */
export async function expectSettingsFor(page: Page, email: string, javaScript = true) {
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.getByTestId('account-email')).toHaveText(email);
  if (javaScript) {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  }
}

/** A mail as the server wrote it to its outbox folder (no SMTP server in these tests). */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Decodes MIME encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parseMail(raw: string): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = rest.join('\n\n');
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  return {
    to: headers.get('to') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    body: body.replace(/\r\n/g, '\n'),
  };
}

/**
 * Every mail to `email` in the server's outbox folder (`$TWOFOLD_DATA_DIR/outbox`, which
 * scripts/test.sh sets for the server and for Playwright alike).
 */
export async function mailsTo(email: string): Promise<Mail[]> {
  const dir = process.env.TWOFOLD_DATA_DIR;
  if (!dir) throw new Error('TWOFOLD_DATA_DIR is not set: run the tests with scripts/test.sh');
  const outbox = join(dir, 'outbox');
  const names = await readdir(outbox).catch(() => [] as string[]);
  const mails = await Promise.all(
    names
      .filter((n) => n.endsWith('.eml'))
      // Oldest first: the files are named by the message's number.
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .map(async (n) => parseMail(await readFile(join(outbox, n), 'utf8'))),
  );
  return mails.filter((m) => m.to.includes(email));
}

/** The newest code mailed to `email` for setting up a first factor (two groups of four digits). */
export async function mailedCode(email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = await mailsTo(email);
    for (const mail of mails.reverse()) {
      const line = mail.body
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /^\d{4} \d{4}$/.test(l));
      if (line) return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code mailed to ${email}`);
}

/** The address a dialog says its code was mailed to. */
export async function mailedTo(dialog: Locator): Promise<string> {
  const lead = (await dialog.getByTestId('mailed-code-lead').textContent()) ?? '';
  const email = lead.replace(/[\u2068\u2069]/g, '').match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/)?.[0];
  if (!email) throw new Error(`no address in "${lead}"`);
  return email;
}

/** Enters the code mailed for the account's first factor in `dialog`. */
export async function fillMailedCode(dialog: Locator): Promise<void> {
  await dialog.getByLabel('Code from the email').fill(await mailedCode(await mailedTo(dialog)));
}
