/**
 * Unsaved form input kept in the tab's sessionStorage, so it survives a reload or a sign-in after the
 * session expired (the identity provider's round trip stays in the tab). Keyed by person and form, so
 * one person never sees another's draft on a shared browser; sessionStorage ends with the tab, and a
 * sign-out clears every draft.
 */
const PREFIX = 'ensemble.draft:';

export function draftKey(personId: string, form: string): string {
  return `${PREFIX}${personId}:${form}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy settings): drafts are then kept only on the page.
    return null;
  }
}

/** The stored draft, or null when there is none or it is unreadable. */
export function readDraft(key: string): unknown {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    storage()?.removeItem(key);
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full storage: the draft stays on the page only.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Forgets every person's drafts in this tab (on sign-out). */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
}
