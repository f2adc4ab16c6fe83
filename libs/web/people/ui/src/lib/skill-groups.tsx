import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { personPath } from './person-card';
import { categoryLabel } from '@ensemble/web/ui';
import { skillPath, yearsLabel } from './profile-labels';
import classes from './skill-groups.module.css';

/** The slice of a profile skill these components show (structurally the PersonSkillDetails fragment). */
export interface SkillView {
  skill: { id: string; name: string; category: string; status?: string };
  level: number | null;
  levelDescription: string | null;
  years: number | null;
  interest: number;
  interestDescription: string;
  wantsToGrow: boolean;
  endorsementCount: number;
  endorsedByViewer: boolean;
  topEndorsers: ReadonlyArray<{
    id: string;
    displayName: string;
    title?: string | null;
    level?: number | null;
  }>;
  endorsements?: ReadonlyArray<{
    id: string;
    note: string | null;
    evidenceProjectId?: string | null;
    endorser: { id: string; displayName: string };
  }>;
}

export interface SkillCategoryGroup<T extends SkillView> {
  category: string;
  label: string;
  skills: T[];
}

/** Skills by category, categories in the order the API lists them (it sorts by category, then level). */
export function groupSkillsByCategory<T extends SkillView>(skills: readonly T[]): SkillCategoryGroup<T>[] {
  const groups = new Map<string, SkillCategoryGroup<T>>();
  for (const entry of skills) {
    const category = entry.skill.category;
    let group = groups.get(category);
    if (!group) {
      group = { category, label: categoryLabel(category), skills: [] };
      groups.set(category, group);
    }
    group.skills.push(entry);
  }
  return [...groups.values()];
}

function endorsementCountLabel(count: number): string {
  if (count === 0) return 'No endorsements yet';
  return count === 1 ? '1 endorsement' : `${count} endorsements`;
}

/** "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and 3 others": names as links. */
function Endorsers({ endorsers, total }: { endorsers: SkillView['topEndorsers']; total: number }) {
  if (endorsers.length === 0) return null;
  const others = total - endorsers.length;
  const parts: ReactNode[] = [];
  endorsers.forEach((endorser, index) => {
    if (index > 0) parts.push(index === endorsers.length - 1 && others <= 0 ? ' and ' : ', ');
    parts.push(
      <Anchor key={endorser.id} component={Link} to={personPath(endorser.id)} size="sm">
        {endorser.displayName}
      </Anchor>,
    );
  });
  if (others > 0) parts.push(` and ${others} ${others === 1 ? 'other' : 'others'}`);
  return (
    <Text size="sm" span>
      Endorsed by {parts}
    </Text>
  );
}

export interface SkillItemProps {
  entry: SkillView;
  /** Endorse/withdraw on a colleague's page, edit/remove in the editor. */
  actions?: ReactNode;
  /** Level of the skill's heading (one below its category's). */
  headingLevel?: 3 | 4 | 5;
}

/** One skill: its name (a link to the skill's page), level in words, years, interest and endorsements. */
export function SkillItem({ entry, actions, headingLevel = 4 }: SkillItemProps) {
  const notes = (entry.endorsements ?? []).filter((endorsement) => endorsement.note?.trim());
  const withEvidence = (entry.endorsements ?? []).filter((endorsement) => endorsement.evidenceProjectId);
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-labelledby={`skill-${entry.skill.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0} className={classes.body}>
          <Title order={headingLevel} size="h5" id={`skill-${entry.skill.id}`}>
            <Anchor component={Link} to={skillPath(entry.skill.id)} inherit>
              {entry.skill.name}
            </Anchor>
          </Title>
          {entry.level !== null ? (
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color="blue" radius="sm">
                Level {entry.level} of 5
              </Badge>
              <Text size="sm">{entry.levelDescription}</Text>
            </Group>
          ) : (
            <Text size="sm">Interest only: no level claimed yet.</Text>
          )}
          <Text size="sm" c="dimmed">
            {[
              entry.years !== null ? `Experience: ${yearsLabel(entry.years)}` : null,
              // Already labelled ("Passion: Would love to…"): a second "Interest:" would stack labels.
              entry.interest > 0 ? entry.interestDescription : null,
              entry.wantsToGrow ? 'Wants to grow in this' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {entry.level !== null ? (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={500} data-testid="endorsement-count">
                {endorsementCountLabel(entry.endorsementCount)}
              </Text>
              <Endorsers endorsers={entry.topEndorsers} total={entry.endorsementCount} />
            </Group>
          ) : null}
          {notes.length > 0 ? (
            <ul className={classes.notes} aria-label={`Endorsement notes for ${entry.skill.name}`}>
              {notes.map((endorsement) => (
                <li key={endorsement.id}>
                  <Text size="sm" span className={classes.note}>
                    “{endorsement.note}”
                  </Text>{' '}
                  <Text size="sm" span c="dimmed">
                    —{' '}
                  </Text>
                  <Anchor component={Link} to={personPath(endorsement.endorser.id)} size="sm">
                    {endorsement.endorser.displayName}
                  </Anchor>
                </li>
              ))}
            </ul>
          ) : null}
          {withEvidence.length > 0 ? (
            <Text size="sm" c="dimmed">
              {withEvidence.length === 1
                ? '1 endorsement names a project they worked on together as evidence.'
                : `${withEvidence.length} endorsements name a project they worked on together as evidence.`}
            </Text>
          ) : null}
        </Stack>
        {actions ? <div className={classes.actions}>{actions}</div> : null}
      </Group>
    </Paper>
  );
}

export interface SkillGroupsProps<T extends SkillView> {
  skills: readonly T[];
  /** The heading level of the categories (3 under a section's h2). */
  headingLevel?: 3 | 4;
  renderActions?: (entry: T) => ReactNode;
}

/** Skills grouped by category: a heading per category and a list of skills under it. */
export function SkillGroups<T extends SkillView>({
  skills,
  headingLevel = 3,
  renderActions,
}: SkillGroupsProps<T>) {
  const groups = groupSkillsByCategory(skills);
  return (
    <Stack gap="lg">
      {groups.map((group) => {
        const headingId = `skill-category-${group.category.replace(/[^a-zA-Z0-9_-]+/g, '-')}`;
        return (
          <section key={group.category} aria-labelledby={headingId} data-testid="skill-category">
            <Title order={headingLevel} size="h5" mb="xs" id={headingId} tt="none">
              {group.label}
            </Title>
            <ul className={classes.list} aria-labelledby={headingId}>
              {group.skills.map((entry) => (
                <li key={entry.skill.id}>
                  <SkillItem
                    entry={entry}
                    headingLevel={(headingLevel + 1) as 4 | 5}
                    actions={renderActions?.(entry)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Stack>
  );
}
