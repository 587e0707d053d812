// Shared mode (serve --accounts) in a real browser: signing in with a password, a reset by
// e-mail through a real local SMTP peer, signing out everywhere (another browser's session
// stops working), a coach's Clients page (sorting by keyboard, a client's progress and a
// full grant read-only), and no serious accessibility violation on any of these pages.
import { describeViolations, launch, openPage, seriousViolations } from './support/browser.js';
import { type App, browserSuite, expect, type TestPage, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle } from './support/screens.js';

test.override('mode', { accounts: true });

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a whole new passphrase';

/** An account made by the operator, with a token for seeding its data. */
function addPerson(app: App, email: string, name: string, role = 'member'): string {
  app.cli(
    ['accounts', 'add', '--email', email, '--name', name, '--role', role, '--password-stdin'],
    `${PASSWORD}\n`,
  );
  const made = JSON.parse(
    app.cli(['tokens', 'create', '--account', email, '--name', 'seed', '--json']),
  );
  return made.token as string;
}

async function call(app: App, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${app.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const applied = (company: string, appliedOn: string) => ({
  kind: 'job',
  company,
  title: 'Analyst',
  contact: { name: `Pat ${company}` },
  notes: 'private: salary hopes',
  appliedOn,
});

async function signIn(page: TestPage, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  // By its role in the form: "Show the password" (the eye button) is labelled too.
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function expectNoViolations(page: TestPage, what: string, found: string[]) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await settle(page);
    const violations = await seriousViolations(page);
    if (violations.length)
      found.push(`${what} at ${size.width}px:\n${describeViolations(violations)}`);
  }
  await page.setViewportSize(DESKTOP);
}

browserSuite('shared mode', 300_000, () => {
  const tokens: Record<string, string> = {};

  test.beforeAll(async ({ app }) => {
    tokens.sam = addPerson(app, 'sam@example.com', 'Sam Lee');
    tokens.cora = addPerson(app, 'cora@example.com', 'Cora Coach', 'coach');
    tokens.ada = addPerson(app, 'ada@example.com', 'Ada Full');
    tokens.bo = addPerson(app, 'bo@example.com', 'Bo Progress');
    // Ada is far behind (two applications three weeks old), Bo just applied.
    await call(app, tokens.ada, 'POST', '/opportunities', applied('Zeta Corp', '2026-11-02'));
    await call(app, tokens.ada, 'POST', '/opportunities', applied('Yotta Ltd', '2026-11-03'));
    await call(app, tokens.bo, 'POST', '/opportunities', applied('Kappa Inc', '2026-11-20'));
    await call(app, tokens.ada, 'POST', '/sharing', { coach: 'cora@example.com', scope: 'full' });
    await call(app, tokens.bo, 'POST', '/sharing', {
      coach: 'cora@example.com',
      scope: 'progress',
    });
  });

  test('signs in with a password; a wrong one is refused in words that tell nothing of the address', async ({
    open,
  }) => {
    const page = await open('/pipeline');
    await expect.poll(() => page.url()).toContain('/sign-in?next=%2Fpipeline');
    await signIn(page, 'sam@example.com', 'not my password');
    const refusal = page.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('do not match an account');
    await signIn(page, 'nobody@example.com', 'not my password');
    await expect.poll(() => refusal.textContent()).toContain('do not match an account');
    // Past the limit of one address (10 tries in 15 minutes), the page says so in words.
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) {
        await fetch('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'locked@example.com', password: 'guess number n' }),
        });
      }
    });
    await signIn(page, 'locked@example.com', 'one guess too many');
    await expect.poll(() => refusal.textContent()).toContain('Too many attempts. Wait 15 minutes');
    await signIn(page, 'sam@example.com', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    expect(await page.getByRole('link', { name: 'Account' }).isVisible()).toBe(true);
    // A member has no clients.
    expect(await page.getByRole('link', { name: 'Clients' }).count()).toBe(0);
  });

  test('resets a forgotten password with the link of a real e-mail', async ({ app, open }) => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await page.getByLabel('E-mail').fill('sam@example.com');
    await page.getByRole('button', { name: 'E-mail me a link' }).click();
    await page.getByText('Check your e-mail').waitFor();
    await app.mail?.waitFor(1, 30_000);
    const mail = app.mail?.received.at(-1);
    expect(mail?.to).toEqual(['sam@example.com']);
    const link = /(http:\/\/\S+\/reset\?token=\S+)/.exec(mail?.text ?? '')?.[1];
    expect(link, mail?.text).toBeDefined();
    const url = new URL(link as string);
    await page.goto(`${app.url}${url.pathname}${url.search}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.getByText('most common passwords').isVisible()).toBe(true);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Password changed').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, 'sam@example.com', PASSWORD);
    await page.getByRole('alert').waitFor();
    await signIn(page, 'sam@example.com', NEW_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  });

  test('signs out everywhere: the session of another browser stops working', async ({
    app,
    open,
  }) => {
    const other = await launch();
    try {
      const there = await openPage(other, `${app.url}/`);
      await there.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await signIn(there as TestPage, 'sam@example.com', NEW_PASSWORD);
      await there.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      const page = await open('/account');
      await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
      const sessions = page.getByRole('table', { name: /Your sessions/ });
      await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await page.getByRole('dialog').or(page.getByText('Every session ends')).first().waitFor();
      await page.getByRole('button', { name: 'Sign out everywhere' }).last().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
      const status = await there.evaluate(async () => (await fetch('/api/me')).status);
      expect(status).toBe(401);
      await there.reload();
      await expect.poll(() => new URL(there.url()).pathname).toBe('/sign-in');
      expect(there.problems).toEqual([]);
    } finally {
      await other.close();
    }
  });

  test("a coach's Clients page sorts by keyboard, shows progress as numbers and a full grant read-only", async ({
    app,
    open,
  }) => {
    const page = await open('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, 'cora@example.com', PASSWORD);
    await page.getByRole('link', { name: 'Clients' }).click();
    const table = page.getByRole('table', { name: /Your clients/ });
    await table.waitFor();
    const names = () => table.locator('tbody tr td:first-child a').allTextContents();
    expect(await names()).toEqual(['Ada Full', 'Bo Progress']);
    // Sorting by the keyboard alone: Tab to the column's button, Enter sorts.
    const overdue = page.getByRole('button', { name: 'Overdue' });
    await overdue.focus();
    await page.keyboard.press('Enter');
    const header = page.getByRole('columnheader', { name: 'Overdue' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual(['Ada Full', 'Bo Progress']);
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual(['Bo Progress', 'Ada Full']);
    await page.keyboard.press('Space');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    // The group's numbers are sums: three opportunities, no one's name.
    const group = page.getByRole('region', { name: 'Your group' });
    expect(await group.textContent()).toContain('2 clients');
    expect(await group.textContent()).not.toContain('Ada');

    // Under a progress grant: numbers, never notes, no Today or pipeline.
    await table.getByRole('link', { name: 'Bo Progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bo Progress' }).waitFor();
    const funnel = page.getByRole('list', { name: 'Funnel' });
    await expect.poll(() => funnel.textContent()).toContain('Started1');
    expect(await page.getByRole('heading', { name: 'Their today' }).count()).toBe(0);
    expect(await page.content()).not.toContain('salary hopes');
    expect(await page.content()).not.toContain('Kappa');

    // Under a full grant: their Today and pipeline, and no button that changes anything.
    await page.getByRole('link', { name: 'All clients' }).click();
    await table.getByRole('link', { name: 'Ada Full' }).click();
    await page.getByRole('heading', { name: 'Their pipeline' }).waitFor();
    await expect.poll(() => page.getByText('Zeta Corp · Analyst').count()).toBeGreaterThan(0);
    const main = page.locator('#main');
    expect(await main.getByRole('button').count()).toBe(0);

    // Every read is in the seeker's access log.
    const log = (await call(app, tokens.bo as string, 'GET', '/sharing')).accessLog as {
      coach: string;
      what: string;
    }[];
    expect(log.map((a) => a.what)).toEqual(expect.arrayContaining(['GET /api/stats', 'progress']));
    expect(log.every((a) => a.coach === 'cora@example.com')).toBe(true);
  });

  test('has no serious or critical accessibility violation on any page of shared mode, at desktop and phone width', async ({
    app,
    open,
  }) => {
    const found: string[] = [];
    const page = await open('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, 'cora@example.com', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const group = await call(app, tokens.cora as string, 'POST', '/invitations/group');
    const invitation = new URL(group.link as string).search;
    const adaId = (await call(app, tokens.ada as string, 'GET', '/me')).id as string;
    const signedIn = [
      { path: '/account', heading: 'Account' },
      { path: '/clients', heading: 'Clients' },
      { path: `/clients/${adaId}`, heading: 'Ada Full' },
    ];
    for (const p of signedIn) {
      await page.goto(`${app.url}${p.path}`);
      await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await expectNoViolations(page, p.path, found);
    }
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    const signedOut = [
      { path: '/sign-in', heading: 'Sign in' },
      { path: '/reset', heading: 'Reset your password' },
      { path: '/reset?token=not-a-real-token-but-long-enough', heading: 'Choose a new password' },
      { path: `/sign-up${invitation}`, heading: 'Make your account' },
    ];
    for (const p of signedOut) {
      await page.goto(`${app.url}${p.path}`);
      await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await expectNoViolations(page, p.path, found);
    }
    // The group link's page says what is shared before anything is made.
    expect(await page.getByText('You will share your progress with Cora Coach').isVisible()).toBe(
      true,
    );
    expect(found, found.join('\n\n')).toEqual([]);
  });
});
