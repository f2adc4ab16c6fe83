import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@ensemble/api/core';
import type { Person } from '../dto/person.type';

/**
 * One thing a complete profile has. Other domains add theirs (skills will add "add three skills")
 * by injecting ProfileCompletenessRegistry and calling `register` in their module's onModuleInit;
 * percentages re-weight automatically. `isDone` may load through the request's DataLoaders, so a
 * check costs one batched statement at most.
 */
export interface ProfileCheck {
  /** Stable id, reported as `nextStep.field`. */
  id: string;
  /** Relative importance; also decides which missing step is suggested first. */
  weight: number;
  /** What to do, addressed to the person ("Add a headline so people know what you do"). */
  hint: string;
  isDone(person: Person, context: GraphQLRequestContext): boolean | Promise<boolean>;
}

export interface CompletenessResult {
  percent: number;
  nextStep: { field: string; hint: string } | null;
}

/** Pure scoring: the weighted share done, and the heaviest missing check (first registered on ties). */
export function scoreCompleteness(
  results: ReadonlyArray<{ check: ProfileCheck; done: boolean }>,
): CompletenessResult {
  const total = results.reduce((sum, { check }) => sum + check.weight, 0);
  const done = results.reduce((sum, { check, done }) => sum + (done ? check.weight : 0), 0);
  let next: ProfileCheck | null = null;
  for (const { check, done: isDone } of results) {
    if (!isDone && (!next || check.weight > next.weight)) next = check;
  }
  return {
    percent: total === 0 ? 100 : Math.floor((done / total) * 100),
    nextStep: next ? { field: next.id, hint: next.hint } : null,
  };
}

const filled = (value: string | null) => value !== null && value.trim().length > 0;

/** What exists in the people domain today. Skills and endorsements are added by their own domain. */
export const PEOPLE_PROFILE_CHECKS: readonly ProfileCheck[] = [
  {
    id: 'headline',
    weight: 20,
    hint: 'Add a headline so people know what you do.',
    isDone: (p) => filled(p.profile.headline),
  },
  {
    id: 'bio',
    weight: 15,
    hint: 'Write a short bio: what you work on and what you enjoy.',
    isDone: (p) => filled(p.profile.bio),
  },
  {
    id: 'avatar',
    weight: 10,
    hint: 'Upload a photo so colleagues recognise you.',
    isDone: (p) => p.avatarUrl !== null,
  },
  {
    id: 'passions',
    weight: 15,
    hint: 'Add a few passions so people who share them can find you.',
    isDone: (p) => p.profile.passions.length > 0,
  },
  {
    id: 'askMeAbout',
    weight: 10,
    hint: 'Add topics people can ask you about.',
    isDone: (p) => p.profile.askMeAbout.length > 0,
  },
  {
    id: 'hoursPerWeekAvailable',
    weight: 10,
    hint: 'Say how many hours a week you have for projects.',
    isDone: (p) => p.profile.hoursPerWeekAvailable !== null,
  },
  {
    id: 'spokenLanguages',
    weight: 10,
    hint: 'List the languages you speak.',
    isDone: (p) => p.profile.spokenLanguages.length > 0,
  },
  { id: 'location', weight: 5, hint: 'Add where you work from.', isDone: (p) => filled(p.profile.location) },
  {
    id: 'timeZone',
    weight: 5,
    hint: 'Set your time zone so people know when to reach you.',
    isDone: (p) => p.profile.timeZone !== null,
  },
];

@Injectable()
export class ProfileCompletenessRegistry {
  private readonly registered: ProfileCheck[] = [...PEOPLE_PROFILE_CHECKS];

  register(check: ProfileCheck): void {
    if (this.registered.some((existing) => existing.id === check.id)) {
      throw new Error(`A profile completeness check "${check.id}" is already registered.`);
    }
    if (!(check.weight > 0))
      throw new Error(`Profile completeness check "${check.id}" needs a positive weight.`);
    this.registered.push(check);
  }

  checks(): readonly ProfileCheck[] {
    return this.registered;
  }

  async evaluate(person: Person, context: GraphQLRequestContext): Promise<CompletenessResult> {
    const results = await Promise.all(
      this.registered.map(async (check) => ({ check, done: await check.isDone(person, context) })),
    );
    return scoreCompleteness(results);
  }
}
