import type { z } from 'zod';

/**
 * One readable sentence from a schema failure, naming each bad field: "theme: Invalid option: expected one of
 * "system"|"light"|"dark"". Views show it as it is, so a wrong call is easy to fix.
 */
export function formatIssues(error: z.ZodError, limit = 5): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}
