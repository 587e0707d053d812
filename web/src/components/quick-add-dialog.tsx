// The quick add from every page: the header's "Quick add" button, or the key a.
import { ActionIcon, Button, Modal, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useServerToday } from '../queries.js';
import { QuickAdd } from './quick-add.js';

/** The header button and its dialog; `a` opens it from any page. */
export function QuickAddButton() {
  const [opened, dialog] = useDisclosure(false);
  const today = useServerToday();
  useHotkeys([['a', dialog.open]]);
  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconBolt size={16} />}
        onClick={dialog.open}
        aria-keyshortcuts="a"
        className="quick-add-button"
        visibleFrom="xs"
      >
        Quick add
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={dialog.open}
        aria-label="Quick add"
        aria-keyshortcuts="a"
        hiddenFrom="xs"
      >
        <IconBolt size={18} />
      </ActionIcon>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title="Quick add"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {today ? <QuickAdd today={today} autoFocus onAdded={dialog.close} /> : null}
        <Text size="sm" c="dimmed" mt="sm">
          Not applied yet, or more to say?{' '}
          <Link to="/opportunities/new" onClick={dialog.close}>
            The full form
          </Link>{' '}
          asks.
        </Text>
      </Modal>
    </>
  );
}
