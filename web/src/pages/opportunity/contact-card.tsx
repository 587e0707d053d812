// The person to follow up with, and how to reach them.
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { OpportunityView } from '../../api.js';
import { telHref } from '../../contact-links.js';
import { roleLabel } from '../../labels.js';

export function ContactCard(props: { o: OpportunityView }) {
  const c = props.o.contact;
  return (
    <Paper withBorder radius="lg" p="md">
      <Title order={2} size="h5" mb="xs">
        Contact
      </Title>
      {c ? (
        <Stack gap={4}>
          <Text fw={600}>{c.name}</Text>
          {roleLabel(c.role) ? (
            <Text size="sm" c="dimmed">
              {roleLabel(c.role)}
            </Text>
          ) : null}
          {c.phone ? (
            <Anchor href={telHref(c.phone)} size="sm">
              {c.phone}
            </Anchor>
          ) : null}
          {c.email ? (
            <Anchor href={`mailto:${c.email}`} size="sm">
              {c.email}
            </Anchor>
          ) : null}
          {!c.phone && !c.email ? (
            <Text size="sm" c="dimmed">
              No phone or e-mail yet: add them with "Edit details".
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No contact yet. Follow-ups go to one person: the hiring manager or HR. Add them with "Edit
          details".
        </Text>
      )}
    </Paper>
  );
}
