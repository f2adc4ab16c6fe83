import { useCallback, useEffect, useState } from 'react';
import { useDepartmentNames, useSkillName, type SearchView } from '@ensemble/web/discovery/data-access';
import type { SearchCriteria } from './search-params';

/** Looks up the name of a skill filter that came from the URL, and reports it (null when it is gone). */
function SkillNameLookup({ id, onName }: { id: string; onName: (id: string, name: string | null) => void }) {
  const [{ data, error }] = useSkillName(id);
  const name = data?.skill.name;
  useEffect(() => {
    if (name) onName(id, name);
    else if (error) onName(id, null);
  }, [id, name, error, onName]);
  return null;
}

/** A skill's name as a result's reasons give it (held, or the broader skill it counted toward). */
function matchedSkillName(view: SearchView | null, id: string): string | null {
  for (const edge of view?.edges ?? []) {
    for (const evidence of edge.node.matchedSkills) {
      if (evidence.skillId === id) return evidence.skillName;
      if (evidence.countsTowardSkillId === id && evidence.countsTowardSkillName)
        return evidence.countsTowardSkillName;
    }
  }
  return null;
}

/**
 * Names for the filters, which the URL holds as ids: picked skills are known; others come from the
 * results, or a lookup each (`lookups`, to render); departments from the facets or the directory.
 */
export function useFilterNames(criteria: SearchCriteria, view: SearchView | null) {
  const [knownSkillNames, setKnownSkillNames] = useState<ReadonlyMap<string, string | null>>(new Map());
  const rememberSkillName = useCallback((id: string, name: string | null) => {
    setKnownSkillNames((known) => (known.get(id) === name ? known : new Map(known).set(id, name)));
  }, []);

  const skillName = (id: string): string | null => {
    const known = knownSkillNames.get(id);
    if (known) return known;
    return (
      view?.facets.skills.find((facet) => facet.id === id)?.name ??
      view?.interpretation.skills.find((skill) => skill.skillId === id)?.name ??
      matchedSkillName(view, id) ??
      null
    );
  };
  const facetDepartmentName = (id: string) =>
    view?.facets.departments.find((facet) => facet.id === id)?.name ?? null;
  const otherDepartmentName = useDepartmentNames(
    view !== null && criteria.departmentIds.some((id) => facetDepartmentName(id) === null),
  );
  const departmentName = (id: string) => facetDepartmentName(id) ?? otherDepartmentName(id);

  const lookups = criteria.skills
    .filter((skill) => !knownSkillNames.has(skill.skillId))
    .map((skill) => <SkillNameLookup key={skill.skillId} id={skill.skillId} onName={rememberSkillName} />);

  return { skillName, departmentName, rememberSkillName, lookups };
}
