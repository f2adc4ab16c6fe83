import type { DataSource } from 'typeorm';
import { currentRequestContext, runWithRequestContext } from '@ensemble/api/core';
import { SkillDictionary, VOCABULARY_TTL_MS } from '../query/skill-dictionary.service';

const EMPTY = [{ skills: [], aliases: [], locations: [] }];

describe('SkillDictionary', () => {
  it('loads once, then refreshes a stale vocabulary in the background, outside the request that noticed', async () => {
    const contexts: Array<string | undefined> = [];
    const dataSource = {
      query: jest.fn(async () => {
        contexts.push(currentRequestContext()?.requestId);
        return EMPTY;
      }),
    } as unknown as DataSource;
    const dictionary = new SkillDictionary(dataSource);
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(1_000_000);

    // The first load is the request's own (it waits for it).
    await runWithRequestContext('request-one', () => dictionary.vocabulary());
    await runWithRequestContext('request-two', () => dictionary.vocabulary());
    expect(contexts).toEqual(['request-one']);

    // Stale: answered at once from the old vocabulary, refreshed without the request's context.
    now.mockReturnValue(1_000_000 + VOCABULARY_TTL_MS + 1);
    await runWithRequestContext('request-three', () => dictionary.vocabulary());
    await new Promise((resolve) => setImmediate(resolve));
    expect(contexts).toEqual(['request-one', undefined]);
    now.mockRestore();
  });
});
