export { PeopleIndexModule } from './people-index.module';
export { PeopleIndexService } from './people-index.service';
export { IndexSearch, RANKED_SIZES, type Cursor, type IndexHit, type IndexQuery, type IndexSkillGroup, type SkillWords } from './index-search';
export { TEXT_FIELDS, type HeldSkill, type PeopleIndex } from './people-index';
export { PrefixDictionary, textWords } from './text';
export { ViewerPrivacy } from './viewer-privacy';
export { RANKING } from './ranking';
