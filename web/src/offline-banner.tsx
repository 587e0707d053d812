// Offline: a banner over every page that says so, how old the Today list is, and how many
// outcomes wait on this device; back online, they are sent and each is said.
import { Alert } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useMe } from './account-queries.js';
import { api } from './api.js';
import { notify, notifyFailure } from './notify.js';
import {
  flushOutcomes,
  onPendingChange,
  pendingOutcomes,
  rememberAccount,
  subscribeOnline,
} from './offline-queue.js';
import { refreshAll, useToday } from './queries.js';

const time = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const waiting = useSyncExternalStore(onPendingChange, () => pendingOutcomes().length);
  const asOf = useToday().data?.offlineAsOf;
  const client = useQueryClient();
  // Who is signed in (null in personal mode): outcomes kept offline are sent by their own account.
  const me = useMe();
  const account = me.isSuccess ? (me.data ? String(me.data.id) : 'local') : null;
  useEffect(() => {
    if (account) rememberAccount(account);
  }, [account]);
  useEffect(() => {
    if (!online || waiting === 0 || !account) return;
    void flushOutcomes(
      ({ opportunityId, label: _label, account: _account, ...input }) =>
        api.logEvent(opportunityId, input),
      (item, result) => {
        if (result === 'sent') {
          notify({ title: 'Sent', message: `${item.label}: logged.` });
        } else {
          notifyFailure(`Not logged: ${item.label}`, result.refused);
        }
      },
    ).then(() => refreshAll(client));
  }, [online, waiting, client, account]);
  if (online && !asOf && waiting === 0) return null;
  const parts = [
    online ? 'JustEnough cannot be reached.' : 'You are offline.',
    asOf ? `Today's list is as of ${time(asOf)}.` : null,
    waiting
      ? `${waiting === 1 ? '1 outcome waits' : `${waiting} outcomes wait`} on this device, sent when you are back.`
      : 'What you log is kept on this device and sent when you are back.',
  ];
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCloudOff size={18} />}
      className="offline-banner"
      role="status"
      mb="md"
    >
      {parts.filter(Boolean).join(' ')}
    </Alert>
  );
}
