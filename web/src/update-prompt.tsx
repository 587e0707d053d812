// The service worker (src/sw.ts) registered, and the prompt when a new version is deployed:
// it waits until the user says "Reload", so that nothing typed is lost by a sudden reload.

import { registerSW } from 'virtual:pwa-register';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      notifications.show({
        id: 'new-version',
        title: 'A new version of JustEnough is ready',
        message: (
          <Group justify="space-between" gap="xs" mt={4}>
            <Text size="sm">Reload to use it; nothing you saved is lost.</Text>
            <Button size="xs" onClick={() => void update(true)}>
              Reload
            </Button>
          </Group>
        ),
        autoClose: false,
        withBorder: true,
        closeButtonProps: { 'aria-label': 'Later' },
      });
    },
  });
}
