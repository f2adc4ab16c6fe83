import { FieldVisibility, visibilityOf, type DepartmentRecord } from '@ensemble/api/people';
import { PeopleColumns, Numbering, PostingList, idOrderKey } from './columns';
import { FIELD_BIT, PROFILE_FIELD_LIST, TEXT_FIELDS } from './fields';
import { HeldSkill, IndexedPerson, NO_SKILL_NOS } from './indexed-person';
import { IndexedProject, PROJECT_ROLE_FIELD } from './indexed-project';
import type { PersonDocument, SkillTuple } from './person-document';
import { placeKeys } from './places';
import type { ProjectDocument } from './project-document';
import { distinctWords, PrefixDictionary, textWords } from './text';
import type { SkillHoldersView } from './views';

/**
 * Everyone's searchable profile and skills, in memory, with the lookups a search starts from: the
 * holders of each skill and, per word, who has it in which field. Removals are lazy (a dead skill row,
 * a word a person no longer has stays in the postings and is skipped), and the structure is rebuilt
 * once the dead entries pile up. Pure data: loading and freshness are PeopleIndexService's.
 */
export class PeopleIndex implements SkillHoldersView {
  readonly people = new Map<string, IndexedPerson>();
  /** Everyone by ordinal, and what searches filter and count on, in typed arrays by ordinal. */
  readonly byOrd: IndexedPerson[] = [];
  readonly columns = new PeopleColumns();
  readonly holders = new Map<string, HeldSkill[]>();
  /** word → per text field, the people who had the word there when it was added. */
  readonly postings = new Map<string, Array<PostingList | undefined>>();
  readonly words = new PrefixDictionary();
  /** Given and family name words by length, for one-typo matching. */
  readonly nameWordsByLength = new Map<number, Set<string>>();
  readonly departments = new Map<string, DepartmentRecord>();
  /** Per manager, how many people in the index report to them directly. */
  private readonly reportCounts = new Map<string, number>();
  readonly departmentNumbers = new Numbering();
  readonly locationNumbers = new Numbering();
  /** Per place key (places.ts: a whole location or one of its parts), the numbers of the locations it names. */
  readonly locationsByPlace = new Map<string, Set<number>>();
  readonly skillNumbers = new Numbering();
  /**
   * Who is where (by place key: everyone in "Berlin, Germany" is under "berlin germany", "berlin" and
   * "germany") and in which department: where a search by place or department starts.
   */
  readonly byPlace = new Map<string, Set<IndexedPerson>>();
  readonly byDepartment = new Map<string, Set<IndexedPerson>>();
  /**
   * Per skill, a number that changes whenever anything about its holders changes (a row, or the
   * person holding it): cached rankings of a skill (group-rankings.ts) are valid while it stands.
   */
  readonly skillVersions = new Map<string, number>();
  /** Projects under way or completed, by id and by number, with the lookups a search starts from. */
  readonly projects = new Map<string, IndexedProject>();
  readonly projectsByNo: IndexedProject[] = [];
  /** word → the projects with it, each with a bit per PROJECT_FIELDS field it is in. */
  readonly projectPostings = new Map<string, Map<IndexedProject, number>>();
  readonly projectWords = new PrefixDictionary();
  readonly projectsBySkill = new Map<string, Set<IndexedProject>>();
  /** Per person id, the projects whose team they are on. */
  readonly projectsOf = new Map<string, IndexedProject[]>();
  /**
   * A number that changes whenever a project changes or someone on a project's team comes or goes:
   * cached rankings that reach people through projects are valid while it stands.
   */
  projectsVersion = 0;
  /** A person's ordinal by id (undefined when not in the index), for resolving project seats. */
  readonly ordOf = (personId: string): number | undefined => this.people.get(personId)?.ord;
  private version = 0;
  private readonly wordStrings = new Map<string, string>();
  private staleEntries = 0;
  private liveEntries = 0;

  /** Active people (the benchmark prints it; a search weighs its words by how rare they are among them). */
  get size(): number {
    return this.activeCount;
  }
  private activeCount = 0;

