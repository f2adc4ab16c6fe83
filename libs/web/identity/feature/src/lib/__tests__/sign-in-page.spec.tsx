import { render, screen } from '@testing-library/react';
import { TestProviders, createMockClient, draftKey, readDraft, writeDraft } from '@ensemble/web/ui';
import SignInPage from '../sign-in-page';

function renderAt(url: string) {
  const client = createMockClient(() => undefined);
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <SignInPage />
    </TestProviders>,
  );
  return client;
}

function loginLink() {
  return screen.getByRole('link', { name: 'Sign in with SSO' });
}

describe('SignInPage', () => {
  it('explains single sign-on and has one h1 in a main landmark', () => {
    renderAt('/sign-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Ensemble' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent("Ensemble uses your company's single sign-on");
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Sign in · Ensemble');
  });

  it('builds the login link from a safe returnTo', () => {
    renderAt('/sign-in?returnTo=%2Fpeople%3Fname%3Dann');
    expect(loginLink()).toHaveAttribute('href', '/auth/saml/login?returnTo=%2Fpeople%3Fname%3Dann');
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'ignores the hostile returnTo %s',
    (hostile) => {
      renderAt(`/sign-in?returnTo=${encodeURIComponent(hostile)}`);
      const href = loginLink().getAttribute('href');
      expect(href).toBe('/auth/saml/login?returnTo=%2Fme');
      expect(href).not.toContain('evil');
    },
  );

  it('defaults to /me without a returnTo', () => {
    renderAt('/sign-in');
    expect(loginLink()).toHaveAttribute('href', '/auth/saml/login?returnTo=%2Fme');
  });

  it('confirms a sign-out', () => {
    renderAt('/sign-in?signedOut=1');
    expect(screen.getByRole('status')).toHaveTextContent('You have signed out');
  });

  it('forgets the unsaved drafts of the tab after a sign-out, and only then', () => {
    writeDraft(draftKey('p-ada', 'profile'), { headline: 'Private draft' });
    renderAt('/sign-in?returnTo=%2Fme');
    expect(readDraft(draftKey('p-ada', 'profile'))).not.toBeNull();

    renderAt('/sign-in?signedOut=1');
    expect(readDraft(draftKey('p-ada', 'profile'))).toBeNull();
  });

  it('shows no sign-out notice otherwise', () => {
    renderAt('/sign-in');
    expect(screen.queryByText('You have signed out')).not.toBeInTheDocument();
  });
});
