import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFieldNames } from '../selection';
import { managerDepthFor } from '../people.loaders';
import { MAX_MANAGER_CHAIN } from '../services/people.service';

/** The resolve info of the first root field of `query`, as far as selectedFieldNames reads it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFieldNames', () => {
  it('lists the fields directly below the resolved field, through fragments, not deeper ones', () => {
    const info = infoOf(`
      query($id: ID!) { person(id: $id) { id ...Profile ... on Person { managerChain { headline } } } }
      fragment Profile on Person { displayName ...Org }
      fragment Org on Person { department { name } directReports { bio } }`);
    expect([...selectedFieldNames(info)].sort()).toEqual(
      ['department', 'directReports', 'displayName', 'id', 'managerChain'].sort(),
    );
  });
});

describe('managerDepthFor', () => {
  const employee = { personId: 'viewer', roles: ['employee' as const] };
  const hr = { personId: 'viewer', roles: ['employee' as const, 'hr' as const] };

  it('loads the whole chain when the page shows it', () => {
    expect(managerDepthFor(new Set(['managerChain']), employee, 'viewer')).toBe(MAX_MANAGER_CHAIN);
  });

  it('loads the whole chain when a private field may depend on whether another employee is in it', () => {
    expect(managerDepthFor(new Set(['hoursPerWeekAvailable']), employee, 'owner')).toBe(MAX_MANAGER_CHAIN);
    expect(managerDepthFor(new Set(['bioPlainText']), employee, 'owner')).toBe(MAX_MANAGER_CHAIN);
  });

  it('does not for the owner themself or HR, who see every field they may see without it', () => {
    expect(managerDepthFor(new Set(['hoursPerWeekAvailable']), employee, 'viewer')).toBe(0);
    expect(managerDepthFor(new Set(['hoursPerWeekAvailable', 'manager']), hr, 'owner')).toBe(1);
  });

  it('loads one level for the manager and none for org data only', () => {
    expect(managerDepthFor(new Set(['manager', 'displayName']), employee, 'owner')).toBe(1);
    expect(managerDepthFor(new Set(['displayName', 'department', 'skills']), employee, 'owner')).toBe(0);
  });
});
