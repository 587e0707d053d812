// Said when a change was refused because the opportunity changed since it was read.
import { Alert, Button, Text } from '@mantine/core';

export function StaleAlert(props: { onReload: () => void }) {
  return (
    <Alert color="orange" title="This was changed elsewhere; reload" role="alert" className="stale">
      <Text size="sm">
        Someone (perhaps you, in another tab) changed this opportunity after you opened it. Your
        change was not saved.
      </Text>
      <Button mt="sm" size="xs" variant="light" color="orange" onClick={props.onReload}>
        Reload
      </Button>
    </Alert>
  );
}
