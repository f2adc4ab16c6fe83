import { getOperationAST, parse } from 'graphql';
import { OperationWarmups } from '../graphql/operation-warmups';

/** Runs the plugin's executionDidStart for one operation, as Apollo would. */
async function execute(warmups: OperationWarmups, query: string, cookie?: string, operationName?: string): Promise<void> {
  const operation = getOperationAST(parse(query), operationName) ?? undefined;
  const listener = await warmups.plugin().requestDidStart?.({} as never);
  await listener?.executionDidStart?.({ operation, contextValue: { req: { headers: { cookie } } } } as never);
}

describe('OperationWarmups', () => {
  it("starts each root field's warm-up once, for an operation with a cookie", async () => {
    const warmups = new OperationWarmups();
    const started: string[] = [];
    warmups.register('searchPeople', () => started.push('searchPeople'));
    warmups.register('candidatesForRole', () => started.push('candidatesForRole'));
    await execute(warmups, `{ a: searchPeople(input: {}) { totalCount } b: searchPeople(input: {}) { totalCount } me { id } }`, 'session=x');
    expect(started).toEqual(['searchPeople']);
  });

  it('starts nothing for a request without a cookie (it cannot be signed in)', async () => {
    const warmups = new OperationWarmups();
    const started: string[] = [];
    warmups.register('searchPeople', () => started.push('searchPeople'));
    await execute(warmups, `{ searchPeople(input: {}) { totalCount } }`);
    expect(started).toEqual([]);
  });

  it('starts nothing when the request names no operation of a document that has several', async () => {
    const warmups = new OperationWarmups();
    const started: string[] = [];
    warmups.register('searchPeople', () => started.push('searchPeople'));
    const twoOperations = `query A { searchPeople(input: {}) { totalCount } } query B { me { id } }`;
    await execute(warmups, twoOperations, 'session=x');
    await execute(warmups, twoOperations, 'session=x', 'C');
    expect(started).toEqual([]);
  });

  it('refuses a second warm-up for the same root field', () => {
    const warmups = new OperationWarmups();
    warmups.register('searchPeople', () => undefined);
    expect(() => warmups.register('searchPeople', () => undefined)).toThrow(/already registered/);
  });
});
