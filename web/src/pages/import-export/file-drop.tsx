// Where a file comes in: dropped on the zone, or chosen with its button. The
// server judges the file (it reads content, not names), so a file of another kind
// is sent too and the server says what it accepts.
import { Button, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';

const ACCEPT = {
  'text/csv': ['.csv', '.tsv', '.txt'],
  'text/vcard': ['.vcf', '.vcard'],
  'application/json': ['.json'],
};

export function FileDrop(props: { disabled: boolean; onFile: (file: File | null) => void }) {
  const open = useRef<() => void>(null);
  const zone = useRef<HTMLDivElement>(null);
  // The input forgets the file once taken, so that the same file can come again.
  const take = (file: File | null) => {
    props.onFile(file);
    const input = zone.current?.querySelector('input');
    if (input) input.value = '';
  };
  return (
    <Dropzone
      ref={zone}
      openRef={open}
      onDrop={(files) => take(files[0] ?? null)}
      onReject={(rejected) => take(rejected[0]?.file ?? null)}
      accept={ACCEPT}
      multiple={false}
      disabled={props.disabled}
      activateOnClick={false}
      activateOnKeyboard={false}
      enablePointerEvents
      className="drop-zone"
      radius="lg"
    >
      <Stack align="center" gap={8}>
        <IconUpload size={28} stroke={1.5} aria-hidden />
        <Text size="sm">Drop a file here, or</Text>
        <Button
          variant="light"
          leftSection={<IconFileImport size={16} />}
          onClick={() => open.current?.()}
          disabled={props.disabled}
        >
          Choose a file
        </Button>
        <Text size="xs" c="dimmed">
          At most 25 MB. A LinkedIn export of 30,000 connections is about 4 MB.
        </Text>
      </Stack>
    </Dropzone>
  );
}
