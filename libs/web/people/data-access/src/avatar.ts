import { useCallback, useState } from 'react';

/** The API's limits (libs/api/people avatar.errors.ts), checked here first so nobody waits for a refusal. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
export const AVATAR_ENDPOINT = '/api/avatar';

/** A refusal with the API's stable code (AVATAR_TOO_LARGE, AVATAR_UNSUPPORTED_TYPE, …) and a message for people. */
export interface AvatarProblem {
  code: string;
  message: string;
}

/** The browser-side checks: a PNG, JPEG, WebP or GIF of at most 2 MB. Null when the file may be sent. */
export function checkAvatarFile(file: Pick<File, 'type' | 'size'>): AvatarProblem | null {
  if (!AVATAR_TYPES.includes(file.type)) {
    return {
      code: 'AVATAR_UNSUPPORTED_TYPE',
      message: 'The picture must be a PNG, JPEG, WebP or GIF image.',
    };
  }
  if (file.size > AVATAR_MAX_BYTES) {
    const megabytes = (file.size / (1024 * 1024)).toFixed(1);
    return {
      code: 'AVATAR_TOO_LARGE',
      message: `The picture is ${megabytes} MB; at most 2 MB fits. Choose a smaller one.`,
    };
  }
  if (file.size === 0) return { code: 'BAD_USER_INPUT', message: 'The file is empty: choose a picture.' };
  return null;
}

const STATUS_MESSAGES: Readonly<Record<number, AvatarProblem>> = {
  401: { code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again, then retry.' },
  413: { code: 'AVATAR_TOO_LARGE', message: 'The picture is larger than 2 MB: choose a smaller one.' },
  415: { code: 'AVATAR_UNSUPPORTED_TYPE', message: 'The picture must be a PNG, JPEG, WebP or GIF image.' },
};

/** The API answers REST errors as `{ error: { code, message } }`; anything else gets a message by status. */
async function problemOf(response: Response): Promise<AvatarProblem> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body.error ?? {};
    if (typeof code === 'string' && typeof message === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return { code, message };
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to the status.
  }
  return (
    STATUS_MESSAGES[response.status] ?? {
      code: 'INTERNAL_SERVER_ERROR',
      message:
        'The picture could not be saved because of a problem on our side. Please try again in a moment.',
    }
  );
}

const NETWORK_PROBLEM: AvatarProblem = {
  code: 'NETWORK_ERROR',
  message: 'Ensemble could not be reached. Check your connection and try again.',
};

export type AvatarResult = { ok: true; avatarUrl: string | null } | { ok: false; problem: AvatarProblem };

/** POST /api/avatar (multipart, field `file`). */
export async function uploadAvatar(file: File, fetchImpl: typeof fetch = fetch): Promise<AvatarResult> {
  const problem = checkAvatarFile(file);
  if (problem) return { ok: false, problem };
  const body = new FormData();
  body.append('file', file);
  try {
    const response = await fetchImpl(AVATAR_ENDPOINT, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problem: await problemOf(response) };
    const result = (await response.json()) as { avatarUrl: string };
    return { ok: true, avatarUrl: result.avatarUrl };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

/** DELETE /api/avatar. */
export async function deleteAvatar(fetchImpl: typeof fetch = fetch): Promise<AvatarResult> {
  try {
    const response = await fetchImpl(AVATAR_ENDPOINT, { method: 'DELETE', credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problem: await problemOf(response) };
    return { ok: true, avatarUrl: null };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

export type AvatarState =
  | { status: 'idle' }
  | { status: 'uploading' | 'removing' }
  | { status: 'uploaded' | 'removed' }
  | { status: 'error'; problem: AvatarProblem };

/**
 * Uploading and removing the signed-in person's picture. The picture is REST, outside urql's cache:
 * `onChanged` runs after a change so the caller can refetch the profile.
 */
export function useAvatar(onChanged: () => void, fetchImpl?: typeof fetch) {
  const [state, setState] = useState<AvatarState>({ status: 'idle' });
  const run = useCallback(
    async (status: 'uploading' | 'removing', action: () => Promise<AvatarResult>) => {
      setState({ status });
      const result = await action();
      if (result.ok) {
        setState({ status: status === 'uploading' ? 'uploaded' : 'removed' });
        onChanged();
      } else {
        setState({ status: 'error', problem: result.problem });
      }
      return result;
    },
    [onChanged],
  );
  const upload = useCallback(
    (file: File) => run('uploading', () => uploadAvatar(file, fetchImpl)),
    [run, fetchImpl],
  );
  const remove = useCallback(() => run('removing', () => deleteAvatar(fetchImpl)), [run, fetchImpl]);
  /** Shows a problem found before anything was sent (e.g. by the file picker's own checks). */
  const reject = useCallback((problem: AvatarProblem) => setState({ status: 'error', problem }), []);
  return { state, upload, remove, reject };
}
