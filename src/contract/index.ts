// The HTTP contract, written once: the zod schemas of every request and answer of the JSON
// API (docs/api.md). The server validates with them and documents them (OpenAPI); the web
// app takes its types from them. It imports only zod and the names of core/.
export * from './accounts.js';
export * from './answers.js';
export * from './capture.js';
export * from './import-export.js';
export * from './inbox.js';
export * from './paging.js';
export * from './passkeys.js';
export * from './push.js';
export * from './reminders.js';
export * from './requests.js';
export * from './stats.js';
