import type { AppConfig, RoleName } from '@ensemble/api/core';
import type { IdentityProfile } from '@ensemble/api/people';

export type AttributeNames = AppConfig['saml']['attributes'];
export type GroupNames = AppConfig['saml']['groups'];

/** What the identity module needs from a validated assertion. */
export interface AssertedIdentity {
  nameId: string;
  /** Attribute name → values, as node-saml read them from the signed assertion. */
  attributes: Record<string, unknown>;
}

export type MappingResult = { ok: true; profile: IdentityProfile } | { ok: false; missing: string[] };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const MAX_EXTERNAL_ID = 512;
const MAX_EMAIL = 320;

export function looksLikeEmail(value: string): boolean {
  return value.length <= MAX_EMAIL && EMAIL.test(value);
}

/**
 * node-saml gives a single-valued attribute as a string, a multi-valued one as an array, and a value
 * with child elements as an object; only text values mean anything here.
 */
export function attributeValues(attributes: Record<string, unknown>, name: string): string[] {
  if (!Object.prototype.hasOwnProperty.call(attributes, name)) return [];
  const raw = attributes[name];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean);
}

function first(attributes: Record<string, unknown>, name: string): string | undefined {
  return attributeValues(attributes, name)[0];
}

/** Everyone is an employee; the IdP's groups add HR and admin (exact, case-sensitive group names). */
export function rolesFromGroups(groups: readonly string[], names: GroupNames): RoleName[] {
  const roles: RoleName[] = ['employee'];
  if (groups.includes(names.hr)) roles.push('hr');
  if (groups.includes(names.admin)) roles.push('admin');
  return roles;
}

/** The inverse, for the demo identity provider: which groups to assert for a person's roles. */
export function groupsFromRoles(roles: readonly RoleName[], names: GroupNames): string[] {
  const groups: string[] = [];
  if (roles.includes('hr')) groups.push(names.hr);
  if (roles.includes('admin')) groups.push(names.admin);
  return groups;
}

/**
 * Turns the assertion into the profile people are provisioned from. The NameID is the stable key
 * (external id); the email attribute falls back to the NameID when that is an email address. A
 * missing email or name refuses the sign-in with the attribute names to fix in the IdP, rather than
 * creating a person with made-up data.
 */
export function mapIdentity(
  identity: AssertedIdentity,
  names: AttributeNames,
  groupNames: GroupNames,
): MappingResult {
  const missing: string[] = [];
  const externalId = identity.nameId.trim();
  if (!externalId || externalId.length > MAX_EXTERNAL_ID) missing.push('NameID');

  const emailAttribute = first(identity.attributes, names.email);
  const email =
    emailAttribute && looksLikeEmail(emailAttribute)
      ? emailAttribute
      : looksLikeEmail(externalId)
        ? externalId
        : undefined;
  if (!email) missing.push(names.email);

  const givenName = first(identity.attributes, names.givenName);
  if (!givenName) missing.push(names.givenName);
  const familyName = first(identity.attributes, names.familyName);
  if (!familyName) missing.push(names.familyName);

  if (missing.length > 0 || !email || !givenName || !familyName) return { ok: false, missing };
  return {
    ok: true,
    profile: {
      externalId,
      email,
      givenName,
      familyName,
      title: first(identity.attributes, names.title) ?? null,
      departmentName: first(identity.attributes, names.department) ?? null,
      roles: rolesFromGroups(attributeValues(identity.attributes, names.groups), groupNames),
    },
  };
}
