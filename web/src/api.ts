// The JSON API (docs/api.md): one small fetch wrapper, errors as RFC 9457 problems.
import type { DigestRun, TestMailResult } from '../../src/app/digest.js';
import type { DigestSettingsInput, DigestSettingsView } from '../../src/app/digest-settings.js';
import type { HoldingItem } from '../../src/app/holding.js';
import type { ImportItem, ImportPreview } from '../../src/app/import-preview.js';
import type { ContactSummary, OpportunitySummary } from '../../src/app/lists.js';
import type { SettingsInput, SettingsView } from '../../src/app/settings.js';
import type { TodayView } from '../../src/app/today.js';
import type { EventView, OpportunityView } from '../../src/app/views.js';

export type { InterviewItem, TodayItem } from '../../src/app/today.js';
export type { DigestRun, DigestSettingsInput, DigestSettingsView, TestMailResult };

/** The calendar feed: its address to subscribe to, or off. */
export interface CalendarAnswer {
  readonly on: boolean;
  readonly url: string | null;
  readonly since: string | null;
}

/** Today's morning e-mail as it would be sent now. */
export interface DigestPreview {
  readonly date: string;
  readonly empty: boolean;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly text: string;
}
export type { ContactView, StepView } from '../../src/app/views.js';
export type {
  ContactSummary,
  EventView,
  HoldingItem,
  ImportItem,
  ImportPreview,
  OpportunitySummary,
  OpportunityView,
  SettingsInput,
  SettingsView,
  TodayView,
};

/** `TodayView` as the API sends it. */
export type Today = TodayView & { readonly maxFollowUps: number };

/** A logged event with the opportunity it changed and R11's warnings. */
export interface Logged {
  readonly event: EventView;
  readonly opportunity: OpportunityView;
  readonly warnings: readonly string[];
}

export type Status = OpportunityView['status'];

export interface ContactInput {
  readonly name?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly role?: string | null;
}

export interface NewOpportunity {
  readonly kind: 'job' | 'networking';
  readonly company?: string;
  readonly title?: string;
  readonly contact?: ContactInput;
  readonly postingUrl?: string;
  readonly notes?: string;
  readonly appliedOn?: string;
}

export interface OpportunityPatch {
  readonly company?: string | null;
  readonly title?: string | null;
  readonly contact?: ContactInput;
  readonly postingUrl?: string | null;
  readonly notes?: string | null;
}

export interface EventInput {
  readonly type?: string;
  readonly on?: string;
  readonly at?: string;
  readonly until?: string;
  readonly note?: string | null;
}

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

/** Something the user can read from any error. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.stale) return 'This was changed elsewhere; reload to see the latest version.';
    return error.detail ?? error.title;
  }
  if (error instanceof TypeError) return 'The server cannot be reached. Is JustEnough running?';
  return error instanceof Error ? error.message : String(error);
}

async function problem(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's page, an empty body): the status says enough.
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
  return new ApiError(
    response.status,
    text('title') ?? response.statusText ?? `HTTP ${response.status}`,
    text('detail'),
    text('field'),
    text('reason'),
  );
}

interface Options {
  readonly body?: unknown;
  /** The version the change is based on, sent as `If-Match`. */
  readonly version?: number;
}

