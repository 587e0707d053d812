import fc from 'fast-check';
import { EVENT_TYPES } from '../../core/events.js';
import { SOURCES } from '../../core/progress/words.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportedEvent,
} from '../../formats/export-document.js';

// Random accounts as export documents, every value already in the form the
// product stores it (trimmed, checked), so that a restore keeps it as it is.

const letters = 'abcdefghijklmnopqrstuvwxyzàéèöüñçøåłßžčăőœ王小明李娜Жанна';
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));
const words = (max: number) =>
  fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const capitalised = words(3).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const isoDay = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/),
    fc.constantFrom('acme.example', 'mail.example', 'x.org'),
  )
  .map(([user, host]) => `${user}@${host}`);
const phone = fc.stringMatching(/^\+?[1-9][0-9]{2}( [0-9]{3}){1,2} [0-9]{4}$/);
const note = fc.array(words(6), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

const settings: fc.Arbitrary<ExportDocument['settings']> = fc.record({
  timeZone: fc.constantFrom('America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'UTC'),
  holidays: fc.constantFrom('US', 'US-IL', 'GB', 'DE-BY', 'FR'),
  weekendDays: fc.constantFrom(['sat', 'sun'], ['fri', 'sat'], ['sun']).map((d) => [...d]),
  daysOff: fc.uniqueArray(isoDay, { maxLength: 3 }).map((d) => [...d].sort()),
  name: maybe(capitalised),
  phone: maybe(phone),
  email: maybe(email),
  playbook: fc.oneof<fc.Arbitrary<Record<string, string | number>>[]>(
    fc.constant({}),
    fc.record({ maxFollowUps: fc.integer({ min: 1, max: 10 }) }),
    fc.record({
      followUpDayKind: fc.constantFrom('business', 'calendar'),
      thankYouDays: fc.integer({ min: 0, max: 10 }),
    }),
  ),
});

function eventsFor(opportunityId: number): fc.Arbitrary<ExportedEvent[]> {
  const event = fc
    .record({
      type: fc.constantFrom(...EVENT_TYPES),
      date: isoDay,
      wait: fc.integer({ min: 0, max: 30 }),
      timed: fc.boolean(),
      note: maybe(note),
      createdAt: instant,
    })
    .map(
      ({ type, date, wait, timed, note, createdAt }): ExportedEvent => ({
        opportunityId,
        type,
        date,
        at: (type === 'interview' || type === 'meeting') && timed ? `${date}T10:30:00-06:00` : null,
        until:
          type === 'callback'
            ? new Date(Date.parse(`${date}T00:00:00Z`) + wait * 86_400_000)
                .toISOString()
                .slice(0, 10)
            : null,
        note,
        createdAt,
      }),
    );
  // In timeline order, as an export lists them; same-day events keep their order.
  return fc.array(event, { maxLength: 6 }).map((list) =>
    list
      .map((e, i) => [e, i] as const)
      .sort(([a, i], [b, j]) => a.date.localeCompare(b.date) || i - j)
      .map(([e]) => e),
  );
}

/** A random account as the document `export` writes. */
export const exportDocuments: fc.Arbitrary<ExportDocument> = fc
  .record({
    settings,
    companyNames: fc.uniqueArray(capitalised, { maxLength: 5, selector: (n) => n.toLowerCase() }),
    contactCount: fc.integer({ min: 0, max: 6 }),
    opportunityCount: fc.integer({ min: 0, max: 6 }),
    exportedAt: fc.constant('2026-11-23T12:00:00-06:00'),
  })
  .chain(({ settings, companyNames, contactCount, opportunityCount, exportedAt }) => {
    const companyId =
      companyNames.length === 0
        ? fc.constant(null)
        : maybe(fc.integer({ min: 1, max: companyNames.length }));
    const contact = (id: number) =>
      fc.record({
        id: fc.constant(id),
        name: capitalised,
        email: maybe(email),
        phone: maybe(phone),
        role: maybe(fc.constantFrom('hiring-manager', 'hr', 'recruiter', 'other')),
        companyId,
        position: maybe(capitalised),
        linkedinUrl: maybe(
          fc
            .tuple(
              fc.stringMatching(/^[a-z0-9-]{3,12}$/),
              fc.constantFrom('', '-jos%c3%a9', '-%e7%8e%8b'),
            )
            .map(([s, tail]) => `https://www.linkedin.com/in/${s}${tail}`),
        ),
        connectedOn: maybe(isoDay),
        notes: maybe(note),
        createdAt: instant,
      });
    const opportunity = (id: number) =>
      fc
        .record({
          job:
            companyNames.length > 0 && contactCount > 0
              ? fc.boolean()
              : fc.constant(companyNames.length > 0),
          companyId:
            companyNames.length === 0
              ? fc.constant(null)
              : fc.integer({ min: 1, max: companyNames.length }),
          contactId:
            contactCount === 0
              ? fc.constant(null)
              : maybe(fc.integer({ min: 1, max: contactCount })),
          anyContact: fc.integer({ min: 1, max: Math.max(1, contactCount) }),
          title: capitalised,
          postingUrl: maybe(
            fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `https://jobs.example/${s}`),
          ),
          notes: maybe(note),
          source: maybe(fc.constantFrom(...SOURCES)),
          createdAt: instant,
        })
        .map((o) => ({
          id,
          kind: o.job ? ('job' as const) : ('networking' as const),
          companyId: o.job ? o.companyId : null,
          title: o.job ? o.title : null,
          contactId: o.job ? o.contactId : (o.contactId ?? o.anyContact),
          postingUrl: o.postingUrl,
          notes: o.notes,
          source: o.source,
          createdAt: o.createdAt,
        }));
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const opportunities =
      companyNames.length === 0 && contactCount === 0 ? [] : ids(opportunityCount);
    return fc.record({
      format: fc.constant(EXPORT_FORMAT),
      version: fc.constant(EXPORT_VERSION),
      exportedAt: fc.constant(exportedAt),
      settings: fc.constant(settings),
      companies: fc.tuple(
        ...companyNames.map((name, i) =>
          instant.map((createdAt) => ({ id: i + 1, name, createdAt })),
        ),
      ),
      contacts: fc.tuple(...ids(contactCount).map(contact)),
      opportunities: fc.tuple(...opportunities.map(opportunity)),
      events: fc.tuple(...opportunities.map(eventsFor)).map((lists) => lists.flat()),
    });
  });
