import { useId } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProjectResult } from '@ensemble/web/projects/data-access';
import { personPath } from '@ensemble/web/people/ui';
import { EmptyState } from '@ensemble/web/ui';
import { Tag } from './tag';

type Coverage = ProjectResult['project']['teamCoverage'];

/** Which required skills the team covers (and who covers them) and which are gaps. */
export function TeamCoverage({ coverage }: { coverage: Coverage }) {
  const headingId = useId();
  const total = coverage.coveredCount + coverage.gapCount;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Team coverage
          </Title>
          {total > 0 ? (
            <Text size="sm" c="dimmed">
              {coverage.coveredCount} of {total} required {total === 1 ? 'skill' : 'skills'} covered
              {coverage.gapCount > 0
                ? `, ${coverage.gapCount} ${coverage.gapCount === 1 ? 'gap' : 'gaps'}`
                : ''}
              .
            </Text>
          ) : null}
        </div>
        {coverage.skills.length === 0 ? (
          <EmptyState title="No required skills" description="The roles ask for no particular skill." />
        ) : (
          <Stack
            gap="xs"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Required skills"
          >
            {coverage.skills.map((skill) => (
              <Card
                key={skill.skillId}
                component="li"
                withBorder
                radius="md"
                padding="sm"
                style={
                  skill.covered ? undefined : { borderColor: 'var(--mantine-color-orange-7)', borderWidth: 2 }
                }
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600} size="sm">
                    {skill.skillName}{' '}
                    <Text span size="xs" c="dimmed" fw={400}>
                      level {skill.minLevel}+ · {skill.mustHave ? 'must-have' : 'nice-to-have'}
                    </Text>
                  </Text>
                  <Tag color={skill.covered ? 'green' : 'red'}>{skill.covered ? 'Covered' : 'Gap'}</Tag>
                </Group>
                {skill.coveredBy.length > 0 ? (
                  <Text size="sm">
                    {'Covered by '}
                    {skill.coveredBy.map((coverer, index) => (
                      <span key={coverer.person.id}>
                        {index > 0 ? ', ' : ''}
                        <Anchor
                          underline="always"
                          component={Link}
                          to={personPath(coverer.person.id)}
                          size="sm"
                        >
                          {coverer.person.displayName}
                        </Anchor>{' '}
                        (level {coverer.level})
                      </span>
                    ))}
                  </Text>
                ) : (
                  <Text size="sm" c="red.9">
                    Nobody on the team has it at level {skill.minLevel} yet.
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
