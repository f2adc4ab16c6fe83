/**
 * The baseline: a plain BM25 index (MiniSearch's BM25+, its default scoring; no prefixes, no typos,
 * every field weighted alike) over the same people as Ensemble: their name, title, headline, bio,
 * skills and passions, and the names, summaries and descriptions of the projects they owned, co-led
 * or held a role in, with their role titles.
 */
import MiniSearch from 'minisearch';
import type { BackgroundPerson } from './background';
import type { CompanyPlan, ImportedPerson } from './company-plan';

interface BaselineDocument {
  id: string;
  name: string;
  title: string;
  headline: string;
  bio: string;
  skills: string;
  passions: string;
  projects: string;
  roles: string;
}

const FIELDS: Array<keyof BaselineDocument> = [
  'name',
  'title',
  'headline',
  'bio',
  'skills',
  'passions',
  'projects',
  'roles',
];

export class Bm25Baseline {
  private readonly index = new MiniSearch<BaselineDocument>({ fields: FIELDS as string[], storeFields: [] });

  /** Documents are keyed by email, as the evaluation grades people. */
  constructor(plan: CompanyPlan, background: readonly BackgroundPerson[], extras: readonly ImportedPerson[]) {
    const projectTexts = new Map<string, string[]>();
    const roleTitles = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string, text: string) =>
      map.set(key, [...(map.get(key) ?? []), text]);
    for (const project of plan.projects) {
      const text = [project.title, project.summary, project.description].join('\n');
      const involved = new Set([
        project.owner,
        ...project.coLeads,
        ...project.roles.flatMap((role) => role.holders),
      ]);
      for (const key of involved) add(projectTexts, key, text);
      for (const role of project.roles) for (const key of role.holders) add(roleTitles, key, role.title);
    }
    this.index.addAll([
      ...plan.people.map((person) => ({
        id: person.email,
        name: `${person.givenName} ${person.familyName}`,
        title: person.title,
        headline: person.headline,
        bio: '',
        skills: person.skills.map((skill) => skill.skill).join('\n'),
        passions: person.passions.join('\n'),
        projects: (projectTexts.get(person.key) ?? []).join('\n'),
        roles: (roleTitles.get(person.key) ?? []).join('\n'),
      })),
      ...background.map((person) => ({
        id: person.email,
        name: `${person.givenName} ${person.familyName}`,
        title: person.title,
        headline: '',
        bio: person.bio,
        skills: person.skills.map((held) => held.skill).join('\n'),
        passions: '',
        projects: '',
        roles: '',
      })),
      ...extras.map((person) => ({
        id: person.email,
        name: `${person.givenName} ${person.familyName}`,
        title: person.title,
        headline: '',
        bio: '',
        skills: '',
        passions: '',
        projects: '',
        roles: '',
      })),
    ]);
  }

  /** The emails of the best `depth` documents for the text, best first (ties by email, for stable runs). */
  search(text: string, depth: number): string[] {
    return this.index
      .search(text, { combineWith: 'OR', prefix: false, fuzzy: false })
      .sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)))
      .slice(0, depth)
      .map((result) => String(result.id));
  }
}
