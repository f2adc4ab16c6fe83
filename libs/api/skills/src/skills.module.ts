import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleModule } from '@ensemble/api/people';
import { NotificationsModule } from '@ensemble/api/notifications';
import { SkillEntity } from './entities/skill.entity';
import { SkillAliasEntity } from './entities/skill-alias.entity';
import { PersonSkillEntity } from './entities/person-skill.entity';
import { EndorsementEntity } from './entities/endorsement.entity';
import { SkillsService } from './services/skills.service';
import { SkillAdminResolver, SkillsResolver } from './skills.resolver';
import { PersonSkillsService } from './services/person-skills.service';
import { MySkillsResolver, PersonSkillFieldsResolver, PersonSkillsResolver } from './person-skills.resolver';
import { SkillHoldersService } from './services/skill-holders.service';
import { SkillHolderFieldsResolver, SkillHoldersResolver } from './skill-holders.resolver';

@Module({
  // ENDORSEMENT_EVIDENCE is not bound here: the projects domain binds it app-wide (a global module),
  // and PersonSkillsService falls back to NoProjectsEvidence when the app has no projects.
  // PeopleModule: skill holders are people, loaded through its PeopleService (people never import skills).
  imports: [
    TypeOrmModule.forFeature([SkillEntity, SkillAliasEntity, PersonSkillEntity, EndorsementEntity]),
    PeopleModule,
    // An endorsement notifies the person endorsed.
    NotificationsModule,
  ],
  providers: [
    SkillsService,
    SkillsResolver,
    SkillAdminResolver,
    PersonSkillsService,
    PersonSkillsResolver,
    PersonSkillFieldsResolver,
    MySkillsResolver,
    SkillHoldersService,
    SkillHoldersResolver,
    SkillHolderFieldsResolver,
  ],
  exports: [SkillsService, PersonSkillsService],
})
export class SkillsModule {}
