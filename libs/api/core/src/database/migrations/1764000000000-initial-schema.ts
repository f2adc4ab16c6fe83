import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments, people, sessions, the SAML replay store and the audit trail. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        parent_id uuid REFERENCES department(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX department_name_key ON department (lower(name))`);
    await db.query(`CREATE INDEX department_parent_idx ON department (parent_id)`);

    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 512),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
        title text CHECK (length(title) <= 200),
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        manager_id uuid REFERENCES person(id) ON DELETE SET NULL CHECK (manager_id <> id),
        location text CHECK (length(location) <= 200),
        bio text CHECK (length(bio) <= 5000),
        avatar_url text CHECK (length(avatar_url) <= 2048),
        roles text[] NOT NULL DEFAULT '{employee}' CHECK (roles <@ ARRAY['employee','hr','admin']::text[] AND cardinality(roles) >= 1),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive')),
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX person_external_id_key ON person (external_id)`);
    await db.query(`CREATE UNIQUE INDEX person_email_key ON person (lower(email))`);
    await db.query(`CREATE INDEX person_department_idx ON person (department_id)`);
    await db.query(`CREATE INDEX person_manager_idx ON person (manager_id)`);
    // Directory order (family name, given name, id) is also the keyset-pagination order.
    await db.query(`CREATE INDEX person_directory_order_idx ON person (family_name, given_name, id)`);
    await db.query(
      `CREATE INDEX person_name_trgm_idx ON person USING gin ((given_name || ' ' || family_name) gin_trgm_ops)`,
    );

    await db.query(`
      CREATE TABLE session (
        sid text PRIMARY KEY,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX session_expires_idx ON session (expires_at)`);
    await db.query(`CREATE INDEX session_person_idx ON session (person_id)`);

    // Outstanding AuthnRequest ids (kind 'request') and consumed assertion ids (kind 'assertion'),
    // shared by every API instance so that a response is accepted once, anywhere.
    await db.query(`
      CREATE TABLE saml_replay (
        kind text NOT NULL CHECK (kind IN ('request','assertion')),
        key text NOT NULL CHECK (length(key) <= 512),
        value text NOT NULL DEFAULT '',
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, key)
      )`);
    await db.query(`CREATE INDEX saml_replay_expires_idx ON saml_replay (expires_at)`);

    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES person(id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text,
        target_id text,
        request_id text,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at)`);
    await db.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP TABLE saml_replay`);
    await db.query(`DROP TABLE session`);
    await db.query(`DROP TABLE person`);
    await db.query(`DROP TABLE department`);
  }
}
