export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv';
export {
  planHrImport,
  HrImportFileError,
  HR_COLUMNS,
  HR_IMPORT_MAX_BYTES,
  type HrImportPlan,
  type RowProblem,
} from './hr-import.plan';
export {
  runHrImport,
  type HrImportReport,
  type HrImportOptions,
  type SqlRunner,
  type SqlTransactions,
} from './hr-importer';
