// A button that opens a small form beside it ("Call back on…", "On another day…"), with
// Cancel and its submit button.
// The popover code (Mantine's Popover and the positioning library under it, about a tenth
// of Today's JavaScript) is loaded when the user first reaches for the button, not with the
// page: hovering, focusing or touching it starts the download, so it is there by the click.
import { Button, type ButtonProps, Group, Stack } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useState } from 'react';

const load = () => import('./popover-panel.js');
const PopoverPanel = lazy(load);

export interface PopoverFormProps {
  readonly position: 'bottom-start' | 'bottom-end';
  /** The button's own props; its click opens and closes the form. */
  readonly button: ButtonProps & { readonly children: ReactNode; readonly 'data-outcome'?: string };
  /** The form's name, for screen readers. */
  readonly label?: string;
  /** Whether the fields can be sent: the submit button is off until then. */
  readonly valid: boolean;
  /** The submit button's words ("Save", "Log it"). */
  readonly submit: string;
  /** Sent: the form closes first. */
  readonly onSubmit: () => void;
  /** The fields. */
  readonly children: ReactNode;
}

export function PopoverForm(props: PopoverFormProps) {
  const [opened, setOpened] = useState(false);
  const [wanted, setWanted] = useState(false);
  const reach = () => {
    void load();
  };
  const button = (
    <Button
      {...props.button}
      aria-haspopup="dialog"
      aria-expanded={opened}
      onPointerEnter={reach}
      onFocus={reach}
      onTouchStart={reach}
      onClick={() => {
        setWanted(true);
        setOpened((o) => !o);
      }}
    />
  );
  // Until first opened, the plain button; from then on, the button inside its popover.
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <PopoverPanel opened={opened} onChange={setOpened} position={props.position}>
        {button}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!props.valid) return;
            setOpened(false);
            props.onSubmit();
          }}
          {...(props.label ? { 'aria-label': props.label } : {})}
        >
          <Stack gap="xs">
            {props.children}
            <Group justify="flex-end" gap="xs">
              <Button variant="subtle" color="gray" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={!props.valid}>
                {props.submit}
              </Button>
            </Group>
          </Stack>
        </form>
      </PopoverPanel>
    </Suspense>
  );
}
