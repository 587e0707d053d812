// "Install JustEnough": offered once the browser says the app can be installed, until the
// user installs it or says "Not now" (remembered on this device).
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceMobile } from '@tabler/icons-react';
import { useState, useSyncExternalStore } from 'react';
import { installOffer, offerUsed, onInstallOffer } from './install-event.js';

const DISMISSED = 'justenough-install-dismissed';

export function InstallPrompt() {
  const offer = useSyncExternalStore(onInstallOffer, installOffer);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1');
  if (!offer || dismissed) return null;
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      className="install-prompt"
      role="region"
      aria-label="Install JustEnough"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconDeviceMobile size={22} aria-hidden style={{ flexShrink: 0 }} />
        <div>
          <Text fw={600}>Install JustEnough on this device</Text>
          <Text size="sm">
            It opens from your home screen like an app, reads Today without a connection, and can
            remind you each morning.
          </Text>
          <Group gap="xs" mt="sm">
            <Button
              size="xs"
              onClick={() => {
                void offer
                  .prompt()
                  .then(() => offer.userChoice)
                  .finally(offerUsed);
              }}
            >
              Install
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                localStorage.setItem(DISMISSED, '1');
                setDismissed(true);
              }}
            >
              Not now
            </Button>
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
