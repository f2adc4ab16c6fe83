import { Module } from '@nestjs/common';
import { PeopleModule } from '@ensemble/api/people';
import { NotificationsModule } from '@ensemble/api/notifications';
import { SavedSearchesService } from './saved/saved-searches.service';
import { SavedSearchesResolver } from './saved/saved-searches.resolver';
import { SkillDictionary } from './query/skill-dictionary.service';
import { PeopleSearchService } from './search/people-search.service';
import { PeopleSearchResolver } from './search/people-search.resolver';
import { ExpertsService } from './experts/experts.service';
import { PeopleIndexService } from './people-index/people-index.service';

/** Expertise discovery: people search with query understanding, ranking and reasons; experts; saved searches. */
@Module({
  imports: [PeopleModule, NotificationsModule],
  providers: [SkillDictionary, PeopleIndexService, PeopleSearchService, ExpertsService, PeopleSearchResolver, SavedSearchesService, SavedSearchesResolver],
  exports: [PeopleSearchService, SkillDictionary, PeopleIndexService],
})
export class DiscoveryModule {}
