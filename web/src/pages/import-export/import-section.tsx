// Bring your data in: the file, the preview with its corrections, the import.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { ColumnMapping, corrections } from '../../components/column-mapping.js';
import { ImportChoices, Working } from '../../components/import-choices.js';
import { ImportCounts, ImportRows } from '../../components/import-preview.js';
import { Section } from '../../components/section.js';
import { FileDrop } from './file-drop.js';
import { size, useImport } from './use-import.js';

export function ImportSection() {
  const { file, phase, preview, error, busy, ...at } = useImport();
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
        <FileDrop disabled={busy} onFile={at.choose} />
        {file ? (
          <Text size="sm">
            <Text span fw={600}>
              {file.name}
            </Text>{' '}
            ({size(file.size)})
            {preview
              ? ` read as ${preview.formatName}${preview.detected ? ' (found from its content)' : ''}.`
              : ''}
          </Text>
        ) : null}
        {busy ? <Working phase={phase} sent={at.sent} /> : null}
        {error ? (
          <Alert color="red" title="This file cannot be imported" role="alert">
            {error}
          </Alert>
        ) : null}
        {file && (preview || error) && phase !== 'done' ? (
          <ImportChoices
            choices={at.choices}
            disabled={busy}
            preview={preview}
            onChange={at.change}
          />
        ) : null}
        {preview?.blocked ? (
          <Alert color="orange" title="Which column is which?" role="alert">
            {preview.blocked.replace(/^map: /, '')}. Choose it below.
          </Alert>
        ) : null}
        {preview?.restore?.refused && phase !== 'done' ? (
          <Alert color="red" title="This export cannot be restored here" role="alert">
            {preview.restore.refused.replace(/^file: /, '')}. Nothing will be imported.
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
              at.change({ map: corrections(mapping, { ...chosen, [field]: column }) });
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
            <ImportRows
              preview={preview}
              disabled={busy}
              {...(phase === 'previewed' ? { onCorrect: at.correct } : {})}
            />
          </Stack>
        ) : null}
        {phase === 'previewed' && preview ? (
          <Group>
            <Button
              onClick={() => void at.confirm()}
              disabled={!writes}
              leftSection={<IconFileImport size={16} />}
            >
              {writes ? 'Import' : 'Nothing to import'}
            </Button>
            <Button variant="default" onClick={at.restart}>
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
              <Button variant="light" onClick={at.restart}>
                Import another file
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}
