import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The posting page of test/fixtures/capture, in the shape of a big job board's, and the job
// every reader of it must find.
export const CAPTURE_FIXTURES = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'capture',
);
export const BOARD_PAGE = readFileSync(join(CAPTURE_FIXTURES, 'board-posting.html'), 'utf8');
export const BOARD_JOB = {
  company: 'Globex Corporation',
  title: 'Staff Site Reliability Engineer',
  postingUrl: 'https://bigboard.example/jobs/view/4100223311',
  location: 'Springfield, OR, US',
  postedOn: '2026-11-18',
} as const;
