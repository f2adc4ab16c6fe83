export { ViewerQuery, useViewer } from './viewer.query';
export { safeReturnTo, samlLoginHref, signInPageHref, LOGOUT_ACTION, DEFAULT_RETURN_TO } from './return-to';
export type { ViewerQuery as ViewerResult } from '@ensemble/web/graphql';
