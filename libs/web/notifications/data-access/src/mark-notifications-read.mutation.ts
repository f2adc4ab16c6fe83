import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { NOTIFICATION_CONTEXT } from './notification-context';

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * Marks notifications read: the given ids, or all of mine when called without. The inbox and the
 * bell's count refetch afterwards.
 */
export function useMarkNotificationsRead() {
  const [state, execute] = useMutation(MarkNotificationsReadMutation);
  const markRead = useCallback(
    (ids?: string[]) => execute(ids ? { ids } : {}, NOTIFICATION_CONTEXT),
    [execute],
  );
  return [state, markRead] as const;
}
