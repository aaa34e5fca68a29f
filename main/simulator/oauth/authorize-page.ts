import type { OAuthClientConfig } from './clients.ts';
import { alertLine, DECISION_BUTTONS, escapeHtml, hidden, page, signInFields } from './html.ts';
import { KNOWN_SCOPES } from './scopes.ts';

/** What the consent page shows about one pending request. */
export interface ConsentView {
  action: string;
  requestId: string;
  client: OAuthClientConfig;
  scopes: string[];
  redirectUri: string;
  signedInAs: string | undefined;
  alert?: string;
}

/**
 * The consent page: who asks, for what, where the browser goes afterwards, then sign-in (or "Signed in as")
 * and Approve / Deny. The form carries only the request id.
 */
export function consentPage(v: ConsentView): string {
  const name = v.client.name ?? v.client.id;
  const scopes = v.scopes
    .map((s) => `<li><code>${escapeHtml(s)}</code>: ${escapeHtml(KNOWN_SCOPES[s] ?? s)}</li>`)
    .join('\n');
  return page(
    `Allow ${name} to use your smart-me account?`,
    `${alertLine(v.alert)}
<p>The application <strong>${escapeHtml(name)}</strong> (<code>${escapeHtml(v.client.id)}</code>) asks to:</p>
<ul>${scopes}</ul>
<p>Afterwards your browser returns to <code>${escapeHtml(v.redirectUri)}</code>.</p>
<form method="post" action="${escapeHtml(v.action)}">
${hidden('request_id', v.requestId)}
${signInFields(v.signedInAs)}
${DECISION_BUTTONS}
</form>`,
  );
}

/** The page shown instead of a redirect when the client or redirect URI cannot be trusted (RFC 6749 §4.1.2.1). */
export function authorizeErrorPage(message: string): string {
  return page(
    'This sign-in request cannot be used',
    `<p role="alert">${escapeHtml(message)}</p><p>Start the login again from the application.</p>`,
  );
}
