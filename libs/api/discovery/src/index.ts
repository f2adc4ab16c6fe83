export { DiscoveryModule } from './discovery.module';
export { PeopleSearchResolver } from './search/people-search.resolver';
export { PeopleSearchService, type PeopleSearchRequest, type PeopleSearchResult } from './search/people-search.service';
export { SkillDictionary } from './query/skill-dictionary.service';
export { interpretQuery, type QueryInterpretation } from './query/interpret';
export { buildVocabulary, type Vocabulary } from './query/vocabulary';
export { SavedSearchesResolver } from './saved/saved-searches.resolver';
export { SavedSearchesService, ALERT_MATCH_LIMIT } from './saved/saved-searches.service';
