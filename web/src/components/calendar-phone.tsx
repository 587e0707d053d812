// Settings: the calendar feed on a phone. A webcal:// link subscribes on the device at hand
// (Apple Calendar, Outlook); a QR code of the address takes it to a phone.
import { Button, Group, Image, Stack, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/** The feed's address with the scheme calendar apps subscribe to. */
export const webcalOf = (url: string): string => url.replace(/^https?:\/\//i, 'webcal://');

const LOOPBACK = /^https?:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?\//i;

export function CalendarPhone(props: { url: string }) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Loaded only here: the code of QR codes is of no use elsewhere.
    void import('qrcode').then(async (QRCode) => {
      const svg = await QRCode.toString(props.url, { type: 'svg', margin: 2, width: 176 });
      if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [props.url]);
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      {qr ? (
        <Image
          src={qr}
          w={176}
          h={176}
          radius="sm"
          bg="white"
          alt="QR code of your calendar address: scan it with your phone's camera to subscribe"
          className="calendar-qr"
        />
      ) : null}
      <Stack gap="xs" style={{ flex: 1, minWidth: 200 }}>
        <Button
          component="a"
          href={webcalOf(props.url)}
          variant="light"
          leftSection={<IconCalendarPlus size={16} />}
          w="fit-content"
        >
          Subscribe on this device
        </Button>
        <Text size="sm">
          On a phone, scan the code with the camera: it opens the address, and the calendar app
          offers to subscribe.
        </Text>
        {LOOPBACK.test(props.url) ? (
          <Text size="xs" c="dimmed">
            This address works on this computer only. For a phone, start JustEnough with{' '}
            <code>--public-url</code> and an address the phone can reach.
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
