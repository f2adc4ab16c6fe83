import { Module } from '@nestjs/common';
import { PeopleModule } from '@ensemble/api/people';
import { NotificationsModule } from '@ensemble/api/notifications';
import { PeopleIndexModule } from '@ensemble/api/people-index';
import { SavedSearchesService } from './saved/saved-searches.service';
import { SavedSearchesResolver } from './saved/saved-searches.resolver';
import { SkillDictionary } from './query/skill-dictionary.service';
import { PeopleSearchService } from './search/people-search.service';
import { PeopleSearchResolver } from './search/people-search.resolver';
import { ExpertsService } from './experts/experts.service';

/** Expertise discovery: people search with query understanding, ranking and reasons; experts; saved searches. */
@Module({
  imports: [PeopleModule, NotificationsModule, PeopleIndexModule],
  providers: [SkillDictionary, PeopleSearchService, ExpertsService, PeopleSearchResolver, SavedSearchesService, SavedSearchesResolver],
  exports: [PeopleSearchService, SkillDictionary],
})
export class DiscoveryModule {}
