import { canSee, needsRelationship, type ProfileField, type ProfileOwner, type Relationship, type Viewer } from '@ensemble/api/people';

/** Manager links are followed this far up at most (a longer chain is a data error, as is a cycle). */
const MAX_MANAGER_DEPTH = 64;

/**
 * The profile's visibility policy (`canSee`) for one viewer over people held in memory (the people
 * index), with the relationship it needs read from their manager links: whether the viewer manages
 * someone is memoised per manager, so colleagues share the walk up.
 */
export class ViewerPrivacy {
  private readonly viewerManagerId: string | null;
  /** Per manager: whether the viewer is that manager or above them. */
  private readonly above = new Map<string, boolean>();

  constructor(
    private readonly people: ReadonlyMap<string, Pick<ProfileOwner, 'managerId'>>,
    private readonly viewer: Viewer,
  ) {
    this.viewerManagerId = people.get(viewer.personId)?.managerId ?? null;
  }

  canSee(owner: ProfileOwner, field: ProfileField): boolean {
    if (!needsRelationship(this.viewer, owner, field)) return canSee(this.viewer, owner, field);
    return canSee(this.viewer, owner, field, this.relationship(owner));
  }

  /** How the viewer stands towards the owner: what the profile's relationship loader would read from the database. */
  relationship(owner: Pick<ProfileOwner, 'managerId'>): Relationship {
    return { inManagerChain: this.manages(owner.managerId, 0), viewerManagerId: this.viewerManagerId };
  }

  /** Whether the viewer is `managerId` or one of their managers. */
  private manages(managerId: string | null, depth: number): boolean {
    if (managerId === null || depth > MAX_MANAGER_DEPTH) return false;
    if (managerId === this.viewer.personId) return true;
    let found = this.above.get(managerId);
    if (found === undefined) {
      this.above.set(managerId, false); // a cycle ends here
      found = this.manages(this.people.get(managerId)?.managerId ?? null, depth + 1);
      this.above.set(managerId, found);
    }
    return found;
  }
}
