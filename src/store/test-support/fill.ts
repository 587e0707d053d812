import type { Queries } from '../queries.js';
import type { SettingsRecord } from '../records.js';

/** The settings of a test account. */
export const SETTINGS: SettingsRecord = {
  timeZone: 'America/Chicago',
  region: 'US',
  weekendDays: [6, 7],
  daysOff: [],
  name: null,
  phone: null,
  email: null,
  playbook: {},
};

/** One opportunity with a contact, an event and a cached step: a row in every table. */
export async function fill(q: Queries): Promise<{ accountId: number; opportunityId: number }> {
  const accountId = await q.ensureAccount('local', () => SETTINGS);
  const companyId = await q.companyId(accountId, 'Acme');
  const contactId = await q.insertContact(accountId, {
    name: 'Jane Doe',
    email: 'jane@acme.example',
    phone: null,
    role: 'hr',
    companyId,
  });
  const opportunityId = await q.insertOpportunity(accountId, {
    kind: 'job',
    companyId,
    title: 'Data Analyst',
    contactId,
    postingUrl: null,
    notes: null,
  });
  await q.insertEvent(accountId, {
    opportunityId,
    type: 'applied',
    date: '2026-11-23',
    at: null,
    until: null,
    note: null,
  });
  await q.writeCache(accountId, opportunityId, {
    closed: false,
    interviewing: false,
    heldOn: null,
    followUps: 0,
    interviewOn: null,
    steps: [
      {
        action: 'follow-up',
        dueOn: '2026-11-27',
        dueBy: '2026-11-27',
        followUpNumber: 1,
        reason: 'after-start',
        since: '2026-11-23',
      },
    ],
  });
  await q.saveCalendarFeed(accountId, 'secret', 'uid-key');
  await q.saveDigestSettings(accountId, {
    enabled: true,
    sendAt: '08:00',
    recipient: null,
    smtpHost: 'smtp.example.com',
    smtpPort: 587,
    smtpUser: null,
    smtpPassword: null,
    smtpSecure: false,
    sender: null,
  });
  await q.claimDigest(accountId, '2026-11-23', 'sending', '2026-11-23T14:00:00Z');
  return { accountId, opportunityId };
}
