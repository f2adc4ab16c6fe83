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

  /** False when nobody reports to the viewer: then the viewer manages no one, and no walk is needed. */
  private readonly viewerManages: boolean;

  constructor(
    private readonly people: ReadonlyMap<string, Pick<ProfileOwner, 'managerId'>>,
    private readonly viewer: Viewer,
    /** Whether anyone among `people` has this manager (when not given, every walk is taken). */
    hasReports?: (personId: string) => boolean,
  ) {
    this.viewerManagerId = people.get(viewer.personId)?.managerId ?? null;
    this.viewerManages = hasReports ? hasReports(viewer.personId) : true;
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
    if (!this.viewerManages || managerId === null || depth > MAX_MANAGER_DEPTH) return false;
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