  upsert(doc: PersonDocument): void {
    let person = this.people.get(doc.id);
    if (!person) {
      person = new IndexedPerson(doc.id, this.columns.add());
      this.columns.idKey[person.ord] = idOrderKey(doc.id);
      this.people.set(doc.id, person);
      this.byOrd.push(person);
    }
    this.touchSkills(person.skills.keys());
    for (const tuple of doc.skills ?? []) this.touchSkills([tuple[0]]);
    const wasActive = person.active;
    if (person.active) this.activeCount--;
    person.active = doc.status === 'active';
    if (person.active) this.activeCount++;
    if (wasActive !== person.active && this.projectsOf.has(doc.id)) this.projectsVersion++;
    move(this.byDepartment, person, person.departmentId, doc.departmentId);
    const location = doc.location ?? null;
    if (location !== person.location) this.movePlaces(person, location ? placeKeys(location) : []);
    person.location = location;
    const { status: _status, skills, ...record } = doc;
    this.moveReport(person.managerId, record.managerId);
    person.record = record;
    person.publicFields = 0;
    for (const field of PROFILE_FIELD_LIST) {
      if (visibilityOf(person.fieldVisibility, field) === FieldVisibility.EVERYONE) person.publicFields |= FIELD_BIT.get(field) as number;
    }
    const { columns } = this;
    const ord = person.ord;
    columns.active[ord] = person.active ? 1 : 0;
    // Small numbers for the department and the place, for counting facets in arrays.
    columns.departmentNo[ord] = doc.departmentId ? this.departmentNumbers.number(doc.departmentId) : -1;
    columns.locationNo[ord] = location ? this.locationNumber(location) : -1;
    columns.publicFields[ord] = person.publicFields;
    columns.hours[ord] = doc.hoursPerWeekAvailable ?? -1;
    columns.open[ord] = doc.openToProjects ? 1 : 0;

    const texts: Array<Array<string | null>> = [
      [doc.givenName, doc.familyName, doc.title],
      [doc.headline],
      [doc.bio],
      doc.passions,
      doc.askMeAbout,
    ];
    this.setWords(person, texts.map((fieldTexts) => distinctWords(fieldTexts)));
    person.nameWords = [...new Set([...textWords(doc.givenName), ...textWords(doc.familyName)])];
    for (const word of person.nameWords) {
      let bucket = this.nameWordsByLength.get(word.length);
      if (!bucket) this.nameWordsByLength.set(word.length, (bucket = new Set()));
      bucket.add(word);
    }
    this.setSkills(person, skills ?? []);
    this.compactWhenStale();
  }

  /** A person whose row is gone. */
  remove(id: string): void {
    const person = this.people.get(id);
    if (!person) return;
    this.touchSkills(person.skills.keys());
    move(this.byDepartment, person, person.departmentId, null);
    this.movePlaces(person, []);
    person.location = null;
    if (person.active) this.activeCount--;
    if (person.active && this.projectsOf.has(id)) this.projectsVersion++;
    person.active = false;
    this.columns.active[person.ord] = 0;
    this.moveReport(person.managerId, null);
    this.setSkills(person, []);
    this.setWords(person, TEXT_FIELDS.map(() => []));
    person.record = null;
    this.people.delete(id);
  }

  /** The location's number, numbering it (and listing it under each of its place keys) when it is new. */
  private locationNumber(location: string): number {
    const known = this.locationNumbers.find(location);
    if (known >= 0) return known;
    const number = this.locationNumbers.number(location);
    for (const key of placeKeys(location)) {
      let numbers = this.locationsByPlace.get(key);
      if (!numbers) this.locationsByPlace.set(key, (numbers = new Set()));
      numbers.add(number);
    }
    return number;
  }

  private movePlaces(person: IndexedPerson, keys: readonly string[]): void {
    for (const key of person.placeKeys) if (!keys.includes(key)) this.byPlace.get(key)?.delete(person);
    for (const key of keys) {
      let set = this.byPlace.get(key);
      if (!set) this.byPlace.set(key, (set = new Set()));
      set.add(person);
    }
    person.placeKeys = keys;
  }

  /** Whether anyone in the index has this person as their manager. */
  readonly hasReports = (personId: string): boolean => (this.reportCounts.get(personId) ?? 0) > 0;

  private moveReport(from: string | null, to: string | null): void {
    if (from === to) return;
    if (from !== null) {
      const left = (this.reportCounts.get(from) ?? 0) - 1;
      if (left > 0) this.reportCounts.set(from, left);
      else this.reportCounts.delete(from);
    }
    if (to !== null) this.reportCounts.set(to, (this.reportCounts.get(to) ?? 0) + 1);
  }

