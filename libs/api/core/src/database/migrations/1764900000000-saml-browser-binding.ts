import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each outstanding AuthnRequest may be bound to the browser that started it (login CSRF defence,
 * docs/adr/0017): the SHA-256 of a random value that browser holds in a short-lived cookie. NULL when
 * the sign-in was started without one (plain-http development).
 */
export class SamlBrowserBinding1764900000000 implements MigrationInterface {
  name = 'SamlBrowserBinding1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE saml_replay ADD COLUMN browser_binding text CHECK (length(browser_binding) <= 128)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE saml_replay DROP COLUMN browser_binding`);
  }
}
