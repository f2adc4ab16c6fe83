import { useEffect, useRef, type ReactNode } from 'react';
import { Button, CloseButton, Text } from '@mantine/core';
import classes from './removable-chips.module.css';

export interface ChipItem {
  key: string;
  /** What the chip shows ("Skill" + "Kubernetes"). */
  kind: string;
  value: ReactNode;
  /** The chip in words, for the remove button's name ("Remove skill Kubernetes"). */
  description: string;
  /** A note after the value, e.g. how the text was understood ("from “k8s”"). */
  note?: string;
  onRemove: () => void;
  /** Something else to do with the chip, e.g. make a recognised skill a filter ("Require"). */
  action?: ChipAction;
}

export interface ChipAction {
  /** What the button shows ("Require"). */
  label: string;
  /** Its accessible name, starting with the label ("Require Kubernetes as a filter"). */
  accessibleName: string;
  /** Like removing, the action takes the chip out of this list. */
  onAction: () => void;
}

export interface RemovableChipsProps {
  /** Names the list ("Understood as", "Filters"). */
  label: string;
  items: readonly ChipItem[];
  /** Where focus goes when the last chip is removed. */
  onEmptied: () => void;
  /** Something after the chips, e.g. a "Clear all filters" button. */
  after?: ReactNode;
  /** A line under the chips that explains them (the list is described by it). */
  hint?: ReactNode;
}

/**
 * A labelled list of chips, each with a remove button (and perhaps another action). Removing one (or
 * acting on it) moves focus to the chip that takes its place (or the one before), and to
 * `onEmptied`'s target when none is left.
 */
export function RemovableChips({ label, items, onEmptied, after, hint }: RemovableChipsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const count = items.length;

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-chip-remove]');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [count, onEmptied]);

  if (count === 0) return null;
  const id = `chips-${label.replace(/\W+/g, '-')}`;
  const row = (
    <div className={classes.row}>
      <Text size="sm" fw={600} component="span" className={classes.label} id={id}>
        {label}:
      </Text>
      <ul
        className={classes.list}
        ref={listRef}
        aria-labelledby={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {items.map((item, index) => (
          <li key={item.key} className={classes.chip}>
            <span>
              <span className={classes.kind}>{item.kind}: </span>
              <span className={classes.value}>{item.value}</span>
              {item.note ? <span className={classes.note}> ({item.note})</span> : null}
            </span>
            {item.action ? (
              <Button
                variant="subtle"
                size="compact-xs"
                radius="xl"
                className={classes.action}
                aria-label={item.action.accessibleName}
                onClick={() => {
                  pendingFocus.current = index;
                  item.action?.onAction();
                }}
              >
                {item.action.label}
              </Button>
            ) : null}
            <CloseButton
              size="sm"
              radius="xl"
              data-chip-remove=""
              aria-label={`Remove ${item.description}`}
              onClick={() => {
                pendingFocus.current = index;
                item.onRemove();
              }}
            />
          </li>
        ))}
      </ul>
      {after}
    </div>
  );
  if (!hint) return row;
  return (
    <div>
      {row}
      <Text size="xs" c="dimmed" mt={4} id={`${id}-hint`}>
        {hint}
      </Text>
    </div>
  );
}
