import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, NotFoundError } from '@ensemble/api/core';
import { PersonEntity } from '../entities/person.entity';
import type { UpdateMyProfileInput } from '../dto/update-profile.input';
import { planProfileUpdate } from '../profile/profile-update';

/** Writes a person's own profile. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * A partial update in one transaction: the row is locked, the plan is computed against it, and the
   * change and its audit event commit together (or not at all). Invalid input never gets this far
   * (the validation pipe refuses it), and a plan error rolls back before anything is written.
   */
  async updateMyProfile(personId: string, input: UpdateMyProfileInput): Promise<PersonEntity> {
    return this.dataSource.transaction(async (manager) => {
      const people = manager.getRepository(PersonEntity);
      const current = await people
        .createQueryBuilder('person')
        .setLock('pessimistic_write')
        .where('person.id = :personId', { personId })
        .getOne();
      if (!current) throw new NotFoundError('Person', 'Your profile does not exist any more.');
      const { patch, changedFields } = planProfileUpdate(current, input);
      if (!changedFields.length) return current;
      await people.update({ id: personId }, patch);
      await this.audit.record(
        // Field names only: the audit trail is read by admins and must not copy private values.
        { actorId: personId, action: 'profile.updated', targetType: 'person', targetId: personId, data: { fields: changedFields } },
        manager,
      );
      return people.findOneByOrFail({ id: personId });
    });
  }
}
