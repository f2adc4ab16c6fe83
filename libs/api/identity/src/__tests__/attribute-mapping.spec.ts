import { testConfig } from '@ensemble/api/core/testing';
import { attributeValues, groupsFromRoles, mapIdentity, rolesFromGroups } from '../saml/attribute-mapping';

const { attributes: names, groups } = testConfig().saml;

describe('rolesFromGroups / groupsFromRoles', () => {
  it('always grants employee and adds hr and admin from the configured groups', () => {
    expect(rolesFromGroups([], groups)).toEqual(['employee']);
    expect(rolesFromGroups(['staff', 'ensemble-hr'], groups)).toEqual(['employee', 'hr']);
    expect(rolesFromGroups(['ensemble-admins', 'ensemble-hr'], groups)).toEqual(['employee', 'hr', 'admin']);
  });

  it('matches group names exactly', () => {
    expect(rolesFromGroups(['Ensemble-HR', 'ensemble-hr-readers', 'cn=ensemble-admins'], groups)).toEqual([
      'employee',
    ]);
  });

  it('inverts for the demo identity provider', () => {
    expect(groupsFromRoles(['employee', 'hr', 'admin'], groups)).toEqual(['ensemble-hr', 'ensemble-admins']);
    expect(rolesFromGroups(groupsFromRoles(['employee', 'admin'], groups), groups)).toEqual([
      'employee',
      'admin',
    ]);
  });
});

describe('attributeValues', () => {
  it('normalises node-saml shapes to trimmed non-empty strings', () => {
    const attributes = {
      one: ' a ',
      many: ['x', '', ' y '],
      nested: { _: 'ignored', $: {} },
      mixed: ['ok', { child: 1 }],
    };
    expect(attributeValues(attributes, 'one')).toEqual(['a']);
    expect(attributeValues(attributes, 'many')).toEqual(['x', 'y']);
    expect(attributeValues(attributes, 'nested')).toEqual([]);
    expect(attributeValues(attributes, 'mixed')).toEqual(['ok']);
    expect(attributeValues(attributes, 'absent')).toEqual([]);
    expect(attributeValues(attributes, 'constructor')).toEqual([]);
  });
});

describe('mapIdentity', () => {
  const full = {
    email: 'ada@example.com',
    givenName: 'Ada',
    familyName: 'Lovelace',
    title: 'Analyst',
    department: 'Engines',
    groups: ['ensemble-hr', 'other'],
  };

  it('maps the configured attributes', () => {
    expect(mapIdentity({ nameId: 'id-1', attributes: full }, names, groups)).toEqual({
      ok: true,
      profile: {
        externalId: 'id-1',
        email: 'ada@example.com',
        givenName: 'Ada',
        familyName: 'Lovelace',
        title: 'Analyst',
        departmentName: 'Engines',
        roles: ['employee', 'hr'],
      },
    });
  });

  it('uses configured attribute names (e.g. claim URIs)', () => {
    const custom = { ...names, email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' };
    const result = mapIdentity(
      { nameId: 'id-1', attributes: { ...full, email: undefined, [custom.email]: 'ada@corp.example' } },
      custom,
      groups,
    );
    expect(result.ok && result.profile.email).toBe('ada@corp.example');
  });

  it('falls back to an email-shaped NameID, and leaves optional attributes empty', () => {
    const result = mapIdentity(
      { nameId: 'ada@example.com', attributes: { givenName: 'Ada', familyName: 'Lovelace' } },
      names,
      groups,
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        externalId: 'ada@example.com',
        email: 'ada@example.com',
        givenName: 'Ada',
        familyName: 'Lovelace',
        title: null,
        departmentName: null,
        roles: ['employee'],
      },
    });
  });

  it('does not accept an email attribute that is not an email address', () => {
    const result = mapIdentity(
      { nameId: 'id-1', attributes: { ...full, email: 'not an email' } },
      names,
      groups,
    );
    expect(result).toEqual({ ok: false, missing: ['email'] });
  });

  it('names every missing attribute', () => {
    expect(mapIdentity({ nameId: '  ', attributes: {} }, names, groups)).toEqual({
      ok: false,
      missing: ['NameID', 'email', 'givenName', 'familyName'],
    });
  });
});
