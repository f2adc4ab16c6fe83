import { Center, Group, Loader, Text } from '@mantine/core';
import { PageTitle } from './page-title';

export interface LoadingStateProps {
  /** What is loading, read out by screen readers ("Loading people…"). */
  label?: string;
  /** When the whole page is loading, give it a (visually hidden) h1 so it is never heading-less. */
  pageTitle?: string;
}

/** A spinner with a text that assistive technology announces (role=status, aria-busy). */
export function LoadingState({ label = 'Loading…', pageTitle }: LoadingStateProps) {
  return (
    <>
      {pageTitle ? <PageTitle visuallyHidden>{pageTitle}</PageTitle> : null}
      <Center py="xl" role="status" aria-live="polite" aria-busy="true">
        <Group gap="sm">
          <Loader size="sm" aria-hidden="true" />
          <Text c="dimmed">{label}</Text>
        </Group>
      </Center>
    </>
  );
}
