/** "Ada Lovelace" → "AL"; falls back to the display name's first letters. */
export function initials(person: {
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
}): string {
  const first = person.givenName?.trim().charAt(0) ?? '';
  const last = person.familyName?.trim().charAt(0) ?? '';
  if (first || last) return (first + last).toUpperCase();
  const words = (person.displayName ?? '').trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
}
