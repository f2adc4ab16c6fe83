import {
  FieldVisibility,
  ProfileField,
  canonicalLanguageTag,
  isHttpUrl,
  isTimeZone,
  markdownToPlainText,
  normalizeTopics,
  visibilityOf,
} from '../profile/profile-fields';
import { canSee, needsRelationship, type Viewer } from '../profile/profile-visibility';
import { scoreCompleteness, type ProfileCheck } from '../profile/profile-completeness';

describe('profile field rules', () => {
  it('validates time zones, language tags and link URLs', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('not a tag')).toBeNull();
    expect(isHttpUrl('https://example.com/x')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://example.com')).toBe(false);
  });

  it('normalises and de-duplicates topics, keeping the first spelling', () => {
    expect(normalizeTopics(['  Open   source', 'open SOURCE', '', 'Rust'])).toEqual(['Open source', 'Rust']);
  });

  it('strips Markdown syntax for the plain-text bio but keeps HTML as literal text', () => {
    expect(markdownToPlainText('# Hi\n\n**bold** and [a link](https://x.example) <b>tag</b>')).toBe(
      'Hi\n\nbold and a link <b>tag</b>',
    );
  });

  it('treats an unknown stored visibility as ONLY_ME (fail closed)', () => {
    expect(visibilityOf({ bio: 'friends' as FieldVisibility }, ProfileField.BIO)).toBe(
      FieldVisibility.ONLY_ME,
    );
  });
});

describe('canSee', () => {
  const owner = { id: 'o', managerId: 'm', fieldVisibility: { bio: FieldVisibility.MANAGER_CHAIN_AND_TEAM } };
  const viewer = (personId: string, roles: Viewer['roles'] = ['employee']): Viewer => ({ personId, roles });

  it.each([
    ['the owner', viewer('o'), undefined, true],
    ['HR without any relationship', viewer('h', ['employee', 'hr']), undefined, true],
    ['a manager up the chain', viewer('v'), { inManagerChain: true, viewerManagerId: 'x' }, true],
    ['a direct report', viewer('r'), { inManagerChain: false, viewerManagerId: 'o' }, true],
    ['a peer', viewer('p'), { inManagerChain: false, viewerManagerId: 'm' }, true],
    ['an unrelated colleague', viewer('c'), { inManagerChain: false, viewerManagerId: 'z' }, false],
    ['anyone when the relationship is unknown', viewer('c'), undefined, false],
  ])('at MANAGER_CHAIN_AND_TEAM: %s → %s', (_label, who, relationship, expected) => {
    expect(canSee(who, owner, ProfileField.BIO, relationship)).toBe(expected);
  });

  it('asks for the relationship only when the answer depends on it', () => {
    expect(needsRelationship(viewer('c'), owner, ProfileField.BIO)).toBe(true);
    expect(needsRelationship(viewer('c'), owner, ProfileField.HEADLINE)).toBe(false);
    expect(needsRelationship(viewer('o'), owner, ProfileField.BIO)).toBe(false);
  });

  it('two people without a manager are not peers', () => {
    const top = {
      id: 'a',
      managerId: null,
      fieldVisibility: { bio: FieldVisibility.MANAGER_CHAIN_AND_TEAM },
    };
    expect(canSee(viewer('b'), top, ProfileField.BIO, { inManagerChain: false, viewerManagerId: null })).toBe(
      false,
    );
  });
});

describe('scoreCompleteness', () => {
  const check = (id: string, weight: number): ProfileCheck => ({
    id,
    weight,
    hint: `do ${id}`,
    progress: () => false,
  });

  it('weights the done checks and lists the missing ones heaviest first, first registered on ties', () => {
    expect(
      scoreCompleteness([
        { check: check('a', 10), progress: true },
        { check: check('b', 30), progress: false },
        { check: check('c', 30), progress: false },
        { check: check('d', 30), progress: true },
      ]),
    ).toEqual({
      percent: 40,
      nextStep: { field: 'b', hint: 'do b' },
      nextSteps: [
        { field: 'b', hint: 'do b' },
        { field: 'c', hint: 'do c' },
      ],
    });
    expect(scoreCompleteness([{ check: check('a', 1), progress: true }])).toEqual({
      percent: 100,
      nextStep: null,
      nextSteps: [],
    });
  });

  it('gives partial credit and orders steps by what they would still add, with a hint for the state', () => {
    const result = scoreCompleteness([
      { check: check('headline', 20), progress: false },
      { check: check('skills', 60), progress: { progress: 5 / 8, hint: 'Add 3 more skills' } },
      { check: check('bio', 15), progress: true },
    ]);
    // 15 + 60 × 5/8 = 52.5 of 95.
    expect(result.percent).toBe(55);
    expect(result.nextSteps).toEqual([
      { field: 'skills', hint: 'Add 3 more skills' },
      { field: 'headline', hint: 'do headline' },
    ]);
  });

  it('never reaches 100% while a check is only partly done', () => {
    expect(
      scoreCompleteness([
        { check: check('a', 999), progress: true },
        { check: check('b', 1), progress: 0.5 },
      ]).percent,
    ).toBe(99);
  });
});
