import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuditService,
  BadUserInputError,
  Transactions,
  isUniqueViolation,
  sql,
  type AppConfig,
} from '@ensemble/api/core';
import { NotificationsService, type NewNotification } from '@ensemble/api/notifications';
import {
  AlreadyMemberError,
  ApplicationAlreadyDecidedError,
  ApplicationNotFoundError,
  ApplicationPendingElsewhereError,
  ApplicationRequiredError,
  CannotInviteSelfError,
  CannotRemoveSelfError,
  ConsentNotPendingError,
  ConsentPendingError,
  InvitationAlreadyAnsweredError,
  InvitationNotFoundError,
  MustHaveSkillsMissingError,
  NoWaitlistOfferError,
  NotApplicantsManagerError,
  NotMemberError,
  PersonNotFoundError,
  RoleFullError,
  RoleIsOpenError,
  RoleNotFoundError,
  RoleNotFullError,
  WaitlistNotAvailableError,
} from '../projects.errors';
import {
  MIN_REMOVAL_REASON,
  WAITLIST_OFFER_HOURS,
  assertLead,
  assertNotLead,
  assertOpen,
  displayName,
  leadIds,
  lockPersonInProject,
  lockProject,
  missingMustHaves,
  projectLink,
  type LockedProject,
  type ViewerRef,
} from './project-rules';
import { MEMBER_COLUMNS, memberFromRow, type MemberRecord, type MemberRow } from './projects.service';

/** Where applications to decide, consent requests and invitations are answered. */
const MY_PROJECTS_LINK = '/projects/mine';

export interface ApplicationRecord {
  id: string;
  projectId: string;
  roleId: string;
  personId: string;
  message: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'closed';
  consentStatus: 'not_required' | 'pending' | 'approved' | 'refused' | 'lapsed';
  consentDueAt: Date | null;
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface InvitationRecord {
  id: string;
  projectId: string;
  roleId: string;
  personId: string;
  invitedById: string | null;
  message: string | null;
  status: 'pending' | 'accepted' | 'declined' | 'closed';
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface WaitlistRecord {
  id: string;
  projectId: string;
  roleId: string;
  personId: string;
  status: 'waiting' | 'offered' | 'accepted' | 'declined' | 'expired' | 'left' | 'closed';
  position: number | null;
  createdAt: Date;
  offerExpiresAt: Date | null;
}

export interface DeadlineReport {
  consentsLapsed: number;
  offersExpired: number;
}

/** Manager consent that is past its deadline reads as lapsed (a yes) even before the check records it. */
const APPLICATION_COLUMNS = `a.id, a.project_id, a.role_id, a.person_id, a.message, a.status,
  CASE WHEN a.status = 'pending' AND a.consent_status = 'pending' AND a.consent_due_at <= now()
       THEN 'lapsed' ELSE a.consent_status END AS consent_status,
  a.consent_due_at, a.decline_reason, a.created_at, a.decided_at`;

const INVITATION_COLUMNS = `i.id, i.project_id, i.role_id, i.person_id, i.invited_by, i.message, i.status,
  i.decline_reason, i.created_at, i.decided_at`;

/** An offer past its expiry reads as expired even before the check releases its seat. */
const WAITLIST_COLUMNS = `w.id, w.project_id, w.role_id, w.person_id,
  CASE WHEN w.status = 'offered' AND w.offer_expires_at <= now() THEN 'expired' ELSE w.status END AS status,
  CASE WHEN w.status = 'waiting' THEN (
    SELECT count(*)::int FROM project_waitlist q
     WHERE q.role_id = w.role_id AND q.status = 'waiting' AND (q.created_at, q.id) <= (w.created_at, w.id))
  END AS position,
  w.created_at, w.offer_expires_at`;

interface ApplicationRow {
  id: string;
  project_id: string;
  role_id: string;
  person_id: string;
  message: string | null;
  status: ApplicationRecord['status'];
  consent_status: ApplicationRecord['consentStatus'];
  consent_due_at: Date | null;
  decline_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

interface InvitationRow {
  id: string;
  project_id: string;
  role_id: string;
  person_id: string;
  invited_by: string | null;
  message: string | null;
  status: InvitationRecord['status'];
  decline_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

interface WaitlistRow {
  id: string;
  project_id: string;
  role_id: string;
  person_id: string;
  status: WaitlistRecord['status'];
  position: number | null;
  created_at: Date;
  offer_expires_at: Date | null;
}

interface RoleFacts {
  id: string;
  projectId: string;
  title: string;
  seats: number;
  seatsTaken: number;
  joinPolicy: 'open' | 'application';
  managerConsent: boolean;
  consentDays: number | null;
  joinRequiresSkills: boolean;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

function applicationFromRow(row: ApplicationRow): ApplicationRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    roleId: row.role_id,
    personId: row.person_id,
    message: row.message,
    status: row.status,
    consentStatus: row.consent_status,
    consentDueAt: date(row.consent_due_at),
    declineReason: row.decline_reason,
    createdAt: new Date(row.created_at),
    decidedAt: date(row.decided_at),
  };
}

function invitationFromRow(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    roleId: row.role_id,
    personId: row.person_id,
    invitedById: row.invited_by,
    message: row.message,
    status: row.status,
    declineReason: row.decline_reason,
    createdAt: new Date(row.created_at),
    decidedAt: date(row.decided_at),
  };
}

function waitlistFromRow(row: WaitlistRow): WaitlistRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    roleId: row.role_id,
    personId: row.person_id,
    status: row.status,
    position: row.position,
    createdAt: new Date(row.created_at),
    offerExpiresAt: date(row.offer_expires_at),
  };
}

