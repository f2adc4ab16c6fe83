/**
 * Every notification query lists this typename, so marking read (an Int result, which names no type)
 * refetches them all, the bell's count included.
 */
export const NOTIFICATION_CONTEXT = { additionalTypenames: ['Notification'] };
