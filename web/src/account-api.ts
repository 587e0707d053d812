// The API of shared mode (serve --accounts): sign-in, the account page, a coach's clients.
import type {
  AccountView,
  ClientsView,
  GroupLinkView,
  GroupNumbersView,
  InvitedView,
  NewTokenView,
  OpportunitySummary,
  ProgressView,
  SessionView,
  SharingView,
  SignUpInfoView,
  StatsView,
  TodayView,
  TokenView,
} from '../../src/contract/index.js';
import { ApiError, request } from './api.js';

export type {
  AccountView,
  ClientRow,
  ClientsView,
  GrantView,
  GroupLinkView,
  GroupNumbersView,
  InvitedView,
  NewTokenView,
  ProgressView,
  SessionView,
  SharingView,
  SignUpInfoView,
  TokenView,
} from '../../src/contract/index.js';

const path = (text: string) => encodeURIComponent(text);

export const accountApi = {
  /** The signed-in account; null in personal mode (no accounts, no sign-in). */
  me: async (): Promise<AccountView | null> => {
    try {
      return await request<AccountView>('GET', '/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  signIn: (email: string, password: string) =>
    request<AccountView>('POST', '/auth/sign-in', { body: { email, password } }),
  signOut: () => request<void>('POST', '/auth/sign-out'),
  askReset: (email: string) =>
    request<{ detail: string }>('POST', '/auth/reset', { body: { email } }),
  confirmReset: (token: string, password: string) =>
    request<void>('POST', '/auth/reset/confirm', { body: { token, password } }),
  signUpInfo: (invitation: string | null) =>
    request<SignUpInfoView>(
      'GET',
      `/auth/sign-up${invitation ? `?invitation=${path(invitation)}` : ''}`,
    ),
  signUp: (input: {
    invitation?: string;
    email: string;
    name: string;
    password: string;
    timeZone?: string;
  }) => request<AccountView>('POST', '/auth/sign-up', { body: input }),

  saveProfile: (input: { name?: string; email?: string }) =>
    request<AccountView>('PATCH', '/me', { body: input }),
  changePassword: (current: string, password: string) =>
    request<void>('POST', '/me/password', { body: { current, password } }),
  deleteAccount: (confirm: string) => request<void>('DELETE', '/me', { body: { confirm } }),
  sessions: () => request<{ sessions: SessionView[] }>('GET', '/auth/sessions'),
  endSession: (id: string) => request<void>('DELETE', `/auth/sessions/${path(id)}`),
  signOutEverywhere: () => request<void>('DELETE', '/auth/sessions'),
  tokens: () => request<{ tokens: TokenView[] }>('GET', '/tokens'),
  createToken: (name: string) => request<NewTokenView>('POST', '/tokens', { body: { name } }),
  revokeToken: (id: string) => request<void>('DELETE', `/tokens/${path(id)}`),
  sharing: () => request<SharingView>('GET', '/sharing'),
  share: (input: { coach: string; scope: string; until?: string | null }) =>
    request<unknown>('POST', '/sharing', { body: input }),
  revokeShare: (coach: string) => request<void>('DELETE', `/sharing/${path(coach)}`),
  invite: (email: string) => request<InvitedView>('POST', '/invitations', { body: { email } }),
  groupLink: () => request<GroupLinkView>('GET', '/invitations/group'),
  newGroupLink: () => request<GroupLinkView>('POST', '/invitations/group'),
  endGroupLink: () => request<void>('DELETE', '/invitations/group'),

  clients: () => request<ClientsView>('GET', '/clients'),
  group: () => request<GroupNumbersView>('GET', '/clients/group'),
  /** A client's numbers, read as their coach (logged in the client's access log). */
  clientProgress: (client: string) => request<ProgressView>('GET', '/progress', { client }),
  clientStats: (client: string) => request<StatsView>('GET', '/stats', { client }),
  clientToday: (client: string) => request<TodayView>('GET', '/today', { client }),
  clientPipeline: (client: string) =>
    request<{ items: OpportunitySummary[] }>('GET', '/opportunities', { client }),
};
