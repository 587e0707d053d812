// The opportunity page: the timeline of events (add, edit, delete, with date
// and time), the next steps it produces, the notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, RUN_BROWSER_TESTS, type Session } from './support/browser.js';
import { apiCall, type RunningServer, startServer, tempDataDir } from './support/server.js';

describe.skipIf(!RUN_BROWSER_TESTS)('the opportunity page', { timeout: 120_000 }, () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Session;
  let id: string;

  beforeAll(async () => {
    server = await startServer(data.dir, '2026-11-27');
    const created = await apiCall<{ id: string }>(server, 'POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', role: 'hiring-manager', phone: '312 555 0199' },
      appliedOn: '2026-11-23',
    });
    id = created.id;
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('adds, corrects and deletes events, and the plan follows', async () => {
    const page = await openPage(browser, `${server.url}/opportunities/${id}`);
    const firstStep = page.locator('.next-step-card').first();
    await expect.poll(() => firstStep.textContent()).toContain('Follow-up 1 of 3');

    // Add: no answer, today.
    await page.getByRole('button', { name: 'Log an event' }).click();
    await page.locator('#log-type').selectOption('no-answer');
    await page.locator('#log-note').fill('Rang twice');
    await page.getByRole('button', { name: 'Log it' }).click();
    const event = page.locator('.event-item[data-type="no-answer"]');
    await expect.poll(() => event.textContent()).toContain('Fri 27 Nov 2026');
    expect(await event.textContent()).toContain('Rang twice');
    await expect.poll(() => firstStep.textContent()).toContain('Follow-up 2 of 3');
    expect(await firstStep.locator('.window-chip').textContent()).toBe('Wed 2 Dec · in 5 days');

    // Edit: it was a voicemail, on Wednesday, at 16:45.
    await event.getByRole('button', { name: /^Edit/ }).click();
    const form = event.locator('form');
    await form.getByLabel('What happened').selectOption('voicemail');
    await form.getByLabel('Date').fill('2026-11-25');
    await form.getByLabel(/^Time/).fill('16:45');
    await form.getByRole('button', { name: 'Save' }).click();
    const edited = page.locator('.event-item[data-type="voicemail"]');
    await expect.poll(() => edited.textContent()).toContain('Wed 25 Nov 2026, 16:45');
    // Three business days after Wed 25 Nov (Thanksgiving skipped): Tue 1 Dec.
    await expect
      .poll(() => firstStep.locator('.window-chip').textContent())
      .toBe('Tue 1 Dec · in 4 days');

    // Delete: the plan goes back to the first follow-up.
    await edited.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.locator('.event-item[data-type="voicemail"]').count()).toBe(0);
    await expect.poll(() => firstStep.textContent()).toContain('Follow-up 1 of 3');

    // Notes.
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByLabel('Notes').fill('Referred by Tom.\nAsk about the team size.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => page.getByText('Ask about the team size.').isVisible()).toBe(true);
    const stored = await apiCall<{ notes: string; events: unknown[] }>(
      server,
      'GET',
      `/opportunities/${id}`,
    );
    expect(stored.notes).toBe('Referred by Tom.\nAsk about the team size.');
    expect(stored.events).toHaveLength(1);
    expect(page.problems).toEqual([]);
  });

  it('answers an unknown opportunity with a way back', async () => {
    const page = await openPage(browser, `${server.url}/opportunities/999`);
    await expect
      .poll(() => page.getByText('This opportunity could not be shown').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('link', { name: 'Back to the pipeline' }).isVisible())
      .toBe(true);
  });
});
