// The browser extension, built and loaded unpacked into Chromium: on a posting's page it
// saves the page as the browser has it to the user's JustEnough, says what was saved with
// a link to it, and says clearly when JustEnough cannot be reached.
//
// Only a person's click on the toolbar (or the shortcut) grants activeTab, and no automation
// can make that click: this build grants a host permission for the posting's site instead
// (JUSTENOUGH_EXTENSION_TEST_HOSTS). The posting is on http://localhost, JustEnough on
// http://127.0.0.1: the capture itself is cross-origin, answered by the server's CORS headers.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launch, type Page, type Session } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { shoot } from './support/screens.js';

const ROOT = join(import.meta.dirname, '..', '..');
const board = readFileSync(join(ROOT, 'test', 'fixtures', 'capture', 'board-posting.html'), 'utf8');

test.override('now', '2026-11-16');

let out: string;
let pages: Server;
let posting: string;
let session: Session;
let extensionId: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'justenough-extension-'));
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', 'extension'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        JUSTENOUGH_EXTENSION_OUT: out,
        JUSTENOUGH_EXTENSION_TEST_HOSTS: 'http://localhost/*',
      },
    },
  );
  if (built.status !== 0)
    throw new Error(`the extension did not build:\n${built.stdout}${built.stderr}`);
  pages = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(board);
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  posting = `http://localhost:${(pages.address() as AddressInfo).port}/jobs/view/4100223311`;
  session = await launch({ extension: join(out, 'chrome-mv3'), width: 900, height: 700 });
  extensionId = unpackedId(join(out, 'chrome-mv3'));
}, 120_000);

/** Chromium names an unpacked extension after its folder: SHA-256 of the path, in a-p. */
function unpackedId(folder: string): string {
  const hex = createHash('sha256').update(folder).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

afterAll(async () => {
  await session?.close();
  await new Promise((done) => pages.close(done));
  rmSync(out, { recursive: true, force: true });
});

/**
 * The posting in the active tab, and the popup in a window of its own over it, opened as
 * the extension itself would (chrome.windows.create), from one of its pages.
 */
async function popupOverPosting(): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(posting);
  const launcher = await session.context.newPage();
  await launcher.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = session.context.waitForEvent('page');
  await launcher.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [job] = await api.tabs.query({ url });
    if (job?.id === undefined) throw new Error('no posting tab');
    await api.tabs.update(job.id, { active: true });
    await api.windows.create({ url: 'popup.html', type: 'popup', width: 380, height: 520 });
  }, posting);
  const popup = await opened;
  await launcher.close();
  await popup.waitForLoadState();
  return popup;
}

/** The parts of the extension API the test uses, run in an extension page. */
interface Chrome {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    update(id: number, p: { active: boolean }): Promise<unknown>;
  };
  windows: { create(o: Record<string, unknown>): Promise<unknown> };
}

async function setServer(popup: Page, address: string): Promise<void> {
  await popup.getByText('Server').click();
  await popup.getByLabel('JustEnough address').fill(address);
  await popup.getByRole('button', { name: 'Save these' }).click();
  await expect.poll(() => popup.locator('#server-note').textContent()).toBe('Saved.');
}

browserSuite('the browser extension', 180_000, () => {
  test('saves the open posting as applied, links to it, and knows it the second time', async ({
    app,
  }) => {
    const manifest = JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    const popup = await popupOverPosting();
    await expect
      .poll(() => popup.locator('#page').textContent())
      .toContain('Staff Site Reliability Engineer');
    await setServer(popup, app.url);
    await popup.getByRole('button', { name: 'Save and mark applied' }).click();
    await expect
      .poll(() => popup.locator('#result').textContent())
      .toBe('Saved: Staff Site Reliability Engineer at Globex Corporation. Open it in JustEnough');
    const stored = await app.api<{ items: { id: string; company: string }[] }>(
      'GET',
      '/opportunities',
    );
    expect(stored.items.map((o) => o.company)).toEqual(['Globex Corporation']);
    const id = stored.items[0]?.id;
    expect(
      await popup.getByRole('link', { name: 'Open it in JustEnough' }).getAttribute('href'),
    ).toBe(`${app.url}/opportunities/${id}`);
    const saved = await app.api<{ events: { type: string }[]; next: { dueOn: string }[] }>(
      'GET',
      `/opportunities/${id}`,
    );
    expect(saved.events.map((e) => e.type)).toEqual(['applied']);
    expect(saved.next[0]?.dueOn).toBe('2026-11-19');
    await popup.setViewportSize({ width: 380, height: 440 });
    await shoot(popup, 'extension-popup', 'desktop');

    await popup.getByRole('button', { name: 'Save to JustEnough' }).click();
    await expect
      .poll(() => popup.locator('#result').textContent())
      .toMatch(/^Already in your pipeline: Staff Site Reliability Engineer/);
    expect((await app.api<{ items: unknown[] }>('GET', '/opportunities')).items).toHaveLength(1);
    await popup.close();
  });

  test('says clearly when JustEnough cannot be reached, or the address is no address', async () => {
    const popup = await popupOverPosting();
    await popup.getByText('Server').click();
    await popup.getByLabel('JustEnough address').fill('not an address');
    await popup.getByRole('button', { name: 'Save these' }).click();
    await expect
      .poll(() => popup.locator('#server-note').textContent())
      .toMatch(/^Type the address JustEnough runs at/);
    // A port nothing listens on.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await popup.getByLabel('JustEnough address').fill(`http://127.0.0.1:${port}`);
    await popup.getByRole('button', { name: 'Save these' }).click();
    await expect.poll(() => popup.locator('#server-note').textContent()).toBe('Saved.');
    await popup.getByRole('button', { name: 'Save to JustEnough' }).click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `JustEnough does not answer at http://127.0.0.1:${port}. Is it running? Start it with "justenough serve", or correct the address below.`,
    );
    await popup.close();
  });
});
