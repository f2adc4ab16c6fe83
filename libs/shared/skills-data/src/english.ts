import { COMMON_ENGLISH_WORDS } from './common-english-words';

/**
 * Words ending in "s" that are not plurals (or whose singular would be another word or product):
 * folding them would make "canvas" find Canva and "news" find anything named New.
 */
const NOT_PLURAL = new Set([
  'always',
  'atlas',
  'alias',
  'bias',
  'canvas',
  'chaos',
  'christmas',
  'cosmos',
  'diabetes',
  'does',
  'ethos',
  'goes',
  'jenkins',
  'kubernetes',
  'kudos',
  'lens',
  'means',
  'news',
  'pandas',
  'perhaps',
  'postgres',
  'rails',
  'series',
  'sometimes',
  'species',
  'texas',
  'thanos',
  'whereas',
  'windows',
]);

/** Plurals the rules below would get wrong. */
const IRREGULAR_PLURALS = new Map([
  // Acronyms ending in i (the -is rule would keep them).
  ['apis', 'api'],
  ['clis', 'cli'],
  ['guis', 'gui'],
  ['kpis', 'kpi'],
  ['rois', 'roi'],
  ['slis', 'sli'],
  ['appendices', 'appendix'],
  ['caches', 'cache'],
  ['diagnoses', 'diagnosis'],
  ['hypotheses', 'hypothesis'],
  ['indices', 'index'],
  ['matrices', 'matrix'],
  ['niches', 'niche'],
  ['quizzes', 'quiz'],
  ['syntheses', 'synthesis'],
  ['theses', 'thesis'],
  ['vertices', 'vertex'],
]);

/**
 * The singular of an English plural, by a few safe rules (not a stemmer): "technologies" →
 * "technology", "searches" → "search", "classes" → "class", "analyses" → "analysis", "databases" →
 * "database", "microservices" → "microservice". Words of three letters or fewer ("aws", "ops", "ads"),
 * words ending in -ss, -us, -is or -ics ("less", "status", "redis", "analysis", "analytics") and the
 * words above are left alone, as is anything that is not plain a–z ("c#", "node.js"). Applied to both
 * sides of a comparison, so a word it leaves alone still meets itself.
 */
export function singularOf(word: string): string {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 /* s */ || !/^[a-z]+$/.test(word))
    return word;
  if (NOT_PLURAL.has(word)) return word;
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (word.endsWith('yses')) return `${word.slice(0, -4)}ysis`;
  if (word.length > 4 && /[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * Whether a word is an ordinary English word: one of the 11,000 most common (SCOWL levels 10 and 20,
 * common-english-words.ts), in itself or as the singular of a plural. "implementation", "security",
 * "next" and "python" are; "kubernetes", "k8s" and "golang" are not.
 */
export function isCommonEnglishWord(word: string): boolean {
  return COMMON_ENGLISH_WORDS.has(word) || COMMON_ENGLISH_WORDS.has(singularOf(word));
}
