import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOARD_JOB } from '../../formats/posting/test-support/board.js';
import { listOpportunities } from '../lists.js';
import { addJob, must, refused, type TestApp, testApp } from '../test-support/test-app.js';
import { capturePosting } from './capture.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'capture');
const board = readFileSync(join(FIXTURES, 'board-posting.html'), 'utf8');
const noPosting = readFileSync(join(FIXTURES, 'no-posting.html'), 'utf8');
const pageUrl = 'https://bigboard.example/jobs/view/4100223311?refId=abc';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const count = async () => must(await listOpportunities(app.ctx, {})).items.length;

describe('capturePosting', () => {
  it('makes a job from a posting page, with its place, date and address', async () => {
    app = await testApp();
    const { opportunity, existing } = must(await capturePosting(app.ctx, { html: board, pageUrl }));
    expect(existing).toBe(false);
    expect(opportunity).toMatchObject({
      kind: 'job',
      ...BOARD_JOB,
      source: 'posting',
      events: [],
    });
  });

  it('with applied, logs it on the day given, so follow-up #1 is due three business days later', async () => {
    app = await testApp({ now: '2026-11-16' });
    const captured = must(
      await capturePosting(app.ctx, { html: board, applied: true, appliedOn: '2026-11-16' }),
    );
    expect(captured.opportunity?.events.map((e) => [e.type, e.date])).toEqual([
      ['applied', '2026-11-16'],
    ]);
    expect(captured.opportunity?.next[0]).toMatchObject({
      action: 'follow-up',
      dueOn: '2026-11-19',
    });
  });

  it('with applied and no date, logs it today', async () => {
    app = await testApp({ now: '2026-11-17' });
    const captured = must(await capturePosting(app.ctx, { html: board, applied: true }));
    expect(captured.opportunity?.events.map((e) => e.date)).toEqual(['2026-11-17']);
  });

  it('returns the job already there for the same posting address, or the same company and title', async () => {
    app = await testApp();
    const first = must(await capturePosting(app.ctx, { html: board, pageUrl }));
    const again = must(await capturePosting(app.ctx, { html: board, applied: true }));
    expect(again.existing).toBe(true);
    expect(again.opportunity?.id).toBe(first.opportunity?.id);
    expect(again.opportunity?.events).toEqual([]);
    const typed = await addJob(app, { company: 'Initech', title: 'Analyst' });
    const sameName = `<title>x</title><meta property="og:title" content="analyst">
      <meta property="og:site_name" content="INITECH"><link rel="canonical" href="https://initech.example/9">`;
    const found = must(await capturePosting(app.ctx, { html: sameName }));
    expect(found).toMatchObject({ existing: true, opportunity: { id: typed.id } });
    expect(await count()).toBe(2);
  });

  it('on a dry run reads the posting and writes nothing', async () => {
    app = await testApp();
    const dry = must(await capturePosting(app.ctx, { html: board, dryRun: true, applied: true }));
    expect(dry).toMatchObject({
      existing: false,
      opportunity: null,
      posting: { company: 'Globex Corporation' },
    });
    expect(await count()).toBe(0);
  });

  it('refuses a page with no posting, and a date without --applied, writing nothing', async () => {
    app = await testApp();
    expect(refused(await capturePosting(app.ctx, { html: noPosting }))).toMatchObject({
      reason: 'invalid-input',
      field: 'page',
    });
    expect(
      refused(await capturePosting(app.ctx, { html: board, appliedOn: '2026-11-16' })),
    ).toMatchObject({
      field: 'on',
    });
    expect(
      refused(
        await capturePosting(app.ctx, { html: board, applied: true, appliedOn: '2026-13-01' }),
      ),
    ).toMatchObject({ field: 'on' });
    expect(await count()).toBe(0);
  });
});
