import { render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { EmptyState } from '../empty-state';
import { ErrorState, errorCode, errorMessage } from '../error-state';
import { LoadingState } from '../loading-state';
import { PageTitle } from '../page-title';
import { TestProviders, createMockClient } from '../testing';

const withCode = (code: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('Internal details', { extensions: { code } })] });

function renderUi(ui: React.ReactNode) {
  return render(<TestProviders client={createMockClient(() => undefined)}>{ui}</TestProviders>);
}

describe('PageTitle', () => {
  it('renders the h1 and sets the document title', () => {
    renderUi(<PageTitle>People</PageTitle>);
    expect(screen.getByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(document.title).toBe('People · Ensemble');
  });

  it('can use a different tab title', () => {
    renderUi(<PageTitle documentTitle="My profile">Ada Lovelace</PageTitle>);
    expect(document.title).toBe('My profile · Ensemble');
  });
});

describe('LoadingState', () => {
  it('is announced as a busy status', () => {
    renderUi(<LoadingState label="Loading people…" />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Loading people…');
  });
});

describe('EmptyState', () => {
  it('shows its title, description and action', () => {
    renderUi(
      <EmptyState
        title="No one matches “xyz”."
        description="Try again"
        action={<button>Clear filters</button>}
      />,
    );
    expect(screen.getByText('No one matches “xyz”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it('explains NOT_FOUND', () => {
    renderUi(<ErrorState error={withCode('NOT_FOUND')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This person does not exist or was removed.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Internal details');
  });

  it('asks a person who sent too many requests to wait (the API answered 429, TOO_MANY_REQUESTS)', () => {
    expect(errorMessage(withCode('TOO_MANY_REQUESTS'))).toMatch(/too many requests .* wait a moment/i);
  });

  it('falls back to a friendly generic message', () => {
    expect(errorMessage(withCode('INTERNAL_SERVER_ERROR'))).toMatch(/^Something went wrong/);
    expect(errorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toMatch(
      /could not be reached/,
    );
  });

  it('reads the code of the first GraphQL error', () => {
    expect(errorCode(withCode('BAD_USER_INPUT'))).toBe('BAD_USER_INPUT');
    expect(errorCode(undefined)).toBeUndefined();
  });
});
