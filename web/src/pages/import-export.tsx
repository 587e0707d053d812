// Bring your job search in (LinkedIn, vCards, a spreadsheet, an export), take everything out.
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileImport, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { ApiError, errorText, type ImportPreview, importApi, MAX_IMPORT_BYTES } from '../api.js';
import { ColumnMapping, corrections } from '../components/column-mapping.js';
import {
  type Choices,
  FIRST_CHOICES,
  ImportChoices,
  type Phase,
  Working,
} from '../components/import-choices.js';
import { ImportCounts, ImportRows } from '../components/import-preview.js';
import { useToast } from '../components/toast.js';
import { refreshAll } from '../queries.js';

const mb = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function Section(props: { title: string; description: ReactNode; children: ReactNode }) {
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

function ImportSection() {
  const client = useQueryClient();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [sent, setSent] = useState(0);
  const [choices, setChoices] = useState<Choices>(FIRST_CHOICES);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const resetRef = useRef<() => void>(null);
  const busy = phase === 'uploading' || phase === 'checking' || phase === 'importing';

  const optionsOf = (f: File, c: Choices) => ({
    fileName: f.name,
    format: c.format,
    dateFormat: c.dateFormat,
    duplicates: c.duplicates,
    map: c.map,
  });

  const check = async (f: File, c: Choices) => {
    setError(null);
    if (f.size > MAX_IMPORT_BYTES) {
      setPreview(null);
      setPhase('idle');
      setError(
        `${f.name} is ${mb(f.size)}; an import takes at most ${mb(MAX_IMPORT_BYTES)}. Split it.`,
      );
      return;
    }
    setPhase('uploading');
    setSent(0);
    try {
      const shown = await importApi.preview(f, optionsOf(f, c), (share) => {
        setSent(share);
        if (share >= 1) setPhase('checking');
      });
      setPreview(shown);
      setPhase('previewed');
    } catch (e) {
      setPreview(null);
      setPhase('idle');
      setError(errorText(e));
    }
  };

  const choose = (f: File | null) => {
    if (!f) return;
    setFile(f);
    setChoices(FIRST_CHOICES);
    void check(f, FIRST_CHOICES);
  };

  const change = (next: Partial<Choices>) => {
    const c = { ...choices, ...next };
    setChoices(c);
    if (file) void check(file, c);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setPhase('importing');
    setSent(0);
    try {
      const done = await importApi.commit(file, optionsOf(file, choices), preview.token, setSent);
      setPreview(done);
      setPhase('done');
      toast({ message: 'Imported. Today and the pipeline follow.' });
      await refreshAll(client);
    } catch (e) {
      setPhase('previewed');
      if (e instanceof ApiError && e.status === 412) {
        toast({
          tone: 'warning',
          message: 'Your data changed since the preview: here is the new one.',
        });
        await check(file, choices);
      } else setError(errorText(e));
    }
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setPhase('idle');
    setError(null);
    resetRef.current?.();
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!busy) choose(e.dataTransfer.files[0] ?? null);
  };

  const writes =
    preview && !preview.blocked
      ? Object.entries(preview.counts).some(
          ([k, v]) => (k.startsWith('new') || k.startsWith('updated')) && v > 0,
        )
      : false;

  return (
    <Section
      title="Bring your data in"
      description="LinkedIn's Connections.csv (from “Get a copy of your data”), contacts as vCard (.vcf), a spreadsheet of your applications saved as CSV, or a JustEnough export (.json) into an empty account. You see everything before anything is written."
    >
      <Stack gap="md">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the button inside is the way for everyone */}
        <div
          className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <IconUpload size={28} stroke={1.5} aria-hidden />
          <Text size="sm">Drop a file here, or</Text>
          <FileButton
            onChange={choose}
            accept=".csv,.tsv,.txt,.vcf,.vcard,.json,text/csv,text/vcard,application/json"
            resetRef={resetRef}
            disabled={busy}
          >
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconFileImport size={16} />}>
                Choose a file
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            At most 25 MB. A LinkedIn export of 30,000 connections is about 4 MB.
          </Text>
        </div>
        {file ? (
          <Text size="sm">
            <Text span fw={600}>
              {file.name}
            </Text>{' '}
            ({mb(file.size)})
            {preview
              ? ` read as ${preview.formatName}${preview.detected ? ' (found from its content)' : ''}.`
              : ''}
          </Text>
        ) : null}
        {busy ? <Working phase={phase} sent={sent} /> : null}
        {error ? (
          <Alert color="red" title="This file cannot be imported" role="alert">
            {error}
          </Alert>
        ) : null}
        {file && (preview || error) && phase !== 'done' ? (
          <ImportChoices
            choices={choices}
            disabled={busy}
            preview={preview}
            onChange={(next) => change(next)}
          />
        ) : null}
        {preview?.blocked ? (
          <Alert color="orange" title="Which column is which?" role="alert">
            {preview.blocked.replace(/^map: /, '')}. Choose it below.
          </Alert>
        ) : null}
        {preview?.mapping && phase !== 'done' ? (
          <ColumnMapping
            mapping={preview.mapping}
            disabled={busy}
            onChange={(field, column) => {
              const mapping = preview.mapping;
              if (!mapping) return;
              const chosen = Object.fromEntries(
                Object.entries(mapping.fields).map(([f, c]) => [f, c ?? '']),
              );
              change({ map: corrections(mapping, { ...chosen, [field]: column }) });
            }}
          />
        ) : null}
        {preview ? (
          <Stack gap="sm">
            <ImportCounts preview={preview} />
            {preview.notes.length > 0 ? (
              <List size="sm" spacing={2}>
                {preview.notes.map((n) => (
                  <List.Item key={n}>{n}</List.Item>
                ))}
              </List>
            ) : null}
            <ImportRows preview={preview} />
          </Stack>
        ) : null}
        {phase === 'previewed' && preview ? (
          <Group>
            <Button
              onClick={() => void confirm()}
              disabled={!writes}
              leftSection={<IconFileImport size={16} />}
            >
              {writes ? 'Import' : 'Nothing to import'}
            </Button>
            <Button variant="default" onClick={restart}>
              Cancel
            </Button>
          </Group>
        ) : null}
        {phase === 'done' ? (
          <Alert color="teal" title="Imported" role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Everything above is in, in one go. Importing the same file again adds nothing.
              </Text>
              <Button variant="light" onClick={restart}>
                Import another file
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}

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
