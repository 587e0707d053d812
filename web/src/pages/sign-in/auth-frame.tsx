// The frame of the pages before signing in: the name, one card, nothing else to wander to.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function AuthFrame(props: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Center component="main" id="main" mih="100dvh" p="md" className="auth-frame">
      <Stack w="100%" maw={420} gap="lg">
        <div className="logo auth-logo" aria-hidden>
          <span className="logo-dots">
            <span />
            <span />
            <span />
          </span>
          <span className="logo-text">JustEnough</span>
        </div>
        <Paper withBorder radius="lg" p="lg" shadow="xs">
          <Title order={1} size="h2" mb="xs">
            {props.title}
          </Title>
          {props.intro ? (
            <Text c="dimmed" size="sm" mb="md">
              {props.intro}
            </Text>
          ) : null}
          {props.children}
        </Paper>
      </Stack>
    </Center>
  );
}

/** Where to go after signing in: a path of this app, never another site. */
export function nextPath(search: URLSearchParams): string {
  const next = search.get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
