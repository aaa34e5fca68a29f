/** Escapes text for HTML element content and double-quoted attributes: every page value goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.4rem}label{display:block;margin-top:.8rem}input{font:inherit;padding:.3rem;width:100%;box-sizing:border-box}
.actions{margin-top:1.2rem;display:flex;gap:.8rem}button{font:inherit;padding:.4rem 1.2rem}
[role=alert]{color:#a40e26;font-weight:600}.sim{color:#57606a;font-size:.85rem;margin-top:2rem}`;

/** One simulator page with a title, already-escaped body HTML and a note that this is the simulator. */
export function page(title: string, bodyHtml: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
<p class="sim">smart-me cloud simulator (Meterscope). Not the real smart-me service.</p>
</main></body></html>
`;
}

/** A hidden form field. */
export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

/** Either "Signed in as …" or labelled username and password fields: the sign-in part of both forms. */
export function signInFields(signedInAs: string | undefined): string {
  if (signedInAs !== undefined) return `<p>Signed in as <strong>${escapeHtml(signedInAs)}</strong>.</p>`;
  return `<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>`;
}

/** The Approve and Deny buttons: real buttons with their names as accessible names. */
export const DECISION_BUTTONS = `<div class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>`;

/** An alert line (role=alert so screen readers announce it), or nothing. */
export function alertLine(message: string | undefined): string {
  return message ? `<p role="alert">${escapeHtml(message)}</p>` : '';
}
