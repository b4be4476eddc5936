import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

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

export async function signUp(page: Page, email: string, password = PASSWORD, javaScript = true) {
  await open(page, '/signup', javaScript);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
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
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('account-email')).toHaveText(email);
  if (javaScript) {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  }
}