async function request<T>(method: string, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await fetch(`/api${path}`, init);
  if (!response.ok) throw await problem(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  today: () => request<Today>('GET', '/today'),
  holding: () => request<{ items: HoldingItem[] }>('GET', '/holding'),
  opportunities: (params: { search?: string; status?: string } = {}) =>
    request<{ items: OpportunitySummary[] }>('GET', `/opportunities${query(params)}`),
  opportunity: (id: string) =>
    request<OpportunityView>('GET', `/opportunities/${encodeURIComponent(id)}`),
  addOpportunity: (input: NewOpportunity) =>
    request<OpportunityView>('POST', '/opportunities', { body: input }),
  editOpportunity: (id: string, version: number, patch: OpportunityPatch) =>
    request<OpportunityView>('PATCH', `/opportunities/${encodeURIComponent(id)}`, {
      body: patch,
      version,
    }),
  deleteOpportunity: (id: string) =>
    request<void>('DELETE', `/opportunities/${encodeURIComponent(id)}`),
  logEvent: (opportunityId: string, input: EventInput & { type: string }) =>
    request<Logged>('POST', `/opportunities/${encodeURIComponent(opportunityId)}/events`, {
      body: input,
    }),
  editEvent: (id: string, input: EventInput, version?: number) =>
    request<Logged>('PATCH', `/events/${encodeURIComponent(id)}`, {
      body: input,
      ...(version === undefined ? {} : { version }),
    }),
  deleteEvent: (id: string) => request<Logged>('DELETE', `/events/${encodeURIComponent(id)}`),
  contacts: (search?: string) =>
    request<{ items: ContactSummary[] }>('GET', `/contacts${query({ search })}`),
  settings: () => request<SettingsView>('GET', '/settings'),
  saveSettings: (input: SettingsInput) =>
    request<SettingsView>('PATCH', '/settings', { body: input }),
  calendar: () => request<CalendarAnswer>('GET', '/calendar'),
  openCalendar: () => request<CalendarAnswer>('POST', '/calendar'),
  resetCalendar: () => request<CalendarAnswer>('POST', '/calendar/reset'),
  closeCalendar: () => request<CalendarAnswer>('DELETE', '/calendar'),
  /** The address of an interview's calendar file, for a download link. */
  interviewFile: (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/calendar.ics`,
  digest: () => request<DigestSettingsView>('GET', '/digest'),
  saveDigest: (input: DigestSettingsInput) =>
    request<DigestSettingsView>('PATCH', '/digest', { body: input }),
  previewDigest: () => request<DigestPreview>('GET', '/digest/preview'),
  sendDigest: () => request<DigestRun>('POST', '/digest/send'),
  testDigest: () => request<TestMailResult>('POST', '/digest/test'),
  holidays: (region: string) =>
    request<{ region: string; items: { date: string; name: string }[] }>(
      'GET',
      `/holidays${query({ region })}`,
    ),
};

/** How to read an uploaded file: the options of `justenough import`. */
export interface ImportOptions {
  readonly fileName?: string;
  readonly format?: string;
  /** field=Column corrections of a spreadsheet's columns; "field=" leaves a field out. */
  readonly map?: readonly string[];
  readonly dateFormat?: string;
  readonly duplicates?: string;
}

/** The largest file an import takes (the server says the same). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

function importQuery(options: ImportOptions & { token?: string }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) {
    for (const v of [value].flat())
      if (typeof v === 'string' && (v !== '' || key === 'map')) search.append(key, v);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Sends a file as the body of a POST, reporting the share sent so far (XMLHttpRequest:
 * fetch cannot tell upload progress). Errors come back as ApiError, as with `request`.
 */
function upload<T>(path: string, file: Blob, onProgress: (sent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // Not JSON: the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
      reject(
        new ApiError(
          xhr.status,
          text('title') ?? xhr.statusText,
          text('detail'),
          text('field'),
          text('reason'),
        ),
      );
    };
    xhr.send(file);
  });
}

export const importApi = {
  preview: (file: Blob, options: ImportOptions, onProgress: (sent: number) => void) =>
    upload<ImportPreview>(`/import/preview${importQuery(options)}`, file, onProgress),
  commit: (file: Blob, options: ImportOptions, token: string, onProgress: (sent: number) => void) =>
    upload<ImportPreview>(`/import${importQuery({ ...options, token })}`, file, onProgress),
  /** Where the browser downloads an export. */
  exportUrl: (format: 'json' | 'csv' | 'vcard') =>
    format === 'json' ? '/api/export' : `/api/export?format=${format}`,
};
