/**
 * Removes secrets (an ngrok authtoken, say) from text a tool produced before it is shown, logged or stored:
 * some tools echo the token back in their error messages.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}
