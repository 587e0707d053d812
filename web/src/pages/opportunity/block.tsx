// A titled block of the opportunity page, with an action beside its title.
import { Group, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export function Block(props: { title: string; children: ReactNode; action?: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={id}>
          {props.title}
        </Title>
        {props.action}
      </Group>
      {props.children}
    </section>
  );
}
