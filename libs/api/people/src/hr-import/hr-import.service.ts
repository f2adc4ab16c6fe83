import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, currentRequestContext } from '@ensemble/api/core';
import type { Viewer } from '../profile/profile-visibility';
import { HrImportFileError } from './hr-import.plan';
import { runHrImport, type HrImportReport, type SqlTransactions } from './hr-importer';

/** The HR import inside the API, on the application's connection pool. */
@Injectable()
export class HrImportService {
  private readonly db: SqlTransactions;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.db = {
      transaction: (work) =>
        dataSource.transaction((manager) => work({ query: (sql, params) => manager.query(sql, params) })),
    };
  }

  /** Runs the import for a signed-in importer, whose report leaves out what they may not see. */
  async importCsv(csv: string, apply: boolean, importer: Viewer): Promise<HrImportReport> {
    try {
      return await runHrImport(this.db, csv, {
        apply,
        actorId: importer.personId,
        viewer: importer,
        requestId: currentRequestContext()?.requestId ?? null,
      });
    } catch (error) {
      if (error instanceof HrImportFileError)
        throw new BadUserInputError(error.message, [{ field: 'file', problems: [error.message] }]);
      throw error;
    }
  }
}
