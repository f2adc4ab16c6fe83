import type { RoleName } from '@ensemble/api/core';
import type { DemoCandidate } from '@ensemble/api/people';
import { autoPostContent, escapeHtml, hiddenFields, type PageContent } from '../shared/html';

const SITE = 'Ensemble demo identity provider';
const HEADING = 'Demo identity provider — pick a demo employee';

export interface PickerModel {
  samlRequest: string;
  relayState?: string;
  requestId: string;
  /** Where the request asked to be answered (one of our ACS URLs). */
  acsUrl: string;
  search: string;
  candidates: DemoCandidate[];
  shownAtMost: number;
  /** Someone with each role to try, shown at the top; null when nobody has it. */
  featured: { hr: DemoCandidate | null; admin: DemoCandidate | null };
}

const ROLE_LABELS: Readonly<Record<RoleName, string>> = {
  employee: 'Employee',
  hr: 'HR partner',
  admin: 'Admin',
};

function describe(candidate: DemoCandidate): string {
  return [candidate.title, candidate.departmentName].filter(Boolean).join(' · ');
}

function rolesOf(candidate: DemoCandidate): string {
  const known = candidate.roles.filter((role) => role in ROLE_LABELS);
  return `Roles: ${(known.length ? known : (['employee'] as RoleName[])).map((role) => ROLE_LABELS[role]).join(', ')}`;
}

/** Who a button signs in as: name, title and department, roles, email (the button's description). */
function whoIs(id: string, candidate: DemoCandidate): string {
  const details = describe(candidate);
  return `<p class="who" id="${id}"><span class="name">${escapeHtml(candidate.displayName)}</span>
${details ? `<span class="muted">${escapeHtml(details)}</span><br>\n` : ''}<span class="roles">${escapeHtml(rolesOf(candidate))}</span><br>
<span class="muted">${escapeHtml(candidate.email)}</span></p>`;
}

function pickForm(model: PickerModel, candidate: DemoCandidate, describedBy: string, label: string): string {
  return `<form method="post" action="/demo-idp/sso/pick">
${hiddenFields({ requestId: model.requestId, acsUrl: model.acsUrl, personId: candidate.id, ...(model.relayState ? { RelayState: model.relayState } : {}) })}
<button type="submit" aria-describedby="${describedBy}">${escapeHtml(label)}</button>
</form>`;
}

/** An HR partner and an admin one click away, so that trying each role needs no searching. */
function featuredSection(model: PickerModel): string {
  const entries = [
    { key: 'hr', candidate: model.featured.hr, label: 'Sign in as an HR partner' },
    { key: 'admin', candidate: model.featured.admin, label: 'Sign in as an admin' },
  ].filter(
    (entry): entry is { key: string; candidate: DemoCandidate; label: string } => entry.candidate !== null,
  );
  if (entries.length === 0) return '';
  const items = entries
    .map(
      ({ key, candidate, label }) => `<li>
${whoIs(`featured-${key}`, candidate)}
${pickForm(model, candidate, `featured-${key}`, label)}
</li>`,
    )
    .join('\n');
  return `<h2 id="featured-heading">Try a role</h2>
<ul class="people featured" aria-labelledby="featured-heading">
${items}
</ul>`;
}

/** The picker: a search form (GET, so results are linkable) and one sign-in button per person. */
export function pickerPage(model: PickerModel): PageContent {
  const carried = hiddenFields({
    SAMLRequest: model.samlRequest,
    ...(model.relayState ? { RelayState: model.relayState } : {}),
  });
  const status =
    model.candidates.length === 0
      ? model.search
        ? `Nobody matches “${escapeHtml(model.search)}”. Try part of a name, an email address, a job title or a role (admin, HR).`
        : 'There are no active people to sign in as yet.'
      : model.search
        ? `${model.candidates.length === model.shownAtMost ? `The first ${model.shownAtMost}` : model.candidates.length} ${model.candidates.length === 1 ? 'person matches' : 'people match'} “${escapeHtml(model.search)}”.`
        : `Showing the first ${model.candidates.length} people. Search to find someone else.`;
  const items = model.candidates
    .map((candidate, index) => {
      const id = `person-${index}`;
      return `<li>
${whoIs(id, candidate)}
${pickForm(model, candidate, id, `Sign in as ${candidate.displayName}`)}
</li>`;
    })
    .join('\n');
  return {
    site: SITE,
    title: 'Pick a demo employee · Ensemble demo identity provider',
    main: `<h1>${HEADING}</h1>
<p class="muted">This demo stands in for your company's sign-in page. Choose whom to sign in to Ensemble as; no password is needed. It never runs in production. Everyone is an employee; HR partners also find talent across the company, and admins manage the organisation.</p>
${featuredSection(model)}
<form class="search" method="get" action="/demo-idp/sso" role="search">
${carried}
<label for="q">Search by name, email, job title or role (admin, HR)</label>
<input id="q" type="search" name="q" value="${escapeHtml(model.search)}" autocomplete="off">
<button type="submit">Search</button>
</form>
<h2 id="people-heading">People</h2>
<p role="status">${status}</p>
${model.candidates.length ? `<ul class="people" aria-labelledby="people-heading">\n${items}\n</ul>` : ''}`,
  };
}

export function problemPage(title: string, explanation: string): PageContent {
  return {
    site: SITE,
    title: `${title} · Ensemble demo identity provider`,
    main: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(explanation)}</p>
<p><a href="/auth/saml/login">Start signing in to Ensemble again</a></p>`,
  };
}

export function postToServiceProviderPage(
  acsUrl: string,
  samlResponse: string,
  relayState?: string,
): PageContent {
  return autoPostContent({
    site: SITE,
    title: 'Signing you in to Ensemble…',
    action: acsUrl,
    fields: { SAMLResponse: samlResponse, ...(relayState ? { RelayState: relayState } : {}) },
  });
}
