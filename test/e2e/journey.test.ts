// The journey of the issue, in a real browser against the real server: a new
// user adds a job, logs "applied", moves the clock three business days, sees
// follow-up #1 with its script, leaves a voicemail, schedules an interview,
// does the thank-yous and closes with an offer.
import { openedDialog } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { PHONE, shoot } from './support/screens.js';

browserSuite('the journey of a job application', 180_000, () => {
  test('goes from a first application to an offer', async ({ app, open }) => {
    // A new user: Today explains what to do first.
    let page = await open('/');
    await expect
      .poll(() => page.getByText("Welcome. Let's start with one application.").isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText('How JustEnough works: the 3X3 method').isVisible())
      .toBe(true);
    await shoot(page, 'today-empty', 'desktop');
    await page.setViewportSize(PHONE);
    await shoot(page, 'today-empty', 'phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Who they are, for the scripts.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Your name').fill('Sam Lee');
    await page.getByLabel('Your phone').fill('312 555 0100');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('Settings saved').isVisible()).toBe(true);

    // A job, applied today, in one click.
    await page.getByRole('link', { name: 'New opportunity', exact: true }).click();
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Job title').fill('Data Analyst');
    await page.getByLabel('Contact name').fill('Jane Doe');
    await page.getByLabel('Phone').fill('312 555 0199');
    await page.getByLabel('E-mail').fill('jane@acme.example');
    await page.getByRole('radio', { name: 'Yes, today' }).check();
    await page.getByRole('button', { name: 'Save: applied today' }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    const opportunityPath = new URL(page.url()).pathname;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Data Analyst at Acme' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /^Edit Applied of/ }).count()).toBe(1);
    // Thanksgiving (Thu 26 Nov) is not a business day: follow-up 1 falls on Fri 27 Nov.
    const steps = page.getByRole('region', { name: 'Next steps' });
    await expect.poll(() => steps.textContent()).toContain('Follow-up 1 of 3');
    await expect.poll(() => steps.getByLabel(/^Fri 27 Nov · in 4 days:/).isVisible()).toBe(true);

    // Nothing is due on the day of the application; the follow-up is coming.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => page.getByText('Nothing is due today').first().isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Coming up, next two weeks' }).isVisible())
      .toBe(true);

    // Three business days later.
    await app.restartOn('2026-11-27');
    page = await open('/');
    const card = page.getByRole('article', { name: /Jane Doe/ });
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Due today' }).isVisible())
      .toBe(true);
    expect(await card.textContent()).toContain('Follow-up 1 of 3');
    expect(await card.getByLabel(/^Due today:/).textContent()).toBe('Due today');
    const script = card.locator('.script-text');
    expect(await script.textContent()).toContain(
      "I'm calling to make sure you received my application",
    );
    expect(await script.textContent()).toContain('Hi Jane, this is Sam Lee');
    expect(await card.getByRole('link', { name: /Call 312 555 0199/ }).getAttribute('href')).toBe(
      'tel:3125550199',
    );
    const mailto = await card.getByRole('link', { name: 'E-mail' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:jane@acme\.example\?subject=.+&body=.+/);
    expect(decodeURIComponent(mailto ?? '')).toContain('Dear Jane');
    // The voicemail version is one click away.
    await card.getByText('Voicemail', { exact: true }).click();
    await expect.poll(() => script.textContent()).toContain('You can reach me at 312 555 0100');

    // Left a voicemail: the card shows the next step it produced, with an undo.
    await card.getByRole('button', { name: 'Left voicemail' }).click();
    const done = page.locator('.done-card', { hasText: 'Jane Doe' });
    await expect.poll(() => done.textContent()).toContain('Next: Follow-up 2 of 3 on Wed 2 Dec');
    const followUp = (n: number) =>
      page.getByRole('article', { name: new RegExp(`^Follow-up ${n} of 3: Jane Doe`) });
    await expect.poll(() => followUp(1).count()).toBe(0);
    await expect.poll(() => followUp(2).count()).toBe(1);
    // Undo brings the step back; then the voicemail is logged again.
    await done.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => followUp(1).count()).toBe(1);
    await expect.poll(() => done.count()).toBe(0);
    await followUp(1).getByRole('button', { name: 'Left voicemail' }).click();
    await expect.poll(() => done.textContent()).toContain('Next: Follow-up 2 of 3 on Wed 2 Dec');

    // They call back and invite Sam: an interview with date and time.
    await page.goto(`${app.url}${opportunityPath}`);
    await page.getByRole('button', { name: 'Schedule an interview' }).click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('Date').fill('2026-12-03');
    await dialog.getByLabel('Time').fill('10:00');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expect
      .poll(() => page.locator('.last-logged').textContent())
      .toContain('Interview scheduled for Thu 3 Dec 2026 at 10:00');
    await expect.poll(() => page.locator('.status-badge').textContent()).toBe('Interviewing');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const interviews = page.getByRole('region', { name: 'Coming interviews' });
    await expect.poll(() => interviews.textContent()).toContain('Interview with Jane Doe');
    expect(await interviews.textContent()).toContain('Thu 3 Dec');
    expect(await interviews.textContent()).toContain('10:00');

    // The day after the interview: the thank-you call and the handwritten note.
    await app.restartOn('2026-12-04');
    page = await open('/');
    const call = page.getByRole('article', { name: /^Thank-you call: Jane Doe/ });
    const note = page.getByRole('article', { name: /^Thank-you note: Jane Doe/ });
    await expect.poll(() => call.isVisible()).toBe(true);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await call.textContent()).toContain('Thank-you call');
    expect(await call.locator('.script-text').textContent()).toContain(
      'Thank you for taking the time',
    );
    const checklist = (of: typeof call) => of.getByRole('list', { name: 'After the interview' });
    expect(await checklist(call).textContent()).toContain('Handwritten note');
    await call.getByRole('button', { name: 'Call done' }).click();
    await expect
      .poll(() => page.locator('.done-card', { hasText: 'call done' }).isVisible())
      .toBe(true);
    // The checklist now shows the call done.
    await expect
      .poll(() => checklist(note).locator('[data-state="done"]').allTextContents())
      .toContain('Thank-you call (done)');
    await note.getByRole('button', { name: 'Note sent' }).click();
    // Worked example 2: the first check-in window is Fri 11 Dec - Mon 14 Dec.
    await expect
      .poll(() => page.locator('.done-card', { hasText: 'note sent' }).textContent())
      .toContain('Next: Check-in between Fri 11 Dec and Mon 14 Dec');

    // An offer closes it.
    await page.goto(`${app.url}${opportunityPath}`);
    await page.getByRole('button', { name: 'Close with a decision' }).click();
    const decision = await openedDialog(page);
    await decision.getByLabel('Offer').check();
    await decision.getByRole('button', { name: 'Close it' }).click();
    await expect
      .poll(() => page.locator('.last-logged').textContent())
      .toContain('Closed with an offer');
    await expect.poll(() => page.locator('.status-badge').textContent()).toBe('Closed');
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Closed', exact: true }).textContent())
      .toContain('Acme');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => page.getByText('You are all caught up.').isVisible()).toBe(true);
  });
});
