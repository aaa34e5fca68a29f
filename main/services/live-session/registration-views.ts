import type { MarkedRegistrationView } from '../../../shared/contract/calls/live-schemas.ts';
import type { MarkedRegistration, RegistrationWarning } from '../realtime/registration-manager.ts';
import { redactWebhookUrl } from '../realtime/webhook-url.ts';

/** A marked registration as the view shows it: the secret path redacted, no password (not even a hint). */
export function registrationView(r: MarkedRegistration): MarkedRegistrationView {
  return {
    id: r.id,
    kind: r.kind,
    meterId: r.meterId ?? null,
    serialNumber: r.serialNumber ?? null,
    apiUrl: redactWebhookUrl(r.apiUrl),
    mark: r.mark,
    reason: r.reason,
    ours: r.ours,
  };
}

/** A manager warning as the view shows it (the ids are in the list already, marked). */
export function warningView(w: RegistrationWarning): { code: string; message: string } {
  return { code: w.code, message: w.message };
}
