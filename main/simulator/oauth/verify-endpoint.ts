import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkPassword } from './accounts.ts';
import { signedInAccount, type OAuthContext } from './context.ts';
import { alertLine, DECISION_BUTTONS, escapeHtml, page, signInFields } from './html.ts';
import { queryOf, readForm, requestPathname, sendHtml } from './http-io.ts';
import { OAuthError } from './oauth-error.ts';

/** GET /oauth/verify: the page where a person types the code their device shows (prefilled from ?user_code). */
export function showVerify(ctx: OAuthContext, req: IncomingMessage, res: ServerResponse): void {
  let typed = '';
  try {
    typed = queryOf(req).get('user_code') ?? '';
  } catch {
    // A repeated parameter only loses the prefill; the person can still type the code.
  }
  sendHtml(res, 200, verifyPage(ctx, requestPathname(req), typed, undefined));
}

/** POST /oauth/verify: approves or denies the device request behind the typed code. */
export async function submitVerify(
  ctx: OAuthContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const action = requestPathname(req);
  let form: Map<string, string>;
  try {
    form = await readForm(req);
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    return sendHtml(res, e.status, verifyPage(ctx, action, '', e.description));
  }
  const typed = form.get('user_code') ?? '';
  const request = ctx.devices.lookup(typed);
  if (!request)
    return sendHtml(res, 400, verifyPage(ctx, action, typed, 'This code is unknown or has expired.'));
  const decision = form.get('decision');
  if (decision === 'deny') {
    ctx.devices.decide(typed, { approved: false });
    return sendHtml(
      res,
      200,
      page('Access denied', '<p>The device will not get access to your account.</p>'),
    );
  }
  if (decision !== 'approve')
    return sendHtml(res, 400, verifyPage(ctx, action, typed, 'Choose Approve or Deny.'));
  const account =
    signedInAccount(ctx) ??
    checkPassword(ctx.accounts, form.get('username') ?? '', form.get('password') ?? '');
  if (!account) return sendHtml(res, 401, verifyPage(ctx, action, typed, 'Wrong username or password.'));
  ctx.devices.decide(typed, { approved: true, accountId: account.id });
  const name = ctx.clients.get(request.clientId)?.name ?? request.clientId;
  sendHtml(
    res,
    200,
    page('Device connected', `<p>${escapeHtml(name)} is now signed in. You can return to your device.</p>`),
  );
}

function verifyPage(ctx: OAuthContext, action: string, typed: string, alert: string | undefined): string {
  return page(
    'Connect a device',
    `${alertLine(alert)}
<p>Enter the code shown on your device or in Meterscope.</p>
<form method="post" action="${escapeHtml(action)}">
<label for="user_code">Code</label>
<input id="user_code" name="user_code" value="${escapeHtml(typed)}" autocomplete="one-time-code" required
 placeholder="0000-0000-0000">
${signInFields(signedInAccount(ctx)?.username)}
${DECISION_BUTTONS}
</form>`,
  );
}
