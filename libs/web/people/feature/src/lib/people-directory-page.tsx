import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useLocation, useSearchParams } from 'react-router';
import { PEOPLE_PAGE_SIZE, useDepartments, usePeopleDirectory } from '@ensemble/web/people/data-access';
import { PeopleGrid } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
import {
  isTypedEntry,
  readCursorStack,
  readDirectoryParams,
  writeDirectoryParams,
  type DirectoryHistoryState,
  type DirectoryParams,
} from './directory-params';

export const SEARCH_DEBOUNCE_MS = 250;

function countLabel(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en')} people`;
}

/** /people: everyone, searchable by name, filterable by department, 20 to a page. */
export default function PeopleDirectoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const current = readDirectoryParams(searchParams);
  const cursors = readCursorStack(location.state);

  // The search box is ahead of the URL while the visitor types; it follows the URL when that changes
  // from outside (back/forward, Clear filters).
  const [text, setText] = useState(current.name);
  const [syncedName, setSyncedName] = useState(current.name);
  if (syncedName !== current.name) {
    setSyncedName(current.name);
    setText(current.name);
  }

  const go = (next: DirectoryParams, stack: Array<string | null>, options: { typed?: boolean } = {}) => {
    const state: DirectoryHistoryState = { cursors: stack, ...(options.typed ? { typed: true } : {}) };
    // Typing refines one search: the first pause adds a history entry, later ones replace it.
    const replace = Boolean(options.typed && isTypedEntry(location.state));
    setSearchParams(writeDirectoryParams(next), { replace, state });
  };

  const commitName = useDebouncedCallback((name: string) => {
    if (name.trim() === current.name) return;
    go({ ...current, name, after: null }, [], { typed: true });
  }, SEARCH_DEBOUNCE_MS);

  const [people, reexecute] = usePeopleDirectory({
    first: PEOPLE_PAGE_SIZE,
    after: current.after,
    filter: {
      ...(current.name ? { name: current.name } : {}),
      ...(current.departmentId ? { departmentId: current.departmentId } : {}),
    },
  });
  const [departments] = useDepartments();
  const departmentName = departments.data?.departments.find((d) => d.id === current.departmentId)?.name;

  const filtered = Boolean(current.name || current.departmentId);
  const clearFilters = () => {
    commitName.cancel();
    setText('');
    go({ name: '', departmentId: '', after: null }, []);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commitName.cancel();
    if (text.trim() !== current.name) go({ ...current, name: text, after: null }, []);
  };

  const connection = people.data?.people;
  const pageNumber = current.after ? cursors.length + 1 : 1;
  const knownPosition = !current.after || cursors.length > 0;
  // After Next/Previous, focus moves to the result count (the button pressed may become disabled)
  // and the page scrolls back to the top.
  const countRef = useRef<HTMLParagraphElement>(null);
  const focusAfterPaging = useRef(false);
  useEffect(() => {
    if (focusAfterPaging.current && countRef.current) {
      focusAfterPaging.current = false;
      countRef.current.focus();
    }
  });
  const scrollToTop = () => {
    focusAfterPaging.current = true;
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  };
  const goNext = () => {
    if (!connection?.pageInfo.endCursor) return;
    go({ ...current, after: connection.pageInfo.endCursor }, [...cursors, current.after]);
    scrollToTop();
  };
  const goPrevious = () => {
    const previous = cursors.at(-1) ?? null;
    go({ ...current, after: previous }, cursors.slice(0, -1));
    scrollToTop();
  };

  let results;
  if (connection) {
    const start = (pageNumber - 1) * PEOPLE_PAGE_SIZE + 1;
    const end = start + connection.edges.length - 1;
    results = (
      <Stack gap="md">
        <Text
          ref={countRef}
          tabIndex={-1}
          role="status"
          aria-live="polite"
          fw={500}
          data-testid="people-count"
        >
          {filtered
            ? `${countLabel(connection.totalCount)} ${connection.totalCount === 1 ? 'matches' : 'match'}`
            : countLabel(connection.totalCount)}
          {connection.edges.length > 0 && knownPosition && connection.totalCount > PEOPLE_PAGE_SIZE
            ? ` · showing ${start}–${end}`
            : ''}
        </Text>
        {connection.edges.length === 0 ? (
          <EmptyState
            title={emptyTitle(current, departmentName)}
            description={filtered ? 'Try another spelling or a different department.' : undefined}
            action={
              filtered ? (
                <Button variant="light" onClick={clearFilters}>
                  Clear filters
                </Button>
              ) : current.after ? (
                <Button variant="light" onClick={() => go({ ...current, after: null }, [])}>
                  Back to the first page
                </Button>
              ) : undefined
            }
          />
        ) : (
          <PeopleGrid people={connection.edges.map((edge) => edge.node)} label="People" />
        )}
        {current.after || connection.pageInfo.hasNextPage ? (
          <Group component="nav" aria-label="Pagination" justify="space-between">
            <Button variant="default" onClick={goPrevious} disabled={!current.after}>
              Previous page
            </Button>
            {knownPosition ? (
              <Text size="sm" c="dimmed">
                Page {pageNumber}
              </Text>
            ) : null}
            <Button variant="default" onClick={goNext} disabled={!connection.pageInfo.hasNextPage}>
              Next page
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  } else if (people.error) {
    results = (
      <ErrorState error={people.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else {
    results = <LoadingState label="Loading people…" />;
  }

  return (
    <Stack gap="lg">
      <PageTitle>People</PageTitle>
      <form role="search" aria-label="Filter people" onSubmit={onSubmit}>
        <Group align="flex-end" gap="md">
          <TextInput
            type="search"
            label="Search by name"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              commitName(event.currentTarget.value);
            }}
            autoComplete="off"
            w={{ base: '100%', sm: 280 }}
          />
          <NativeSelect
            label="Department"
            value={current.departmentId}
            onChange={(event) => go({ ...current, departmentId: event.currentTarget.value, after: null }, [])}
            data={[
              { value: '', label: 'All departments' },
              ...(departments.data?.departments ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              })),
            ]}
            w={{ base: '100%', sm: 240 }}
          />
          {filtered ? (
            <Button variant="subtle" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      </form>
      {results}
    </Stack>
  );
}

function emptyTitle({ name, departmentId }: DirectoryParams, departmentName: string | undefined): string {
  const inDepartment = departmentId ? ` in ${departmentName ?? 'this department'}` : '';
  if (name) return `No one${inDepartment} matches “${name}”.`;
  if (departmentId) return `No one${inDepartment} yet.`;
  return 'No people yet.';
}
