import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { SamlStatusError, type Profile } from '@node-saml/passport-saml';
import { APP_CONFIG, AuditService, JsonLogger, isUniqueViolation, type AppConfig, type RoleName } from '@ensemble/api/core';
import { PeopleService } from '@ensemble/api/people';
import { SignInRefusedError, type RefusalReason } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { mapIdentity } from './attribute-mapping';
import { responseSignatureProblem } from './response-signature';
import { returnPathOrHome } from './return-path';
import { SamlReplayStore } from './saml-replay.store';
import { SamlServiceProvider } from './saml-sp.service';
import { SignInBinding } from './sign-in-binding';
import {
  bindingProblem,
  containsDoctype,
  decodeBase64Xml,
  describeStatus,
  isSuccess,
  latestNotOnOrAfter,
  parseXmlStrict,
  readAssertionFacts,
  readResponseEnvelope,
  readResponseStatus,
  SAML_RESPONSE_LIMITS,
  SamlXmlLimitError,
  timeWindowProblem,
  type ResponseEnvelope,
  type ResponseStatus,
} from './saml-xml';

export interface AcsInput {
  samlResponse: unknown;
  relayState: unknown;
  /** Set when the posted form was over the ACS body limit (and so was not read). */
  formOverLimitBytes?: number;
  /** The sign-in binding value the posting browser holds (SignInBinding). */
  browserBinding?: string;
  /** The browser's current session token, replaced by the new session. */
  previousToken?: string;
  /** The ACS the response was posted to (SamlServiceProvider.acsUrlFor); PUBLIC_URL's when absent. */
  acsUrl?: string;
}

interface VerifiedSignIn {
  profile: Profile;
  assertionId: string;
}

/** What the refused response claimed (unverified), for the audit trail. */
interface Claims {
  issuer?: string;
  nameId?: string;
  /** The Status as written, e.g. an unsigned error response's `Responder/AuthnFailed`. */
  status?: string;
}

/**
 * The IdP's answer, read from the root of a response whose signature node-saml verified: anything
 * but Success refuses the sign-in, with the status codes and message in the audit row.
 */
function statusRefusal(doc: Document): SignInRefusedError | null {
  let status: ResponseStatus;
  try {
    status = readResponseStatus(doc.documentElement);
  } catch (error) {
    return new SignInRefusedError('idp_status', (error as Error).message, { audit: { idpStatus: null } });
  }
  return isSuccess(status)
    ? null
    : new SignInRefusedError('idp_status', describeStatus(status), { audit: { idpStatus: status } });
}

function claimedStatus(doc: Document): string | undefined {
  try {
    return describeStatus(readResponseStatus(doc.documentElement));
  } catch {
    return undefined;
  }
}

/**
 * The assertion consumer service: verifies a SAML response end to end and turns it into a session.
 *
 * Order matters: cheap structural refusals first (no signature work for garbage or DOCTYPEs), then a
 * linear check that the IdP signed this very Response, then node-saml's verification (on a verifier
 * thread), then the checks node-saml does not make, then single use. Nothing is provisioned and no
 * session exists until all of them pass, and every refusal is audited.
 */
