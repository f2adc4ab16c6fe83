import type { ReactNode } from 'react';
import { Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import classes from './my-profile.module.css';

export interface RowsFieldsetProps<Row extends { key: string }> {
  legend: string;
  /** Shown while there are no rows. */
  emptyText: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** A row's inputs; `update` changes some of its values. */
  renderRow: (row: Row, index: number, update: (patch: Partial<Row>) => void) => ReactNode;
  /** The accessible name of a row's × button, e.g. "Remove German". */
  removeLabel: (row: Row, index: number) => string;
  error?: string;
  /** The add button's id (the completeness meter's "next step" focuses it) and words. */
  addId: string;
  addLabel: string;
  /** Most rows allowed. */
  max: number;
  newRow: () => Row;
}

/** A list of small rows of inputs (languages, links): each removable, one more added with a button. */
export function RowsFieldset<Row extends { key: string }>({
  legend,
  emptyText,
  rows,
  onChange,
  renderRow,
  removeLabel,
  error,
  addId,
  addLabel,
  max,
  newRow,
}: RowsFieldsetProps<Row>) {
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{legend}</legend>
      <Stack gap="xs">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        ) : null}
        {rows.map((row, index) => {
          const update = (patch: Partial<Row>) =>
            onChange(rows.map((other) => (other.key === row.key ? { ...other, ...patch } : other)));
          return (
            <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
              {renderRow(row, index, update)}
              <CloseButton
                aria-label={removeLabel(row, index)}
                mb={4}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              />
            </Group>
          );
        })}
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        <div>
          <Button
            id={addId}
            variant="default"
            size="xs"
            disabled={rows.length >= max}
            onClick={() => onChange([...rows, newRow()])}
          >
            {addLabel}
          </Button>
        </div>
      </Stack>
    </fieldset>
  );
}
