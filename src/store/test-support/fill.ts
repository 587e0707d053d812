import { randomBytes } from 'node:crypto';
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
    smtpPasswordSealed: null,
    smtpSecure: false,
    smtpAllowUnencrypted: false,
    sender: null,
  });
  await q.claimDigest(accountId, '2026-11-23', 'sending', '2026-11-23T14:00:00Z');
  await q.saveMailboxConnection(accountId, {
    imap_url: 'imap://jane@127.0.0.1:1143',
    password_sealed: null,
    sent_folder: null,
    since: '2026-10-01',
  });
  await q.saveFolderState(accountId, {
    role: 'inbox',
    path: 'INBOX',
    uidValidity: '1',
    lastUid: 1,
  });
  await q.insertHandled(accountId, {
    messageKey: '<reply@acme.example>',
    messageId: '<reply@acme.example>',
    outcome: 'proposed',
    opportunityId,
    eventId: null,
    subject: 'Re: Data Analyst',
  });
  await q.insertProposal(accountId, {
    opportunity_id: opportunityId,
    type: 'reply',
    date: '2026-11-24',
    at: null,
    until: null,
    reason: 'same-company',
    sender: 'john@acme.example',
    subject: 'Re: Data Analyst',
    summary: null,
    message_key: '<reply@acme.example>',
    message_id: '<reply@acme.example>',
    status: 'open',
  });
  // A passkey sign-in's challenge: no one is known yet.
  await q.insertChallenge({
    // Unique across the database, so that a store can be filled more than once.
    challengeHash: randomBytes(32).toString('hex'),
    purpose: 'sign-in',
    accountId: null,
    expiresAt: '2026-11-23T14:05:00Z',
  });
  // A phone to remind (web push); its address unique across the database too.
  await q.savePushSubscription({
    endpoint: `https://push.example/${randomBytes(8).toString('hex')}`,
    accountId,
    p256dh: 'BExample',
    auth: 'secret',
    thankYous: true,
  });
  return { accountId, opportunityId };
}
