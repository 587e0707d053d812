import { afterEach, describe, expect, it } from 'vitest';
import { exportAs } from '../export.js';
import { addJob, log, must, refused, type TestApp, testApp } from '../test-support/test-app.js';
import { commitImport, previewImport } from './import.js';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function exported(): Promise<Uint8Array> {
  const source = await testApp();
  apps.push(source);
  const o = await addJob(source);
  await log(source, String(o.id), 'applied');
  return new TextEncoder().encode(must(await exportAs(source.ctx, 'json')).body);
}

describe('a restore preview says, before confirming, whether the restore will be refused', () => {
  it('into an account with data: refused, nothing to add, and the import is refused as said', async () => {
    const file = await exported();
    const target = await testApp();
    apps.push(target);
    await addJob(target, { company: 'Globex' });
    const preview = must(await previewImport(target.ctx, file, { fileName: 'export.json' }));
    expect(preview.restore?.refused).toBe(
      'file: a JustEnough export restores into an empty account only, and this one holds 1 opportunities, 0 contacts and 1 companies, so importing it will be refused; use a new data directory (--data) to restore it',
    );
    expect(preview.counts).toMatchObject({ add: 0, newOpportunities: 0, newEvents: 0 });
    expect(preview.notes).toEqual([expect.stringContaining('will be refused')]);
    const failure = refused(await commitImport(target.ctx, file, { token: preview.token }));
    expect(failure).toMatchObject({ reason: 'not-empty', message: preview.restore?.refused });
  });

  it('into an empty account: not refused, and it adds what the file holds', async () => {
    const file = await exported();
    const target = await testApp();
    apps.push(target);
    const preview = must(await previewImport(target.ctx, file));
    expect(preview.restore?.refused).toBeNull();
    expect(preview.counts).toMatchObject({ newOpportunities: 1, newEvents: 1 });
    expect(must(await commitImport(target.ctx, file, { token: preview.token })).written).toBe(true);
  });
});
