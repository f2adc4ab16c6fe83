import type { SearchInterpretation } from '@ensemble/web/discovery/data-access';
import { hoursLabel } from './labels';
import {
  asksForPassion,
  containsPhrase,
  containsWord,
  removePassionWords,
  removePhrase,
  removeWord,
} from './query-edit';
import type { ChipItem } from './removable-chips';
import type { SearchCriteria } from './search-params';

export type RecognisedSkill = SearchInterpretation['skills'][number];

/**
 * The interpretation's parts still present in the text being typed (a removed word's chip goes at
 * once). A recognised skill only ranks; its chip offers to require it (`requireSkill`, null when no
 * further skill filter fits) unless it is a filter already.
 */
export function interpretationChips(
  interpretation: SearchInterpretation,
  text: string,
  setQuery: (query: string) => void,
  filteredSkillIds: readonly string[],
  requireSkill: ((skill: RecognisedSkill) => void) | null,
): ChipItem[] {
  const chips: ChipItem[] = [];
  for (const skill of interpretation.skills) {
    if (!containsPhrase(text, skill.matchedText)) continue;
    const required = filteredSkillIds.includes(skill.skillId);
    chips.push({
      key: `skill:${skill.skillId}`,
      kind: 'Skill',
      value: skill.name,
      description: `skill ${skill.name} from the search`,
      note:
        skill.via === 'typo'
          ? `corrected from “${skill.matchedText}”`
          : skill.via === 'alias'
            ? `from “${skill.matchedText}”`
            : undefined,
      onRemove: () => setQuery(removePhrase(text, skill.matchedText)),
      action:
        requireSkill && !required
          ? {
              label: 'Require',
              accessibleName: `Require ${skill.name} as a filter`,
              onAction: () => requireSkill(skill),
            }
          : undefined,
    });
  }
  if (
    interpretation.location &&
    interpretation.locationText &&
    containsPhrase(text, interpretation.locationText)
  ) {
    const locationText = interpretation.locationText;
    chips.push({
      key: 'place',
      kind: 'Place',
      value: interpretation.location,
      description: `place ${interpretation.location} from the search`,
      onRemove: () => setQuery(removePhrase(text, locationText, { withPreposition: true })),
    });
  }
  if (interpretation.passion && asksForPassion(text)) {
    chips.push({
      key: 'passion',
      kind: 'Passion',
      value: 'interest counts',
      description: 'passion from the search',
      onRemove: () => setQuery(removePassionWords(text)),
    });
  }
  for (const term of interpretation.terms) {
    if (!containsWord(text, term)) continue;
    chips.push({
      key: `term:${term}`,
      kind: 'Words',
      value: term,
      description: `word ${term} from the search`,
      onRemove: () => setQuery(removeWord(text, term)),
    });
  }
  return chips;
}

/** The filters in force, each removable on its own. */
export function filterChips(
  criteria: SearchCriteria,
  skillName: (id: string) => string | null,
  departmentName: (id: string) => string | null,
  levelName: (level: number) => string,
  onChange: (next: SearchCriteria) => void,
): ChipItem[] {
  const chips: ChipItem[] = [];
  for (const skill of criteria.skills) {
    const name = skillName(skill.skillId) ?? 'Unknown skill';
    const level =
      skill.minLevel > 1 ? `${levelName(skill.minLevel)}${skill.minLevel < 5 ? ' or above' : ''}` : null;
    chips.push({
      key: `skill:${skill.skillId}`,
      kind: 'Skill',
      value: level ? `${name}, ${level}` : name,
      description: `skill filter ${name}`,
      onRemove: () =>
        onChange({ ...criteria, skills: criteria.skills.filter((other) => other.skillId !== skill.skillId) }),
    });
  }
  for (const id of criteria.departmentIds) {
    const name = departmentName(id) ?? 'A department';
    chips.push({
      key: `dept:${id}`,
      kind: 'Department',
      value: name,
      description: `department ${name}`,
      onRemove: () =>
        onChange({ ...criteria, departmentIds: criteria.departmentIds.filter((other) => other !== id) }),
    });
  }
  if (criteria.location) {
    chips.push({
      key: 'place',
      kind: 'Place',
      value: criteria.location,
      description: `place ${criteria.location}`,
      onRemove: () => onChange({ ...criteria, location: null }),
    });
  }
  if (criteria.minHoursPerWeek !== null) {
    chips.push({
      key: 'hours',
      kind: 'Availability',
      value: hoursLabel(criteria.minHoursPerWeek),
      description: 'free hours filter',
      onRemove: () => onChange({ ...criteria, minHoursPerWeek: null }),
    });
  }
  if (criteria.openToProjects !== null) {
    const value = criteria.openToProjects ? 'open to projects' : 'not open to projects';
    chips.push({
      key: 'open',
      kind: 'Availability',
      value,
      description: `filter ${value}`,
      onRemove: () => onChange({ ...criteria, openToProjects: null }),
    });
  }
  for (const passion of criteria.passions) {
    chips.push({
      key: `passion:${passion}`,
      kind: 'Passion',
      value: passion,
      description: `passion ${passion}`,
      onRemove: () =>
        onChange({ ...criteria, passions: criteria.passions.filter((other) => other !== passion) }),
    });
  }
  return chips;
}
