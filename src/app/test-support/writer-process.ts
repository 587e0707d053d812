// A writer in its own process, for the concurrency and crash tests (started by writer-job.ts):
//   node --import tsx src/app/test-support/writer-process.ts '<json WriterJob>'
// It writes through the use cases and prints "committed N" after each write that returned.
import { parseMoment } from '../../core/time.js';
import { openStore } from '../../store/store.js';
import { openAccount } from '../account.js';
import { logEvent } from '../events.js';
import { addOpportunity } from '../opportunities.js';
import { loggedEvent, type WriterJob } from './writer-job.js';

const job = JSON.parse(process.argv[2] ?? '{}') as WriterJob;
const store = await openStore(job.target);
const ctx = await openAccount(
  store,
  (zone) => {
    const now = parseMoment('2026-12-15', zone);
    if (!now) throw new Error('bad clock');
    return now;
  },
  () => 'America/Chicago',
);
if (job.mode === 'log') {
  const ids = job.opportunities ?? [];
  for (let i = 0; i < (job.events ?? 0); i++) {
    const result = await logEvent(ctx, {
      opportunity: ids[i % ids.length] ?? '',
      ...loggedEvent(job.label, i),
    });
    if (!result.ok) throw new Error(`${job.label}-${i}: ${result.message}`);
    process.stdout.write(`committed ${i + 1}\n`);
  }
} else {
  for (let i = 0; ; i++) {
    const result = await addOpportunity(ctx, {
      kind: 'job',
      company: `Company ${job.label}-${i}`,
      title: 'Analyst',
      contact: { name: `Person ${job.label}-${i}`, email: `p${i}@example.com`, role: 'hr' },
      appliedOn: '2026-12-01',
      notes: `${job.label}-${i}`,
    });
    if (!result.ok) throw new Error(`${job.label}-${i}: ${result.message}`);
    process.stdout.write(`committed ${i + 1}\n`);
  }
}
await store.close();
