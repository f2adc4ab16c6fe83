import { useEffect, useRef, type ReactNode } from 'react';
import { CloseButton, Text } from '@mantine/core';
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
}

export interface RemovableChipsProps {
  /** Names the list ("Understood as", "Filters"). */
  label: string;
  items: readonly ChipItem[];
  /** Where focus goes when the last chip is removed. */
  onEmptied: () => void;
  /** Something after the chips, e.g. a "Clear all filters" button. */
  after?: ReactNode;
}

/**
 * A labelled list of chips, each with a remove button. Removing one moves focus to the chip that
 * takes its place (or the one before), and to `onEmptied`'s target when none is left.
 */
export function RemovableChips({ label, items, onEmptied, after }: RemovableChipsProps) {
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
  return (
    <div className={classes.row}>
      <Text
        size="sm"
        fw={600}
        component="span"
        className={classes.label}
        id={`chips-${label.replace(/\W+/g, '-')}`}
      >
        {label}:
      </Text>
      <ul className={classes.list} ref={listRef} aria-labelledby={`chips-${label.replace(/\W+/g, '-')}`}>
        {items.map((item, index) => (
          <li key={item.key} className={classes.chip}>
            <span>
              <span className={classes.kind}>{item.kind}: </span>
              <span className={classes.value}>{item.value}</span>
              {item.note ? <span className={classes.note}> ({item.note})</span> : null}
            </span>
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
}
