import { Controller, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@ensemble/api/core';
import { HrImportService } from './hr-import.service';
import { readCsvUpload } from './csv-upload';
import type { HrImportReport } from './hr-importer';

class HrImportQuery {
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'apply must be true or false' })
  apply?: 'true' | 'false';
}

/**
 * `POST /api/hr-import[?apply=true]`: the HR system's CSV export as the body (`Content-Type: text/csv`,
 * UTF-8, at most 5 MB; columns employee_id, email, given_name, family_name, title, department,
 * manager_email, location) → the JSON report (HrImportReport). A dry run unless `apply=true`, which
 * writes every valid row in one transaction. Not a GraphQL mutation: docs/adr/0014.
 */
@Controller('api/hr-import')
@Roles('hr', 'admin')
export class HrImportController {
  constructor(private readonly imports: HrImportService) {}

  @Post()
  @HttpCode(200)
  // The report names people and what changes about them.
  @Header('Cache-Control', 'no-store')
  async import(
    @CurrentUser() principal: Principal,
    @Query() query: HrImportQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HrImportReport> {
    const csv = await readCsvUpload(request, response);
    return this.imports.importCsv(csv, query.apply === 'true', {
      personId: principal.personId,
      roles: principal.roles,
    });
  }
}
