// Realistic sample data for the screenshots: a job search two weeks in, with
// opportunities in every state. The server's clock is SAMPLE_TODAY.
import type { App } from './fixture.js';

export const SAMPLE_TODAY = '2026-12-02';

interface Opportunity {
  readonly kind: 'job' | 'networking';
  readonly company?: string;
  readonly title?: string;
  readonly contact?: { name: string; role?: string; phone?: string; email?: string };
  readonly postingUrl?: string;
  readonly notes?: string;
  readonly events: readonly {
    type: string;
    on?: string;
    at?: string;
    until?: string;
    note?: string;
  }[];
}

const SAMPLE: readonly Opportunity[] = [
  {
    kind: 'job',
    company: 'Acme Analytics',
    title: 'Data Analyst',
    contact: {
      name: 'Jane Doe',
      role: 'hiring-manager',
      phone: '312 555 0199',
      email: 'jane.doe@acme.example',
    },
    postingUrl: 'https://jobs.acme.example/data-analyst',
    notes: 'Referred by Tom from the Python meetup. Team of six, mostly SQL and dashboards.',
    events: [
      { type: 'applied', on: '2026-11-23' },
      { type: 'voicemail', on: '2026-11-27' },
    ],
  },
  {
    kind: 'job',
    company: 'Globex',
    title: 'Product Analyst',
    contact: {
      name: 'Raj Patel',
      role: 'hr',
      phone: '312 555 0142',
      email: 'raj.patel@globex.example',
    },
    events: [{ type: 'applied', on: '2026-11-24' }],
  },
  {
    kind: 'job',
    company: 'Initech',
    title: 'BI Developer',
    contact: {
      name: 'Maria Garcia',
      role: 'hiring-manager',
      phone: '773 555 0110',
      email: 'maria@initech.example',
    },
    events: [
      { type: 'applied', on: '2026-11-16' },
      {
        type: 'talked',
        on: '2026-11-19',
        note: 'She liked the dashboard portfolio; invited me to interview.',
      },
      { type: 'interview', at: '2026-12-01T10:00', note: 'Panel with Maria and two engineers.' },
    ],
  },
  {
    kind: 'job',
    company: 'Umbrella Health',
    title: 'Data Engineer',
    contact: {
      name: 'Chen Wei',
      role: 'recruiter',
      phone: '312 555 0177',
      email: 'chen.wei@umbrella.example',
    },
    events: [
      { type: 'applied', on: '2026-11-18' },
      { type: 'reply', on: '2026-11-23' },
      { type: 'interview', at: '2026-12-04T14:30' },
    ],
  },
  {
    kind: 'networking',
    company: 'Contoso',
    title: 'Informational interview about analytics teams',
    contact: { name: 'Lena Fischer', phone: '312 555 0160', email: 'lena@contoso.example' },
    events: [{ type: 'reached-out', on: '2026-11-30' }],
  },
  {
    kind: 'job',
    company: 'Soylent',
    title: 'Junior Data Scientist',
    contact: { name: 'Omar Haddad', role: 'hiring-manager', email: 'omar@soylent.example' },
    events: [{ type: 'applied', on: '2026-12-01' }],
  },
  {
    kind: 'job',
    company: 'Hooli',
    title: 'Analytics Lead',
    contact: { name: 'Gavin Belson', role: 'hr', phone: '650 555 0101' },
    events: [
      { type: 'applied', on: '2026-11-02' },
      { type: 'voicemail', on: '2026-11-05' },
      { type: 'no-answer', on: '2026-11-10' },
      { type: 'voicemail', on: '2026-11-13' },
    ],
  },
  {
    kind: 'job',
    company: 'Wayne Enterprises',
    title: 'Reporting Analyst',
    contact: { name: 'Lucius Fox', role: 'hiring-manager', phone: '312 555 0123' },
    events: [
      { type: 'applied', on: '2026-11-03' },
      { type: 'talked', on: '2026-11-06' },
      { type: 'interview', at: '2026-11-12T09:00' },
      { type: 'thank-you-call', on: '2026-11-13' },
      { type: 'thank-you-note', on: '2026-11-13' },
      { type: 'offer', on: '2026-11-25', note: 'Start in January. Negotiating the salary.' },
    ],
  },
  {
    kind: 'job',
    company: 'Stark Industries',
    title: 'Data Visualisation Specialist',
    contact: { name: 'Pepper Potts', role: 'hr' },
    events: [
      { type: 'applied', on: '2026-11-04' },
      { type: 'rejected', on: '2026-11-20' },
    ],
  },
];

// A few LinkedIn connections, as an import brings them: two are sample contacts (the
// e-mail matches, so the import fills in the profile and position), one is new.
const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Jane,Doe,https://www.linkedin.com/in/jane-doe-analytics,jane.doe@acme.example,Acme Analytics,Head of Data & Analytics,14 Oct 2026',
  'Chen,Wei,https://www.linkedin.com/in/chen-wei-cj,chen.wei@umbrella.example,Umbrella Health,Senior Technical Recruiter,20 Oct 2026',
  'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Hooli,Technical Recruiter,02 Nov 2026',
].join('\n');

/** Imports a file as the web app does: a preview, then the import with the preview's token. */
async function importFile(app: App, content: string): Promise<void> {
  const send = async (path: string) => {
    const response = await fetch(`${app.url}/api${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv' },
      body: content,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as { token: string };
  };
  const { token } = await send('/import/preview');
  await send(`/import?token=${encodeURIComponent(token)}`);
}

/** Fills an empty server with the sample job search. */
export async function seedSample(app: App): Promise<Record<string, string>> {
  await app.api('PATCH', '/settings', {
    name: 'Sam Lee',
    phone: '312 555 0100',
    email: 'sam.lee@example.com',
    timeZone: 'America/Chicago',
    holidays: 'US-IL',
  });
  const ids: Record<string, string> = {};
  for (const o of SAMPLE) {
    const { events, ...fields } = o;
    const created = await app.api<{ id: string }>('POST', '/opportunities', fields);
    ids[o.company ?? o.contact?.name ?? created.id] = created.id;
    for (const e of events) {
      await app.api('POST', `/opportunities/${created.id}/events`, e);
    }
  }
  await importFile(app, CONNECTIONS);
  return ids;
}
