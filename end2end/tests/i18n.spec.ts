import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, confirmAddress, expectSettingsFor, logIn, logOut, open, signUp, uniqueEmail } from './helpers';
import { LOCALES, englishLeftIn, rawIdsIn } from './locales';

async function useLanguage(page: Page, language: string): Promise<void> {
  await page.context().addCookies([{ name: 'twofold_lang', value: language, url: page.url().startsWith('http') ? page.url() : 'http://127.0.0.1:3100' }]);
}

/** The page's visible text, without Fluent's isolation marks. */
async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/[\u2068\u2069]/g, '');
}

/** Signs up on the page as it is (in whatever language), by the form's field names. */
async function signUpInPageLanguage(page: Page, email: string): Promise<void> {
  await open(page, '/signup');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form[action="/api/sign-up"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/login$/);
  await confirmAddress(page, email);
  await expectSettingsFor(page, email);
}

async function expectTranslated(page: Page, language: string, what: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  const text = await visibleText(page);
  expect(rawIdsIn(text), `raw message ids on ${what} in ${language}`).toEqual([]);
  if (language !== 'en-US') {
    expect(englishLeftIn(text), `English on ${what} in ${language}`).toEqual([]);
  }
}

for (const language of LOCALES) {
  test(`login, code and settings pages in ${language}`, async ({ page }) => {
    await useLanguage(page, language);
    await open(page, '/login');
    await expectTranslated(page, language, 'the login page');
    await open(page, '/login/verify');
    await expectTranslated(page, language, 'the code page');
    await open(page, '/forgot-password');
    await expectTranslated(page, language, 'the forgot-password page');
    // The sign-up form in this language; the field labels come from the page itself.
    await signUpInPageLanguage(page, uniqueEmail());
    await expectTranslated(page, language, 'the settings page');
  });
}

test('switching the language keeps the page, and the account remembers it', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await page.getByLabel('Language').selectOption('fr-FR');
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(page).toHaveURL(/^[^?]*\/settings$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres du compte');
  await expect(page.getByTestId('account-email')).toHaveText(email);

  // A new browser (no language cookie, English by default) gets French after logging in.
  await logOut(page);
  await page.context().clearCookies();
  await logIn(page, email);
  await expectSettingsFor(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres du compte');
});

test('the language chosen at sign-up stays with the account', async ({ browser }) => {
  const email = uniqueEmail();
  const japanese = await browser.newContext({ locale: 'ja-JP' });
  const page = await japanese.newPage();
  await signUpInPageLanguage(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('アカウント設定');
  await japanese.close();

  // Another browser, in English: after logging in, Japanese again.
  const english = await browser.newContext({ locale: 'en-US' });
  const other = await english.newPage();
  await logIn(other, email);
  await expectSettingsFor(other, email);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('アカウント設定');
  await expect(other.locator('html')).toHaveAttribute('lang', 'ja-JP');
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('アカウント設定');
  await english.close();
});

/** Fails if anything sticks out of the page sideways; attaches a screenshot either way. */
async function expectNoOverflow(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const overflowing = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a, label, h1, h2, p, input, select, .status'))) {
      if (el.offsetParent === null) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) problems.push(`${el.tagName} "${el.innerText.slice(0, 30)}" leaves the window`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`${el.tagName} "${el.innerText.slice(0, 30)}" is cut off`);
      }
    }
    return problems;
  });
  expect(overflowing, name).toEqual([]);
}

for (const language of ['en-XA', 'ar']) {
  for (const width of [360, 1280]) {
    test(`nothing overflows in ${language} at ${width}px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await useLanguage(page, language);
      for (const path of ['/login', '/signup', '/login/verify']) {
        await open(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoOverflow(page, testInfo, `${language}${path.replace(/\//g, '-')}-${width}`);
      }
      await signUpInPageLanguage(page, uniqueEmail());
      await expectNoOverflow(page, testInfo, `${language}-settings-${width}`);
      await page.locator('#enable-2fa').click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await expectNoOverflow(page, testInfo, `${language}-setup-dialog-${width}`);
    });
  }
}
