/**
 * What to tell a person when a change was refused. The API's domain and validation errors carry a
 * stable `extensions.code` and a message written for people (e.g. SKILL_RETIRED: "This skill was
 * retired and can no longer be added to a profile."), so those are shown as sent; codes that mean
 * "something broke" get a calm message instead of whatever the server said.
 */

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

interface CombinedErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: unknown;
  response?: { status?: number } | null;
}

/** Codes whose server message is about our code, not about what the person did. */
const NOT_FOR_PEOPLE = new Set([
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LARGE',
  'SUBSCRIPTION_NOT_SUPPORTED',
]);

/** Messages by code that read better than the server's generic ones. */
export const MUTATION_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Your session has ended, so this was not saved. Sign in again, then retry.',
  FORBIDDEN: 'You are not allowed to make this change.',
};

export const SAVE_FAILED_MESSAGE =
  'This was not saved because of a problem on our side. Please try again in a moment.';
export const OFFLINE_MESSAGE =
  'Ensemble could not be reached, so this was not saved. Check your connection and try again.';

function firstError(error: unknown): GraphQLErrorLike | undefined {
  return (error as CombinedErrorLike | null | undefined)?.graphQLErrors?.[0];
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function mutationErrorCode(error: unknown): string | undefined {
  const code = firstError(error)?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** "Invalid input: headline must be at most 120 characters." → "Headline must be at most 120 characters." */
function tidy(message: string): string {
  const stripped = message.replace(/^Invalid (?:input|skill|interest):\s*/i, '').trim();
  return stripped ? stripped.charAt(0).toUpperCase() + stripped.slice(1) : message;
}

/** A readable message for a failed mutation; `messages` overrides by code for one form. */
export function mutationErrorMessage(
  error: unknown,
  messages: Readonly<Record<string, string>> = {},
): string {
  const code = mutationErrorCode(error);
  if (code && messages[code]) return messages[code];
  if (code && MUTATION_ERROR_MESSAGES[code]) return MUTATION_ERROR_MESSAGES[code];
  const combined = error as CombinedErrorLike | null | undefined;
  if (!code && combined?.response?.status === 401)
    return MUTATION_ERROR_MESSAGES['UNAUTHENTICATED'] ?? SAVE_FAILED_MESSAGE;
  if (!code && combined?.networkError) return OFFLINE_MESSAGE;
  if (!code || NOT_FOR_PEOPLE.has(code)) {
    const requestId = firstError(error)?.extensions?.['requestId'];
    return typeof requestId === 'string'
      ? `${SAVE_FAILED_MESSAGE} (Reference: ${requestId}.)`
      : SAVE_FAILED_MESSAGE;
  }
  const message = firstError(error)?.message;
  return message ? tidy(message) : SAVE_FAILED_MESSAGE;
}

/**
 * The per-field problems of a BAD_USER_INPUT error (`extensions.details.fields`), keyed by the top-level
 * input field ("links.0.url" → "links"), so a form can show them next to the right control.
 */
export function fieldProblems(error: unknown): Record<string, string> {
  const details = firstError(error)?.extensions?.['details'] as
    { fields?: ReadonlyArray<{ field?: unknown; problems?: unknown }> } | undefined;
  const result: Record<string, string> = {};
  for (const entry of details?.fields ?? []) {
    if (typeof entry.field !== 'string' || !Array.isArray(entry.problems)) continue;
    const path = entry.field.split('.');
    // Inputs are wrapped in `input` by the resolver's argument name.
    const key = path[0] === 'input' && path.length > 1 ? (path[1] ?? '') : (path[0] ?? '');
    const text = entry.problems
      .filter((problem): problem is string => typeof problem === 'string')
      .join('; ');
    if (key && text) result[key] = result[key] ? `${result[key]}; ${tidy(text)}` : tidy(text);
  }
  return result;
}
