import { LoaderRegistry, attachPrincipal, type GraphQLRequestContext } from '@ensemble/api/core';
import type { Person } from '../dto/person.type';
import { peopleLoaders } from '../people.loaders';
import { FieldVisibility, ProfileField } from '../profile/profile-fields';
import { ProfileVisibilityService } from '../profile/profile-visibility.service';
import type { PeopleService } from '../services/people.service';

/** A page's person as the field resolvers receive it (only what the policy reads). */
const owner = (id: string, headline: FieldVisibility): Person =>
  ({ id, managerId: 'boss', fieldVisibility: { [ProfileField.HEADLINE]: headline }, profile: { headline: `${id}'s headline` } }) as unknown as Person;

describe('ProfileVisibilityService: field answers without a promise where it can', () => {
  const setUp = () => {
    const relationships = jest.fn(async (_viewerId: string, ownerIds: readonly string[]) => ({
      viewerManagerId: 'boss',
      managedByViewer: new Set<string>(ownerIds.filter((id) => id === 'report')),
    }));
    const people = { relationships } as unknown as PeopleService;
    const req = {};
    attachPrincipal(req, { personId: 'viewer', roles: ['employee'], sessionId: 's' } as never);
    const context = { req, res: {}, loaders: new LoaderRegistry() } as unknown as GraphQLRequestContext;
    return { service: new ProfileVisibilityService(people), context, people, relationships };
  };

  it('answers a field shown to everyone synchronously, with no statement', () => {
    const { service, context, relationships } = setUp();
    expect(service.visible(context, owner('a', FieldVisibility.EVERYONE), ProfileField.HEADLINE, 'x')).toBe('x');
    expect(service.visible(context, owner('a', FieldVisibility.ONLY_ME), ProfileField.HEADLINE, 'x')).toBeNull();
    expect(relationships).not.toHaveBeenCalled();
  });

  it('answers a team-only field synchronously once the page primed the relationship', () => {
    const { service, context, people, relationships } = setUp();
    peopleLoaders(context.loaders, people).primePage('viewer', [
      { person: { id: 'teammate' }, department: null, relationship: { inManagerChain: false, viewerManagerId: 'boss' } },
      { person: { id: 'stranger' }, department: null, relationship: { inManagerChain: false, viewerManagerId: 'other' } },
    ]);
    // Same manager: a teammate; a different one, no chain: hidden.
    expect(service.visible(context, owner('teammate', FieldVisibility.MANAGER_CHAIN_AND_TEAM), ProfileField.HEADLINE, 'x')).toBe('x');
    expect(
      service.visible(context, { ...owner('stranger', FieldVisibility.MANAGER_CHAIN_AND_TEAM), managerId: 'someone' } as Person, ProfileField.HEADLINE, 'x'),
    ).toBeNull();
    expect(relationships).not.toHaveBeenCalled();
  });

  it('loads an unknown relationship once for the page, then answers from it synchronously', async () => {
    const { service, context, relationships } = setUp();
    const report = { ...owner('report', FieldVisibility.MANAGER_CHAIN_AND_TEAM), managerId: 'viewer' } as Person;
    const other = { ...owner('other', FieldVisibility.MANAGER_CHAIN_AND_TEAM), managerId: 'elsewhere' } as Person;
    const answers = [service.visible(context, report, ProfileField.HEADLINE, 'r'), service.visible(context, other, ProfileField.HEADLINE, 'o')];
    expect(answers.every((answer) => answer instanceof Promise)).toBe(true);
    expect(await Promise.all(answers)).toEqual(['r', null]);
    expect(relationships).toHaveBeenCalledTimes(1);
    expect(service.visible(context, report, ProfileField.HEADLINE, 'r')).toBe('r');
  });
});
