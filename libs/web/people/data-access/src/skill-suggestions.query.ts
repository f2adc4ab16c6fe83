import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const SKILL_SUGGESTIONS_SHOWN = 8;

export const SkillSuggestionsQuery = graphql(`
  query SkillSuggestions($search: String!, $first: Int!) {
    skills(search: $search, first: $first) {
      match
      matchedAlias
      skill {
        id
        name
        category
      }
    }
  }
`);

/**
 * Autocomplete for the skill picker. Pass the debounced text; nothing is asked for while it is blank
 * (the API wants 1 to 100 characters once trimmed).
 */
export function useSkillSuggestions(search: string) {
  const trimmed = search.trim().slice(0, 100);
  return useQuery({
    query: SkillSuggestionsQuery,
    variables: { search: trimmed, first: SKILL_SUGGESTIONS_SHOWN },
    pause: trimmed.length === 0,
    requestPolicy: 'cache-first',
  });
}
