// The opportunity page: the timeline of events (add, edit, delete, with date
// and time), the next steps it produces, the notes.
import { browserSuite, expect, test } from './support/fixture.js';

test.override('now', '2026-11-27');

browserSuite('the opportunity page', 120_000, () => {
  let id: string;

  test.beforeAll(async ({ app }) => {
    const created = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', role: 'hiring-manager', phone: '312 555 0199' },
      appliedOn: '2026-11-23',
    });
    id = created.id;
  });

  test('adds, corrects and deletes events, and the plan follows', async ({ app, open }) => {
    const page = await open(`/opportunities/${id}`);
    const firstCard = page
      .getByRole('region', { name: 'Next steps' })
      .locator('.next-step-card')
      .first();
    await expect.poll(() => firstCard.textContent()).toContain('Follow-up 1 of 3');

    // Add: no answer, today.
    await page.getByRole('button', { name: 'Log an event' }).click();
    const log = page.getByRole('form', { name: 'Log an event' });
    await log.getByLabel('What happened').selectOption('no-answer');
    await log.getByLabel('Note').fill('Rang twice');
    await log.getByRole('button', { name: 'Log it' }).click();
    const event = page.locator('.event-item[data-type="no-answer"]');
    await expect.poll(() => event.textContent()).toContain('Fri 27 Nov 2026');
    expect(await event.textContent()).toContain('Rang twice');
    await expect.poll(() => firstCard.textContent()).toContain('Follow-up 2 of 3');
    expect(await firstCard.getByLabel(/^Wed 2 Dec · in 5 days:/).isVisible()).toBe(true);

    // Edit: it was a voicemail, on Wednesday, at 16:45.
    await page.getByRole('button', { name: 'Edit No answer of Fri 27 Nov 2026' }).click();
    const form = page.getByRole('form', { name: 'Correct No answer of Fri 27 Nov 2026' });
    await form.getByLabel('What happened').selectOption('voicemail');
    await form.getByLabel('Date').fill('2026-11-25');
    await form.getByLabel(/^Time/).fill('16:45');
    await form.getByRole('button', { name: 'Save' }).click();
    const edited = page.locator('.event-item[data-type="voicemail"]');
    await expect.poll(() => edited.textContent()).toContain('Wed 25 Nov 2026, 16:45');
    // Three business days after Wed 25 Nov (Thanksgiving skipped): Tue 1 Dec.
    await expect.poll(() => firstCard.getByLabel(/^Tue 1 Dec · in 4 days:/).isVisible()).toBe(true);

    // Delete: the plan goes back to the first follow-up.
    await page.getByRole('button', { name: /^Delete Left a voicemail of/ }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.locator('.event-item[data-type="voicemail"]').count()).toBe(0);
    await expect.poll(() => firstCard.textContent()).toContain('Follow-up 1 of 3');

    // Notes.
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByLabel('Notes').fill('Referred by Tom.\nAsk about the team size.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(() => page.getByText('Ask about the team size.').isVisible()).toBe(true);
    const stored = await app.api<{ notes: string; events: unknown[] }>(
      'GET',
      `/opportunities/${id}`,
    );
    expect(stored.notes).toBe('Referred by Tom.\nAsk about the team size.');
    expect(stored.events).toHaveLength(1);
  });

  test('answers an unknown opportunity with a way back', async ({ open }) => {
    const page = await open('/opportunities/999');
    await expect
      .poll(() => page.getByText('This opportunity could not be shown').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('link', { name: 'Back to the pipeline' }).isVisible())
      .toBe(true);
  });
});
