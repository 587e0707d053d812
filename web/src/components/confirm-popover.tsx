// "Are you sure?" next to the button that asked: a question, a way back, and the
// action. Deleting an event, deleting an opportunity, replacing the calendar address.
import { Button, Group, Popover, Text } from '@mantine/core';
import { type ReactElement, useState } from 'react';

export interface ConfirmPopoverProps {
  /** The button that opens the question; its onClick is set here. */
  readonly target: (toggle: () => void) => ReactElement;
  readonly question: string;
  /** The way back: "Keep", "Keep it". */
  readonly keep: string;
  readonly confirm: string;
  readonly onConfirm: () => void;
  /** Red for what cannot be undone. */
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly position?: 'bottom' | 'bottom-end';
}

export function ConfirmPopover(props: ConfirmPopoverProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position={props.position ?? 'bottom'}
      withArrow
      trapFocus
    >
      <Popover.Target>{props.target(() => setOpened((o) => !o))}</Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs" maw={280}>
          {props.question}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            {props.keep}
          </Button>
          <Button
            size="xs"
            {...(props.danger ? { color: 'red' } : {})}
            loading={props.busy ?? false}
            onClick={() => {
              setOpened(false);
              props.onConfirm();
            }}
          >
            {props.confirm}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
