// Save a job posting by its address: look it up (nothing written), then save it, or save it
// and start the 3X3 clock. The bookmarklet opens this page with ?url= from any job board.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBookmark, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { bookmarklet, type CaptureFoundView, captureApi } from '../capture-api.js';
import { problemOnField } from '../forms/problem-on-field.js';
import { notify } from '../notify.js';
import { keys, refreshAll } from '../queries.js';

function Found(props: {
  found: CaptureFoundView;
  saving: boolean;
  onSave: (applied: boolean) => void;
}) {
  const { found } = props;
  const facts = [found.location, found.postedOn && `posted ${found.postedOn}`].filter(Boolean);
  return (
    <Paper withBorder radius="lg" p="lg" aria-label="What the page says">
      <Title order={2} size="h4">
        {found.title}
      </Title>
      <Text fw={500}>{found.company}</Text>
      {facts.length ? <Text c="dimmed">{facts.join(' · ')}</Text> : null}
      {found.existing ? (
        <Alert color="blue" mt="md" title="Already in your pipeline">
          This job is there already: nothing new is saved.{' '}
          <Anchor underline="always" component={Link} to={`/opportunities/${found.existing}`}>
            Open it
          </Anchor>
        </Alert>
      ) : (
        <Group mt="md" gap="sm">
          <Button onClick={() => props.onSave(false)} loading={props.saving}>
            Save
          </Button>
          <Button variant="light" onClick={() => props.onSave(true)} disabled={props.saving}>
            Save and mark applied today
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** A link to drag to the bookmarks bar. React refuses javascript: addresses, so it is set here. */
function Bookmarklet() {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    link.current?.setAttribute('href', bookmarklet(window.location.origin));
  }, []);
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} size="h4" mb={4}>
        Save from any job board
      </Title>
      <Text size="sm" mb="sm">
        Drag this button to your browser's bookmarks bar. On a posting's page, click the bookmark:
        this page opens with the posting's address. Pages behind a sign-in need the browser
        extension, which sends the page as you see it.
      </Text>
      <Button
        component="a"
        ref={link}
        variant="default"
        leftSection={<IconBookmark size={16} />}
        onClick={(e: React.MouseEvent) => {
          e.preventDefault();
          notify({
            tone: 'warning',
            message: 'Drag it to the bookmarks bar: it works from there.',
          });
        }}
      >
        Save to JustEnough
      </Button>
    </Paper>
  );
}

export default function CapturePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useForm({ initialValues: { url: params.get('url') ?? '' } });
  const find = useMutation({ mutationFn: (url: string) => captureApi.find({ url }) });
  const save = useMutation({
    mutationFn: (input: { url: string; applied: boolean }) => captureApi.save(input),
    onSuccess: async (saved) => {
      client.setQueryData(keys.opportunity(saved.id), saved);
      await refreshAll(client);
      notify({
        title: `${saved.title} at ${saved.company}`,
        message: saved.existing ? 'Already in your pipeline.' : 'Saved.',
      });
      await navigate(`/opportunities/${saved.id}`);
    },
  });
  const lookUp = (url: string) =>
    find.mutate(url.trim(), {
      onError: (error) => {
        const message = problemOnField(form, error);
        if (message) form.setFieldError('url', message);
      },
    });
  // Opened by the bookmarklet: look the page up at once.
  const asked = params.get('url');
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the address it opened with
  useEffect(() => {
    if (asked) lookUp(asked);
  }, [asked]);
  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>Save a job posting</Title>
        <Text c="dimmed">
          Paste the posting's address: JustEnough reads the title, company and place from it.{' '}
          <Anchor underline="always" component={Link} to="/opportunities/new">
            Type it in instead
          </Anchor>
        </Text>
      </header>
      <form onSubmit={form.onSubmit((v) => lookUp(v.url))} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Posting address"
            placeholder="https://"
            type="url"
            inputMode="url"
            autoComplete="off"
            required
            style={{ flex: 1, minWidth: 240 }}
            {...form.getInputProps('url')}
          />
          <Button type="submit" loading={find.isPending} leftSection={<IconSearch size={16} />}>
            Look it up
          </Button>
        </Group>
      </form>
      {find.data ? (
        <Found
          found={find.data}
          saving={save.isPending}
          onSave={(applied) => save.mutate({ url: form.getValues().url.trim(), applied })}
        />
      ) : null}
      {save.error ? (
        <Alert color="red" role="alert" title="Not saved">
          {problemOnField(form, save.error) ?? 'See the address above.'}
        </Alert>
      ) : null}
      <Bookmarklet />
    </Stack>
  );
}