  /** Whether the person at ordinal a has the smaller id (ordinals are never equal people). */
  readonly idFirst = (a: number, b: number): boolean => {
    const keyA = this.columns.idKey[a] as number;
    const keyB = this.columns.idKey[b] as number;
    if (keyA !== keyB) return keyA < keyB;
    return (this.byOrd[a] as IndexedPerson).id < (this.byOrd[b] as IndexedPerson).id;
  };

  /** The person's department as the index knows it (for the page's `department` field). */
  departmentOf(person: Pick<IndexedPerson, 'departmentId'>): DepartmentRecord | null {
    return person.departmentId ? (this.departments.get(person.departmentId) ?? null) : null;
  }

  setDepartments(rows: ReadonlyArray<[id: string, name: string, parentId: string | null]>): void {
    this.departments.clear();
    for (const [id, name, parentId] of rows) this.departments.set(id, { id, name, parentId });
  }

  /**
   * Whether an active person has the word, now, in a text field everyone may see. Hidden fields do not
   * count: what query understanding does with a word must not tell whether someone's private bio has it.
   */
  containsWord(word: string): boolean {
    const { active, publicFields } = this.columns;
    for (let field = 0; field < TEXT_FIELDS.length; field++) {
      const guard = TEXT_FIELDS[field]?.field;
      const bit = guard ? (FIELD_BIT.get(guard) as number) : 0;
      for (const ord of this.postingsFor(word, field)) if (active[ord] && (!guard || (publicFields[ord] as number) & bit)) return true;
    }
    // Projects everyone may see: their titles, summaries, descriptions and role titles.
    for (const project of this.projectPostings.get(word)?.keys() ?? []) if (project.doc.visibility === 'company') return true;
    return false;
  }

  /** Whether an active person has the word in their given or family name (names are shown to everyone). */
  isNameWord(word: string): boolean {
    // Names are in the first text field, beside titles: the person's own name words tell them apart.
    for (const ord of this.postingsFor(word, 0)) {
      if (this.columns.active[ord] && (this.byOrd[ord] as IndexedPerson).nameWords.includes(word)) return true;
    }
    return false;
  }

  /** A project under way or completed, as it is now (its texts, skills, team and who may see it). */
  upsertProject(doc: ProjectDocument): void {
    this.projectsVersion++;
    let project = this.projects.get(doc.id);
    if (project) this.unpostProject(project);
    else {
      project = new IndexedProject(doc.id, this.projectsByNo.length);
      this.projectsByNo.push(project);
      this.projects.set(doc.id, project);
    }
    project.assign(doc);
    const post = (word: string, bit: number) => {
      let byProject = this.projectPostings.get(word);
      if (!byProject) {
        this.projectPostings.set(word, (byProject = new Map()));
        this.projectWords.add(word);
      }
      byProject.set(project, (byProject.get(project) ?? 0) | bit);
    };
    project.words.forEach((words, field) => words.forEach((word) => post(word, 1 << field)));
    for (const seat of project.team) for (const word of seat.roleWords) post(word, 1 << PROJECT_ROLE_FIELD);
    for (const skillId of project.skillIds) {
      let set = this.projectsBySkill.get(skillId);
      if (!set) this.projectsBySkill.set(skillId, (set = new Set()));
      set.add(project);
    }
    for (const seat of project.team) {
      let list = this.projectsOf.get(seat.personId);
      if (!list) this.projectsOf.set(seat.personId, (list = []));
      list.push(project);
    }
  }

  /** A project that is gone, or no longer under way or completed (proposed, cancelled). */
  removeProject(id: string): void {
    const project = this.projects.get(id);
    if (!project) return;
    this.projectsVersion++;
    this.unpostProject(project);
    this.projects.delete(id);
  }

  private unpostProject(project: IndexedProject): void {
    const words = new Set([...project.words.flat(), ...project.team.flatMap((seat) => seat.roleWords)]);
    for (const word of words) {
      const byProject = this.projectPostings.get(word);
      if (!byProject) continue;
      byProject.delete(project);
      if (!byProject.size) {
        this.projectPostings.delete(word);
        this.projectWords.delete(word);
      }
    }
    for (const skillId of project.skillIds) this.projectsBySkill.get(skillId)?.delete(project);
    for (const seat of project.team) {
      const list = this.projectsOf.get(seat.personId);
      if (!list) continue;
      const left = list.filter((other) => other !== project);
      if (left.length) this.projectsOf.set(seat.personId, left);
      else this.projectsOf.delete(seat.personId);
    }
  }

