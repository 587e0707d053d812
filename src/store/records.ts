/** What the store hands out and takes in: plain records, dates as ISO text. */

export interface SettingsRecord {
  readonly timeZone: string;
  readonly region: string;
  readonly weekendDays: readonly number[];
  readonly daysOff: readonly string[];
  readonly name: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  /** Only the playbook numbers the user changed. */
  readonly playbook: Readonly<Record<string, unknown>>;
}

export interface ContactRecord {
  readonly id: number;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
  readonly companyId: number | null;
  readonly company: string | null;
}

/** A contact in the contacts list: what imports brought too, and how many opportunities name them. */
export interface ContactListRecord
  extends ContactRecord,
    Pick<ContactDetails, 'linkedinUrl' | 'position' | 'connectedOn' | 'notes'> {
  readonly opportunities: number;
}

export interface NewContact {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
  readonly companyId: number | null;
}

/** The next-due cache of an opportunity: `schedule(...)` of its events. */
export interface CacheRecord {
  readonly closed: boolean;
  readonly interviewing: boolean;
  /** May lie in the future: the automatic move to the holding file (R3). */
  readonly heldOn: string | null;
  readonly followUps: number;
  readonly interviewOn: string | null;
  readonly steps: readonly StepRecord[];
}

export interface StepRecord {
  readonly action: string;
  readonly dueOn: string;
  readonly dueBy: string;
  readonly followUpNumber: number | null;
  readonly reason: string;
  readonly since: string;
}

export interface OpportunityRecord {
  readonly id: number;
  readonly kind: string;
  readonly companyId: number | null;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: ContactRecord | null;
  readonly postingUrl: string | null;
  readonly notes: string | null;
  /** Where it came from; null if unknown. */
  readonly source: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly cache: Omit<CacheRecord, 'steps'>;
}

export interface NewOpportunity {
  readonly kind: string;
  readonly companyId: number | null;
  readonly title: string | null;
  readonly contactId: number | null;
  readonly postingUrl: string | null;
  readonly notes: string | null;
  /** Where it came from; unknown (null) when absent. */
  readonly source?: string | null | undefined;
}

export interface EventRecord {
  readonly id: number;
  readonly opportunityId: number;
  readonly type: string;
  readonly date: string;
  readonly at: string | null;
  readonly until: string | null;
  readonly note: string | null;
  readonly createdAt: string;
}

export type NewEvent = Omit<EventRecord, 'id' | 'createdAt'>;

/** A step joined with what a today list shows of its opportunity. */
export interface DueStepRecord extends StepRecord {
  readonly opportunityId: number;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contactName: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly contactRole: string | null;
  readonly interviewOn: string | null;
  readonly followUps: number;
}

/** An open opportunity with nothing logged that starts the method, as Today lists it. */
export interface AwaitingStartRecord {
  readonly opportunityId: number;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly postingUrl: string | null;
  readonly contactName: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly createdAt: string;
}

export interface InterviewRecord {
  readonly opportunityId: number;
  readonly eventId: number;
  readonly type: string;
  readonly date: string;
  readonly at: string | null;
  readonly note: string | null;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
}

/** Filters for listing opportunities. */
export interface OpportunityFilter {
  /** Words that must all appear in company, title or contact name. */
  readonly search?: string;
  readonly limit?: number;
}

/** The calendar feed of an account. */
export interface CalendarFeedRecord {
  /** Null while the feed is off. */
  readonly token: string | null;
  readonly uidKey: string;
  readonly updatedAt: string;
}

/** The morning e-mail's settings of an account. */
export interface DigestSettingsRecord {
  readonly enabled: boolean;
  /** Local time of day, HH:MM. */
  readonly sendAt: string;
  readonly recipient: string | null;
  readonly smtpHost: string | null;
  readonly smtpPort: number | null;
  readonly smtpUser: string | null;
  /** The SMTP password sealed by the secret box (plain text only in rows older than sealing). */
  readonly smtpPasswordSealed: string | null;
  readonly smtpSecure: boolean;
  /** Mail may go out without TLS or STARTTLS (always allowed to this machine). */
  readonly smtpAllowUnencrypted: boolean;
  readonly sender: string | null;
}

export type DigestStatus = 'sending' | 'sent' | 'failed' | 'gave-up' | 'nothing-due';

/** One day's morning e-mail: claimed, sent, failed (with its next attempt) or not needed. */
export interface DigestSendRecord {
  readonly day: string;
  readonly status: DigestStatus;
  readonly attempts: number;
  readonly claimedAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly sentAt: string | null;
  readonly lastError: string | null;
  readonly recipients: string | null;
  readonly subject: string | null;
}

/** Everything a contact holds, as an import or an export reads and writes it. */
export interface ContactDetails {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
  readonly companyId: number | null;
  readonly linkedinUrl: string | null;
  readonly position: string | null;
  /** ISO date. */
  readonly connectedOn: string | null;
  readonly notes: string | null;
}

export interface FullContactRecord extends ContactDetails {
  readonly id: number;
  readonly createdAt: string;
}

export interface NewFullContact extends ContactDetails {
  /** Kept from an export; now when absent. */
  readonly createdAt?: string | undefined;
}

export interface CompanyRecord {
  readonly id: number;
  readonly name: string;
  /** Lower-cased, trimmed name: one company per key and account. */
  readonly key: string;
  readonly createdAt: string;
}

/** An opportunity's own columns, without its joins. */
export interface PlainOpportunityRecord {
  readonly id: number;
  readonly kind: string;
  readonly companyId: number | null;
  readonly title: string | null;
  readonly contactId: number | null;
  readonly postingUrl: string | null;
  readonly notes: string | null;
  readonly source: string | null;
  readonly createdAt: string;
}

export interface NewStep extends StepRecord {
  readonly opportunityId: number;
  readonly position: number;
}

export interface NewTimedEvent extends NewEvent {
  readonly createdAt?: string | undefined;
}

/** What an account holds, to tell an empty one. */
export interface AccountCounts {
  readonly companies: number;
  readonly contacts: number;
  readonly opportunities: number;
}
