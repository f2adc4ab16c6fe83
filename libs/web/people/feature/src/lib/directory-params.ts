/** The directory's state in the URL (?name=ann&department=<id>&after=<cursor>) so back/forward work. */
export interface DirectoryParams {
  name: string;
  departmentId: string;
  after: string | null;
}

export function readDirectoryParams(params: URLSearchParams): DirectoryParams {
  return {
    name: params.get('name')?.trim() ?? '',
    departmentId: params.get('department') ?? '',
    after: params.get('after') || null,
  };
}

export function writeDirectoryParams({ name, departmentId, after }: DirectoryParams): URLSearchParams {
  const params = new URLSearchParams();
  if (name.trim()) params.set('name', name.trim());
  if (departmentId) params.set('department', departmentId);
  if (after) params.set('after', after);
  return params;
}

/**
 * The `after` cursors of the pages before the current one (null for the first page), kept in the
 * history entry's state: Previous pops one, Next pushes the current one.
 */
export interface DirectoryHistoryState {
  cursors: Array<string | null>;
  /** This entry was made by typing in the search box (further typing replaces it). */
  typed?: boolean;
}

export function isTypedEntry(state: unknown): boolean {
  return (state as Partial<DirectoryHistoryState> | null)?.typed === true;
}

export function readCursorStack(state: unknown): Array<string | null> {
  const cursors = (state as Partial<DirectoryHistoryState> | null)?.cursors;
  return Array.isArray(cursors)
    ? cursors.filter((cursor) => cursor === null || typeof cursor === 'string')
    : [];
}
