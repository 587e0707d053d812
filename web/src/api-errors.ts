// A refusal from the server, and the words a person reads of it: the field as the page labels
// it, what to do about an id that points at nothing.

/** A refusal from the server, with the words it gave. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
    readonly field: string | null,
    readonly reason: string | null,
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  /** 412: someone changed the record since it was read. */
  get stale(): boolean {
    return this.status === 412;
  }
}

/**
 * The fields of the API in words, as the pages label them: a problem said away
 * from its field (a notification) names the field so ("Your e-mail: ...").
 */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'Your name',
  phone: 'Your phone',
  email: 'Your e-mail',
  timeZone: 'Time zone',
  holidays: 'Holiday region',
  region: 'Holiday region',
  weekendDays: 'Weekend days',
  addDaysOff: 'Day off',
  removeDaysOff: 'Day off',
  company: 'Company',
  title: 'Job title',
  postingUrl: 'Job posting',
  notes: 'Notes',
  'contact.name': 'Contact',
  'contact.email': "Contact's e-mail",
  'contact.phone': "Contact's phone",
  'contact.role': "Contact's role",
  type: 'What happened',
  on: 'Date',
  at: 'Date and time',
  until: 'Call back on',
  note: 'Note',
  sendAt: 'Send at',
  recipient: 'To',
  'smtp.host': 'Mail server host',
  'smtp.port': 'Mail server port',
  'smtp.user': 'Mail server user',
  'smtp.password': 'Mail server password',
  'smtp.sender': 'From',
  'smtp.secure': 'Security',
  dateFormat: 'Dates such as 03/04/2026',
  map: 'Columns',
  edit: 'Correction',
};

/** What a person can do about an id that points at nothing: said instead of the server's words. */
const GONE: Readonly<Record<string, string>> = {
  'unknown-opportunity':
    'This opportunity is not here: it may have been deleted, or the link is old. Find it in the pipeline.',
  'unknown-event': 'This event is not here any more: it may have been deleted. Reload the page.',
  'unknown-contact': 'This contact is not here any more: it may have been deleted.',
  'unknown-proposal': 'This proposal is not here any more: it was accepted or dismissed already.',
};

/** The message of a problem without the field's key in front ("email: ..."): for under the field. */
export function fieldText(error: unknown): string {
  if (error instanceof ApiError && !error.stale && error.detail && error.field) {
    const key = `${error.field}: `;
    if (error.detail.startsWith(key)) return error.detail.slice(key.length);
  }
  return errorText(error);
}

/** Something the user can read from any error: the field in words, what to do. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.stale) return 'This was changed elsewhere; reload to see the latest version.';
    const gone = error.status === 404 && error.reason ? GONE[error.reason] : undefined;
    if (gone) return gone;
    const detail = error.detail ?? error.title;
    const field = error.field;
    if (field && detail.startsWith(`${field}: `)) {
      const words = FIELD_WORDS[field];
      const message = detail.slice(field.length + 2);
      return words ? `${words}: ${message}` : message;
    }
    return detail;
  }
  if (error instanceof TypeError) return 'The server cannot be reached. Is JustEnough running?';
  return error instanceof Error ? error.message : String(error);
}
