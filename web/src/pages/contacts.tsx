// The people of the job search.
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconBrandLinkedin, IconMail, IconPhone, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type ContactSummary, errorText } from '../api.js';
import { VirtualRows } from '../components/virtual-rows.js';
import { telHref } from '../contact-links.js';
import { roleLabel } from '../labels.js';
import { usePagedList } from '../paged-queries.js';
import { keys } from '../queries.js';
import { webAddress } from '../web-address.js';

export default function ContactsPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const list = usePagedList(keys.contacts(debounced), (page) =>
    api.contacts({ ...(debounced ? { search: debounced } : {}), ...page }),
  );
  const { query, items } = list;
  const twoColumns = useMediaQuery('(min-width: 48em)');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Contacts</Title>
          <Text c="dimmed">
            The people you follow up with: hiring managers, HR, recruiters, your network.
          </Text>
        </div>
        <TextInput
          data-page-search
          aria-label="Search people"
          placeholder="Search people"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      {query.isPending ? <Loader aria-label="Loading contacts" /> : null}
      {query.isError ? (
        <Alert color="red" title="Contacts could not be loaded">
          {errorText(query.error)}
        </Alert>
      ) : null}
      {query.data && items.length === 0 ? (
        <Alert
          color="gray"
          variant="light"
          title={debounced ? `Nobody matches "${debounced}"` : 'No contacts yet'}
        >
          {debounced ? (
            'Try part of a name, a company or a position.'
          ) : (
            <>
              People appear here when you add them to an opportunity: the hiring manager of a job,
              or someone you want to meet.{' '}
              <Anchor component={Link} to="/opportunities/new">
                Add an opportunity
              </Anchor>
            </>
          )}
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <VirtualRows
          {...list}
          columns={twoColumns ? 2 : 1}
          estimate={190}
          gap={16}
          label={debounced ? `People matching "${debounced}"` : 'People'}
          itemKey={(c) => c.id}
          render={(c) => <ContactCard contact={c} />}
        />
      ) : null}
    </Stack>
  );
}

function ContactCard({ contact: c }: { contact: ContactSummary }) {
  const linkedin = webAddress(c.linkedinUrl);
  return (
    <Card withBorder radius="lg" padding="md" h="100%" className="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={650} size="lg">
            {c.name}
          </Text>
          {c.position ? <Text size="sm">{c.position}</Text> : null}
          <Text size="sm" c="dimmed">
            {[roleLabel(c.role), c.company].filter(Boolean).join(' · ') || 'No company yet'}
          </Text>
        </div>
        <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
          {c.opportunities === 1 ? '1 opportunity' : `${c.opportunities} opportunities`}
        </Badge>
      </Group>
      <Stack gap={4} mt="sm">
        {c.phone ? (
          <Anchor href={telHref(c.phone)} size="sm">
            <IconPhone size={14} aria-hidden /> {c.phone}
          </Anchor>
        ) : null}
        {c.email ? (
          <Anchor href={`mailto:${c.email}`} size="sm">
            <IconMail size={14} aria-hidden /> {c.email}
          </Anchor>
        ) : null}
        {linkedin ? (
          <Anchor href={linkedin} target="_blank" rel="noopener noreferrer" size="sm">
            <IconBrandLinkedin size={14} aria-hidden /> LinkedIn
            <VisuallyHidden> profile of {c.name} (opens in a new tab)</VisuallyHidden>
          </Anchor>
        ) : null}
        <Anchor component={Link} to={`/pipeline?search=${encodeURIComponent(c.name)}`} size="sm">
          See their opportunities
        </Anchor>
      </Stack>
    </Card>
  );
}