const DEADLINE_BATCH = 200;

/**
 * Joining projects: open roles, applications (with manager consent), invitations, leaving, and the
 * waitlist. Seats are claimed with one atomic conditional UPDATE inside the membership's transaction
 * (the CHECK on project_role is the backstop), and each person's changes within a project are
 * serialised by an advisory lock, so repeating a request returns what the first one made.
 */
@Injectable()
export class MembershipService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.projectDeadlineCheckMinutes;
    if (minutes <= 0) return;
    this.timer = setInterval(() => void this.checkDeadlines().catch(() => undefined), minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Joins an open role at once. Joining it again returns the same membership. A role that asks for
   * its must-have skills refuses someone without them (MUST_HAVE_SKILLS_MISSING: apply instead).
   */
  async join(viewer: ViewerRef, roleId: string): Promise<MemberRecord> {
    return this.transactions.run(async (manager) => {
      const role = await this.role(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertOpen(project);
      assertNotLead(project);
      if (role.joinPolicy !== 'open') throw new ApplicationRequiredError();
      await lockPersonInProject(manager, project.id, viewer.personId);
      const existing = await this.activeMembership(manager, project.id, viewer.personId);
      if (existing) {
        if (existing.roleId === roleId) return existing;
        throw new AlreadyMemberError();
      }
      await this.assertMustHaves(manager, role, viewer.personId);
      await this.claimSeat(manager, roleId);
      const member = await this.addMember(manager, project.id, roleId, viewer.personId);
      await this.settleOtherRequests(manager, project, viewer.personId);
      const name = await displayName(manager, viewer.personId);
      await this.notify(manager, await leadIds(manager, project.id, viewer.personId), {
        kind: 'project.member_joined',
        message: `${name} joined “${project.title}” as ${role.title}.`,
        link: projectLink(project.id),
      });
      return member;
    });
  }

  /**
   * Applies to a role filled by application, or to an open role that asks for must-have skills the
   * applicant lacks. Applying again returns the pending application. With manager consent on the role,
   * the applicant's manager is asked and has consentDays to answer.
   */
  async apply(viewer: ViewerRef, roleId: string, message: string | null): Promise<ApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const role = await this.role(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertOpen(project);
      assertNotLead(project);
      if (role.joinPolicy === 'open') {
        const blocked =
          role.joinRequiresSkills && (await missingMustHaves(manager, viewer.personId, [role.id])).length > 0;
        if (!blocked) throw new RoleIsOpenError();
      }
      await lockPersonInProject(manager, project.id, viewer.personId);
      if (await this.activeMembership(manager, project.id, viewer.personId)) throw new AlreadyMemberError();
      const pending: ApplicationRow[] = await manager.query(
        `SELECT ${APPLICATION_COLUMNS} FROM project_application a
          WHERE a.project_id = $1 AND a.person_id = $2 AND a.status = 'pending'`,
        [project.id, viewer.personId],
      );
      if (pending[0]) {
        if (pending[0].role_id === roleId) return applicationFromRow(pending[0]);
        throw new ApplicationPendingElsewhereError();
      }
      const [applicant]: Array<{ name: string; manager_id: string | null }> = await manager.query(
        `SELECT given_name || ' ' || family_name AS name, manager_id FROM person WHERE id = $1`,
        [viewer.personId],
      );
      const askManager = role.managerConsent && applicant?.manager_id ? applicant.manager_id : null;
      const [row]: ApplicationRow[] = await manager.query(
        `INSERT INTO project_application AS a (project_id, role_id, person_id, message, consent_status,
                                               consent_manager_id, consent_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::uuid IS NULL THEN NULL ELSE now() + make_interval(days => $7) END)
         RETURNING ${APPLICATION_COLUMNS}`,
        [
          project.id,
          roleId,
          viewer.personId,
          message?.trim() || null,
          askManager ? 'pending' : 'not_required',
          askManager,
          role.consentDays ?? 0,
        ],
      );
      // Decisions and consent requests are made on "My projects" (the manager may not see the project).
      await this.notify(manager, await leadIds(manager, project.id, viewer.personId), {
        kind: 'project.application_received',
        message: `${applicant.name} applied to “${project.title}” as ${role.title}.`,
        link: MY_PROJECTS_LINK,
      });
      if (askManager) {
        const due = (row.consent_due_at as Date).toISOString().slice(0, 10);
        await this.notify(manager, [askManager], {
          kind: 'project.consent_requested',
          message: `${applicant.name} applied to join “${project.title}” as ${role.title}. Consent or refuse by ${due}; no answer by then counts as consent.`,
          link: MY_PROJECTS_LINK,
        });
      }
      return applicationFromRow(row);
    });
  }

  async withdraw(viewer: ViewerRef, applicationId: string): Promise<ApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const application = await this.lockApplication(manager, applicationId);
      if (application.person_id !== viewer.personId) throw new ApplicationNotFoundError();
      if (application.status !== 'pending') throw new ApplicationAlreadyDecidedError(application.status);
      return this.setApplication(manager, applicationId, `status = 'withdrawn', decided_at = now()`);
    });
  }

  /**
   * The owner or a co-lead accepts (taking a seat) or declines (with a reason) a pending application.
   * A second decision is APPLICATION_ALREADY_DECIDED; accepting while the manager may still answer is
   * CONSENT_PENDING (past the deadline, silence counts as yes and is recorded as lapsed).
   */
  async decide(
    viewer: ViewerRef,
    applicationId: string,
    accept: boolean,
    reason: string | null,
  ): Promise<ApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const found = await this.findApplication(manager, applicationId);
      const project = await this.projectOf(manager, found.project_id, viewer, ApplicationNotFoundError);
      assertLead(project);
      const application = await this.lockApplication(manager, applicationId);
      if (application.status !== 'pending') throw new ApplicationAlreadyDecidedError(application.status);
      assertOpen(project);
      const role = await this.role(manager, application.role_id);
      const link = projectLink(project.id);
      if (!accept) {
        const why = reason?.trim();
        if (!why) {
          throw new BadUserInputError('Say why when declining: the applicant deserves a reason.', [
            { field: 'reason', problems: ['is required when declining'] },
          ]);
        }
        const declined = await this.setApplication(
          manager,
          applicationId,
          `status = 'declined', decided_at = now(), decided_by = $2, decline_reason = $3`,
          [viewer.personId, why],
        );
        await this.notify(manager, [application.person_id], {
          kind: 'project.application_declined',
          message: `Your application to “${project.title}” as ${role.title} was declined: ${why}`,
          link,
        });
        return declined;
      }
      if (application.consent_status === 'pending') {
        const due = new Date(application.consent_due_at as Date);
        if (due.getTime() > Date.now()) throw new ConsentPendingError(due);
        await manager.query(`UPDATE project_application SET consent_status = 'lapsed' WHERE id = $1`, [
          applicationId,
        ]);
      }
      await lockPersonInProject(manager, project.id, application.person_id);
      if (await this.activeMembership(manager, project.id, application.person_id))
        throw new AlreadyMemberError();
      await this.claimSeat(manager, role.id);
      await this.addMember(manager, project.id, role.id, application.person_id);
      const accepted = await this.setApplication(
        manager,
        applicationId,
        `status = 'accepted', decided_at = now(), decided_by = $2`,
        [viewer.personId],
      );
      await this.settleOtherRequests(manager, project, application.person_id);
      await this.notify(manager, [application.person_id], {
        kind: 'project.application_accepted',
        message: `Welcome aboard: your application to “${project.title}” as ${role.title} was accepted.`,
        link,
      });
      return accepted;
    });
  }

  /** The applicant's manager consents or refuses; a refusal declines the application. */
  async decideConsent(
    viewer: ViewerRef,
    applicationId: string,
    approve: boolean,
  ): Promise<ApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const application = await this.lockApplication(manager, applicationId);
      const [facts]: Array<{ consent_manager_id: string | null; title: string; role_title: string }> =
        await manager.query(
          `SELECT a.consent_manager_id, p.title, r.title AS role_title
           FROM project_application a JOIN project p ON p.id = a.project_id JOIN project_role r ON r.id = a.role_id
          WHERE a.id = $1`,
          [applicationId],
        );
      if (facts.consent_manager_id !== viewer.personId) throw new NotApplicantsManagerError();
      if (application.status !== 'pending' || application.consent_status !== 'pending')
        throw new ConsentNotPendingError();
      if (new Date(application.consent_due_at as Date).getTime() <= Date.now())
        throw new ConsentNotPendingError();
      if (approve) {
        return this.setApplication(
          manager,
          applicationId,
          `consent_status = 'approved', consent_decided_at = now()`,
        );
      }
      const reason = 'Your manager did not consent to this project.';
      const refused = await this.setApplication(
        manager,
        applicationId,
        `consent_status = 'refused', consent_decided_at = now(), status = 'declined', decided_at = now(),
         decided_by = $2, decline_reason = $3`,
        [viewer.personId, reason],
      );
      await this.notify(manager, [application.person_id], {
        kind: 'project.application_declined',
        message: `Your application to “${facts.title}” as ${facts.role_title} was declined: ${reason}`,
        link: projectLink(application.project_id),
      });
      await this.notify(manager, await leadIds(manager, application.project_id), {
        kind: 'project.consent_refused',
        message: `An applicant’s manager did not consent: the application to “${facts.title}” as ${facts.role_title} was declined.`,
        link: MY_PROJECTS_LINK,
      });
      return refused;
    });
  }

  /** Leaves the project. The seat goes to the next person on the role's waitlist, or becomes free. */
  async leave(viewer: ViewerRef, projectId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'share');
      assertOpen(project);
      await lockPersonInProject(manager, projectId, viewer.personId);
      const left = await sql.rows<{ role_id: string }>(
        manager,
        `UPDATE project_member SET left_at = now() WHERE project_id = $1 AND person_id = $2 AND left_at IS NULL
           RETURNING role_id`,
        [projectId, viewer.personId],
      );
      if (!left[0]) throw new NotMemberError();
      await this.releaseSeat(manager, left[0].role_id);
      return true;
    });
  }

  /**
   * The owner or a co-lead removes a member, saying why: the member is told, the removal is audited,
   * and the seat goes to the next person on the role's waitlist (as when a member leaves). The same
   * per-person lock as leave serialises a removal with the member leaving or a second removal: the
   * later one finds no membership (NOT_MEMBER) and frees nothing.
   */
  async removeMember(
    viewer: ViewerRef,
    projectId: string,
    personId: string,
    reason: string,
  ): Promise<boolean> {
    const why = reason.trim();
    if (why.length < MIN_REMOVAL_REASON) {
      throw new BadUserInputError(
        `Say why in at least ${MIN_REMOVAL_REASON} characters: the member is told.`,
        [{ field: 'reason', problems: [`must be at least ${MIN_REMOVAL_REASON} characters`] }],
      );
    }
    if (personId === viewer.personId) throw new CannotRemoveSelfError();
    return this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'share');
      assertLead(project);
      assertOpen(project);
      await lockPersonInProject(manager, projectId, personId);
      const removed = await sql.rows<{ role_id: string; title: string }>(
        manager,
        `UPDATE project_member m SET left_at = now() FROM project_role r
            WHERE m.project_id = $1 AND m.person_id = $2 AND m.left_at IS NULL AND r.id = m.role_id
           RETURNING m.role_id, r.title`,
        [projectId, personId],
      );
      if (!removed[0]) throw new NotMemberError();
      await this.releaseSeat(manager, removed[0].role_id);
      await this.audit.record(
        {
          action: 'project.member_removed',
          actorId: viewer.personId,
          targetType: 'project',
          targetId: projectId,
          data: { personId, roleId: removed[0].role_id, reason: why },
        },
        manager,
      );
      await this.notify(manager, [personId], {
        kind: 'project.member_removed',
        message: `${await displayName(manager, viewer.personId)} removed you from “${project.title}” (${removed[0].title}): ${why}`,
        link: projectLink(projectId),
      });
      return true;
    });
  }

  /** A lead invites a colleague to a role; inviting again returns the pending invitation. */
  async invite(
    viewer: ViewerRef,
    roleId: string,
    personId: string,
    message: string | null,
  ): Promise<InvitationRecord> {
    if (personId === viewer.personId) throw new CannotInviteSelfError();
    return this.transactions.run(async (manager) => {
      const role = await this.role(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertLead(project);
      assertOpen(project);
      const [person]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM person WHERE id = $1 AND status = 'active'`,
        [personId],
      );
      if (!person) throw new PersonNotFoundError();
      await lockPersonInProject(manager, project.id, personId);
      if (await this.activeMembership(manager, project.id, personId)) throw new AlreadyMemberError();
      const pending: InvitationRow[] = await manager.query(
        `SELECT ${INVITATION_COLUMNS} FROM project_invitation i WHERE i.project_id = $1 AND i.person_id = $2 AND i.status = 'pending'`,
        [project.id, personId],
      );
      if (pending[0]?.role_id === roleId) return invitationFromRow(pending[0]);
      if (pending[0]) {
        await manager.query(
          `UPDATE project_invitation SET status = 'closed', decided_at = now() WHERE id = $1`,
          [pending[0].id],
        );
      }
      const [row]: InvitationRow[] = await manager.query(
        `INSERT INTO project_invitation AS i (project_id, role_id, person_id, invited_by, message)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${INVITATION_COLUMNS}`,
        [project.id, roleId, personId, viewer.personId, message?.trim() || null],
      );
      await this.notify(manager, [personId], {
        kind: 'project.invitation',
        message: `${await displayName(manager, viewer.personId)} invited you to join “${project.title}” as ${role.title}.`,
        link: projectLink(project.id),
      });
      return invitationFromRow(row);
    });
  }

  /** The invited person accepts (taking a seat) or declines (optionally saying why). */
  async respondToInvitation(
    viewer: ViewerRef,
    invitationId: string,
    accept: boolean,
    reason: string | null,
  ): Promise<InvitationRecord> {
    return this.transactions.run(async (manager) => {
      const [found]: InvitationRow[] = await manager.query(
        `SELECT ${INVITATION_COLUMNS} FROM project_invitation i WHERE i.id = $1 AND i.person_id = $2`,
        [invitationId, viewer.personId],
      );
      if (!found) throw new InvitationNotFoundError();
      // Checked before the project: an answered invitation no longer makes an invite-only project visible.
      if (found.status !== 'pending') throw new InvitationAlreadyAnsweredError(found.status);
      const project = await this.projectOf(manager, found.project_id, viewer, InvitationNotFoundError);
      const [invitation]: InvitationRow[] = await manager.query(
        `SELECT ${INVITATION_COLUMNS} FROM project_invitation i WHERE i.id = $1 FOR UPDATE`,
        [invitationId],
      );
      if (invitation.status !== 'pending') throw new InvitationAlreadyAnsweredError(invitation.status);
      const role = await this.role(manager, invitation.role_id);
      const name = await displayName(manager, viewer.personId);
      const recipients = await leadIds(manager, project.id, viewer.personId);
      if (!accept) {
        const [row]: InvitationRow[] = await sql.rows<InvitationRow>(
          manager,
          `UPDATE project_invitation i SET status = 'declined', decided_at = now(), decline_reason = $2
              WHERE i.id = $1 RETURNING ${INVITATION_COLUMNS}`,
          [invitationId, reason?.trim() || null],
        );
        await this.notify(manager, recipients, {
          kind: 'project.invitation_declined',
          message: `${name} declined your invitation to “${project.title}” as ${role.title}${reason?.trim() ? `: ${reason.trim()}` : '.'}`,
          link: projectLink(project.id),
        });
        return invitationFromRow(row);
      }
      assertOpen(project);
      await lockPersonInProject(manager, project.id, viewer.personId);
      if (await this.activeMembership(manager, project.id, viewer.personId)) throw new AlreadyMemberError();
      await this.claimSeat(manager, role.id);
      await this.addMember(manager, project.id, role.id, viewer.personId);
      const [row]: InvitationRow[] = await sql.rows<InvitationRow>(
        manager,
        `UPDATE project_invitation i SET status = 'accepted', decided_at = now() WHERE i.id = $1 RETURNING ${INVITATION_COLUMNS}`,
        [invitationId],
      );
      await this.settleOtherRequests(manager, project, viewer.personId);
      await this.notify(manager, recipients, {
        kind: 'project.invitation_accepted',
        message: `${name} accepted your invitation and joined “${project.title}” as ${role.title}.`,
        link: projectLink(project.id),
      });
      return invitationFromRow(row);
    });
  }

  /** Queues for a full open role; queuing again returns the same entry. */
  async joinWaitlist(viewer: ViewerRef, roleId: string): Promise<WaitlistRecord> {
    return this.transactions.run(async (manager) => {
      const role = await this.role(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertOpen(project);
      assertNotLead(project);
      if (role.joinPolicy !== 'open') throw new WaitlistNotAvailableError();
      await lockPersonInProject(manager, project.id, viewer.personId);
      if (await this.activeMembership(manager, project.id, viewer.personId)) throw new AlreadyMemberError();
      // The seat a queue offers is taken without another check: the skills are asked for at the door.
      await this.assertMustHaves(manager, role, viewer.personId);
      const existing: WaitlistRow[] = await manager.query(
        `SELECT ${WAITLIST_COLUMNS} FROM project_waitlist w
          WHERE w.role_id = $1 AND w.person_id = $2 AND w.status IN ('waiting','offered')`,
        [roleId, viewer.personId],
      );
      if (existing[0]) return waitlistFromRow(existing[0]);
      // FOR SHARE: a seat freed meanwhile is offered to the queue under the role's row lock, after us.
      const [seats]: Array<{ seats: number; seats_taken: number }> = await manager.query(
        `SELECT seats, seats_taken FROM project_role WHERE id = $1 FOR SHARE`,
        [roleId],
      );
      if (seats.seats_taken < seats.seats) throw new RoleNotFullError();
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO project_waitlist (project_id, role_id, person_id) VALUES ($1, $2, $3) RETURNING id`,
        [project.id, roleId, viewer.personId],
      );
      const [row]: WaitlistRow[] = await manager.query(
        `SELECT ${WAITLIST_COLUMNS} FROM project_waitlist w WHERE w.id = $1`,
        [id],
      );
      return waitlistFromRow(row);
    });
  }

  /** Leaves the queue (declining a held seat releases it to the next person). False when not queued. */
  async leaveWaitlist(viewer: ViewerRef, roleId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const entries = await sql.rows<{ status: string; role_id: string }>(
        manager,
        `UPDATE project_waitlist w SET status = CASE WHEN w.status = 'offered' THEN 'declined' ELSE 'left' END
            FROM project_waitlist old
           WHERE old.id = w.id AND w.role_id = $1 AND w.person_id = $2 AND w.status IN ('waiting','offered')
           RETURNING old.status, w.role_id`,
        [roleId, viewer.personId],
      );
      if (!entries[0]) return false;
      if (entries[0].status === 'offered') await this.releaseSeat(manager, roleId);
      return true;
    });
  }

  /** Takes the seat held for me from the waitlist. */
  async acceptWaitlistOffer(viewer: ViewerRef, roleId: string): Promise<MemberRecord> {
    return this.transactions.run(async (manager) => {
      const role = await this.role(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertOpen(project);
      await lockPersonInProject(manager, project.id, viewer.personId);
      const [offer]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM project_waitlist
          WHERE role_id = $1 AND person_id = $2 AND status = 'offered' AND offer_expires_at > now() FOR UPDATE`,
        [roleId, viewer.personId],
      );
      if (!offer) throw new NoWaitlistOfferError();
      if (await this.activeMembership(manager, project.id, viewer.personId)) throw new AlreadyMemberError();
      // The seat was held for this offer (counted in seats_taken): no claim here.
      const member = await this.addMember(manager, project.id, roleId, viewer.personId);
      await manager.query(`UPDATE project_waitlist SET status = 'accepted' WHERE id = $1`, [offer.id]);
      await this.settleOtherRequests(manager, project, viewer.personId);
      await this.notify(manager, await leadIds(manager, project.id, viewer.personId), {
        kind: 'project.member_joined',
        message: `${await displayName(manager, viewer.personId)} joined “${project.title}” as ${role.title} from the waitlist.`,
        link: projectLink(project.id),
      });
      return member;
    });
  }

  /**
   * Settles deadlines: manager consent past its deadline becomes lapsed (a yes; the leads are told they
   * can decide), and seat offers past their expiry release the seat to the next person in line. Runs
   * periodically (PROJECT_DEADLINE_CHECK_MINUTES); replicas share the work with SKIP LOCKED.
   */
  async checkDeadlines(): Promise<DeadlineReport> {
    return this.transactions.run(async (manager) => {
      const lapsed: Array<{ project_id: string; title: string; role_title: string; applicant: string }> =
        await manager.query(
          `WITH due AS (
           SELECT id FROM project_application
            WHERE status = 'pending' AND consent_status = 'pending' AND consent_due_at <= now()
            ORDER BY consent_due_at LIMIT ${DEADLINE_BATCH} FOR UPDATE SKIP LOCKED
         ), lapsed AS (
           UPDATE project_application a SET consent_status = 'lapsed' FROM due WHERE a.id = due.id
           RETURNING a.project_id, a.role_id, a.person_id
         )
         SELECT l.project_id, p.title, r.title AS role_title, pe.given_name || ' ' || pe.family_name AS applicant
           FROM lapsed l JOIN project p ON p.id = l.project_id JOIN project_role r ON r.id = l.role_id
           JOIN person pe ON pe.id = l.person_id`,
        );
      for (const application of lapsed) {
        await this.notify(manager, await leadIds(manager, application.project_id), {
          kind: 'project.consent_lapsed',
          message: `${application.applicant}’s manager did not answer in time, which counts as consent: you can now decide the application to “${application.title}” as ${application.role_title}.`,
          link: MY_PROJECTS_LINK,
        });
      }
      const expired: Array<{ id: string; role_id: string }> = await manager.query(
        `SELECT id, role_id FROM project_waitlist WHERE status = 'offered' AND offer_expires_at <= now()
          ORDER BY offer_expires_at LIMIT ${DEADLINE_BATCH} FOR UPDATE SKIP LOCKED`,
      );
      for (const offer of expired) {
        await manager.query(`UPDATE project_waitlist SET status = 'expired' WHERE id = $1`, [offer.id]);
        await this.releaseSeat(manager, offer.role_id);
      }
      return { consentsLapsed: lapsed.length, offersExpired: expired.length };
    });
  }

  /** Pending applications to the projects I own or co-lead, oldest first. */
  async inbox(viewer: ViewerRef): Promise<ApplicationRecord[]> {
    const rows: ApplicationRow[] = await this.dataSource.query(
      `SELECT ${APPLICATION_COLUMNS} FROM project_application a JOIN project p ON p.id = a.project_id
        WHERE a.status = 'pending'
          AND (p.owner_id = $1 OR EXISTS (SELECT 1 FROM project_lead l WHERE l.project_id = p.id AND l.person_id = $1))
        ORDER BY a.created_at, a.id LIMIT 500`,
      [viewer.personId],
    );
    return rows.map(applicationFromRow);
  }

  /** My applications, newest first. */
  async myApplications(viewer: ViewerRef): Promise<ApplicationRecord[]> {
    const rows: ApplicationRow[] = await this.dataSource.query(
      `SELECT ${APPLICATION_COLUMNS} FROM project_application a WHERE a.person_id = $1
        ORDER BY a.created_at DESC, a.id DESC LIMIT 200`,
      [viewer.personId],
    );
    return rows.map(applicationFromRow);
  }

  /** Applications of my direct reports waiting for my consent, soonest deadline first. */
  async consentRequests(viewer: ViewerRef): Promise<ApplicationRecord[]> {
    const rows: ApplicationRow[] = await this.dataSource.query(
      `SELECT ${APPLICATION_COLUMNS} FROM project_application a
        WHERE a.consent_manager_id = $1 AND a.status = 'pending' AND a.consent_status = 'pending' AND a.consent_due_at > now()
        ORDER BY a.consent_due_at, a.id`,
      [viewer.personId],
    );
    return rows.map(applicationFromRow);
  }

  /** Invitations waiting for my answer, newest first. */
  async myInvitations(viewer: ViewerRef): Promise<InvitationRecord[]> {
    const rows: InvitationRow[] = await this.dataSource.query(
      `SELECT ${INVITATION_COLUMNS} FROM project_invitation i JOIN project p ON p.id = i.project_id
        WHERE i.person_id = $1 AND i.status = 'pending' ORDER BY i.created_at DESC, i.id DESC`,
      [viewer.personId],
    );
    return rows.map(invitationFromRow);
  }

  /** My places in waitlists (waiting, or offered a seat). */
  async myWaitlist(viewer: ViewerRef): Promise<WaitlistRecord[]> {
    const rows: WaitlistRow[] = await this.dataSource.query(
      `SELECT ${WAITLIST_COLUMNS} FROM project_waitlist w
        WHERE w.person_id = $1 AND w.status IN ('waiting','offered') ORDER BY w.created_at, w.id`,
      [viewer.personId],
    );
    return rows.map(waitlistFromRow);
  }

  private async role(manager: EntityManager, roleId: string): Promise<RoleFacts> {
    const [row]: Array<{
      id: string;
      project_id: string;
      title: string;
      seats: number;
      seats_taken: number;
      join_policy: 'open' | 'application';
      manager_consent: boolean;
      consent_days: number | null;
      join_requires_skills: boolean;
    }> = await manager.query(
      `SELECT id, project_id, title, seats, seats_taken, join_policy, manager_consent, consent_days, join_requires_skills
         FROM project_role WHERE id = $1`,
      [roleId],
    );
    if (!row) throw new RoleNotFoundError();
    return {
      id: row.id,
      projectId: row.project_id,
      title: row.title,
      seats: row.seats,
      seatsTaken: row.seats_taken,
      joinPolicy: row.join_policy,
      managerConsent: row.manager_consent,
      consentDays: row.consent_days,
      joinRequiresSkills: row.join_requires_skills,
    };
  }

  private async assertMustHaves(manager: EntityManager, role: RoleFacts, personId: string): Promise<void> {
    if (!role.joinRequiresSkills) return;
    const missing = await missingMustHaves(manager, personId, [role.id]);
    if (missing.length) throw new MustHaveSkillsMissingError(missing.map((skill) => skill.name));
  }

  /** The project, locked FOR SHARE; an invisible one is reported as the thing looked for (`notFound`). */
  private async projectOf(
    manager: EntityManager,
    projectId: string,
    viewer: ViewerRef,
    notFound: new () => Error,
  ): Promise<LockedProject> {
    try {
      return await lockProject(manager, projectId, viewer, 'share');
    } catch {
      throw new notFound();
    }
  }

  private async findApplication(manager: EntityManager, applicationId: string): Promise<ApplicationRow> {
    const [row]: ApplicationRow[] = await manager.query(
      `SELECT a.* FROM project_application a WHERE a.id = $1`,
      [applicationId],
    );
    if (!row) throw new ApplicationNotFoundError();
    return row;
  }

  /** The stored application (consent as stored, not as read) under a row lock. */
  private async lockApplication(manager: EntityManager, applicationId: string): Promise<ApplicationRow> {
    const [row]: ApplicationRow[] = await manager.query(
      `SELECT a.* FROM project_application a WHERE a.id = $1 FOR UPDATE`,
      [applicationId],
    );
    if (!row) throw new ApplicationNotFoundError();
    return row;
  }

  private async setApplication(
    manager: EntityManager,
    applicationId: string,
    assignments: string,
    values: unknown[] = [],
  ): Promise<ApplicationRecord> {
    const rows = await sql.rows<ApplicationRow>(
      manager,
      `UPDATE project_application a SET ${assignments} WHERE a.id = $1 RETURNING ${APPLICATION_COLUMNS}`,
      [applicationId, ...values],
    );
    return applicationFromRow(rows[0]);
  }

  private async activeMembership(
    manager: EntityManager,
    projectId: string,
    personId: string,
  ): Promise<MemberRecord | null> {
    const [row]: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM project_member m WHERE m.project_id = $1 AND m.person_id = $2 AND m.left_at IS NULL`,
      [projectId, personId],
    );
    return row ? memberFromRow(row) : null;
  }

  /** Takes one seat atomically, or ROLE_FULL. Concurrent claims queue on the role's row lock. */
  private async claimSeat(manager: EntityManager, roleId: string): Promise<void> {
    const claimed = await sql.affected(
      manager,
      `UPDATE project_role SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < seats`,
      [roleId],
    );
    if (!claimed) throw new RoleFullError();
  }

  private async addMember(
    manager: EntityManager,
    projectId: string,
    roleId: string,
    personId: string,
  ): Promise<MemberRecord> {
    try {
      const [row]: MemberRow[] = await manager.query(
        `INSERT INTO project_member AS m (project_id, role_id, person_id) VALUES ($1, $2, $3) RETURNING ${MEMBER_COLUMNS}`,
        [projectId, roleId, personId],
      );
      return memberFromRow(row);
    } catch (error) {
      // The partial unique index is the backstop behind the advisory lock.
      if (isUniqueViolation(error)) throw new AlreadyMemberError();
      throw error;
    }
  }

  /**
   * A freed seat is offered to the next person waiting for the role (held for them, so it stays
   * counted), or returned to the pool. Under the role's row lock, so two releases never offer one seat
   * twice and a concurrent join sees the seat only once it is really free.
   */
  private async releaseSeat(manager: EntityManager, roleId: string): Promise<void> {
    const [role]: Array<{ project_id: string; title: string; project_title: string; status: string }> =
      await manager.query(
        `SELECT r.project_id, r.title, p.title AS project_title, p.status
         FROM project_role r JOIN project p ON p.id = r.project_id WHERE r.id = $1 FOR UPDATE OF r`,
        [roleId],
      );
    for (;;) {
      const [next]: Array<{ id: string; person_id: string; member: boolean }> = await manager.query(
        `SELECT w.id, w.person_id,
                EXISTS (SELECT 1 FROM project_member m
                         WHERE m.project_id = w.project_id AND m.person_id = w.person_id AND m.left_at IS NULL) AS member
           FROM project_waitlist w WHERE w.role_id = $1 AND w.status = 'waiting'
          ORDER BY w.created_at, w.id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [roleId],
      );
      if (!next || role.status === 'completed' || role.status === 'cancelled') break;
      if (next.member) {
        // Joined another role of the project meanwhile: no longer waiting for this one.
        await manager.query(`UPDATE project_waitlist SET status = 'left' WHERE id = $1`, [next.id]);
        continue;
      }
      await manager.query(
        `UPDATE project_waitlist SET status = 'offered', offered_at = now(),
                offer_expires_at = now() + make_interval(hours => $2) WHERE id = $1`,
        [next.id, WAITLIST_OFFER_HOURS],
      );
      await this.notify(manager, [next.person_id], {
        kind: 'project.seat_offered',
        message: `A seat opened up in “${role.project_title}” as ${role.title}: it is held for you for ${WAITLIST_OFFER_HOURS} hours.`,
        link: projectLink(role.project_id),
      });
      return;
    }
    await manager.query(`UPDATE project_role SET seats_taken = seats_taken - 1 WHERE id = $1`, [roleId]);
  }

  /**
   * Once someone holds a role in a project, their other open requests there are moot: pending
   * applications are withdrawn, pending invitations closed, and waitlist places left (a held seat is
   * released to the next person).
   */
  private async settleOtherRequests(
    manager: EntityManager,
    project: LockedProject,
    personId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE project_application SET status = 'withdrawn', decided_at = now()
        WHERE project_id = $1 AND person_id = $2 AND status = 'pending'`,
      [project.id, personId],
    );
    await manager.query(
      `UPDATE project_invitation SET status = 'closed', decided_at = now()
        WHERE project_id = $1 AND person_id = $2 AND status = 'pending'`,
      [project.id, personId],
    );
    const offered = await sql.rows<{ role_id: string; status: string }>(
      manager,
      `UPDATE project_waitlist w SET status = CASE WHEN w.status = 'offered' THEN 'declined' ELSE 'left' END
           FROM project_waitlist old
          WHERE old.id = w.id AND w.project_id = $1 AND w.person_id = $2 AND w.status IN ('waiting','offered')
          RETURNING w.role_id, old.status`,
      [project.id, personId],
    );
    for (const entry of offered)
      if (entry.status === 'offered') await this.releaseSeat(manager, entry.role_id);
  }

  private async notify(
    manager: EntityManager,
    personIds: readonly string[],
    notification: Omit<NewNotification, 'personId'>,
  ): Promise<void> {
    await this.notifications.notify(
      personIds.map((personId) => ({ ...notification, personId })),
      manager,
    );
  }
}
