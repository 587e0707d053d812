import * as z from 'zod';
import { list } from './shapes.js';

// Accounts, sign-in and sharing (shared mode: serve --accounts).

export const Account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string().describe('member, coach or admin'),
});

export const SignInBody = z.strictObject({
  email: z.string().max(320),
  password: z.string().max(1024),
});

export const ResetBody = z.strictObject({ email: z.string().max(320) });
export const ResetConfirmBody = z.strictObject({
  token: z.string().max(200),
  password: z.string().max(1024),
});
export const Accepted = z.object({ detail: z.string() });

export const Session = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
});
export const Sessions = z.object({ sessions: list(Session) });

export const Token = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const Tokens = z.object({ tokens: list(Token) });
export const NewTokenBody = z.strictObject({ name: z.string().max(200).optional() });
export const NewToken = z.object({ id: z.string(), token: z.string(), name: z.string() });

export const Grant = z.object({
  coach: z.string(),
  name: z.string(),
  scope: z.string().describe('progress or full'),
  until: z.string().nullable(),
  since: z.string(),
  active: z.boolean(),
});
export const Sharing = z.object({
  grants: list(Grant),
  accessLog: list(z.object({ coach: z.string(), at: z.string(), what: z.string() })),
});
export const ShareBody = z.strictObject({
  coach: z.string().max(320),
  scope: z.string().max(20),
  until: z.string().max(20).nullable().optional(),
});
export const CoachParams = z.object({ coach: z.string().max(320) });

export const Progress = z.object({
  thisWeek: z.object({ done: z.number(), onTime: z.number() }),
  overdue: z.number(),
  pipeline: z.object({
    active: z.number(),
    interviewing: z.number(),
    holding: z.number(),
    closed: z.number(),
  }),
  lastActivity: z.string().nullable(),
  nextInterview: z.object({ date: z.string(), at: z.string().nullable() }).nullable(),
});
export const Clients = z.object({
  clients: list(
    Progress.extend({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      scope: z.string(),
      until: z.string().nullable(),
    }),
  ),
});
export const DeleteAccountBody = z.strictObject({
  confirm: z.string().max(320).describe("the account's e-mail address, typed again"),
});
export const SessionParams = z.object({
  id: z.string().max(64).describe('a session id, from GET /api/auth/sessions'),
});

export const ProfileBody = z.strictObject({
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional().describe('the address you sign in with'),
});
export const PasswordBody = z.strictObject({
  current: z.string().max(1024),
  password: z.string().max(1024).describe('at least 8 characters, not a common password'),
});

export const InviteBody = z.strictObject({
  email: z.string().max(320),
  role: z.string().max(20).optional().describe('member (default); an admin may invite a coach'),
});
export const Invited = z.object({
  email: z.string(),
  sent: z.boolean().describe('false when the deployment has no SMTP server: pass the link on'),
  link: z.string(),
});
export const GroupLink = z.object({
  link: z.string().nullable().describe('shown once, when made; null afterwards'),
  until: z.string().nullable().describe('when the live link stops working; null: none'),
});
export const SignUpQuery = z.object({
  invitation: z.string().max(200).optional(),
});
export const SignUpInfo = z.object({
  mode: z.string().describe('invitation (only with a link) or open'),
  invitation: z
    .object({
      inviter: z.string(),
      email: z.string().nullable(),
      shares: z.string().nullable().describe('a group link: progress is shared with the coach'),
    })
    .nullable(),
});
export const SignUpBody = z.strictObject({
  invitation: z.string().max(200).optional(),
  email: z.string().max(320),
  name: z.string().max(200),
  password: z.string().max(1024),
  timeZone: z.string().max(100).optional(),
});

const counts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
export const GroupNumbers = z.object({
  clients: z.number(),
  thisWeek: counts(['done', 'onTime'] as const),
  overdue: z.number(),
  pipeline: counts(['active', 'interviewing', 'holding', 'closed'] as const),
  funnel: counts(['started', 'answered', 'interviewed', 'offers'] as const),
  steps: counts(['onTime', 'early', 'late', 'missed'] as const),
});

export type AccountView = z.infer<typeof Account>;
export type SessionView = z.infer<typeof Session>;
export type TokenView = z.infer<typeof Token>;
export type NewTokenView = z.infer<typeof NewToken>;
export type GrantView = z.infer<typeof Grant>;
export type SharingView = z.infer<typeof Sharing>;
export type ProgressView = z.infer<typeof Progress>;
export type ClientsView = z.infer<typeof Clients>;
export type ClientRow = ClientsView['clients'][number];
export type InvitedView = z.infer<typeof Invited>;
export type GroupLinkView = z.infer<typeof GroupLink>;
export type SignUpInfoView = z.infer<typeof SignUpInfo>;
export type GroupNumbersView = z.infer<typeof GroupNumbers>;
