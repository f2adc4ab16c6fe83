import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { fieldProblems, mutationErrorMessage, OFFLINE_MESSAGE, SAVE_FAILED_MESSAGE } from '../mutation-error';

function withCode(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
  });
}

describe('mutationErrorMessage', () => {
  it('shows a domain error’s message, written for people', () => {
    expect(mutationErrorMessage(withCode('ENDORSE_SELF', 'You cannot endorse your own skills.'))).toBe(
      'You cannot endorse your own skills.',
    );
  });

  it('tidies validation messages', () => {
    expect(
      mutationErrorMessage(
        withCode('BAD_USER_INPUT', 'Invalid input: headline must be at most 120 characters.'),
      ),
    ).toBe('Headline must be at most 120 characters.');
  });

  it('prefers a message given for the code', () => {
    expect(
      mutationErrorMessage(withCode('SKILL_RETIRED', 'x'), { SKILL_RETIRED: 'Pick another skill.' }),
    ).toBe('Pick another skill.');
  });

  it('never shows internals, only a reference', () => {
    const message = mutationErrorMessage(
      withCode('INTERNAL_SERVER_ERROR', 'SELECT failed', { requestId: 'r-1' }),
    );
    expect(message).toBe(`${SAVE_FAILED_MESSAGE} (Reference: r-1.)`);
    expect(mutationErrorMessage(withCode('GRAPHQL_VALIDATION_FAILED', 'Cannot query field'))).toBe(
      SAVE_FAILED_MESSAGE,
    );
    // The API's request limits refuse the document the app sent, not what the person typed.
    for (const code of ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE', 'SUBSCRIPTION_NOT_SUPPORTED']) {
      expect(mutationErrorMessage(withCode(code, 'This query has more than 2000 tokens'))).toBe(
        SAVE_FAILED_MESSAGE,
      );
    }
  });

  it('explains a network failure and an ended session', () => {
    expect(mutationErrorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(
      OFFLINE_MESSAGE,
    );
    expect(mutationErrorMessage(withCode('UNAUTHENTICATED', 'You need to sign in to do this.'))).toMatch(
      /session has ended/,
    );
  });
});

describe('fieldProblems', () => {
  it('keys problems by the top-level input field', () => {
    const error = withCode('BAD_USER_INPUT', 'Invalid input', {
      details: {
        fields: [
          { field: 'input.links.0.url', problems: ['a link URL must start with http:// or https://'] },
          { field: 'headline', problems: ['headline must be at most 120 characters'] },
        ],
      },
    });
    expect(fieldProblems(error)).toEqual({
      links: 'A link URL must start with http:// or https://',
      headline: 'Headline must be at most 120 characters',
    });
  });
});
