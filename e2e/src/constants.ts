export const E2E_PORT = 3110;
export const E2E_PG_PORT = 54339;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = 'tmp/e2e-data';
/** The embedded server's maintenance database (password as set in libs/api/core embedded-postgres.ts). */
export const E2E_PG_ADMIN_URL = `postgres://postgres:ensemble-embedded@127.0.0.1:${E2E_PG_PORT}/postgres`;
