// "Send by e-mail" beside the mailto: link: the step's e-mail in a dialog, editable,
// sent by JustEnough through the user's SMTP server and logged as the e-mail attempt.
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorText } from '../api.js';
import { inboxApi } from '../inbox-api.js';
import { notify } from '../notify.js';
import { keys, refreshAll } from '../queries.js';

const COPY: Readonly<Record<string, string>> = {
  appended: 'A copy is in your Sent folder.',
  server: 'Your mail server keeps the copy in Sent.',
  none: '',
  failed: 'It could not be copied to your Sent folder.',
};

export function SendEmailButton(props: {
  opportunityId: string;
  email: string;
  subject: string;
  body: string;
  /** Whom it goes to, in words: "Jane Doe". */
  person?: string;
}) {
  const [opened, setOpened] = useState(false);
  // Offered only where an SMTP server is set (in Settings, or the deployment's).
  const digest = useQuery({ queryKey: keys.digest, queryFn: api.digest });
  const client = useQueryClient();
  const form = useForm({ initialValues: { subject: props.subject, body: props.body } });
  const send = useMutation({
    mutationFn: (v: { subject: string; body: string }) =>
      inboxApi.sendEmail(props.opportunityId, v),
    onSuccess: async (sent) => {
      setOpened(false);
      notify({
        title: 'E-mail sent',
        message: `Sent to ${sent.to} and logged as an e-mail. ${COPY[sent.sentCopy] ?? ''}`.trim(),
        tone: sent.sentCopy === 'failed' ? 'warning' : 'success',
      });
      await refreshAll(client);
    },
  });
  if (!digest.data || digest.data.smtpSource === 'none') return null;
  const open = () => {
    form.setValues({ subject: props.subject, body: props.body });
    send.reset();
    setOpened(true);
  };
  return (
    <>
      <Button
        leftSection={<IconSend size={18} />}
        size="md"
        variant="light"
        onClick={open}
        className="send-email"
      >
        Send by e-mail
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={opened}
        onClose={() => setOpened(false)}
        title={`E-mail to ${props.person ?? props.email}`}
        centered
        size="lg"
      >
        <form onSubmit={form.onSubmit((v) => send.mutate(v))}>
          <Stack>
            <Text size="sm" c="dimmed">
              To {props.email}. Sent through your SMTP server as a reply to your last message with
              them, and logged as this step's e-mail.
            </Text>
            <TextInput label="Subject" required {...form.getInputProps('subject')} />
            <Textarea
              label="Message"
              required
              autosize
              minRows={8}
              maxRows={20}
              {...form.getInputProps('body')}
            />
            {send.isError ? (
              <Text size="sm" c="red" role="alert">
                Not sent: {errorText(send.error)}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={send.isPending} leftSection={<IconSend size={16} />}>
                Send
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
