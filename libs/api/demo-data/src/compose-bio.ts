import { CEO_INTRODUCTIONS, HOBBIES } from './data/bios';
import type { BioFragments } from './data/departments';
import { chance, pick, randomInt, shuffled, type Prng } from './random';

export type PositionKind = 'ceo' | 'head' | 'manager' | 'member';

export interface BioSubject {
  kind: PositionKind;
  title: string;
  departmentName: string;
  /** What they (or their team) work on. */
  focus: string;
  directReports: number;
  /** Whether their direct reports are themselves managers. */
  managesManagers: boolean;
  fragments: Required<BioFragments>;
}

/** One or two sentences, in the voice of a real company's profile pages. */
export function composeBio(random: Prng, subject: BioSubject): string {
  const opening = openingSentence(random, subject);
  if (chance(random, 0.2)) return opening;
  return `${opening} ${closingSentence(random, subject.fragments)}`;
}

function openingSentence(random: Prng, subject: BioSubject): string {
  const { focus, title, departmentName, directReports } = subject;
  switch (subject.kind) {
    case 'ceo':
      return pick(random, CEO_INTRODUCTIONS);
    case 'head': {
      const year = randomInt(random, 2013, 2024);
      return pick(random, [
        `I lead ${departmentName} and joined in ${year}.`,
        `Leading the ${departmentName} team since ${year}.`,
        `Joined in ${year} to build out ${departmentName}.`,
      ]);
    }
    case 'manager':
      return subject.managesManagers
        ? pick(random, [
            `I look after ${directReports} teams working on ${focus}.`,
            `My teams look after ${focus}.`,
          ])
        : pick(random, [
            `Leading a team of ${directReports} working on ${focus}.`,
            `My team looks after ${focus}.`,
            `I lead the team behind ${focus}.`,
          ]);
    case 'member':
      return pick(random, [
        `I work on ${focus}.`,
        `I spend most of my time on ${focus}.`,
        `Currently focused on ${focus}.`,
        `${title} working on ${focus}.`,
        `Part of the team behind ${focus}.`,
      ]);
  }
}

function closingSentence(random: Prng, fragments: Required<BioFragments>): string {
  const { topics, backgrounds } = fragments;
  const options: Array<() => string> = [
    () => `Outside work you’ll find me ${pick(random, HOBBIES)}.`,
    () => `Weekends are for ${pick(random, HOBBIES)}.`,
  ];
  if (backgrounds.length > 0) options.push(() => `Before this I ${pick(random, backgrounds)}.`);
  if (topics.length > 0) options.push(() => `Happy to chat about ${pick(random, topics)}.`);
  if (topics.length > 1) {
    options.push(() => {
      const [first, second] = shuffled(random, topics);
      return `Ask me about ${first} or ${second}.`;
    });
  }
  return pick(random, options)();
}
