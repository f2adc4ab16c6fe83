/** Fragments shared by every department's bios; department-specific ones live in departments.ts. */

/** Fits "Outside work you’ll find me …" and "Weekends are for …". */
export const HOBBIES: readonly string[] = [
  'bouldering',
  'baking sourdough',
  'running along the canal',
  'playing five-a-side football',
  'learning Japanese',
  'restoring old film cameras',
  'cycling up hills',
  'playing board games with friends',
  'swimming in cold lakes',
  'tending an allotment',
  'playing bass in a covers band',
  'sketching in cafés',
  'reading science fiction',
  'cooking for too many people',
  'hiking with my dog',
  'training for a marathon',
  'practising yoga',
  'building mechanical keyboards',
  'volunteering at a food bank',
  'playing chess online',
  'surfing, badly',
  'birdwatching',
  'making pottery',
  'coaching kids’ basketball',
  'brewing coffee far too carefully',
  'dancing salsa',
  'knitting',
  'watching cricket',
  'exploring night markets',
  'fixing up an old bike',
];

/** Opening sentences for the CEO's bio. */
export const CEO_INTRODUCTIONS: readonly string[] = [
  'Co-founded the company in 2013 after a decade of building tools for distributed teams.',
  'I started this company because finding the right colleague should not depend on who you sit next to.',
  'Founder and CEO. I still answer every email from a new starter in their first week.',
];
