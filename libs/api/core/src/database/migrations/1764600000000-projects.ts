import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-assembling project teams: projects with co-leads, roles with seats and required skills,
 * memberships, applications (with optional manager consent), invitations, waitlists, and the evidence
 * a completed project leaves on its members' skills.
 *
 * Seats never overbook: a join claims a seat with one atomic
 * `UPDATE project_role SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < seats`, and
 * the CHECK (seats_taken BETWEEN 0 AND seats) is the backstop. seats_taken counts active members plus
 * seats held for a waitlisted person who was offered one. One active membership per person per project
 * is a partial unique index.
 */
export class Projects1764600000000 implements MigrationInterface {
  name = 'Projects1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 500),
        -- Markdown, stored verbatim (the web app renders it sanitised).
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        goals text[] NOT NULL DEFAULT '{}' CHECK (cardinality(goals) <= 20),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        hours_per_week smallint NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
        location text CHECK (length(location) <= 200),
        remote boolean NOT NULL DEFAULT false,
        visibility text NOT NULL DEFAULT 'company' CHECK (visibility IN ('company','department','invite_only')),
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'proposed'
          CHECK (status IN ('proposed','forming','active','completed','cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A')
          || setweight(to_tsvector('english', summary), 'B')
          || setweight(to_tsvector('english', description), 'C')) STORED,
        CONSTRAINT project_dates CHECK (ends_on >= starts_on),
        CONSTRAINT project_completed_at CHECK ((status = 'completed') = (completed_at IS NOT NULL))
      )`);
    // The marketplace lists newest first (also the keyset-pagination order).
    await db.query(`CREATE INDEX project_listing_idx ON project (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX project_owner_idx ON project (owner_id)`);
    await db.query(`CREATE INDEX project_department_idx ON project (department_id)`);
    await db.query(`CREATE INDEX project_search_idx ON project USING gin (search_vector)`);

    await db.query(`
      CREATE TABLE project_lead (
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, person_id)
      )`);
    await db.query(`CREATE INDEX project_lead_person_idx ON project_lead (person_id)`);

    await db.query(`
      CREATE TABLE project_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        seats smallint NOT NULL CHECK (seats BETWEEN 1 AND 50),
        seats_taken smallint NOT NULL DEFAULT 0,
        join_policy text NOT NULL DEFAULT 'open' CHECK (join_policy IN ('open','application')),
        manager_consent boolean NOT NULL DEFAULT false,
        consent_days smallint CHECK (consent_days BETWEEN 1 AND 60),
        -- clock_timestamp(): roles added in one transaction keep the order they were added in.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT project_role_seats_taken CHECK (seats_taken BETWEEN 0 AND seats),
        -- Consent is asked of an applicant's manager: only roles joined by application have applicants.
        CONSTRAINT project_role_consent CHECK (
          NOT manager_consent OR (join_policy = 'application' AND consent_days IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX project_role_project_idx ON project_role (project_id, created_at, id)`);

    await db.query(`
      CREATE TABLE project_role_skill (
        role_id uuid NOT NULL REFERENCES project_role(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill(id) ON DELETE RESTRICT,
        min_level smallint NOT NULL CHECK (min_level BETWEEN 1 AND 5),
        must_have boolean NOT NULL DEFAULT true,
        PRIMARY KEY (role_id, skill_id)
      )`);
    await db.query(`CREATE INDEX project_role_skill_skill_idx ON project_role_skill (skill_id)`);

    await db.query(`
      CREATE TABLE project_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES project_role(id) ON DELETE RESTRICT,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        CONSTRAINT project_member_left_after_joined CHECK (left_at IS NULL OR left_at >= joined_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX project_member_active_key ON project_member (project_id, person_id) WHERE left_at IS NULL`,
    );
    await db.query(`CREATE INDEX project_member_role_idx ON project_member (role_id) WHERE left_at IS NULL`);
    await db.query(`CREATE INDEX project_member_person_idx ON project_member (person_id, project_id)`);

    await db.query(`
      CREATE TABLE project_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES project_role(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        message text CHECK (length(message) <= 2000),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','accepted','declined','withdrawn','closed')),
        consent_status text NOT NULL DEFAULT 'not_required'
          CHECK (consent_status IN ('not_required','pending','approved','refused','lapsed')),
        consent_manager_id uuid REFERENCES person(id) ON DELETE SET NULL,
        consent_due_at timestamptz,
        consent_decided_at timestamptz,
        decided_by uuid REFERENCES person(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_application_consent_due CHECK (consent_status <> 'pending' OR consent_due_at IS NOT NULL)
      )`);
    // One open application per person per project: applying again returns it.
    await db.query(`
      CREATE UNIQUE INDEX project_application_pending_key ON project_application (project_id, person_id)
        WHERE status = 'pending'`);
    await db.query(`CREATE INDEX project_application_inbox_idx ON project_application (project_id, created_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX project_application_person_idx ON project_application (person_id, created_at)`);
    await db.query(`
      CREATE INDEX project_application_consent_idx ON project_application (consent_manager_id, consent_due_at)
        WHERE status = 'pending' AND consent_status = 'pending'`);

    await db.query(`
      CREATE TABLE project_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES project_role(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES person(id) ON DELETE SET NULL,
        message text CHECK (length(message) <= 2000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined','closed')),
        decline_reason text CHECK (length(decline_reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await db.query(`
      CREATE UNIQUE INDEX project_invitation_pending_key ON project_invitation (project_id, person_id)
        WHERE status = 'pending'`);
    await db.query(`CREATE INDEX project_invitation_person_idx ON project_invitation (person_id, created_at)`);

    // A waitlist per role, first come first served. An 'offered' entry holds a seat (counted in
    // seats_taken) until it is accepted, declined or expires.
    await db.query(`
      CREATE TABLE project_waitlist (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES project_role(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'waiting'
          CHECK (status IN ('waiting','offered','accepted','declined','expired','left','closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        offered_at timestamptz,
        offer_expires_at timestamptz,
        CONSTRAINT project_waitlist_offer CHECK (status <> 'offered' OR offer_expires_at IS NOT NULL)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX project_waitlist_open_key ON project_waitlist (role_id, person_id)
        WHERE status IN ('waiting','offered')`);
    await db.query(`CREATE INDEX project_waitlist_queue_idx ON project_waitlist (role_id, created_at, id) WHERE status = 'waiting'`);
    await db.query(`CREATE INDEX project_waitlist_offer_idx ON project_waitlist (offer_expires_at) WHERE status = 'offered'`);

    // Written once, when a project completes: which of its members' skills it is evidence for.
    await db.query(`
      CREATE TABLE project_evidence (
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, person_id, skill_id)
      )`);
    await db.query(`CREATE INDEX project_evidence_person_skill_idx ON project_evidence (person_id, skill_id)`);

    // Endorsements may name a project as evidence (the column waited for this table).
    await db.query(`UPDATE endorsement SET evidence_project_id = NULL WHERE evidence_project_id IS NOT NULL`);
    await db.query(`
      ALTER TABLE endorsement ADD CONSTRAINT endorsement_evidence_project_fkey
        FOREIGN KEY (evidence_project_id) REFERENCES project(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE endorsement DROP CONSTRAINT endorsement_evidence_project_fkey`);
    await db.query(`DROP TABLE project_evidence`);
    await db.query(`DROP TABLE project_waitlist`);
    await db.query(`DROP TABLE project_invitation`);
    await db.query(`DROP TABLE project_application`);
    await db.query(`DROP TABLE project_member`);
    await db.query(`DROP TABLE project_role_skill`);
    await db.query(`DROP TABLE project_role`);
    await db.query(`DROP TABLE project_lead`);
    await db.query(`DROP TABLE project`);
  }
}
