import type { IndexedPerson } from './indexed-person';
import type { Matches } from './matches';
import type { PeopleIndex } from './people-index';
import type { FacetSizes, IndexFacets } from './query';

/** Matches counted per department number, place number and level (index 0 unused). */
export interface FacetCounts {
  departments: Int32Array;
  locations: Int32Array;
  levels: Int32Array;
}

/** Departments, places (those `placeCounts` accepts) and levels of the matches. */
export function countFacets(index: PeopleIndex, matches: Matches, placeCounts: (ord: number) => boolean): FacetCounts {
  const { columns } = index;
  const departments = new Int32Array(index.departmentNumbers.values.length);
  const locations = new Int32Array(index.locationNumbers.values.length);
  const levels = new Int32Array(6);
  for (let i = 0; i < matches.length; i++) {
    const ord = matches.ords[i] as number;
    const department = columns.departmentNo[ord] as number;
    if (department >= 0) departments[department]++;
    const location = columns.locationNo[ord] as number;
    if (location >= 0 && placeCounts(ord)) locations[location]++;
    levels[matches.levels[i] as number]++;
  }
  levels[0] = 0;
  return { departments, locations, levels };
}

/** The facets as a page shows them: the largest counts first, at most `sizes.facet` of each. */
export function facetLists(index: PeopleIndex, counts: FacetCounts, skills: IndexFacets['skills'], sizes: FacetSizes): IndexFacets {
  const departmentName = (id: string) => index.departments.get(id)?.name ?? '';
  return {
    departments: counted(counts.departments, index.departmentNumbers.values)
      .filter(([id]) => index.departments.has(id))
      .sort((a, b) => b[1] - a[1] || departmentName(a[0]).localeCompare(departmentName(b[0])))
      .slice(0, sizes.facet)
      .map(([id, count]) => ({ id, name: departmentName(id), count })),
    locations: counted(counts.locations, index.locationNumbers.values)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, sizes.facet)
      .map(([value, count]) => ({ value, count })),
    skills,
    levels: [5, 4, 3, 2, 1].filter((level) => (counts.levels[level] as number) > 0).map((level) => ({ level, count: counts.levels[level] as number })),
  };
}

/** Per skill number, a count; zero between calls (each call clears what it counted). */
let skillCounts = new Int32Array(0);

/** The skills most held by these people (the top-skills facet). */
export function topSkills(index: PeopleIndex, ords: readonly number[], size: number): IndexFacets['skills'] {
  const ids = index.skillNumbers.values;
  if (skillCounts.length < ids.length) skillCounts = new Int32Array(Math.max(ids.length, skillCounts.length * 2));
  const counts = skillCounts;
  const seen: number[] = [];
  for (const ord of ords) {
    const skillNos = (index.byOrd[ord] as IndexedPerson).heldSkillNos;
    for (let i = 0; i < skillNos.length; i++) {
      const no = skillNos[i] as number;
      if (counts[no]++ === 0) seen.push(no);
    }
  }
  // The first `size` by count (then id), kept sorted while passing once over the skills seen: a
  // company-wide taxonomy puts thousands of distinct skills in a sample, of which the facet shows ten.
  const ahead = (a: number, b: number) =>
    (counts[a] as number) > (counts[b] as number) || (counts[a] === counts[b] && (ids[a] as string) < (ids[b] as string));
  const top: number[] = [];
  for (const no of seen) {
    if (top.length === size && !ahead(no, top[size - 1] as number)) continue;
    let position = Math.min(top.length, size - 1);
    while (position > 0 && ahead(no, top[position - 1] as number)) position--;
    if (top.length === size) top.pop();
    top.splice(position, 0, no);
  }
  const facet = top.map((no) => ({ id: ids[no] as string, count: counts[no] as number }));
  for (const no of seen) counts[no] = 0;
  return facet;
}

/** The non-zero counts with the values they count. */
function counted(counts: Int32Array, values: readonly string[]): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  counts.forEach((count, number) => {
    if (count > 0) found.push([values[number] as string, count]);
  });
  return found;
}
