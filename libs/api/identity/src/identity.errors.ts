import { DomainError } from '@ensemble/api/core';

/** Why a sign-in was refused: recorded in the audit trail, mapped to a stable client-facing code. */
export type RefusalReason =
  | 'missing_response'
  | 'malformed'
  | 'too_large'
  | 'doctype'
  | 'signature'
  | 'audience'
  | 'expired'
  | 'not_yet_valid'
  | 'destination'
  | 'response_issuer'
  | 'assertion_issuer'
  | 'recipient'
  | 'no_expiry'
  | 'no_assertion'
  | 'invalid'
  | 'unsolicited'
  | 'browser_binding'
  | 'replayed'
  | 'idp_status'
  | 'attributes'
  | 'account_inactive'
  | 'account_conflict';

const START_AGAIN = 'Please start signing in again.';
const ASK_ADMIN = 'If this keeps happening, contact your administrator.';
const NOT_FOR_US = `The sign-in response was not addressed to Ensemble, so you were not signed in. ${START_AGAIN} ${ASK_ADMIN}`;

const REFUSALS: Record<RefusalReason, { code: string; status: number; message: string }> = {
  missing_response: {
    code: 'SAML_RESPONSE_MALFORMED',
    status: 400,
    message: `No sign-in response was received. ${START_AGAIN}`,
  },
  malformed: {
    code: 'SAML_RESPONSE_MALFORMED',
    status: 400,
    message: `The sign-in response could not be read. ${START_AGAIN}`,
  },
  too_large: {
    code: 'SAML_RESPONSE_TOO_LARGE',
    status: 413,
    message: `The sign-in response is larger than Ensemble accepts, so you were not signed in. ${ASK_ADMIN}`,
  },
  doctype: {
    code: 'SAML_RESPONSE_MALFORMED',
    status: 400,
    message: `The sign-in response contains a document type declaration, which is not allowed. ${START_AGAIN}`,
  },
  signature: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response could not be verified, so you were not signed in. ${START_AGAIN} ${ASK_ADMIN}`,
  },
  audience: { code: 'SAML_RESPONSE_INVALID', status: 401, message: NOT_FOR_US },
  destination: { code: 'SAML_RESPONSE_INVALID', status: 401, message: NOT_FOR_US },
  recipient: { code: 'SAML_RESPONSE_INVALID', status: 401, message: NOT_FOR_US },
  response_issuer: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response came from an identity provider Ensemble does not trust. ${ASK_ADMIN}`,
  },
  assertion_issuer: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response came from an identity provider Ensemble does not trust. ${ASK_ADMIN}`,
  },
  expired: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response has expired. ${START_AGAIN} If this keeps happening, check that your computer's clock is right.`,
  },
  not_yet_valid: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response is not valid yet: the clocks of Ensemble and your identity provider disagree. Try again in a minute. ${ASK_ADMIN}`,
  },
  no_expiry: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response does not say how long it is valid, so it cannot be accepted. ${ASK_ADMIN}`,
  },
  no_assertion: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response did not contain a sign-in. ${START_AGAIN}`,
  },
  invalid: {
    code: 'SAML_RESPONSE_INVALID',
    status: 401,
    message: `The sign-in response was not valid, so you were not signed in. ${START_AGAIN} ${ASK_ADMIN}`,
  },
  unsolicited: {
    code: 'SAML_UNSOLICITED',
    status: 401,
    message: `This sign-in response does not belong to a sign-in started here, or that sign-in took too long. ${START_AGAIN}`,
  },
  browser_binding: {
    code: 'SAML_BROWSER_MISMATCH',
    status: 401,
    message: `This sign-in was not started in this browser, or the browser did not keep the cookie Ensemble set when it started. ${START_AGAIN}`,
  },
  replayed: {
    code: 'SAML_REPLAYED',
    status: 401,
    message: `This sign-in response has already been used. ${START_AGAIN}`,
  },
  idp_status: {
    code: 'SAML_IDP_REFUSED',
    status: 401,
    message: `Your identity provider did not sign you in. ${START_AGAIN} ${ASK_ADMIN}`,
  },
  attributes: {
    code: 'SAML_ATTRIBUTES_MISSING',
    status: 401,
    message: 'Your identity provider did not send the details Ensemble needs',
  },
  account_inactive: {
    code: 'ACCOUNT_INACTIVE',
    status: 403,
    message: 'Your Ensemble account has been deactivated. Please contact your administrator.',
  },
  account_conflict: {
    code: 'ACCOUNT_CONFLICT',
    status: 409,
    message:
      'Another Ensemble account already uses this email address, so a new one cannot be created for you. Please contact your administrator.',
  },
};

export interface RefusalFacts {
  /** Attribute names the IdP must send (shown to the person, who passes them on to an admin). */
  missingAttributes?: string[];
  /** Structured facts for the audit row only (e.g. the IdP's status codes). */
  audit?: Record<string, unknown>;
}

/**
 * A refused sign-in. `code` and `message` are for the client; `reason`, `detail` (for example the
 * library's own error text) and `auditFacts` go only to the audit trail and logs.
 */
export class SignInRefusedError extends DomainError {
  readonly auditFacts?: Record<string, unknown>;

  constructor(
    readonly reason: RefusalReason,
    readonly detail?: string,
    facts: RefusalFacts = {},
  ) {
    const refusal = REFUSALS[reason];
    const missing = facts.missingAttributes;
    const message =
      reason === 'attributes' && missing?.length
        ? `${refusal.message} (missing: ${missing.join(', ')}). Please contact your administrator.`
        : reason === 'attributes'
          ? `${refusal.message}. Please contact your administrator.`
          : refusal.message;
    super(refusal.code, message, refusal.status, missing?.length ? { missing } : undefined);
    this.auditFacts = facts.audit;
  }
}
