// The account page's lists (passkeys, tokens, sessions, coaches): one table of three columns
// and an action, and the red button that asks before it removes.
import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConfirmPopover } from '../../components/confirm-popover.js';

export function AccountTable<T>(props: {
  readonly caption: string;
  readonly columns: readonly [string, string, string];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly cells: (row: T) => readonly [ReactNode, ReactNode, ReactNode];
  readonly action: (row: T) => ReactNode;
}) {
  return (
    <Table verticalSpacing="xs">
      <Table.Caption>{props.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {props.columns.map((c) => (
            <Table.Th key={c}>{c}</Table.Th>
          ))}
          <Table.Th>
            <span className="visually-hidden">Actions</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={props.rowKey(row)}>
            {props.cells(row).map((cell, i) => (
              // The three cells of a row are always in this order.
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <Table.Td key={i}>{cell}</Table.Td>
            ))}
            <Table.Td ta="right">{props.action(row)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A small red button that asks first ("Keep it" / the action) and then does it. */
export function ConfirmedRemove(props: {
  readonly label: string;
  readonly ariaLabel: string;
  readonly question: string;
  readonly keep: string;
  readonly loading?: boolean;
  readonly onConfirm: () => void;
}) {
  return (
    <ConfirmPopover
      position="bottom-end"
      target={(toggle) => (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={toggle}
          loading={props.loading ?? false}
          aria-label={props.ariaLabel}
        >
          {props.label}
        </Button>
      )}
      question={props.question}
      keep={props.keep}
      confirm={props.label}
      danger
      onConfirm={props.onConfirm}
    />
  );
}
