import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventLog } from '../event-log.ts';
import type { FaultController } from '../faults/fault-controller.ts';
import { faultLabel, planFaults } from '../faults/fault-plan.ts';
import { htmlReply, invalidJsonReply, statusReply } from '../faults/fault-replies.ts';
import type { Simulation } from '../simulation.ts';
import { WWW_AUTHENTICATE, authenticate, type BearerCheck, type Caller } from './auth.ts';
import type { Closing } from './closing.ts';
import { requireLicence } from './licence.ts';
import { normalizePath, parseQuery } from './normalize-path.ts';
import { parseJsonBody, readBody } from './read-body.ts';
import { SimHttpError, serializeReply, type Reply } from './reply.ts';
import type { RequestEvent } from './request-log.ts';
import { matchRoute, type Route } from './router.ts';
import { writeReply } from './write-reply.ts';

/** The OAuth server's part the router needs (engineer D's `OAuthServer`). */
export interface OAuthMount {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
}

/** Everything one request needs: the simulation, the route table, faults, auth and where to log. */
export interface ServeDeps {
  sim: Simulation;
  routes: readonly Route[];
  faults: FaultController;
  requests: EventLog<RequestEvent>;
  /** Closed when the simulator closes: pending delays end at once. */
  closing: Closing;
  oauth?: OAuthMount;
  bearer?: BearerCheck;
}

const isOAuthPath = (path: string) =>
  path === '/oauth' || path.startsWith('/oauth/') || path.startsWith('/.well-known/');

async function routeRequest(
  deps: ServeDeps,
  req: IncomingMessage,
  method: string,
  path: string,
  url: URL,
  onCaller: (caller: Caller) => void,
): Promise<Reply> {
  const match = matchRoute(deps.routes, method, path);
  if (match.kind === 'not-found') {
    req.resume();
    return { status: 404, text: `No API endpoint at ${method} ${url.pathname}.` };
  }
  if (match.kind === 'method-not-allowed') {
    req.resume();
    return {
      status: 405,
      text: `${method} is not allowed here; use ${match.allow.join(', ')}.`,
      headers: { allow: match.allow.join(', ') },
    };
  }
  const caller = authenticate(req.headers.authorization, deps.sim.world.accounts, deps.bearer);
  if (!caller) {
    req.resume();
    return {
      status: 401,
      text: 'Authorization has been denied for this request: send Basic, ApiKey or Bearer credentials.',
      headers: { 'www-authenticate': WWW_AUTHENTICATE },
    };
  }
  onCaller(caller);
  requireLicence(caller.account.licence, match.route.licence);
  const body =
    method === 'POST' || method === 'PUT' ? parseJsonBody(await readBody(req)) : (req.resume(), undefined);
  return match.handler({
    caller,
    method,
    params: match.params,
    query: parseQuery(url.searchParams),
    body,
    sim: deps.sim,
  });
}

function errorReply(e: unknown): Reply {
  if (e instanceof SimHttpError) return { status: e.status, text: e.message, headers: e.headers };
  return { status: 500, text: `Internal simulator error: ${(e as Error)?.message ?? String(e)}` };
}

/**
 * Serves one request like api.smart-me.com: faults first (delay, then drop / status / HTML), then OAuth
 * paths, then the REST route with auth and licence gate; the answer may be distorted (slow, cut JSON).
 * Never throws: every failure becomes an answer, and every request is logged.
 */
export async function serveRequest(
  deps: ServeDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(`http://simulator.invalid/${(req.url ?? '/').replace(/^\/+/, '')}`);
  } catch {
    req.resume();
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Malformed request URL.');
    return;
  }
  const path = normalizePath(url.pathname);
  const method = (req.method ?? 'GET').toUpperCase();
  const faults = deps.faults.pick(method, path);
  const event: RequestEvent = { method, path, status: 200, faults: faults.map(faultLabel) };
  const plan = planFaults(faults);
  try {
    if (plan.delayMs > 0) await deps.closing.wait(plan.delayMs);
    if (plan.replace?.kind === 'drop') {
      event.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (plan.replace) {
      req.resume();
      const reply = plan.replace.kind === 'html' ? htmlReply(plan.replace) : statusReply(plan.replace);
      event.status = reply.status;
      await writeReply(res, reply, undefined, deps.closing);
      return;
    }
    if (deps.oauth && isOAuthPath(path) && (await deps.oauth.handle(req, res, path))) {
      event.status = res.statusCode;
      return;
    }
    let reply: Reply;
    try {
      reply = await routeRequest(
        deps,
        req,
        method,
        path,
        url,
        (caller) => (event.user = caller.account.username),
      );
    } catch (e) {
      reply = errorReply(e);
    }
    let serialized = serializeReply(reply);
    if (plan.distort.some((f) => f.kind === 'invalid-json')) serialized = invalidJsonReply(serialized);
    const slow = plan.distort.find((f) => f.kind === 'slow-body');
    event.status = serialized.status;
    await writeReply(
      res,
      serialized,
      slow && { delayMs: slow.delayMs, chunkBytes: slow.chunkBytes ?? 16 },
      deps.closing,
    );
  } catch {
    event.status = 'dropped';
    res.destroy();
  } finally {
    deps.requests.push(event);
  }
}
