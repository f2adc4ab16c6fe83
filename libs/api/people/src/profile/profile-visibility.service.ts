import { Injectable } from '@nestjs/common';
import { UnauthenticatedError, attachedPrincipal, type GraphQLRequestContext } from '@ensemble/api/core';
import type { Person } from '../dto/person.type';
import { PeopleService } from '../services/people.service';
import { peopleLoaders } from '../people.loaders';
import type { ProfileField } from './profile-fields';
import { canSee, needsRelationship, type Viewer } from './profile-visibility';

/** The signed-in viewer of a GraphQL request (the access guard has attached it before any field resolves). */
export function viewerOf(context: GraphQLRequestContext): Viewer {
  const principal = attachedPrincipal(context.req);
  if (!principal) throw new UnauthenticatedError();
  return { personId: principal.personId, roles: principal.roles };
}

/**
 * Applies the visibility policy for field resolvers. The relationship (manager chain, team) is loaded
 * only when a field's visibility depends on it, and then for the whole page in one batched statement.
 */
@Injectable()
export class ProfileVisibilityService {
  constructor(private readonly people: PeopleService) {}

  async canView(context: GraphQLRequestContext, person: Person, field: ProfileField): Promise<boolean> {
    const viewer = viewerOf(context);
    const owner = { id: person.id, managerId: person.managerId, fieldVisibility: person.fieldVisibility };
    if (!needsRelationship(viewer, owner, field)) return canSee(viewer, owner, field);
    const relationship = await peopleLoaders(context.loaders, this.people)
      .relationshipToViewer(viewer.personId)
      .load(person.id);
    return canSee(viewer, owner, field, relationship);
  }

  /** The value when this viewer may see it, else null. */
  async visible<T>(
    context: GraphQLRequestContext,
    person: Person,
    field: ProfileField,
    value: T,
  ): Promise<T | null> {
    return (await this.canView(context, person, field)) ? value : null;
  }
}
