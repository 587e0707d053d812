// The toolbar popup: what the open tab is, two buttons, what was saved with a link to it,
// and the server's address. Every text is set as text, never as HTML.
import { capture, type Outcome, serverAddress } from '../../lib/capture.js';
import { type OpenPage, openTab, pageHtml } from '../../lib/page.js';
import { loadServer, saveServer } from '../../lib/settings.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pageLine = $<HTMLParagraphElement>('page');
const save = $<HTMLButtonElement>('save');
const saveApplied = $<HTMLButtonElement>('save-applied');
const result = $<HTMLDivElement>('result');
const address = $<HTMLInputElement>('address');
const token = $<HTMLInputElement>('token');

function show(outcome: Outcome): void {
  result.replaceChildren();
  result.classList.toggle('failed', !outcome.ok);
  result.setAttribute('role', outcome.ok ? 'status' : 'alert');
  if (!outcome.ok) {
    result.textContent = outcome.message;
    return;
  }
  const what = `${outcome.title} at ${outcome.company}`;
  result.append(outcome.existing ? `Already in your pipeline: ${what}. ` : `Saved: ${what}. `);
  const link = document.createElement('a');
  link.href = outcome.link;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Open it in JustEnough';
  result.append(link);
}

async function send(page: OpenPage, applied: boolean): Promise<void> {
  save.disabled = saveApplied.disabled = true;
  result.textContent = 'Saving…';
  result.classList.remove('failed');
  try {
    const read = await pageHtml(page.tabId).catch(() => null);
    show(
      read
        ? await capture(await loadServer(), read, applied)
        : {
            ok: false,
            message: 'This page cannot be read. Open the posting’s own page and try again.',
          },
    );
  } finally {
    save.disabled = saveApplied.disabled = false;
  }
}

async function start(): Promise<void> {
  const server = await loadServer();
  address.value = server.address;
  token.value = server.token;
  const page = await openTab();
  if (!page) {
    pageLine.textContent = 'Open a job posting’s page, then click here again.';
    return;
  }
  pageLine.textContent = page.title || page.url;
  save.disabled = saveApplied.disabled = false;
  save.addEventListener('click', () => void send(page, false));
  saveApplied.addEventListener('click', () => void send(page, true));
  save.focus();
}

$<HTMLFormElement>('server-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const origin = serverAddress(address.value);
  const note = $<HTMLParagraphElement>('server-note');
  if (!origin) {
    note.textContent = 'Type the address JustEnough runs at, such as http://127.0.0.1:4545.';
    address.setAttribute('aria-invalid', 'true');
    return;
  }
  address.removeAttribute('aria-invalid');
  address.value = origin;
  void saveServer({ address: origin, token: token.value.trim() }).then(() => {
    note.textContent = 'Saved.';
  });
});

void start();
