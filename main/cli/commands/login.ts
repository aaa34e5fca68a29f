import { parseCommandArgs, type ParsedArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';
import { AuthError } from '../../services/auth/auth-error.ts';
import type { DeviceCodePrompt } from '../../services/auth/device-login.ts';
import { describeLogin, type LoginRecord } from '../../services/auth/login-record.ts';
import { performLogin, type LoginPorts, type LoginRequest } from '../../services/auth/perform-login.ts';
import { redirectSelfTest } from '../../services/auth/redirect-self-test.ts';
import { deleteLogin, fileStoreFor, readLogin, writeLogin } from '../../services/auth/stored-login.ts';
import { openSystemBrowser } from '../../services/auth/system-browser.ts';
import type { SecretStore } from '../../services/secrets/secret-store.ts';

/** Shown by `meterscope login --help` and with usage errors. */
export const usage = `Usage: meterscope login [--flow pkce|device|client-credentials|api-key|basic] [options]
       meterscope login --status | --logout | --self-test [--base-url URL] [--json]

Logs in to the smart-me cloud (or the local simulator) and stores the login for the other commands.

  --flow F            pkce (browser, default), device (type a code on any device), client-credentials
                      (smart-me "Device" application), api-key, basic
  --base-url URL      API base (default $METERSCOPE_BASE_URL, else https://api.smart-me.com)
  --client-id ID      OAuth application ($METERSCOPE_CLIENT_ID); the simulator's is meterscope-demo
  --client-secret S   confidential and device applications ($METERSCOPE_CLIENT_SECRET keeps it out of ps)
  --scope "S ..."     default "device.read offline_access"; client-credentials: "device.read"
  --port N            pkce: fixed loopback port, for applications registered with an exact redirect URI
  --no-browser        pkce: print the address only, do not open a browser
  --user U            basic: user name or e-mail
  --password P        basic ($METERSCOPE_PASSWORD, or the first line of standard input)
  --api-key K         api-key ($METERSCOPE_API_KEY, or the first line of standard input)
  --store file|none   file (default): a plain JSON file, NOT encrypted, in $METERSCOPE_HOME
                      (default ~/.config/meterscope); none: keep nothing
  --status            show the stored login for --base-url (never a secret)
  --logout            delete the stored login for --base-url
  --self-test         check that a browser redirect reaches this machine and which URI to register
  --json              one JSON object on standard output`;

const OPTIONS = {
  flow: { type: 'string' },
  'base-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  scope: { type: 'string' },
  port: { type: 'string' },
  'no-browser': { type: 'boolean' },
  user: { type: 'string' },
  password: { type: 'string' },
  'api-key': { type: 'string' },
  store: { type: 'string' },
  status: { type: 'boolean' },
  logout: { type: 'boolean' },
  'self-test': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const DEFAULT_BASE_URL = 'https://api.smart-me.com';
const FLOWS = ['pkce', 'device', 'client-credentials', 'api-key', 'basic'] as const;

type Values = ParsedArgs['values'];
const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/** Logs in with the chosen flow and stores the login; also --status, --logout and --self-test. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const baseUrl = str(values['base-url']) ?? io.env.METERSCOPE_BASE_URL ?? DEFAULT_BASE_URL;
  const json = values.json === true;
  const storeKind = str(values.store) ?? 'file';
  if (storeKind !== 'file' && storeKind !== 'none') throw new UsageError('--store must be "file" or "none"');
  const emit = (data: object, text: string) => io.out(json ? `${JSON.stringify(data)}\n` : text);
  try {
    if (values['self-test']) return await selfTest(values, emit);
    if (values.status) return await status(fileStoreFor({ env: io.env }), baseUrl, emit);
    if (values.logout) return await logout(fileStoreFor({ env: io.env }), baseUrl, emit);
    const request = await buildRequest(values, io, baseUrl);
    const record = await performLogin(request, cliPorts(io, values['no-browser'] === true));
    const store = storeKind === 'file' ? fileStoreFor({ env: io.env }) : undefined;
    if (store) await writeLogin(store, record);
    emit(
      { ok: true, ...describeLogin(record), stored: store?.describe() ?? null },
      successText(record, store),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    if (json) io.out(`${JSON.stringify({ ok: false, error: { code: e.code, message: e.message } })}\n`);
    io.err(`meterscope login: ${e.message}\n`);
    return 1;
  }
}

/** Turns flags (and stdin for a password or key) into a LoginRequest; usage errors say what is missing. */
async function buildRequest(values: Values, io: CliIo, baseUrl: string): Promise<LoginRequest> {
  const flow = str(values.flow) ?? 'pkce';
  if (!(FLOWS as readonly string[]).includes(flow))
    throw new UsageError(`--flow must be one of ${FLOWS.join(', ')}`);
  if (flow === 'api-key') {
    const apiKey = await secretInput(str(values['api-key']) ?? io.env.METERSCOPE_API_KEY, io, '--api-key');
    return { flow, baseUrl, apiKey };
  }
  if (flow === 'basic') {
    const username = str(values.user);
    if (!username) throw new UsageError('--flow basic needs --user');
    const password = await secretInput(str(values.password) ?? io.env.METERSCOPE_PASSWORD, io, '--password');
    return { flow, baseUrl, username, password };
  }
  const clientId = str(values['client-id']) ?? io.env.METERSCOPE_CLIENT_ID;
  if (!clientId)
    throw new UsageError(`--flow ${flow} needs --client-id (the simulator's is meterscope-demo)`);
  const clientSecret = str(values['client-secret']) ?? io.env.METERSCOPE_CLIENT_SECRET;
  const secret = clientSecret === undefined ? {} : { clientSecret };
  if (flow === 'client-credentials') {
    if (clientSecret === undefined) throw new UsageError('--flow client-credentials needs --client-secret');
    return { flow, baseUrl, clientId, clientSecret, scope: str(values.scope) ?? 'device.read' };
  }
  const scope = str(values.scope) ?? 'device.read offline_access';
  if (flow === 'device') return { flow, baseUrl, clientId, ...secret, scope };
  const port = parsePort(str(values.port));
  return { flow: 'pkce', baseUrl, clientId, ...secret, scope, ...(port === undefined ? {} : { port }) };
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0..65535');
  return port;
}

/** A secret from its flag or variable, else the first line of standard input (out of the process list). */
async function secretInput(given: string | undefined, io: CliIo, name: string): Promise<string> {
  if (given) return given;
  const line =
    new TextDecoder()
      .decode(await io.readStdin())
      .split(/\r?\n/)[0]
      ?.trim() ?? '';
  if (!line) throw new UsageError(`give ${name} or pipe it on standard input`);
  return line;
}

/** The browser and the person, as a terminal offers them: prompts go to stderr, results to stdout. */
function cliPorts(io: CliIo, noBrowser: boolean): LoginPorts {
  return {
    signal: io.signal,
    openBrowser: async (url) => {
      io.err(
        `Open this address in a browser to sign in:\n\n  ${url}\n\nWaiting for the browser (Ctrl-C cancels)…\n`,
      );
      if (!noBrowser) await openSystemBrowser(url, io.env);
    },
    onBrowserError: () => io.err('Could not start a browser here: open the address above by hand.\n'),
    onDevicePrompt: (p: DeviceCodePrompt) =>
      io.err(
        `To sign in, open ${p.verificationUri} on any device and enter the code:\n\n  ${p.userCode}\n\n` +
          (p.verificationUriComplete ? `(or open ${p.verificationUriComplete})\n` : '') +
          `Waiting for approval; the code expires in ${Math.round(p.expiresInSeconds / 60)} min (Ctrl-C cancels)…\n`,
      ),
  };
}

function successText(record: LoginRecord, store: SecretStore | undefined): string {
  const facts = describeLogin(record);
  const app = 'clientId' in record ? `, application ${record.clientId}` : '';
  const lines = [`Logged in to ${record.baseUrl} (${record.flow}${app}).`];
  if ('tokens' in record) {
    const until = facts.expiresAt ? ` Access token valid until ${String(facts.expiresAt)}.` : '';
    const renew = facts.refreshable ? ' It renews itself.' : ' Log in again when it expires.';
    lines.push(`Scope: ${String(facts.scope) || '(none)'}.${until}${renew}`);
  } else {
    lines.push('The credentials were not checked against the server yet.');
  }
  if (!store) lines.push('Not stored (--store none): the login ends when this command exits.');
  else {
    lines.push(`Stored in: ${store.describe().label}`);
    if (!store.describe().encrypted) {
      lines.push(
        '  Anyone who can read this file can use this login. Remove it with "meterscope login --logout".',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function status(
  store: SecretStore,
  baseUrl: string,
  emit: (d: object, t: string) => void,
): Promise<number> {
  const record = await readLogin(store, baseUrl);
  if (!record) {
    emit({ loggedIn: false, baseUrl }, `Not logged in to ${baseUrl}. Run "meterscope login".\n`);
    return 1;
  }
  const facts = describeLogin(record);
  const text = Object.entries(facts).map(([k, v]) => `${k.padEnd(12)} ${String(v)}`);
  emit(
    { loggedIn: true, ...facts, stored: store.describe() },
    `${text.join('\n')}\n${'stored'.padEnd(12)} ${store.describe().label}\n`,
  );
  return 0;
}

async function logout(
  store: SecretStore,
  baseUrl: string,
  emit: (d: object, t: string) => void,
): Promise<number> {
  const removed = await deleteLogin(store, baseUrl);
  emit(
    { loggedOut: removed, baseUrl },
    removed
      ? `Logged out of ${baseUrl}: the stored login was deleted.\n`
      : `No stored login for ${baseUrl}.\n`,
  );
  return 0;
}

async function selfTest(values: Values, emit: (d: object, t: string) => void): Promise<number> {
  const port = parsePort(str(values.port));
  const result = await redirectSelfTest(port === undefined ? {} : { port });
  emit(
    result,
    `${result.ok ? 'OK' : 'FAILED'}: ${result.detail}\nRedirect URI to register: ${result.registerUri}\n`,
  );
  return result.ok ? 0 : 1;
}
