import { Module } from '@nestjs/common';
import { PeopleIndexService } from './people-index.service';

/**
 * The people index of this replica (docs/adr/0007): one PeopleIndexService per process, shared by
 * every module that imports this one (people search, experts, saved searches, role candidates).
 */
@Module({
  providers: [PeopleIndexService],
  exports: [PeopleIndexService],
})
export class PeopleIndexModule {}