@Injectable()
export class SamlSignInService {
  /** Request ids whose response is being verified in this process (each is answered once). */
  private readonly verifying = new Set<string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sp: SamlServiceProvider,
    private readonly replay: SamlReplayStore,
    private readonly binding: SignInBinding,
    private readonly people: PeopleService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly logger: JsonLogger,
  ) {}

  /** Signs the person in and returns where to send the browser. Throws SignInRefusedError. */
  async complete(input: AcsInput, response: Response): Promise<string> {
    const claims: Claims = {};
    try {
      const { profile, assertionId } = await this.verify(input, claims);
      const mapped = mapIdentity(
        {
          nameId: profile.nameID ?? '',
          attributes: (profile['attributes'] as Record<string, unknown> | undefined) ?? {},
        },
        this.config.saml.attributes,
        this.config.saml.groups,
      );
      if (!mapped.ok)
        throw new SignInRefusedError('attributes', `missing ${mapped.missing.join(', ')}`, {
          missingAttributes: mapped.missing,
        });

      let person: { id: string; roles: RoleName[]; status: 'active' | 'inactive' };
      try {
        person = await this.people.upsertFromIdentity(mapped.profile);
      } catch (error) {
        if (isUniqueViolation(error, 'person_email_key')) throw new SignInRefusedError('account_conflict');
        throw error;
      }
      if (person.status !== 'active') throw new SignInRefusedError('account_inactive');

      await this.audit.record({
        action: 'auth.signed_in',
        actorId: person.id,
        targetType: 'person',
        targetId: person.id,
        data: { method: 'saml', issuer: this.sp.idp.entityId, assertionId, roles: person.roles },
      });
      await this.sessions.create(person.id, person.roles, response, input.previousToken, {
        issuer: this.sp.idp.entityId,
      });
      this.logger.event('info', 'Signed in', { personId: person.id, roles: person.roles });
      return returnPathOrHome(input.relayState);
    } catch (error) {
      if (error instanceof SignInRefusedError) await this.recordRefusal(error, claims);
      throw error;
    }
  }

  private async verify(
    { samlResponse, formOverLimitBytes, browserBinding, acsUrl }: AcsInput,
    claims: Claims,
  ): Promise<VerifiedSignIn> {
    if (formOverLimitBytes !== undefined)
      throw new SignInRefusedError('too_large', `the form is over ${formOverLimitBytes} bytes`);
    if (typeof samlResponse !== 'string' || samlResponse.trim() === '')
      throw new SignInRefusedError('missing_response');
    let xml: string;
    let base64: string;
    try {
      ({ xml, base64 } = decodeBase64Xml(samlResponse));
    } catch (error) {
      throw new SignInRefusedError('malformed', (error as Error).message);
    }
    // Before any parser sees it: node-saml would parse a DOCTYPE without complaint.
    if (containsDoctype(xml)) throw new SignInRefusedError('doctype');

    let doc: Document;
    let envelope: ResponseEnvelope;
    try {
      // Counted before any DOM exists: signature checking costs superlinear time in the markup.
      doc = parseXmlStrict(xml, SAML_RESPONSE_LIMITS);
      envelope = readResponseEnvelope(doc);
    } catch (error) {
      const message = (error as Error).message;
      throw new SignInRefusedError(error instanceof SamlXmlLimitError ? 'too_large' : 'malformed', message);
    }
    claims.issuer = envelope.issuer;
    claims.nameId = envelope.claimedNameId;
    claims.status = claimedStatus(doc);

    const precheck = await this.replay.precheck(envelope.assertionIds, envelope.inResponseTo);
    if (precheck.replayed) throw new SignInRefusedError('replayed');
    if (!envelope.inResponseTo) throw new SignInRefusedError('unsolicited', 'no InResponseTo');
    if (!precheck.pending)
      throw new SignInRefusedError('unsolicited', 'InResponseTo is not an outstanding request');
    // Before node-saml, which consumes the request id: the right browser may still complete it.
    const elsewhere = this.binding.problem(browserBinding, precheck.browserBinding);
    if (elsewhere) throw new SignInRefusedError('browser_binding', elsewhere);

    // node-saml's verification costs up to seconds of CPU for a large document, all of it before a
    // forged signature is noticed (ADR 0019). Only a document the IdP signed goes on to it; a refusal
    // here consumes the request id, as node-saml's own refusals do.
    const signatureProblem = responseSignatureProblem(doc.documentElement, this.sp.idp.certificates);
    if (signatureProblem) {
      await this.replay.requests.removeAsync(envelope.inResponseTo);
      throw new SignInRefusedError('signature', signatureProblem);
    }
    // The same response posted again while it is being verified cannot succeed (its request id and
    // assertion are used once): refused without verifying it twice.
    if (this.verifying.has(envelope.inResponseTo))
      throw new SignInRefusedError('replayed', 'this response is already being verified');
    this.verifying.add(envelope.inResponseTo);
    let profile: Profile | null;
    try {
      profile = await this.sp.validateResponse(base64);
    } catch (error) {
      throw this.classifyLibraryError(error, doc);
    } finally {
      this.verifying.delete(envelope.inResponseTo);
    }
    // node-saml verified the Response signature (wantAuthnResponseSigned), which covers the Status, but
    // reads the Status only when there is no assertion: a signed "no" (Responder, AuthnFailed…) that
    // still carries a valid assertion would sign the person in. Refused here, before anything else.
    const refusedByIdp = statusRefusal(doc);
    if (refusedByIdp) throw refusedByIdp;
    if (!profile) throw new SignInRefusedError('no_assertion');

    // Read from the assertion node-saml verified (the signed bytes), never from a second copy that
    // signature wrapping could have planted. The Response's own Destination and Issuer come from the
    // document root, which node-saml required to carry a valid signature over itself
    // (wantAuthnResponseSigned), so they are covered by that signature.
    const assertionXml = profile.getAssertionXml?.();
    if (!assertionXml) throw new SignInRefusedError('invalid', 'no verified assertion XML');
    let facts: ReturnType<typeof readAssertionFacts>;
    try {
      facts = readAssertionFacts(assertionXml);
    } catch (error) {
      throw new SignInRefusedError('invalid', (error as Error).message);
    }
    const problem = bindingProblem(envelope, facts, {
      // Destination and Recipient must name the ACS the response actually arrived at.
      acsUrl: acsUrl ?? this.sp.acsUrl,
      idpEntityId: this.sp.idp.entityId,
    });
    if (problem) throw new SignInRefusedError(problem);

    const validUntil = latestNotOnOrAfter(facts) as Date; // bindingProblem refused assertions without one
    const expiresAt = new Date(validUntil.getTime() + this.config.saml.clockSkewMs);
    if (!(await this.replay.consumeAssertion(facts.id, this.sp.idp.entityId, expiresAt))) {
      throw new SignInRefusedError('replayed', 'assertion id consumed concurrently');
    }
    return { profile, assertionId: facts.id };
  }

  /** node-saml reports failures as plain Errors; their wording picks the reason, never the outcome. */
  private classifyLibraryError(error: unknown, doc: Document): SignInRefusedError {
    const message = error instanceof Error ? error.message : String(error);
    // Thrown for a response without an assertion, once its signature was verified.
    if (error instanceof SamlStatusError)
      return statusRefusal(doc) ?? new SignInRefusedError('idp_status', message);
    let reason: RefusalReason = 'invalid';
    if (/InResponseTo/i.test(message)) reason = 'unsolicited';
    else if (/signature/i.test(message)) reason = 'signature';
    else if (/audience/i.test(message)) reason = 'audience';
    else if (/not yet valid|expired|subject confirmation/i.test(message)) {
      reason = timeWindowProblem(doc, Date.now(), this.config.saml.clockSkewMs) ?? 'expired';
    } else if (/missing SAML assertion/i.test(message)) reason = 'no_assertion';
    return new SignInRefusedError(reason, message);
  }

  private async recordRefusal(error: SignInRefusedError, claims: Claims): Promise<void> {
    this.logger.event('warn', 'Sign-in refused', {
      code: error.code,
      reason: error.reason,
      detail: error.detail,
    });
    await this.audit.record({
      action: 'auth.sign_in_refused',
      targetType: 'saml_response',
      data: {
        code: error.code,
        reason: error.reason,
        ...(error.detail ? { detail: error.detail.slice(0, 500) } : {}),
        ...(claims.issuer ? { claimedIssuer: claims.issuer.slice(0, 256) } : {}),
        ...(claims.nameId ? { claimedNameId: claims.nameId } : {}),
        ...(claims.status && error.reason !== 'idp_status' ? { claimedStatus: claims.status } : {}),
        ...error.auditFacts,
      },
    });
  }
}
