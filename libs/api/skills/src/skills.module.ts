import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SkillEntity } from './entities/skill.entity';
import { SkillAliasEntity } from './entities/skill-alias.entity';
import { PersonSkillEntity } from './entities/person-skill.entity';
import { EndorsementEntity } from './entities/endorsement.entity';
import { SkillsService } from './services/skills.service';
import { SkillAdminResolver, SkillsResolver } from './skills.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([SkillEntity, SkillAliasEntity, PersonSkillEntity, EndorsementEntity])],
  providers: [SkillsService, SkillsResolver, SkillAdminResolver],
  exports: [SkillsService],
})
export class SkillsModule {}
