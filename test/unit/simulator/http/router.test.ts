import { describe, expect, it } from 'vitest';
import { normalizePath } from '../../../../main/simulator/http/normalize-path.ts';
import { matchRoute, type Route } from '../../../../main/simulator/http/router.ts';
import { json } from '../../../../main/simulator/http/reply.ts';

const h = () => json(null);
const routes: Route[] = [
  { pattern: '/gateway/mbus/:id', methods: { GET: h, PUT: h, DELETE: h } },
  { pattern: '/gateway/mbus/:id/meter/:index', methods: { GET: h } },
  { pattern: '/devices/:id', methods: { GET: h } },
  { pattern: '/devices/search', methods: { POST: h } },
];

describe('normalizePath', () => {
  it('folds case, the /api prefix, double and trailing slashes into one form', () => {
    expect(normalizePath('/API/Devices/ABC/')).toBe('/devices/abc');
    expect(normalizePath('/api')).toBe('/');
    expect(normalizePath('//gateway//MBus/x')).toBe('/gateway/mbus/x');
    expect(normalizePath('/apiary')).toBe('/apiary');
  });
});

describe('matchRoute', () => {
  it('binds path parameters and prefers literal segments', () => {
    expect(matchRoute(routes, 'GET', '/gateway/mbus/g1/meter/3')).toMatchObject({
      kind: 'found',
      params: { id: 'g1', index: '3' },
    });
    expect(matchRoute(routes, 'POST', '/devices/search')).toMatchObject({ kind: 'found', params: {} });
  });

  it('tells a wrong method (with what is allowed) from an unknown path', () => {
    expect(matchRoute(routes, 'POST', '/gateway/mbus/g1')).toEqual({
      kind: 'method-not-allowed',
      allow: ['GET', 'PUT', 'DELETE'],
    });
    expect(matchRoute(routes, 'GET', '/gateway/mbus')).toEqual({ kind: 'not-found' });
  });
});
