import type { SkillWords } from './query';
import { PrefixDictionary, textWords } from './text';

/** The words of every skill's name, for matching a search's words against the skills people hold. */
export function skillWords(skills: Iterable<{ id: string; name: string }>): SkillWords {
  const dictionary = new PrefixDictionary();
  const skillsByWord = new Map<string, string[]>();
  for (const skill of skills) {
    for (const word of new Set(textWords(skill.name))) {
      let list = skillsByWord.get(word);
      if (!list) {
        skillsByWord.set(word, (list = []));
        dictionary.add(word);
      }
      list.push(skill.id);
    }
  }
  return { dictionary, skillsByWord };
}
