// A button that opens a small dialog beside it ("Call back on…", "On another day…").
// The popover code (Mantine's Popover and the positioning library under it, about a tenth
// of Today's JavaScript) is loaded when the user first reaches for the button, not with the
// page: hovering, focusing or touching it starts the download, so it is there by the click.
import { Button, type ButtonProps } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useState } from 'react';

const load = () => import('./popover-panel.js');
const PopoverPanel = lazy(load);

export interface PopoverButtonProps {
  readonly opened: boolean;
  readonly onChange: (opened: boolean) => void;
  readonly position: 'bottom-start' | 'bottom-end';
  /** The button's own props; its click opens and closes the popover. */
  readonly button: ButtonProps & { readonly children: ReactNode; readonly 'data-outcome'?: string };
  /** What the popover holds. */
  readonly children: ReactNode;
}

export function PopoverButton(props: PopoverButtonProps) {
  const [wanted, setWanted] = useState(false);
  const reach = () => {
    void load();
  };
  const button = (
    <Button
      {...props.button}
      aria-haspopup="dialog"
      aria-expanded={props.opened}
      onPointerEnter={reach}
      onFocus={reach}
      onTouchStart={reach}
      onClick={() => {
        setWanted(true);
        props.onChange(!props.opened);
      }}
    />
  );
  // Until first opened, the plain button; from then on, the button inside its popover.
  if (!wanted && !props.opened) return button;
  return (
    <Suspense fallback={button}>
      <PopoverPanel opened={props.opened} onChange={props.onChange} position={props.position}>
        {button}
        {props.children}
      </PopoverPanel>
    </Suspense>
  );
}
