import type { ProjectDocument, ProjectPartName } from './project-document';
import { distinctWords } from './text';

/** A project's searchable texts, in this order: each has its weight in TEXT_MATCH.projectFieldWeights. */
export const PROJECT_FIELDS = ['title', 'summary', 'description', 'skills', 'role'] as const;
export type ProjectFieldName = (typeof PROJECT_FIELDS)[number];
/** The fields a project's own words live in (skills come from the vocabulary, role titles per person). */
export const PROJECT_TEXT_FIELDS = 3;
export const PROJECT_SKILLS_FIELD = PROJECT_FIELDS.indexOf('skills');
export const PROJECT_ROLE_FIELD = PROJECT_FIELDS.indexOf('role');

/** One person on a project's team. */
export interface TeamSeat {
  personId: string;
  part: ProjectPartName;
  roleTitle: string | null;
  /** The role title's words, sorted. */
  roleWords: string[];
}

/** A project as the index holds it: its words per field, its skills, its team and who may see it. */
export class IndexedProject {
  /** Per text field (title, summary, description), its distinct words, sorted. */
  words: string[][] = [];
  skillIds: string[] = [];
  team: TeamSeat[] = [];
  /**
   * Per seat (team order), the person's ordinal in the index, or -1 until they are in it (ordinals are
   * kept for good, so a seat resolved once stays resolved); a search reads these, not the id map.
   */
  teamOrds = new Int32Array(0);
  /** Who always sees it besides the owner: co-leads, members past and present, pending invitations. */
  seers = new Set<string>();
  doc!: ProjectDocument;

  constructor(
    readonly id: string,
    /** Its position in PeopleIndex.projectsByNo (kept for good, even after removal). */
    readonly no: number,
  ) {}

  assign(doc: ProjectDocument): void {
    this.doc = doc;
    this.words = [distinctWords([doc.title]), distinctWords([doc.summary]), distinctWords([doc.description])];
    this.skillIds = doc.skills ?? [];
    this.team = (doc.team ?? []).map(([personId, part, roleTitle]) => ({ personId, part, roleTitle, roleWords: distinctWords([roleTitle]) }));
    this.seers = new Set(doc.seers ?? []);
    this.teamOrds = new Int32Array(this.team.length).fill(-1);
  }

  /** The ordinal of seat i's person, resolved through `ordOf` the first time it is known. */
  seatOrd(i: number, ordOf: (personId: string) => number | undefined): number {
    let ord = this.teamOrds[i] as number;
    if (ord < 0) {
      ord = ordOf((this.team[i] as TeamSeat).personId) ?? -1;
      this.teamOrds[i] = ord;
    }
    return ord;
  }
}
