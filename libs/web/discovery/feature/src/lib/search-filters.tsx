import { useId, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { SearchFacets } from '@ensemble/web/discovery/data-access';
import { LevelDistribution } from './level-distribution';
import type { useLevelNames } from './labels';
import { MAX_SKILL_FILTERS, type SearchCriteria, type SkillFilter } from './search-params';
import { SkillFilterPicker } from './skill-filter-picker';
import classes from './search-page.module.css';

/** Offered minimum free hours (a URL may hold any other value from 0 to 40). */
const HOURS_OPTIONS = [4, 8, 16, 24, 32, 40];

export interface SearchFiltersProps {
  criteria: SearchCriteria;
  /** Facets of the results on show (absent before the first search). */
  facets: SearchFacets | null;
  /** The skill the level facet is about (the first one searched for). */
  levelSkillName: string | null;
  /** Skills the free text already asks for (not offered again as filters). */
  textSkillIds: readonly string[];
  skillName: (skillId: string) => string | null;
  names: ReturnType<typeof useLevelNames>;
  onChange: (next: SearchCriteria) => void;
  /** Remembers a skill's name picked from the autocomplete, so its chip needs no lookup. */
  onSkillNamed: (skill: { id: string; name: string }) => void;
  /**
   * A bordered panel with its own "Refine" heading (beside the results); false inside the
   * small-screen drawer, whose title names it.
   */
  withHeading?: boolean;
}

function FacetButton({
  label,
  count,
  pressed,
  onClick,
}: {
  label: string;
  count: number;
  pressed: boolean;
  onClick: () => void;
}) {
  return (
    <li>
      <Button
        variant={pressed ? 'light' : 'subtle'}
        size="compact-sm"
        fullWidth
        justify="space-between"
        aria-pressed={pressed}
        onClick={onClick}
        classNames={{ label: classes.facetLabel }}
        rightSection={
          <span className={classes.facetCount}>
            {count.toLocaleString('en')}
            <VisuallyHidden>{count === 1 ? ' person' : ' people'}</VisuallyHidden>
          </span>
        }
      >
        {label}
      </Button>
    </li>
  );
}

function FacetGroup({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div>
      <Title order={3} size="h6" id={id} mb={4}>
        {title}
      </Title>
      {hint ? (
        <Text size="xs" c="dimmed" mb={4}>
          {hint}
        </Text>
      ) : null}
      <ul className={classes.facetList} aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

/**
 * Refining a search: skills with a minimum level (added through the autocomplete or from the skills
 * common among the matches), the departments and places of the matches with their counts (a click
 * applies one, another click removes it), the level distribution, free hours and openness to projects.
 */
export function SearchFilters({
  criteria,
  facets,
  levelSkillName,
  textSkillIds,
  skillName,
  names,
  onChange,
  onSkillNamed,
  withHeading = true,
}: SearchFiltersProps) {
  const headingId = useId();
  const setSkills = (skills: SkillFilter[]) => onChange({ ...criteria, skills });
  const hasSkill = (id: string) => criteria.skills.some((skill) => skill.skillId === id);
  const addSkill = (skill: { id: string; name: string }) => {
    onSkillNamed(skill);
    if (!hasSkill(skill.id)) setSkills([...criteria.skills, { skillId: skill.id, minLevel: 1 }]);
  };
  const toggleDepartment = (id: string) =>
    onChange({
      ...criteria,
      departmentIds: criteria.departmentIds.includes(id)
        ? criteria.departmentIds.filter((other) => other !== id)
        : [...criteria.departmentIds, id],
    });
  const samePlace = (value: string) => criteria.location?.toLowerCase() === value.toLowerCase();
  const hoursOptions = [...HOURS_OPTIONS];
  if (criteria.minHoursPerWeek !== null && !hoursOptions.includes(criteria.minHoursPerWeek)) {
    hoursOptions.push(criteria.minHoursPerWeek);
    hoursOptions.sort((a, b) => a - b);
  }
  const levelOptions = names.levels.map((level) => ({
    value: String(level),
    label:
      level === 1
        ? 'Any level'
        : level === 5
          ? `${names.levelName(5)} only`
          : `${names.levelName(level)} or above`,
  }));
  const topSkills = (facets?.skills ?? []).filter((facet) => !textSkillIds.includes(facet.id)).slice(0, 8);
  const levelTotal = (facets?.levels ?? []).reduce((sum, entry) => sum + entry.count, 0);

  return (
    <section
      aria-labelledby={withHeading ? headingId : undefined}
      className={withHeading ? classes.panel : undefined}
    >
      <Stack gap="md">
        {withHeading ? (
          <Title order={2} size="h4" id={headingId}>
            Refine
          </Title>
        ) : null}

        <Stack gap="xs">
          <Title order={3} size="h6">
            Skills
          </Title>
          {criteria.skills.length > 0 ? (
            <ul className={classes.skillFilters} aria-label="Skill filters">
              {criteria.skills.map((skill) => {
                const name = skillName(skill.skillId) ?? 'Skill';
                return (
                  <li key={skill.skillId}>
                    <Group gap="xs" wrap="nowrap" align="flex-end">
                      <NativeSelect
                        className={classes.grow}
                        size="xs"
                        label={name}
                        aria-label={`Minimum level in ${name}`}
                        value={String(skill.minLevel)}
                        data={levelOptions}
                        onChange={(event) =>
                          setSkills(
                            criteria.skills.map((other) =>
                              other.skillId === skill.skillId
                                ? { ...other, minLevel: Number(event.currentTarget.value) }
                                : other,
                            ),
                          )
                        }
                      />
                      <CloseButton
                        size="md"
                        aria-label={`Remove skill filter ${name}`}
                        onClick={() =>
                          setSkills(criteria.skills.filter((other) => other.skillId !== skill.skillId))
                        }
                      />
                    </Group>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <SkillFilterPicker
            exclude={criteria.skills.map((skill) => skill.skillId)}
            onPick={addSkill}
            disabled={criteria.skills.length >= MAX_SKILL_FILTERS}
            description={
              criteria.skills.length >= MAX_SKILL_FILTERS
                ? `At most ${MAX_SKILL_FILTERS} skills.`
                : 'People must hold every skill chosen.'
            }
          />
        </Stack>

        {topSkills.length > 0 ? (
          <FacetGroup title="Common skills among the matches">
            {topSkills.map((facet) => (
              <FacetButton
                key={facet.id}
                label={facet.name}
                count={facet.count}
                pressed={hasSkill(facet.id)}
                onClick={() =>
                  hasSkill(facet.id)
                    ? setSkills(criteria.skills.filter((skill) => skill.skillId !== facet.id))
                    : addSkill({ id: facet.id, name: facet.name })
                }
              />
            ))}
          </FacetGroup>
        ) : null}

        {facets && levelTotal > 0 ? (
          <LevelDistribution levels={facets.levels} levelName={names.levelName} skillName={levelSkillName} />
        ) : null}

        {facets && facets.departments.length > 0 ? (
          <FacetGroup title="Department">
            {facets.departments.map((facet) => (
              <FacetButton
                key={facet.id}
                label={facet.name}
                count={facet.count}
                pressed={criteria.departmentIds.includes(facet.id)}
                onClick={() => toggleDepartment(facet.id)}
              />
            ))}
          </FacetGroup>
        ) : null}

        {facets && facets.locations.length > 0 ? (
          <FacetGroup title="Place">
            {facets.locations.map((facet) => (
              <FacetButton
                key={facet.value}
                label={facet.value}
                count={facet.count}
                pressed={samePlace(facet.value)}
                onClick={() =>
                  onChange({ ...criteria, location: samePlace(facet.value) ? null : facet.value })
                }
              />
            ))}
          </FacetGroup>
        ) : null}

        {!facets ? (
          <Text size="sm" c="dimmed">
            Departments and places to narrow down by appear with the results.
          </Text>
        ) : null}

        <Stack gap="xs">
          <Title order={3} size="h6">
            Availability
          </Title>
          <NativeSelect
            size="sm"
            label="Free hours per week"
            value={criteria.minHoursPerWeek === null ? '' : String(criteria.minHoursPerWeek)}
            data={[
              { value: '', label: 'Any' },
              ...hoursOptions.map((hours) => ({ value: String(hours), label: `At least ${hours}` })),
            ]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ ...criteria, minHoursPerWeek: value === '' ? null : Number(value) });
            }}
          />
          <Checkbox
            label="Open to projects"
            checked={criteria.openToProjects === true}
            onChange={(event) =>
              onChange({ ...criteria, openToProjects: event.currentTarget.checked ? true : null })
            }
          />
        </Stack>
      </Stack>
    </section>
  );
}
