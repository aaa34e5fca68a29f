import { describe, expect, it } from 'vitest';
import {
  memoryKnownHookUrlStore,
  RegistrationManager,
  type RegisterRealtimeApiData,
  type RegistrationWarning,
  type RegistrationsPort,
} from '../../../main/services/realtime/index.ts';

// The manager's logic against an in-memory port that behaves like the API (POST and DELETE answer
// nothing, ids are assigned by the server). The same flows run against the simulator in integration.
function memoryApi(initial: RegisterRealtimeApiData[] = []) {
  const rows = initial.map((r) => ({ ...r }));
  let next = 1;
  const calls: string[] = [];
  const port: RegistrationsPort = {
    list: async () => rows.map((r) => ({ ...r })),
    create: async (r) => {
      calls.push(`POST ${r.RegistrationType} ${r.MeterId ?? '-'}`);
      rows.push({ ...r, Id: `00000000-0000-4000-8000-00000000000${next++}` });
    },
    delete: async (id) => {
      calls.push(`DELETE ${id}`);
      const i = rows.findIndex((r) => r.Id === id);
      if (i < 0) throw new Error(`No registration with id ${id}.`);
      rows.splice(i, 1);
    },
  };
  return { port, rows, calls };
}

const SECRET = 'AbCdEfGhIjKlMnOpQrStUv';
const HOOK = `https://one.trycloudflare.com/${SECRET}`;
const METER = '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1';
const FOREIGN: RegisterRealtimeApiData = {
  Id: 'f',
  RegistrationType: 2,
  ApiUrl: 'https://integrator.example/hook',
  BasicAuthPassword: 'pw',
};

describe('RegistrationManager', () => {
  it('refuses to register before a tunnel is verified', async () => {
    const m = new RegistrationManager({ port: memoryApi().port });
    await expect(m.register({ kind: 'account' })).rejects.toMatchObject({ code: 'no-hook-url' });
  });

  it('creates a meter registration, finds its server id, and lists it as current and ours', async () => {
    const api = memoryApi([FOREIGN]);
    const m = new RegistrationManager({ port: api.port });
    await m.setHookUrl(HOOK, SECRET);
    const created = await m.register(
      { kind: 'device', meterId: METER },
      { username: 'u', password: 'secret-pw' },
    );
    expect(created).toMatchObject({
      kind: 'device',
      meterId: METER,
      apiUrl: HOOK,
      mark: 'current',
      ours: true,
      hasPassword: true,
    });
    expect(JSON.stringify(await m.list())).not.toContain('secret-pw'); // the echoed password never leaves
    expect((await m.list()).map((r) => [r.id, r.mark, r.ours])).toEqual([
      ['f', 'foreign', false],
      [created.id, 'current', true],
    ]);
  });

  it('does not duplicate an identical registration, and adopts it for clean-up', async () => {
    const api = memoryApi([{ Id: 'x', RegistrationType: 2, ApiUrl: `${HOOK}/` }]);
    const m = new RegistrationManager({ port: api.port });
    await m.setHookUrl(HOOK, SECRET);
    expect(await m.register({ kind: 'account' })).toMatchObject({ id: 'x', ours: true });
    expect(api.calls).toEqual([]);
    await m.stop();
    expect(api.rows).toEqual([]);
  });

  it('removes only what it created when listening stops, and nothing when clean-up is off', async () => {
    const api = memoryApi([FOREIGN]);
    const m = new RegistrationManager({ port: api.port });
    await m.setHookUrl(HOOK, SECRET);
    const mine = await m.register({ kind: 'account' });
    expect(await m.stop()).toEqual({ removed: [mine.id], failed: [] });
    expect(api.rows.map((r) => r.Id)).toEqual(['f']);

    const kept = new RegistrationManager({ port: api.port, cleanupOnStop: false });
    await kept.setHookUrl(HOOK, SECRET);
    await kept.register({ kind: 'account' });
    expect(await kept.stop()).toEqual({ removed: [], failed: [] });
    expect(api.rows).toHaveLength(2);
  });

  it('filters by meter: its own registration and account-wide ones', async () => {
    const api = memoryApi([
      { Id: 'a', RegistrationType: 2, ApiUrl: 'https://x.example/a' },
      { Id: 'm', RegistrationType: 1, MeterId: METER.toUpperCase(), ApiUrl: 'https://x.example/m' },
      { Id: 'o', RegistrationType: 1, MeterId: 'other', ApiUrl: 'https://x.example/o' },
    ]);
    const m = new RegistrationManager({ port: api.port });
    expect((await m.list({ meterId: METER })).map((r) => r.id)).toEqual(['a', 'm']);
  });

  it('warns when the public URL changed and re-points its registrations without a gap', async () => {
    const api = memoryApi();
    const warnings: RegistrationWarning[] = [];
    const m = new RegistrationManager({ port: api.port, onWarning: (w) => warnings.push(w) });
    await m.setHookUrl(HOOK, SECRET);
    const old = await m.register({ kind: 'device', meterId: METER });
    const NEW = `https://two.trycloudflare.com/${SECRET}`;
    const warning = await m.setHookUrl(NEW, SECRET);
    expect(warning).toMatchObject({ code: 'public-url-changed', ids: [old.id] });
    expect(warning?.message).toContain('https://one.trycloudflare.com/[secret]');
    expect(warning?.message).not.toContain(SECRET);
    expect(warnings).toContain(warning);

    api.calls.length = 0;
    expect(await m.repoint()).toEqual({ removed: [old.id], failed: [] });
    expect(api.calls[0]).toMatch(/^POST 1/); // new one first, then the old one goes
    expect(api.calls[1]).toBe(`DELETE ${old.id}`);
    expect((await m.list()).map((r) => [r.apiUrl, r.mark, r.ours])).toEqual([[NEW, 'current', true]]);
  });

  it('recognises a URL from an earlier run as stale, warns, and removes stale ones but never foreign', async () => {
    const known = memoryKnownHookUrlStore();
    const earlier = new RegistrationManager({ port: memoryApi().port, known });
    await earlier.setHookUrl('https://my-proxy.example/meterscope/hook', undefined);

    const api = memoryApi([
      FOREIGN,
      { Id: 's', RegistrationType: 2, ApiUrl: 'https://my-proxy.example/meterscope/hook' },
    ]);
    const warnings: RegistrationWarning[] = [];
    const later = new RegistrationManager({ port: api.port, known, onWarning: (w) => warnings.push(w) });
    await later.setHookUrl(HOOK, SECRET);
    expect((await later.list()).map((r) => [r.id, r.mark])).toEqual([
      ['f', 'foreign'],
      ['s', 'stale'],
    ]);
    expect(warnings.at(-1)).toMatchObject({ code: 'stale-registrations', ids: ['s'] });
    expect(await later.removeStale()).toEqual({ removed: ['s'], failed: [] });
    expect(api.rows.map((r) => r.Id)).toEqual(['f']);
  });

  it('reports registrations it could not remove instead of stopping half-way', async () => {
    const api = memoryApi();
    const m = new RegistrationManager({ port: api.port });
    await m.setHookUrl(HOOK, SECRET);
    const a = await m.register({ kind: 'account' });
    const b = await m.register({ kind: 'device', meterId: METER });
    api.rows.splice(0, 1); // someone deleted the first one in the portal meanwhile
    const report = await m.stop();
    expect(report.removed).toEqual([b.id]);
    expect(report.failed).toEqual([{ id: a.id, message: `No registration with id ${a.id}.` }]);
  });
});
