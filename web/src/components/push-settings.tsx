// Settings: reminders on this device. "Remind me on this device" asks the browser for
// notifications, subscribes through its push service and tells the server; a test shows one.
import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorText } from '../api.js';
import { notify, notifyFailure } from '../notify.js';
import { canPush, pushApi, pushKeys, thisDevice } from '../push-api.js';

/** The server's key as the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const IPHONE = (
  <Text size="xs" c="dimmed">
    On an iPhone or iPad, add JustEnough to the Home Screen first (Share, then Add to Home Screen),
    open it from there, and turn reminders on in its Settings.
  </Text>
);

async function subscribe(publicKey: string, thankYous: boolean) {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted')
    throw new Error(
      'Notifications are blocked for this site: allow them in the browser’s site settings, then try again.',
    );
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  return pushApi.subscribe(subscription.toJSON(), thankYous);
}

export function PushSettings() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: pushKeys.status, queryFn: pushApi.status });
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [thankYous, setThankYous] = useState(true);
  useEffect(() => {
    void thisDevice().then((s) => setEndpoint(s?.endpoint ?? null));
  }, []);
  const adopt = (view: Awaited<ReturnType<typeof pushApi.status>>) =>
    client.setQueryData(pushKeys.status, view);
  const on = useMutation({
    mutationFn: () => subscribe(status.data?.publicKey ?? '', thankYous),
    onSuccess: async (view) => {
      adopt(view);
      setEndpoint((await thisDevice())?.endpoint ?? null);
      notify({ message: 'This device will be reminded each morning.' });
    },
  });
  const off = useMutation({
    mutationFn: async () => {
      const subscription = await thisDevice();
      await subscription?.unsubscribe();
      return pushApi.unsubscribe(subscription?.endpoint ?? endpoint ?? '');
    },
    onSuccess: (view) => {
      adopt(view);
      setEndpoint(null);
      notify({ message: 'No more reminders on this device.' });
    },
    onError: (error) => notifyFailure('Not stopped', error),
  });
  const test = useMutation({
    mutationFn: pushApi.test,
    onSuccess: (r) =>
      notify({
        tone: r.sent ? 'success' : 'warning',
        message: r.sent
          ? `Sent to ${r.sent === 1 ? '1 device' : `${r.sent} devices`}.`
          : `Not sent${r.failed[0] ? `: ${r.failed[0]}` : ''}.`,
      }),
    onError: (error) => notifyFailure('Not sent', error),
  });
  if (!canPush())
    return (
      <Stack gap="xs">
        <Text size="sm">This browser cannot show reminders from a web app.</Text>
        {IPHONE}
      </Stack>
    );
  if (status.isPending) return <Loader size="sm" aria-label="Loading the reminders" />;
  if (status.isError)
    return (
      <Alert color="red" title="The reminders could not be loaded">
        {errorText(status.error)}
      </Alert>
    );
  const devices = status.data.devices;
  const here = endpoint !== null && devices.some((d) => d.endpoint === endpoint);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {here
          ? 'This device is reminded each morning, at the time of the morning e-mail.'
          : 'A notification each morning, at the time of the morning e-mail: whom to call today.'}{' '}
        {devices.length > (here ? 1 : 0)
          ? `${devices.length - (here ? 1 : 0)} other device(s) too.`
          : ''}
      </Text>
      <Checkbox
        label="Also when an interview’s thank-you call is due"
        checked={thankYous}
        onChange={(e) => setThankYous(e.currentTarget.checked)}
        disabled={here}
      />
      <Group gap="xs">
        {here ? (
          <Button
            variant="default"
            leftSection={<IconBellOff size={16} />}
            loading={off.isPending}
            onClick={() => off.mutate()}
          >
            Stop on this device
          </Button>
        ) : (
          <Button
            leftSection={<IconBell size={16} />}
            loading={on.isPending}
            onClick={() => on.mutate()}
          >
            Remind me on this device
          </Button>
        )}
        {devices.length ? (
          <Button variant="subtle" loading={test.isPending} onClick={() => test.mutate()}>
            Send a test
          </Button>
        ) : null}
      </Group>
      {on.error ? (
        <Text size="sm" c="red" role="alert">
          {on.error instanceof Error && !('status' in on.error)
            ? on.error.message
            : errorText(on.error)}
        </Text>
      ) : null}
      {IPHONE}
    </Stack>
  );
}
