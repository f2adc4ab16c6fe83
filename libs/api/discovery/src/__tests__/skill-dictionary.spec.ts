import type { DataSource } from 'typeorm';
import { currentRequestContext, runWithRequestContext } from '@ensemble/api/core';
import { SkillDictionary, VOCABULARY_TTL_MS } from '../query/skill-dictionary.service';

const EMPTY = [{ skills: [], aliases: [], locations: [] }];

describe('SkillDictionary', () => {
  afterEach(() => jest.useRealTimers());

  it('loads once, outside the request that waits for it, then only on its timer', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const contexts: Array<string | undefined> = [];
    const dataSource = {
      query: jest.fn(async () => {
        contexts.push(currentRequestContext()?.requestId ?? 'none');
        return EMPTY;
      }),
    } as unknown as DataSource;
    const dictionary = new SkillDictionary(dataSource);
    dictionary.onApplicationBootstrap();

    // The first search waits for the load, but its SQL is not the search's own.
    await runWithRequestContext('request-one', () => dictionary.vocabulary());
    await runWithRequestContext('request-two', () => dictionary.vocabulary());
    expect(contexts).toEqual(['none']);

    // However old the vocabulary, a search never reloads it; the timer does, outside any request.
    await runWithRequestContext('request-three', () => dictionary.vocabulary());
    expect(contexts).toEqual(['none']);
    await runWithRequestContext('request-four', async () => {
      jest.advanceTimersByTime(VOCABULARY_TTL_MS);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(contexts).toEqual(['none', 'none']);
    dictionary.onApplicationShutdown();
  });
});
