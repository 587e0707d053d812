import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VAPID_FILE, vapidKeys } from './vapid.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const appUrl = () => 'http://127.0.0.1:4545';

describe('vapidKeys', () => {
  it('makes a pair once, in a file only its owner reads, and reads the same pair back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'justenough-vapid-'));
    const first = await vapidKeys({}, dir, appUrl)();
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(statSync(join(dir, VAPID_FILE)).mode & 0o777).toBe(0o600);
    const again = await vapidKeys({}, dir, appUrl)();
    expect(again).toEqual(first);
    expect(first.subject).toBe('mailto:justenough@localhost');
  });

  it("takes the operator's pair and subject from the environment, and writes no file", async () => {
    dir = mkdtempSync(join(tmpdir(), 'justenough-vapid-'));
    const env = {
      JUSTENOUGH_VAPID_PUBLIC_KEY: 'BPublic',
      JUSTENOUGH_VAPID_PRIVATE_KEY: 'private',
      JUSTENOUGH_VAPID_SUBJECT: 'mailto:ops@example.org',
    };
    expect(await vapidKeys(env, dir, appUrl)()).toEqual({
      publicKey: 'BPublic',
      privateKey: 'private',
      subject: 'mailto:ops@example.org',
    });
    expect(() => readFileSync(join(dir, VAPID_FILE))).toThrow(/ENOENT/);
  });

  it('signs as the public https address when there is one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'justenough-vapid-'));
    const keys = await vapidKeys({}, dir, () => 'https://jobs.example.org')();
    expect(keys.subject).toBe('https://jobs.example.org');
  });
});
