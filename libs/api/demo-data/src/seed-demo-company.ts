import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { generateCompany, type GenerateCompanyOptions } from './generate-company';
import { DatabaseNotEmptyError, isDatabaseEmpty, seedCompany } from './seed-company';

export interface DemoSeedSummary {
  people: number;
  departments: number;
  seed: number;
  durationMs: number;
}

/**
 * Seeds a demo company into the database at `databaseUrl` when it has no people or departments yet
 * (as the API does at start-up outside production). Returns null, changing nothing, when it had some.
 */
export async function seedDemoCompanyIfEmpty(
  databaseUrl: string,
  options: GenerateCompanyOptions,
): Promise<DemoSeedSummary | null> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'ensemble-demo-seed' });
  await client.connect();
  try {
    if (!(await isDatabaseEmpty(client))) return null;
    const started = performance.now();
    const company = generateCompany(options);
    try {
      await seedCompany(client, company);
    } catch (error) {
      // Another instance starting at the same time seeded first.
      if (error instanceof DatabaseNotEmptyError) return null;
      throw error;
    }
    return {
      people: company.people.length,
      departments: company.departments.length,
      seed: company.seed,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await client.end();
  }
}
