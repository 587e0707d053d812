// A passkey, end to end in Chromium: signed in with a password, the person adds a passkey
// on the account page; signed out, "Sign in with a passkey" signs them in again. The
// authenticator is Chromium's own virtual one (the DevTools protocol's WebAuthn domain).
import { browserSuite, expect, test } from './support/fixture.js';

test.override('mode', { accounts: true, localhost: true });

const EMAIL = 'sam@example.com';
const PASSWORD = 'a long enough passphrase';

browserSuite('passkeys in a shared deployment', 240_000, () => {
  test.beforeAll(({ app }) => {
    app.cli(
      ['accounts', 'add', '--email', EMAIL, '--name', 'Sam Lee', '--password-stdin'],
      `${PASSWORD}\n`,
    );
  });

  test('a passkey added on the account page signs the person in again, without a password', async ({
    browser,
    open,
  }) => {
    const page = await open('/sign-in');
    const cdp = await browser.context.newCDPSession(page);
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

    await page.getByLabel('E-mail').fill(EMAIL);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 60_000 });

    await page.goto(page.url().replace(/\/[^/]*$/, '/account'));
    await page.getByLabel("New passkey's name").fill('Laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByRole('row', { name: /Laptop/ }).waitFor({ timeout: 60_000 });
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);

    // Signed out (the cookie gone), the passkey alone signs Sam in.
    await browser.context.clearCookies();
    await page.goto(page.url().replace(/\/[^/]*$/, '/sign-in'));
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 60_000 });
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: EMAIL, name: 'Sam Lee' });
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]?.signCount).toBeGreaterThan(0);

    // The account page tells when it was last used.
    await page.goto(page.url().replace(/\/[^/]*$/, '/account'));
    await expect
      .poll(async () => page.getByRole('row', { name: /Laptop/ }).textContent(), {
        timeout: 60_000,
      })
      .not.toMatch(/never/);
  });
});
