const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>\n`;
}

/** What the browser shows once the login worked: the person's next step is back in Meterscope. */
export function successPage(): string {
  return page('Meterscope is signed in', 'You can close this tab and return to Meterscope.');
}

/** What the browser shows when the login failed, with the same reason the app shows. */
export function failurePage(reason: string): string {
  return page('Meterscope could not sign in', `${reason} Return to Meterscope to try again.`);
}
