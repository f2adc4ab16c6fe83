import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonEntity } from './entities/person.entity';
import { DepartmentEntity } from './entities/department.entity';
import { PeopleService } from './services/people.service';
import { ProfileService } from './services/profile.service';
import { OrgService } from './services/org.service';
import { OrgResolver } from './org.resolver';
import { AvatarController } from './avatar/avatar.controller';
import { AvatarService } from './avatar/avatar.service';
import { HrImportService } from './hr-import/hr-import.service';
import { HrImportController } from './hr-import/hr-import.controller';
import { DepartmentsResolver, PeopleResolver } from './people.resolver';
import { ProfileResolver } from './profile.resolver';
import { ProfileVisibilityService } from './profile/profile-visibility.service';
import { ProfileCompletenessRegistry } from './profile/profile-completeness';
import { ProfilePrefetchRegistry } from './profile/profile-prefetch';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, DepartmentEntity])],
  controllers: [AvatarController, HrImportController],
  providers: [
    AvatarService,
    HrImportService,
    PeopleService,
    ProfileService,
    OrgService,
    OrgResolver,
    ProfileVisibilityService,
    ProfileCompletenessRegistry,
    ProfilePrefetchRegistry,
    PeopleResolver,
    DepartmentsResolver,
    ProfileResolver,
  ],
  exports: [PeopleService, ProfileVisibilityService, ProfileCompletenessRegistry, ProfilePrefetchRegistry],
})
export class PeopleModule {}
