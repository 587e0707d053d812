// The inbox's part of the JSON API (docs/api.md): the mailbox on Settings, the
// proposals on Today, and sending a step's follow-up by e-mail.
import type {
  FollowUpEmailInput,
  FollowUpEmailSentView,
  InboxConnectInput,
  InboxProposalView,
  InboxStatusView,
  InboxSyncReportView,
} from '../../src/contract/index.js';
import { request } from './api.js';

export type {
  FollowUpEmailSentView,
  InboxConnectInput,
  InboxProposalView,
  InboxStatusView,
  InboxSyncReportView,
};

export const inboxKeys = {
  status: ['inbox'] as const,
  proposals: ['inbox-proposals'] as const,
};

export const inboxApi = {
  status: () => request<InboxStatusView>('GET', '/inbox'),
  connect: (input: InboxConnectInput) => request<InboxStatusView>('PUT', '/inbox', { body: input }),
  disconnect: () => request<InboxStatusView>('DELETE', '/inbox'),
  sync: () => request<InboxSyncReportView>('POST', '/inbox/sync'),
  proposals: () => request<{ proposals: InboxProposalView[] }>('GET', '/inbox/proposals'),
  accept: (id: string) =>
    request<InboxProposalView>('POST', `/inbox/proposals/${encodeURIComponent(id)}/accept`),
  dismiss: (id: string) =>
    request<InboxProposalView>('POST', `/inbox/proposals/${encodeURIComponent(id)}/dismiss`),
  sendEmail: (opportunityId: string, input: FollowUpEmailInput) =>
    request<FollowUpEmailSentView>(
      'POST',
      `/opportunities/${encodeURIComponent(opportunityId)}/email`,
      { body: input },
    ),
};
