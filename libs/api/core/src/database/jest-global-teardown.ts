import type { EmbeddedPostgresHandle } from './embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>)['__ENSEMBLE_TEST_PG__'] as EmbeddedPostgresHandle | undefined;
  await server?.stop();
}
