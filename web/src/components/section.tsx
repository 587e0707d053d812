// A titled part of a page in its own panel: Settings and Import & export are made of these.
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section(props: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section">
      <Title order={2} size="h4">
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {props.description}
      </Text>
      {props.children}
    </Paper>
  );
}