  /** The people who have `word` in `field` (ordinals). */
  *postingsFor(word: string, field: number): Iterable<number> {
    const list = this.postings.get(word)?.[field];
    if (!list) return;
    const { wordsVersion } = this.columns;
    for (let i = 0; i < list.length; i++) {
      const ord = list.ords[i] as number;
      if (list.versions[i] === wordsVersion[ord]) yield ord;
    }
  }

  private touchSkills(skillIds: Iterable<string>): void {
    for (const skillId of skillIds) this.skillVersions.set(skillId, ++this.version);
  }

  /**
   * A person's words, field by field. When any changed, all are posted again under a new version of
   * the person's words (the old entries no longer match it and are skipped, then compacted away).
   */
  private setWords(person: IndexedPerson, next: string[][]): void {
    const unchanged = next.every((words, field) => {
      const previous = person.words[field] as string[];
      return previous.length === words.length && words.every((word, i) => word === previous[i]);
    });
    if (unchanged) return;
    const { columns } = this;
    const version = (columns.wordsVersion[person.ord] as number) + 1;
    columns.wordsVersion[person.ord] = version;
    next.forEach((words, field) => {
      this.staleEntries += (person.words[field] as string[]).length;
      for (let i = 0; i < words.length; i++) {
        // One string per distinct word, shared by everyone who has it (a third of the index's memory).
        const word = words[i] as string;
        const known = this.wordStrings.get(word);
        if (known === undefined) this.wordStrings.set(word, word);
        else words[i] = known;
        let perField = this.postings.get(word);
        if (!perField) {
          this.postings.set(word, (perField = TEXT_FIELDS.map(() => undefined)));
          this.words.add(word);
        }
        (perField[field] ??= new PostingList()).push(person.ord, version);
        this.liveEntries++;
      }
      person.words[field] = words;
    });
  }

  private setSkills(person: IndexedPerson, tuples: readonly SkillTuple[]): void {
    const seen = new Set<string>();
    for (const tuple of tuples) {
      const skillId = tuple[0];
      seen.add(skillId);
      const held = person.skills.get(skillId);
      if (held) {
        held.assign(tuple);
        continue;
      }
      const created = new HeldSkill(person, skillId, null, 0, false, 0, 0, 0, 0, 0);
      created.assign(tuple);
      created.skillNo = this.skillNumbers.number(skillId);
      person.skills.set(skillId, created);
      let list = this.holders.get(skillId);
      if (!list) this.holders.set(skillId, (list = []));
      list.push(created);
      this.liveEntries++;
    }
    for (const [skillId, held] of person.skills) {
      if (seen.has(skillId)) continue;
      held.dead = true;
      person.skills.delete(skillId);
      this.staleEntries++;
    }
    const levelled: number[] = [];
    for (const held of person.skills.values()) if (held.level !== null) levelled.push(held.skillNo);
    person.heldSkillNos = levelled.length ? Int32Array.from(levelled) : NO_SKILL_NOS;
  }

  /** Rebuilds postings and holders without their dead entries once a fifth of them are dead. */
  private compactWhenStale(): void {
    if (this.staleEntries < 10_000 || this.staleEntries < this.liveEntries / 5) return;
    for (const [skillId, list] of this.holders) {
      const live = list.filter((held) => !held.dead);
      if (live.length) this.holders.set(skillId, live);
      else this.holders.delete(skillId);
    }
    const { wordsVersion, active } = this.columns;
    for (const [word, perField] of this.postings) {
      let any = false;
      perField.forEach((list, field) => {
        if (!list) return;
        const live = new PostingList();
        for (let i = 0; i < list.length; i++) {
          const ord = list.ords[i] as number;
          if (list.versions[i] === wordsVersion[ord] && active[ord]) live.push(ord, list.versions[i] as number);
        }
        perField[field] = live.length ? live : undefined;
        any ||= live.length > 0;
      });
      if (!any) {
        this.postings.delete(word);
        this.words.delete(word);
      }
    }
    this.liveEntries -= this.staleEntries;
    this.staleEntries = 0;
  }
}

function move(sets: Map<string, Set<IndexedPerson>>, person: IndexedPerson, from: string | null, to: string | null): void {
  if (from === to) return;
  if (from !== null) sets.get(from)?.delete(person);
  if (to === null) return;
  let set = sets.get(to);
  if (!set) sets.set(to, (set = new Set()));
  set.add(person);
}
