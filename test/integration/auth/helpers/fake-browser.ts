import { request } from 'undici';
import { ACCOUNTS } from './oauth-test-server.ts';

/** One page the fake browser loaded. */
export interface Visit {
  method: string;
  url: string;
  status: number;
  location: string | undefined;
  body: string;
}

/** How the person in front of the fake browser answers the consent or verify form. */
export interface BrowserChoice {
  decision: 'approve' | 'deny';
  username?: string;
  password?: string;
  /** Extra or changed form fields (e.g. user_code). */
  fields?: Record<string, string>;
}

const MAX_REDIRECTS = 5;

/**
 * A minimal browser over undici: loads a page, follows 302s like a browser, fills and submits the page's
 * form (hidden fields kept, the chosen button's name=value added), then follows the redirect to wherever it
 * points, e.g. the loopback listener. Every page is recorded.
 */
export function fakeBrowser(choice: BrowserChoice) {
  const visits: Visit[] = [];
  let finished: Promise<Visit> | undefined;

  const go = async (method: string, url: string, body?: URLSearchParams): Promise<Visit> => {
    let current = { method, url, body };
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await request(current.url, {
        method: current.method as 'GET' | 'POST',
        ...(current.body
          ? {
              body: current.body.toString(),
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
            }
          : {}),
      });
      const location = res.headers.location as string | undefined;
      const visit: Visit = {
        method: current.method,
        url: current.url,
        status: res.statusCode,
        location,
        body: await res.body.text(),
      };
      visits.push(visit);
      if (res.statusCode < 300 || res.statusCode >= 400 || !location) return visit;
      current = { method: 'GET', url: new URL(location, current.url).href, body: undefined };
    }
    throw new Error('too many redirects');
  };

  const submit = async (page: Visit): Promise<Visit> => {
    const form = fillForm(page.body, choice);
    if (!form) return page;
    return go('POST', new URL(form.action, page.url).href, form.fields);
  };

  return {
    visits,
    /** The openBrowser port: resolves when the last page (after the form) has loaded. */
    open: (url: string): Promise<void> => {
      finished = go('GET', url).then(submit);
      return finished.then(() => undefined);
    },
    /** The last page, once the browser is done. */
    lastPage: (): Promise<Visit> => finished ?? Promise.reject(new Error('the browser was never opened')),
  };
}

/** The first form of a page: its action and every input that carries a value. */
export function parseForm(html: string): { action: string; fields: URLSearchParams } | undefined {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  if (action === undefined) return undefined;
  const fields = new URLSearchParams();
  for (const m of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1];
    if (name !== undefined && value !== undefined) fields.set(decodeEntities(name), decodeEntities(value));
  }
  return { action: decodeEntities(action), fields };
}

/** The page's form with the person's choice filled in, as a browser would submit it. */
export function fillForm(html: string, choice: BrowserChoice) {
  const form = parseForm(html);
  if (!form) return undefined;
  for (const [k, v] of Object.entries(choice.fields ?? {})) form.fields.set(k, v);
  if (choice.username !== undefined) form.fields.set('username', choice.username);
  if (choice.password !== undefined) form.fields.set('password', choice.password);
  form.fields.set('decision', choice.decision);
  return form;
}

function decodeEntities(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/**
 * Loads an authorize URL, answers the consent form and returns where the server redirects the browser
 * (without going there): for server tests that want the code or error themselves.
 */
export async function consentRedirect(authorizeUrl: string, choice: BrowserChoice): Promise<URL> {
  const page = await request(authorizeUrl);
  const html = await page.body.text();
  if (page.statusCode === 302) return new URL(page.headers.location as string);
  const form = fillForm(html, choice);
  if (!form) throw new Error(`no consent form (HTTP ${page.statusCode})`);
  const res = await request(new URL(form.action, authorizeUrl), {
    method: 'POST',
    body: form.fields.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  await res.body.text();
  if (res.statusCode !== 302) throw new Error(`consent answered HTTP ${res.statusCode}, not a redirect`);
  return new URL(res.headers.location as string);
}

/** A fake browser in which the demo account signs in and approves: the usual happy path of a login. */
export function approvingDemo() {
  const demo = ACCOUNTS[0]!;
  return fakeBrowser({ decision: 'approve', username: demo.username, password: demo.password });
}
