// The JSON API (docs/api.md): one small fetch wrapper, errors as RFC 9457 problems.
import type {
  CalendarAnswer,
  ContactSummary,
  DigestPreview,
  DigestRun,
  DigestSettingsInput,
  DigestSettingsView,
  EventInput,
  HoldingItem,
  HolidayRegionsView,
  HolidaysView,
  ImportPreview,
  Logged,
  MoveInput,
  NewOpportunity,
  OpportunityPatch,
  OpportunitySummary,
  OpportunityView,
  SettingsInput,
  SettingsView,
  StatsView,
  StatsWeeksView,
  TestMailResult,
  TodayView,
} from '../../src/contract/index.js';

// The answers' and requests' types come from the HTTP contract (src/contract), written once.
export type {
  BusinessDaysView,
  CalendarAnswer,
  ContactInput,
  ContactSummary,
  ContactView,
  DigestPreview,
  DigestRun,
  DigestSettingsInput,
  DigestSettingsView,
  EventInput,
  EventView,
  HoldingItem,
  ImportItem,
  ImportPreview,
  InterviewItem,
  Logged,
  NewOpportunity,
  OpportunityPatch,
  OpportunitySummary,
  OpportunityView,
  SettingsInput,
  SettingsView,
  StatsView,
  StatsWeeksView,
  StepView,
  TestMailResult,
  TodayItem,
  TodayView,
  ToStartItem,
} from '../../src/contract/index.js';

/** Today's list as the API sends it; `offlineAsOf` when the service worker answered with the last one kept. */
export type Today = TodayView & { readonly offlineAsOf?: string };

export type Status = OpportunityView['status'];

import { ApiError } from './api-errors.js';
import { OFFLINE_HEADER } from './offline-names.js';
import type { PageOf } from './paged-queries.js';

export { ApiError, errorText, fieldText } from './api-errors.js';

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

export interface Options {
  readonly body?: unknown;
  /** The version the change is based on, sent as `If-Match`. */
  readonly version?: number;
  /** A coach reading a client who shares with them: the client's account id. */
  readonly client?: string;
}

/** Shared mode: a session that ended (signed out elsewhere, expired) goes to the sign-in page. */
function toSignIn(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

export async function request<T>(method: string, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  if (options.client !== undefined) headers['X-Client-Account'] = options.client;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await fetch(`/api${path}`, init);
  // The personal mode never answers 401; the sign-in pages' own requests show theirs.
  if (response.status === 401 && !path.startsWith('/auth/')) toSignIn();
  if (!response.ok) throw await problem(response);
  if (response.status === 204) return undefined as T;
  const body = (await response.json()) as T;
  // Offline, the service worker answers Today with the last list kept, and says when it was fetched.
  const kept = response.headers.get(OFFLINE_HEADER);
  return kept && typeof body === 'object' && body !== null ? { ...body, offlineAsOf: kept } : body;
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
  stats: () => request<StatsView>('GET', '/stats'),
  statsWeeks: () => request<StatsWeeksView>('GET', '/stats/weeks'),
  opportunities: (
    params: { search?: string; status?: string; cursor?: string; limit?: string } = {},
  ) => request<PageOf<OpportunitySummary>>('GET', `/opportunities${query(params)}`),
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
  /** The pipeline's move: the server logs the event that makes it, if the board's rule allows. */
  moveOpportunity: (id: string, input: MoveInput, version?: number) =>
    request<Logged>('POST', `/opportunities/${encodeURIComponent(id)}/move`, {
      body: input,
      ...(version === undefined ? {} : { version }),
    }),
  editEvent: (id: string, input: EventInput, version?: number) =>
    request<Logged>('PATCH', `/events/${encodeURIComponent(id)}`, {
      body: input,
      ...(version === undefined ? {} : { version }),
    }),
  deleteEvent: (id: string) => request<Logged>('DELETE', `/events/${encodeURIComponent(id)}`),
  contacts: (params: { search?: string; cursor?: string; limit?: string } = {}) =>
    request<PageOf<ContactSummary>>('GET', `/contacts${query(params)}`),
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
  /** Sends a test e-mail with the unsaved changes of the form (`input`); saves nothing. */
  testDigest: (input: DigestSettingsInput = {}) =>
    request<TestMailResult>('POST', '/digest/test', { body: input }),
  holidays: (region: string) => request<HolidaysView>('GET', `/holidays${query({ region })}`),
  /** Every holiday region by name: asked for by the settings page only (it is long). */
  holidayRegions: () => request<HolidayRegionsView>('GET', '/holidays/regions'),
};

/** How to read an uploaded file: the options of `justenough import`. */
export interface ImportOptions {
  readonly fileName?: string;
  readonly format?: string;
  /** field=Column corrections of a spreadsheet's columns; "field=" leaves a field out. */
  readonly map?: readonly string[];
  /** LINE:field=value corrections of a spreadsheet's cells, checked again. */
  readonly edit?: readonly string[];
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
