// What the last change produced, R11's warnings, and its undo.
import { Alert, Button, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { LastLogged as Last } from './use-opportunity-actions.js';

export function LastLogged(props: {
  last: Last;
  undoing: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { last } = props;
  return (
    <Alert
      color="teal"
      title="Logged"
      withCloseButton
      onClose={props.onDismiss}
      closeButtonLabel="Dismiss"
      className="last-logged"
    >
      <Text size="sm">{last.text}</Text>
      {last.warnings.map((w) => (
        <Text key={w} size="sm" mt={4} c="orange.9" className="warning">
          {w.charAt(0).toUpperCase() + w.slice(1)}
        </Text>
      ))}
      <Button
        mt="xs"
        size="xs"
        variant="subtle"
        color="gray"
        leftSection={<IconArrowBackUp size={14} />}
        loading={props.undoing}
        onClick={props.onUndo}
      >
        Undo
      </Button>
    </Alert>
  );
}
