// The README's screenshot of a reminder on a device: `npm run screenshots:notification`.
//
// A notification is drawn by the browser outside the page, so no page screenshot has it:
// Chromium runs in a real window on an X display (Xvfb) and the screen is captured
// (ImageMagick's `import`). The reminder is the product's own: the built server sends the
// morning's list to a push service of ours on loopback (signed and encrypted, as for a real
// one), it is decrypted with the device's keys, and Chromium's push delivery hands it to the
// app's service worker, which shows it.
//
// Needs: apt-get install xvfb imagemagick (and chromium, as for the browser tests).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserKeys, decrypted, pushService } from '../src/server/test-support/push-service.js';
import { launch } from '../test/e2e/support/browser.js';
import { pushDelivery } from '../test/e2e/support/push-delivery.js';
import { startServer } from '../test/e2e/support/server.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots', 'notification-desktop.png');
const SCREEN = { width: 1280, height: 800 };
const DISPLAY = ':97';

function need(command: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is missing: apt-get install -y ${pkg}`);
  }
}

async function main(): Promise<void> {
  need('Xvfb', 'xvfb');
  need('import', 'imagemagick');
  const temp = mkdtempSync(join(tmpdir(), 'justenough-notification-'));
  const service = await pushService();
  let xvfb: ChildProcess | undefined;
  let stop = async () => {};
  try {
    xvfb = spawn('Xvfb', [DISPLAY, '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${DISPLAY.slice(1)}`); i++)
      await new Promise((r) => setTimeout(r, 100));

    // The built server trusts the loopback push service's certificate, and may reach loopback.
    const ca = join(temp, 'push-ca.pem');
    writeFileSync(ca, service.ca);
    const server = await startServer(join(temp, 'data'), '2026-11-27', {
      args: ['--allow-private'],
      env: { NODE_EXTRA_CA_CERTS: ca },
    });
    stop = server.stop;
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}/api${path}`, {
        method,
        headers: { origin: server.url },
        ...(body === undefined
          ? {}
          : {
              headers: { origin: server.url, 'content-type': 'application/json' },
              body: JSON.stringify(body),
            }),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    // Applied on Mon 23 Nov: follow-up #1 of each is due on Fri 27 Nov (Thanksgiving between).
    for (const [company, name] of [
      ['Acme', 'Jane Doe'],
      ['Globex', 'Hank Scorpio'],
      ['Initech', 'Bill Lumbergh'],
    ])
      await api('POST', '/opportunities', {
        kind: 'job',
        company,
        title: 'Data Analyst',
        contact: { name, phone: '312 555 0199' },
        appliedOn: '2026-11-23',
      });

    const device = browserKeys();
    await api('POST', '/push/subscriptions', {
      endpoint: `${service.url}/push/this-device`,
      keys: device.keys,
    });
    const sent = await api('POST', '/push/test');
    const [pushed] = service.received;
    if (sent.sent !== 1 || !pushed)
      throw new Error(`the server sent no reminder: ${JSON.stringify(sent)}`);
    const reminder = decrypted(pushed.body, device);

    const session = await launch({
      ...SCREEN,
      display: DISPLAY,
      serviceWorkers: true,
      args: [`--window-size=${SCREEN.width},${SCREEN.height}`],
    });
    try {
      await session.context.grantPermissions(['notifications'], { origin: server.url });
      const page = session.context.pages()[0] ?? (await session.context.newPage());
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      const deliver = await pushDelivery(session.context, page, server.url);
      await page.evaluate(async () => {
        const nav = globalThis as unknown as {
          navigator: { serviceWorker: { ready: Promise<unknown> } };
        };
        await nav.navigator.serviceWorker.ready;
      });
      await deliver(reminder);
      // The popup slides in.
      await new Promise((r) => setTimeout(r, 2500));
      mkdirSync(join(OUT, '..'), { recursive: true });
      execFileSync('import', ['-display', DISPLAY, '-window', 'root', OUT]);
      console.info(`wrote ${OUT}: ${JSON.parse(reminder).title}`);
    } finally {
      await session.close();
    }
  } finally {
    await stop();
    await new Promise((done) => service.server.close(done));
    xvfb?.kill();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
