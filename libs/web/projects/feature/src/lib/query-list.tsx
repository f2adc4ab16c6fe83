import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@ensemble/web/ui';

export interface ItemListProps<Item> {
  items: readonly Item[];
  /** What an empty list says. */
  empty: string;
  /** The list's accessible name. */
  label?: string;
  /** One entry: an <li> with a key. */
  render: (item: Item) => ReactNode;
}

/** A plain list of cards, or a line saying that it is empty. */
export function ItemList<Item>({ items, empty, label, render }: ItemListProps<Item>) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map(render)}
    </Stack>
  );
}

export interface QueryListProps<Data, Item> extends Omit<ItemListProps<Item>, 'items'> {
  /** An urql query's state. */
  result: { data?: Data | null; fetching: boolean; error?: unknown };
  retry: () => void;
  /** The list in the query's data. */
  items: (data: Data) => readonly Item[];
  loadingLabel: string;
  errorTitle: string;
}

/** A list loaded by a query, with its loading, error (and Try again) and empty states. */
export function QueryList<Data, Item>({
  result: { data, fetching, error },
  retry,
  items,
  loadingLabel,
  errorTitle,
  empty,
  label,
  render,
}: QueryListProps<Data, Item>) {
  if (!data && fetching) return <LoadingState label={loadingLabel} />;
  if (!data) return <ErrorState error={error} title={errorTitle} onRetry={retry} />;
  return <ItemList items={items(data)} empty={empty} label={label} render={render} />;
}
