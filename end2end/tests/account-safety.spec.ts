import { type Browser, type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PASSWORD, expectSettingsFor, logIn, logOut, mailsTo, open, signUp, uniqueEmail } from './helpers';
import { enableTwoFactor, enterCode, expectAccessible } from './two-factor';

test.describe.configure({ timeout: 120_000 });

/** A second browser (its own cookies) signed in to `email`. */
async function secondBrowser(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, email);
  await expectSettingsFor(page, email);
  return page;
}

async function expectSignedOut(page: Page): Promise<void> {
  await open(page, '/settings');
  await expect(page).toHaveURL(/\/login\?next=(%2F|\/)settings$/);
}

/** The text of `locator` without the isolation marks Fluent puts around variables. */
async function plainText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
}

async function expectContains(locator: Locator, expected: string | RegExp): Promise<void> {
  if (typeof expected === 'string') await expect.poll(() => plainText(locator)).toContain(expected);
  else await expect.poll(() => plainText(locator)).toMatch(expected);
}

test('the sessions page lists both browsers and signs the other one out', async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const phone = await secondBrowser(browser, email);

  await page.getByRole('link', { name: 'Where you are signed in' }).click();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(page.getByRole('heading', { name: 'Where you are signed in' })).toBeVisible();
  const sessions = page.getByTestId('session');
  await expect(sessions).toHaveCount(2);
  const mine = sessions.and(page.locator('[data-current="true"]'));
  await expect(mine.getByText('This browser')).toBeVisible();
  await expectContains(mine, 'Chrome on Linux');
  await expect(mine.getByTestId('session-ip')).toHaveText('127.0.0.1');
  await expect(mine).toContainText(/Last active.*UTC/s);
  await expectAccessible(page, 'the sessions page');

  const other = sessions.and(page.locator('[data-current="false"]'));
  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByTestId('no-other-sessions')).toHaveText('You are not signed in anywhere else.');
  await expectSignedOut(phone);
});

test('changing the password signs out the other browser and says so', async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const phone = await secondBrowser(browser, email);

  await page.locator('form[action="/api/change-password"]').getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill('quartz-harbor-violet-77');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expectContains(
    page.getByTestId('signed-out-elsewhere'),
    'For your safety, you were signed out on one other device.',
  );
  await expectSignedOut(phone);
});

test('the security log shows sign-ins, failures and changes, newest first', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  await logOut(page);
  await logIn(page, email, 'not-the-password-42');
  await expect(page.getByTestId('form-error')).toBeVisible();
  await logIn(page, email);
  await expectSettingsFor(page, email);
  await enableTwoFactor(page);

  await page.getByRole('link', { name: 'Security log' }).click();
  await expect(page).toHaveURL(/\/settings\/security-log$/);
  const events = page.getByTestId('event');
  // The sign-up's own: its address confirmed, then its first sign-in.
  await expect(events).toHaveCount(5);
  await expect(events.nth(4)).toContainText('Email address confirmed');
  await expect(events.nth(3)).toContainText('Signed in');
  await expect(events.nth(0)).toContainText('Two-factor authentication turned on');
  await expect(events.nth(1)).toContainText('Signed in');
  await expect(events.nth(2)).toContainText('Sign-in refused: wrong password');
  await expectContains(events.nth(2), '127.0.0.1 · Chrome on Linux');
  await expect(events.nth(2)).toHaveClass(/event-alarming/);
  await expectAccessible(page, 'the security log');

  // In another language, the same log.
  await page.getByLabel('Language').selectOption('de-DE');
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page).toHaveURL(/\/settings\/security-log$/);
  await expectContains(events.nth(0), 'Zwei-Faktor-Authentifizierung eingeschaltet');
  await expectContains(events.nth(2), 'Chrome unter Linux');
});

