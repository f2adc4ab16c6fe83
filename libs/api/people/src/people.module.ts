import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonEntity } from './entities/person.entity';
import { DepartmentEntity } from './entities/department.entity';
import { PeopleService } from './services/people.service';
import { DepartmentsResolver, PeopleResolver } from './people.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, DepartmentEntity])],
  providers: [PeopleService, PeopleResolver, DepartmentsResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
