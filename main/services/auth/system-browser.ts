import { spawn } from 'node:child_process';

/**
 * Opens a URL in the person's browser: `$BROWSER` when set, else the platform opener (xdg-open, open,
 * start). Resolves once the opener started; rejects when it could not run (the caller has printed the URL).
 * Only http(s) URLs are passed on, so a crafted value never reaches a shell.
 */
export function openSystemBrowser(
  url: string,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (!/^https?:\/\//i.test(url)) return Promise.reject(new Error('Only http(s) URLs are opened.'));
  const [command, args] = opener(url, env);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

function opener(url: string, env: Record<string, string | undefined>): [string, string[]] {
  if (env.BROWSER) return [env.BROWSER, [url]];
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}
