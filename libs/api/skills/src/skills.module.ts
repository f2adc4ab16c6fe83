import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SkillEntity } from './entities/skill.entity';
import { SkillAliasEntity } from './entities/skill-alias.entity';
import { PersonSkillEntity } from './entities/person-skill.entity';
import { EndorsementEntity } from './entities/endorsement.entity';
import { SkillsService } from './services/skills.service';
import { SkillAdminResolver, SkillsResolver } from './skills.resolver';
import { PersonSkillsService } from './services/person-skills.service';
import { MySkillsResolver, PersonSkillFieldsResolver, PersonSkillsResolver } from './person-skills.resolver';
import { ENDORSEMENT_EVIDENCE, NoProjectsEvidence } from './endorsements/endorsement-evidence';

@Module({
  imports: [TypeOrmModule.forFeature([SkillEntity, SkillAliasEntity, PersonSkillEntity, EndorsementEntity])],
  providers: [
    SkillsService,
    SkillsResolver,
    SkillAdminResolver,
    PersonSkillsService,
    PersonSkillsResolver,
    PersonSkillFieldsResolver,
    MySkillsResolver,
    { provide: ENDORSEMENT_EVIDENCE, useClass: NoProjectsEvidence },
  ],
  exports: [SkillsService, PersonSkillsService],
})
export class SkillsModule {}
