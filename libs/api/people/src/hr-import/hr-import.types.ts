import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { HR_IMPORT_MAX_BYTES } from './hr-import.plan';

@ArgsType()
export class ImportPeopleCsvArgs {
  @Field({
    description:
      'The CSV text: employee_id, email, given_name, family_name, title, department, manager_email, location.',
  })
  @IsString()
  // Characters, not bytes: a cheap first bound; the importer checks the 5 MB byte size exactly.
  @MaxLength(HR_IMPORT_MAX_BYTES, { message: 'csv must be at most 5 MB' })
  csv!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'false (default): report only. true: write every valid row in one transaction.',
  })
  @IsBoolean()
  apply = false;
}

@ObjectType('HrImportProblem')
export class HrImportProblem {
  @Field(() => Int, { description: 'Line in the file where the row starts (the header is line 1).' })
  line!: number;
  @Field(() => String, { nullable: true, description: 'The column, or null for the whole row.' }) field!:
    string | null;
  @Field() message!: string;
}

@ObjectType('HrImportChange')
export class HrImportChange {
  @Field(() => Int) line!: number;
  @Field() email!: string;
  @Field({ description: '"create" or "update".' }) action!: string;
  @Field(() => [String], { description: 'Columns that change for an existing person.' })
  changedFields!: string[];
}

@ObjectType('HrImportReport')
export class HrImportReport {
  @Field({ description: 'Whether the changes were written (false for a dry run).' }) applied!: boolean;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) departmentsCreated!: number;
  @Field(() => [HrImportProblem], { description: 'Rows refused; they are never written.' })
  errors!: HrImportProblem[];
  @Field(() => [HrImportProblem], {
    description: 'Rows imported with a correction (e.g. a formula prefix removed).',
  })
  warnings!: HrImportProblem[];
  @Field(() => [HrImportChange]) changes!: HrImportChange[];
}
