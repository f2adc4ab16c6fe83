import { Injectable } from '@nestjs/common';
import { UnauthenticatedError, attachedPrincipal, whenReady, type GraphQLRequestContext, type MaybePromise } from '@ensemble/api/core';
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
 * The answer is synchronous whenever the policy needs no relationship or the request already knows it
 * (a primed page), so that the field costs no promise.
 */
@Injectable()
export class ProfileVisibilityService {
  constructor(private readonly people: PeopleService) {}

  canView(context: GraphQLRequestContext, person: Person, field: ProfileField): MaybePromise<boolean> {
    const viewer = viewerOf(context);
    const owner = { id: person.id, managerId: person.managerId, fieldVisibility: person.fieldVisibility };
    if (!needsRelationship(viewer, owner, field)) return canSee(viewer, owner, field);
    const relationship = peopleLoaders(context.loaders, this.people).relationshipToViewer(viewer.personId).get(person.id);
    return whenReady(relationship, (known) => canSee(viewer, owner, field, known));
  }

  /** The value when this viewer may see it, else null. */
  visible<T>(context: GraphQLRequestContext, person: Person, field: ProfileField, value: T): MaybePromise<T | null> {
    return whenReady(this.canView(context, person, field), (may) => (may ? value : null));
  }
}
