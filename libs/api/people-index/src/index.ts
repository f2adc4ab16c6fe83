// The people index's public API (docs/adr/0007): the Nest module and its service, the search that
// runs on the index, and the read-only views of skill holders that role candidates read.
export { PeopleIndexModule } from './people-index.module';
export { PeopleIndexService } from './people-index.service';
export type { PeopleIndex } from './people-index';
export { IndexSearch, type IndexAnswer, type IndexHit } from './index-search';
export type { Cursor, FacetSizes, IndexFacets, IndexQuery, IndexSkillGroup, SkillWords } from './query';
export { RANKED_SIZES } from './group-rankings';
export { matchedFieldNames, type MatchedField } from './fields';
export { skillWords } from './skill-words';
export { textWords } from './text';
export { placeParts } from './places';
export { RANKING } from './ranking';
export { ViewerPrivacy } from './viewer-privacy';
export type { HeldSkillView, IndexedPersonView, PersonSkillsView, SkillHoldersView } from './views';
export type { ProjectPartName } from './project-document';
export type { ProjectMatch } from './index-search';
