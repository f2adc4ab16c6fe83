import { randomBytes } from 'node:crypto';
import type { Response } from 'express';

/**
 * Small server-rendered pages (the demo identity provider, SAML auto-post forms, sign-in errors).
 * They live outside the web SPA, so each response carries its own Content-Security-Policy that allows
 * exactly its one inline <style> and <script> by nonce.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy(nonce: string, formTargets: string[] = []): string {
  const formOrigins = [
    ...new Set(formTargets.map(originOf).filter((origin): origin is string => Boolean(origin))),
  ];
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `form-action 'self'${formOrigins.length ? ` ${formOrigins.join(' ')}` : ''}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Readable on its own, AA contrast everywhere (body 16:1, muted 7.6:1, buttons and links 6.7:1). */
const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #ffffff; }
  header { border-bottom: 1px solid #d1d5db; padding: 0.75rem 1.5rem; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 44rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  a { color: #1d4ed8; }
  .muted { color: #4b5563; }
  .code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
  form.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; margin: 0 0 1.5rem; }
  form.search label { display: block; font-weight: 600; width: 100%; }
  input[type="search"] { flex: 1 1 16rem; font: inherit; padding: 0.5rem 0.75rem; border: 1px solid #6b7280; border-radius: 0.375rem; color: #1a1a1a; background: #ffffff; }
  button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border: 1px solid #1d4ed8; border-radius: 0.375rem; color: #ffffff; background: #1d4ed8; cursor: pointer; }
  button.secondary { color: #1d4ed8; background: #ffffff; }
  :focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
  ul.people { list-style: none; margin: 0; padding: 0; }
  ul.people li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.75rem; padding: 0.75rem 0; border-bottom: 1px solid #e5e7eb; }
  ul.people .who { margin: 0; }
  ul.people .name { font-weight: 600; display: block; }
  ul.people .roles { font-size: 0.9rem; font-weight: 600; color: #1f2937; }
  ul.featured { margin: 0 0 1.5rem; }
  ul.featured li { flex-direction: column; align-items: flex-start; border: 1px solid #d1d5db; border-radius: 0.5rem; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
  h2 { font-size: 1.25rem; margin: 1.5rem 0 0.75rem; }
`;

export interface PageContent {
  title: string;
  /** Shown in the banner above the page's heading. */
  site: string;
  /** Trusted HTML for <main>: every dynamic value in it must already be escaped. */
  main: string;
  /** Trusted inline script, if any. */
  script?: string;
}

/**
 * No `<meta name="referrer" content="no-referrer">` here: with it, browsers send `Origin: null` on
 * form posts, and the demo IdP's pick form checks Origin. The platform's Referrer-Policy
 * (same-origin) already keeps the SAMLRequest in the URL from leaking to other sites.
 */
export function renderPage(content: PageContent, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><p>${escapeHtml(content.site)}</p></header>
<main>
${content.main}
</main>
${content.script ? `<script nonce="${nonce}">${content.script}</script>` : ''}
</body>
</html>
`;
}

/** Sends a page with its CSP. Never cached: these pages carry one-time SAML messages. */
export function sendPage(
  response: Response,
  status: number,
  content: PageContent,
  formTargets: string[] = [],
): void {
  const nonce = newNonce();
  response
    .status(status)
    .setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, formTargets))
    .setHeader('Cache-Control', 'no-store')
    .type('html')
    .send(renderPage(content, nonce));
}

export function hiddenFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
}

/**
 * The SAML HTTP-POST binding: a form the browser submits to the other party. A visible Continue
 * button works without JavaScript; the one-line script saves the click.
 */
export function autoPostContent(options: {
  site: string;
  title: string;
  action: string;
  fields: Record<string, string>;
}): PageContent {
  return {
    site: options.site,
    title: options.title,
    main: `<h1>${escapeHtml(options.title)}</h1>
<form id="saml-post" method="post" action="${escapeHtml(options.action)}">
${hiddenFields(options.fields)}
<p class="muted">If nothing happens, choose Continue.</p>
<button type="submit">Continue</button>
</form>`,
    script: `document.getElementById('saml-post').submit();`,
  };
}
