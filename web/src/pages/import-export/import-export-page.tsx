// Bring your job search in (LinkedIn, vCards, a spreadsheet, an export), take everything out.
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { importApi } from '../../api.js';
import { Section } from '../../components/section.js';
import { ImportSection } from './import-section.js';

function ExportSection() {
  const downloads = [
    {
      format: 'json' as const,
      label: 'Everything (JSON)',
      what: 'Settings, companies, contacts, opportunities and their events: import it into an empty JustEnough to restore it all.',
    },
    {
      format: 'csv' as const,
      label: 'Opportunities (CSV)',
      what: 'One row per opportunity with its status and next step, for a spreadsheet.',
    },
    {
      format: 'vcard' as const,
      label: 'Contacts (vCard)',
      what: 'Your people as vCard 3.0, which Google Contacts, Outlook and phones read.',
    },
  ];
  return (
    <Section title="Take it out" description="Your data is yours: download it whenever you like.">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {downloads.map((d) => (
          <Stack key={d.format} gap={6} align="flex-start">
            <Button
              component="a"
              href={importApi.exportUrl(d.format)}
              download
              variant="light"
              leftSection={<IconDownload size={16} />}
            >
              {d.label}
            </Button>
            <Text size="sm" c="dimmed">
              {d.what}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Section>
  );
}

export default function ImportExportPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Import &amp; export</Title>
        <Text c="dimmed">
          Start from what you have: your connections, your address book, the spreadsheet you kept so
          far.
        </Text>
      </div>
      <ImportSection />
      <ExportSection />
    </Stack>
  );
}
