import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@ensemble/api/core';
import type { Person } from '../dto/person.type';

/**
 * How far a check is: `true`/`false`, a share from 0 to 1 (partial credit, e.g. 3 of 8 skills), or a
 * share with a hint for that state ("Add 5 more skills…"), which replaces the check's own hint.
 */
export type CheckProgress = boolean | number | { progress: number; hint: string };

/**
 * One thing a complete profile has. Other domains add theirs (skills adds "skills") by injecting
 * ProfileCompletenessRegistry and calling `register` in their module's onModuleInit; percentages
 * re-weight automatically. `progress` may load through the request's DataLoaders, so a check costs
 * one batched statement at most.
 */
export interface ProfileCheck {
  /** Stable id, reported as `nextStep.field`. */
  id: string;
  /** Relative importance; with what is missing, also decides which steps are suggested first. */
  weight: number;
  /** What to do, addressed to the person ("Add a headline so people know what you do"). */
  hint: string;
  progress(person: Person, context: GraphQLRequestContext): CheckProgress | Promise<CheckProgress>;
}

export interface ProfileNextStepResult {
  field: string;
  hint: string;
}

export interface CompletenessResult {
  percent: number;
  /** The most useful missing step (the first of `nextSteps`), null when the profile is complete. */
  nextStep: ProfileNextStepResult | null;
  /** Every missing step, most valuable first. */
  nextSteps: ProfileNextStepResult[];
}

function share(progress: CheckProgress): number {
  const value = typeof progress === 'object' ? progress.progress : Number(progress);
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
}

/**
 * Pure scoring: the weighted share done, and the missing steps ordered by what they would add to the
 * score (weight times the share still missing), registration order on ties.
 */
export function scoreCompleteness(
  results: ReadonlyArray<{ check: ProfileCheck; progress: CheckProgress }>,
): CompletenessResult {
  const total = results.reduce((sum, { check }) => sum + check.weight, 0);
  const done = results.reduce((sum, { check, progress }) => sum + check.weight * share(progress), 0);
  const missing = results
    .map(({ check, progress }, order) => ({
      order,
      value: check.weight * (1 - share(progress)),
      step: {
        field: check.id,
        hint: typeof progress === 'object' ? progress.hint : check.hint,
      },
    }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map((entry) => entry.step);
  return {
    // Rounded down (with a little slack for float sums) so 100 means every check is fully done.
    percent: total === 0 ? 100 : Math.floor((done / total) * 100 + 1e-9),
    nextStep: missing[0] ?? null,
    nextSteps: missing,
  };
}

const filled = (value: string | null) => value !== null && value.trim().length > 0;

/** What exists in the people domain. Skills, the heaviest part, are added by their own domain. */
export const PEOPLE_PROFILE_CHECKS: readonly ProfileCheck[] = [
  {
    id: 'headline',
    weight: 20,
    hint: 'Add a headline so people know what you do.',
    progress: (p) => filled(p.profile.headline),
  },
  {
    id: 'bio',
    weight: 15,
    hint: 'Write a short bio: what you work on and what you enjoy.',
    progress: (p) => filled(p.profile.bio),
  },
  {
    id: 'avatar',
    weight: 10,
    hint: 'Upload a photo so colleagues recognise you.',
    progress: (p) => p.avatarUrl !== null,
  },
  {
    id: 'passions',
    weight: 15,
    hint: 'Add a few passions so people who share them can find you.',
    progress: (p) => p.profile.passions.length > 0,
  },
  {
    id: 'askMeAbout',
    weight: 10,
    hint: 'Add topics people can ask you about.',
    progress: (p) => p.profile.askMeAbout.length > 0,
  },
  {
    id: 'hoursPerWeekAvailable',
    weight: 10,
    hint: 'Say how many hours a week you have for projects.',
    progress: (p) => p.profile.hoursPerWeekAvailable !== null,
  },
  {
    id: 'spokenLanguages',
    weight: 10,
    hint: 'List the languages you speak.',
    progress: (p) => p.profile.spokenLanguages.length > 0,
  },
  {
    id: 'location',
    weight: 5,
    hint: 'Add where you work from.',
    progress: (p) => filled(p.profile.location),
  },
  {
    id: 'timeZone',
    weight: 5,
    hint: 'Set your time zone so people know when to reach you.',
    progress: (p) => p.profile.timeZone !== null,
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
      this.registered.map(async (check) => ({ check, progress: await check.progress(person, context) })),
    );
    return scoreCompleteness(results);
  }
}
