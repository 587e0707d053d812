import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from '../../../test/cli.js';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';

// `justenough calendar` and `justenough digest`, as users run the built command.
let data: { dir: string; remove: () => void };
let peer: SmtpPeer;
beforeEach(async () => {
  data = tempDataDir();
  peer = await startSmtpPeer();
});
afterEach(async () => {
  data.remove();
  await peer.close();
});

const je = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  cli(['--data', data.dir, '--now', '2026-11-23T07:00:00-06:00', ...args], env);

async function aJobDueToday() {
  for (const args of [
    [
      'settings',
      '--name',
      'Sam Lee',
      '--email',
      'sam@example.com',
      '--timezone',
      'America/Chicago',
    ],
    ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane <i>Doe</i>'],
    ['log', '1', 'applied', '--on', '2026-11-18'],
  ]) {
    expect((await je(args)).code).toBe(0);
  }
}

describe('justenough calendar', () => {
  it('prints the feed address, gives a new one on reset, and turns it off', async () => {
    const url = await je(['calendar', 'url', '--json']);
    expect(url.code, url.stderr).toBe(0);
    const first = JSON.parse(url.stdout).url as string;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:4545\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const again = await je(['calendar']);
    expect(again.stdout).toContain(first);
    expect(again.stdout).toContain('Apple Calendar:  File > New Calendar Subscription');

    const reset = await je(['calendar', 'reset', '--public-url', 'https://je.example.com/']);
    const second = reset.stdout.split('\n')[1] ?? '';
    expect(second).toMatch(/^https:\/\/je\.example\.com\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(second.slice(-48)).not.toBe(first.slice(-48));

    const off = await je(['calendar', 'off', '--json']);
    expect(JSON.parse(off.stdout)).toMatchObject({ on: false, url: null });
  });

  it('refuses an unknown action or a bad --public-url in one line', async () => {
    const bad = await je(['calendar', 'subscribe']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'error: calendar: "subscribe" is not an action; use url (the address), reset (a new address) or off\n',
    );
    const url = await je(['calendar', '--public-url', 'https://je.example.com/app']);
    expect(url.code).toBe(1);
    expect(url.stderr).toMatch(
      /^error: --public-url: "https:\/\/je.example.com\/app" is not the address/,
    );
  });
});

describe('justenough digest', () => {
  it('--dry-run prints the subject, the recipients and the text part, and sends nothing', async () => {
    await aJobDueToday();
    const dry = await je(['digest', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    const lines = dry.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Subject: JustEnough for Mon 23 Nov 2026: 1 step to do',
      'To: sam@example.com',
    ]);
    expect(dry.stdout).toContain('1. Call Jane <i>Doe</i> (Acme) — follow-up 1 of 3');
    expect(dry.stdout).toContain(
      'Open it and log what happened: http://127.0.0.1:4545/opportunities/1',
    );
    expect(dry.stdout).toContain(
      'The morning e-mail is off: `justenough digest --on` turns it on.',
    );
    expect(peer.received).toHaveLength(0);
    const json = JSON.parse((await je(['digest', '--dry-run', '--json'])).stdout);
    expect(json).toMatchObject({ empty: false, recipients: ['sam@example.com'] });
    expect(json.html).toContain('Jane &lt;i&gt;Doe&lt;/i&gt;');
  });

  it('--dry-run on a day with nothing due says no e-mail would be sent', async () => {
    const dry = await je(['digest', '--dry-run']);
    expect(dry.stdout).toMatch(
      /^Nothing is due today \(Mon 23 Nov 2026\): no e-mail would be sent\./,
    );
  });

  it('is set on the command line or from the environment, and --send sends once a day', async () => {
    await aJobDueToday();
    const env = { JUSTENOUGH_SMTP_URL: `smtp://127.0.0.1:${peer.port}` };
    const noServer = await je(['digest', '--on']);
    expect(noServer.code).toBe(1);
    expect(noServer.stderr).toMatch(/^error: --smtp-host: the morning e-mail needs an SMTP server/);

    const on = await je(
      ['digest', '--on', '--time', '7:30', '--to', 'sam@example.com, coach@example.com'],
      env,
    );
    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toContain('Morning e-mail: on, at 07:30 (America/Chicago)');
    expect(on.stdout).toContain(
      `127.0.0.1:${peer.port} (STARTTLS when offered), from the environment`,
    );

    const send = await je(['digest', '--send'], env);
    expect(send.code, send.stderr).toBe(0);
    expect(send.stdout).toBe(
      'Sent to sam@example.com, coach@example.com: JustEnough for Mon 23 Nov 2026: 1 step to do\n',
    );
    const again = await je(['digest', '--send'], env);
    expect(again.stdout).toContain("Today's e-mail: Mon 23 Nov 2026: sent to");
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]?.to).toEqual(['sam@example.com', 'coach@example.com']);
  });

  it('--test reports a refused send in one line with exit code 1', async () => {
    await aJobDueToday();
    const set = await je(['digest', '--smtp-host', '127.0.0.1', '--smtp-port', String(peer.port)]);
    expect(set.code, set.stderr).toBe(0);
    peer.refuseNext(1, 550, 'No such user');
    const test = await je(['digest', '--test']);
    expect(test.code).toBe(1);
    expect(test.stderr).toMatch(/^error: the test e-mail was not sent: .*550 No such user/);
    expect((await je(['digest', '--test'])).stdout).toBe('Test e-mail sent to sam@example.com.\n');
  });

  it('refuses bad values in one line, naming the option, and writes nothing', async () => {
    for (const [args, message] of [
      [['--time', '25:00'], 'error: --time: "25:00" is not a time of day'],
      [['--smtp-port', 'x'], 'error: --smtp-port: "x" is not a port'],
      [['--to', 'nobody'], 'error: --to: "nobody" is not an e-mail address'],
      [['--on', '--off'], 'error: digest: give --on or --off, not both'],
      [['--dry-run', '--send'], 'error: digest: give one of --dry-run, --send and --test'],
    ] as const) {
      const res = await je(['digest', ...args]);
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.stderr.startsWith(message), res.stderr).toBe(true);
      expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(JSON.parse((await je(['digest', '--json'])).stdout)).toMatchObject({
      enabled: false,
      sendAt: '08:00',
      smtp: { port: null },
    });
  });
});
