import { useEffect, useRef, type ReactNode } from 'react';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import {
  useDepartment,
  useDepartmentMemberPages,
  type DepartmentResult,
} from '@ensemble/web/org/data-access';
import { PeopleGrid, PersonCard, departmentPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState, PageTitle, errorCode } from '@ensemble/web/ui';
import { orgChartPath, peopleLabel } from './org-paths';
import classes from './department-page.module.css';

type DepartmentDetails = DepartmentResult['department'];

/** A malformed id is as absent as a removed department, from the visitor's point of view. */
const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const NOT_FOUND_MESSAGE = 'This department does not exist or was removed.';

/**
 * The department's active members in name order, a page at a time. After "Load more", focus moves to
 * the first person added.
 */
function Members({ department }: { department: DepartmentDetails }) {
  const members = useDepartmentMemberPages(department.id);
  const listRef = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || members.edges.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('li a[href]')[from]?.focus();
  }, [members.edges.length]);

  const total = members.totalCount ?? department.memberCount;
  let content;
  if (members.loading) {
    content = <LoadingState label="Loading members…" />;
  } else if (members.error && members.edges.length === 0) {
    content = (
      <ErrorState error={members.error} title="Members could not be loaded" onRetry={members.retry} />
    );
  } else if (members.edges.length === 0) {
    content = <EmptyState title={`No one is in ${department.name} yet.`} />;
  } else {
    content = (
      <Stack gap="md" ref={listRef}>
        <PeopleGrid people={members.edges.map((edge) => edge.node)} label={`Members of ${department.name}`} />
        {members.error ? (
          <ErrorState
            error={members.error}
            title="More members could not be loaded"
            onRetry={members.retry}
          />
        ) : null}
        {members.hasNextPage || members.loadingMore ? (
          <div>
            <Button
              variant="default"
              loading={members.loadingMore}
              onClick={() => {
                focusFrom.current = members.edges.length;
                members.loadMore();
              }}
            >
              Load more members
            </Button>
          </div>
        ) : null}
      </Stack>
    );
  }

  return (
    <section aria-labelledby="department-members-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="department-members-heading">
          Members
        </Title>
        {members.edges.length > 0 ? (
          <Text role="status" aria-live="polite" data-testid="members-count">
            {members.edges.length < total
              ? `Showing ${members.edges.length} of ${peopleLabel(total)}`
              : peopleLabel(total)}
          </Text>
        ) : null}
        {content}
      </Stack>
    </section>
  );
}

function DepartmentView({ department }: { department: DepartmentDetails }) {
  const details: Array<{ term: string; value: ReactNode }> = [
    { term: 'People', value: peopleLabel(department.memberCount) },
  ];
  if (department.parent) {
    details.push({
      term: 'Part of',
      value: (
        <Anchor component={Link} to={departmentPath(department.parent.id)}>
          {department.parent.name}
        </Anchor>
      ),
    });
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          Department
        </Text>
        <PageTitle>{department.name}</PageTitle>
      </Stack>

      <dl className={classes.details}>
        {details.map((detail) => (
          <div key={detail.term} className={classes.detail}>
            <dt>{detail.term}</dt>
            <dd>{detail.value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="department-head-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="department-head-heading">
            Head
          </Title>
          {department.head ? (
            <>
              <div className={classes.head}>
                <PersonCard person={department.head} />
              </div>
              <Anchor component={Link} to={orgChartPath(department.head.id)}>
                See the org chart from {department.head.displayName}
              </Anchor>
            </>
          ) : (
            <Text c="dimmed">No one heads this department yet.</Text>
          )}
        </Stack>
      </section>

      {department.children.length > 0 ? (
        <section aria-labelledby="department-children-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="department-children-heading">
              Teams within {department.name}
            </Title>
            <ul className={classes.children}>
              {department.children.map((child) => (
                <li key={child.id}>
                  <Anchor component={Link} to={departmentPath(child.id)} fw={500}>
                    {child.name}
                  </Anchor>{' '}
                  <Text span c="dimmed" size="sm">
                    · {peopleLabel(child.memberCount)}
                  </Text>
                </li>
              ))}
            </ul>
          </Stack>
        </section>
      ) : null}

      <Members department={department} />
    </Stack>
  );
}

/** /departments/:id */
export default function DepartmentPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useDepartment(id);
  // While another department loads, urql still holds the previous one: never show it under this URL.
  const fresh = (result.operation?.variables as { id?: string } | undefined)?.id === id;
  const data = fresh ? result.data : undefined;
  const error = fresh ? result.error : undefined;

  if (data) return <DepartmentView key={data.department.id} department={data.department} />;
  if (error) {
    const notFound = NOT_FOUND_CODES.has(errorCode(error) ?? '');
    return (
      <Stack gap="lg">
        <PageTitle>{notFound ? 'Department not found' : 'This department could not be loaded'}</PageTitle>
        <ErrorState
          error={error}
          title={notFound ? 'Not found' : 'Something went wrong'}
          messages={{ NOT_FOUND: NOT_FOUND_MESSAGE, BAD_USER_INPUT: NOT_FOUND_MESSAGE }}
          onRetry={notFound ? undefined : () => reexecute({ requestPolicy: 'network-only' })}
          action={
            <Anchor component={Link} to="/people" size="sm">
              Browse the people directory
            </Anchor>
          }
        />
      </Stack>
    );
  }
  return <LoadingState label="Loading department…" pageTitle="Loading department" />;
}