test('ten wrong codes lock the second factor with a message in minutes', async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const { auth } = await enableTwoFactor(page);
  await logOut(page);

  for (let round = 0; round < 2; round++) {
    await logIn(page, email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await enterCode(page, auth.wrongCode());
      const last = round === 1 && attempt === 5;
      const message = last
        ? /^Too many attempts\. Please try again in 15 minutes\.$/
        : attempt === 5
          ? /Please log in again/
          : /That code is not correct/;
      await expect(page.getByTestId('form-error')).toBeVisible();
      await expectContains(page.getByTestId('form-error'), message);
    }
  }
  // Even the right code is refused now.
  await logIn(page, email);
  await enterCode(page, await auth.code());
  await expectContains(page.getByTestId('form-error'), /^Too many attempts\. Please try again in 15 minutes\.$/);
  await expectAccessible(page, 'the lockout message');
});

for (const javaScript of [true, false]) {
  test(`a new browser guessing the password meets growing delays, the owner's browser does not (JavaScript ${javaScript ? 'on' : 'off'})`, async ({ page, browser }) => {
    const email = uniqueEmail();
    await signUp(page, email);
    await expectSettingsFor(page, email);
    await logOut(page);

    const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'en-US' });
    const stranger = await context.newPage();
    let message = '';
    for (let attempt = 1; attempt <= 12; attempt++) {
      const answered = stranger.waitForResponse((r) => r.url().includes('/api/log-in'));
      await logIn(stranger, email, 'not-the-password-42', javaScript);
      await answered;
      await expect(stranger.getByTestId('form-error')).toBeVisible();
      message = await plainText(stranger.getByTestId('form-error'));
      if (/wait/.test(message)) break;
      expect(message).toMatch(/email address or password is not correct/);
    }
    // A wait of seconds, as the delays grow from the fifth wrong password; never a lock.
    expect(message).toMatch(/^Too many attempts\. Please wait (one second|\d+ seconds) and try again\.$/);
    // axe runs in the page: the message is checked with JavaScript on (the markup is the same).
    if (javaScript) await expectAccessible(stranger, 'the delay message');
    await context.close();

    // The browser that signed in before is not slowed down by the stranger's guesses.
    await logIn(page, email);
    await expectSettingsFor(page, email);
  });
}

test('a replayed code and the right password with wrong codes are logged and mailed in the owner\'s language', async ({ page, browser }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expectSettingsFor(page, email);
  const { auth } = await enableTwoFactor(page);
  await page.getByLabel('Language').selectOption('de-DE');
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');

  // Someone who knows the password and saw the code just used.
  const context = await browser.newContext({ locale: 'en-US' });
  const thief = await context.newPage();
  await logIn(thief, email);
  await enterCode(thief, auth.lastCode());
  await expectContains(thief.getByTestId('form-error'), /has been used already/);
  for (let attempt = 2; attempt <= 5; attempt++) {
    await enterCode(thief, auth.wrongCode());
    await expectContains(thief.getByTestId('form-error'), attempt === 5 ? /Please log in again/ : /not correct/);
  }
  await context.close();

  // The owner's mail, in German.
  await expect
    .poll(async () => (await mailsTo(email)).map((m) => m.subject).sort())
    .toEqual(
      expect.arrayContaining([
        'Ein Anmeldecode wurde zweimal verwendet',
        'Jemand kennt möglicherweise Ihr Passwort',
      ]),
    );
  const warning = (await mailsTo(email)).find((m) => m.subject.startsWith('Jemand kennt'))!;
  expect(warning.body).toContain(`Jemand hat das richtige Passwort Ihres Kontos ${email} eingegeben`);

  // The owner's log, newest first.
  await open(page, '/settings/security-log');
  const events = page.getByTestId('event');
  await expectContains(events.nth(0), 'die Anmeldung aber nicht mit einem zweiten Faktor abgeschlossen');
  await expect(events.nth(0)).toHaveClass(/event-alarming/);
  await expect(page.locator('[data-kind="password-known"]')).toHaveCount(1);
  await expectContains(page.locator('[data-kind="password-known"]'), 'danach drei falsche Codes');
  await expectContains(page.locator('[data-kind="code-replayed"]'), 'ein zweites Mal verwendet');
  await expectAccessible(page, 'the security log with warnings');
});
