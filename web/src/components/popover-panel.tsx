// The popover of a PopoverForm, in a chunk of its own: the first child is the button it
// hangs from, the rest is its content.
import { Popover } from '@mantine/core';
import { Children, type ReactNode } from 'react';

export default function PopoverPanel(props: {
  opened: boolean;
  onChange: (opened: boolean) => void;
  position: 'bottom-start' | 'bottom-end';
  children: ReactNode;
}) {
  const [target, ...content] = Children.toArray(props.children);
  return (
    <Popover
      opened={props.opened}
      onChange={props.onChange}
      trapFocus
      position={props.position}
      withArrow
      shadow="md"
    >
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown>{content}</Popover.Dropdown>
    </Popover>
  );
}
