// Refusals in a person's words: under the field they are about (Mantine's error),
// named by the page's label away from it, saying what to do; never the API's keys
// ("email:", "smtp.host:") nor what the command line would type.
import type { Page } from 'playwright-core';
import { browserSuite, expect, test } from './support/fixture.js';

test.override('now', '2026-11-23');

/** The error Mantine shows under a labelled field (its aria-describedby names it). */
async function errorUnder(page: Page, label: string): Promise<string | null> {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const text = await page.locator(`[id="${id}"].mantine-InputWrapper-error`).textContent();
    if (text) return text;
  }
  return null;
}

const KEYS = /\b(?:email|smtp\.host|smtp-host|smtp\.port):/;

browserSuite('messages in words', 120_000, () => {
  test('a refused e-mail in the settings is said under "Your e-mail", and named so in the notice', async ({
    open,
  }) => {
    const page = await open('/settings');
    const email = page.getByLabel('Your e-mail', { exact: true });
    await expect.poll(() => email.isVisible()).toBe(true);
    // The browser takes it (type=email); the server wants a dot in the domain.
    await email.fill('sam@example');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const under = await errorUnder(page, 'Your e-mail');
    expect(under).toContain('is not an e-mail address');
    expect(under).not.toMatch(KEYS);
    const notice = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect.poll(() => notice.textContent()).toContain('Your e-mail: ');
    expect(await notice.textContent()).not.toMatch(KEYS);
  });

  test('a refused mail server host is said under "Host", without its API name', async ({
    open,
  }) => {
    const page = await open('/settings');
    const host = page.getByLabel('Host', { exact: true });
    await expect.poll(() => host.isVisible()).toBe(true);
    await host.fill('smtp example com');
    await page.getByRole('button', { name: 'Save the morning e-mail' }).click();
    const under = await errorUnder(page, 'Host');
    expect(under).toContain('is not a host name');
    expect(under).not.toMatch(KEYS);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Not saved' }).textContent())
      .toContain('Mail server host: ');
    expect(await page.locator('main').textContent()).not.toMatch(KEYS);
  });

  test('a missing opportunity says what to do, not what the command line would type', async ({
    app,
    open,
  }) => {
    const page = await open('/opportunities/999');
    const alert = page.getByText('This opportunity could not be shown').locator('..').locator('..');
    await expect.poll(() => alert.textContent()).toContain('it may have been deleted');
    expect(await alert.textContent()).not.toContain('"list"');
    expect(await alert.textContent()).not.toContain('unknown opportunity');
    // The API says it plainly too, without the command line's hint.
    const answer = await fetch(`${app.url}/api/opportunities/999`);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('list');
  });
});
