/** The slice of a person that list entries show (structurally matches the PersonSummary fragment). */
export interface PersonSummaryView {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  title?: string | null;
  avatarUrl?: string | null;
  department?: { id: string; name: string } | null;
}
