import type { DataSource } from 'typeorm';
import type { PeopleIndexService } from '@ensemble/api/people-index';
import { currentRequestContext, runWithRequestContext } from '@ensemble/api/core';
import { SkillDictionary, VOCABULARY_TTL_MS } from '../query/skill-dictionary.service';

const EMPTY = [{ skills: [], aliases: [], locations: [] }];
const peopleIndex = { containsWord: () => false } as unknown as PeopleIndexService;

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
    const dictionary = new SkillDictionary(dataSource, peopleIndex);
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

  it('rebuilds on its timer only when the database says the vocabulary changed', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    let fingerprint = 'one';
    let skillName = 'Kubernetes';
    const statements: string[] = [];
    const dataSource = {
      query: jest.fn(async (sql: string) => {
        const check = /^SELECT md5/.test(sql);
        statements.push(check ? 'check' : 'load');
        if (check) return [{ fingerprint }];
        return [{ skills: [{ id: 's1', name: skillName, parentId: null, holderCount: 1 }], aliases: [], locations: [], fingerprint }];
      }),
    } as unknown as DataSource;
    const dictionary = new SkillDictionary(dataSource, peopleIndex);
    dictionary.onApplicationBootstrap();
    const tick = async () => {
      jest.advanceTimersByTime(VOCABULARY_TTL_MS);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    expect((await dictionary.vocabulary()).skills.get('s1')?.name).toBe('Kubernetes');
    await tick();
    expect(statements).toEqual(['load', 'check']);
    fingerprint = 'two';
    skillName = 'Kubernetes (K8s)';
    await tick();
    expect(statements).toEqual(['load', 'check', 'check', 'load']);
    expect((await dictionary.vocabulary()).skills.get('s1')?.name).toBe('Kubernetes (K8s)');
    await tick();
    expect(statements).toEqual(['load', 'check', 'check', 'load', 'check']);
    dictionary.onApplicationShutdown();
  });
});
