import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles, type Principal } from '@ensemble/api/core';
import { HrImportService } from './hr-import.service';
import { HrImportReport, ImportPeopleCsvArgs } from './hr-import.types';

@Resolver()
export class HrImportResolver {
  constructor(private readonly imports: HrImportService) {}

  @Mutation(() => HrImportReport, {
    description:
      'Creates and updates people and departments from an HR system CSV. A dry run unless apply is true.',
  })
  @Roles('hr', 'admin')
  importPeopleCsv(
    @CurrentUser() principal: Principal,
    @Args() { csv, apply }: ImportPeopleCsvArgs,
  ): Promise<HrImportReport> {
    return this.imports.importCsv(csv, apply, principal.personId);
  }
}
