import { createRandom, type Random } from '../random.ts';
import type { ActiveFaultRule, Fault, FaultRule } from './fault-types.ts';

/**
 * Switches faults on and off at runtime, per path pattern. Decisions come from a seeded random source,
 * so the same seed and request order give the same faults.
 */
export interface FaultController {
  /** Adds a rule; returns its id (for `clear`). */
  set(rule: FaultRule): string;
  /** Removes one rule by id, every rule with this exact path pattern, or (no argument) all rules. */
  clear(idOrPath?: string): void;
  /** The active rules with their hit counts. */
  list(): ActiveFaultRule[];
  /**
   * The faults to apply to one request, in rule order (each fired rule contributes one fault; latency
   * jitter is already drawn, so a latency fault's `ms` is the delay to use).
   */
  pick(method: string, path: string): Fault[];
}

/** `/API/Devices/*` → /^\/devices\/.*$/ : the same normalization as request paths, `*` = anything. */
function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim().toLowerCase();
  if (p === '/api' || p.startsWith('/api/')) p = p.slice(4);
  if (!p.startsWith('/') && !p.startsWith('*')) p = `/${p}`;
  if (p.length > 1) p = p.replace(/\/+$/, '');
  const source = p
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** Creates a controller; `initial` rules come from the simulator options (global latency and fault rate). */
export function createFaultController(seed: number, initial: FaultRule[] = []): FaultController {
  const random: Random = createRandom(`${seed}:faults`);
  let rules: (ActiveFaultRule & { regex: RegExp })[] = [];
  let nextId = 1;
  const controller: FaultController = {
    set(rule) {
      const id = `fault-${nextId++}`;
      const regex = typeof rule.path === 'string' ? globToRegExp(rule.path) : rule.path;
      rules.push({ ...rule, id, hits: 0, regex });
      return id;
    },
    clear(idOrPath) {
      rules = idOrPath === undefined ? [] : rules.filter((r) => r.id !== idOrPath && r.path !== idOrPath);
    },
    list: () => rules.map(({ regex: _regex, ...rule }) => ({ ...rule })),
    pick(method, path) {
      const faults: Fault[] = [];
      for (const rule of rules) {
        if (rule.methods && !rule.methods.includes(method.toUpperCase())) continue;
        if (!rule.regex.test(path)) continue;
        if (rule.rate !== undefined && rule.rate < 1 && !random.chance(rule.rate)) continue;
        rule.hits++;
        const fault = Array.isArray(rule.fault) ? random.pick(rule.fault) : rule.fault;
        faults.push(
          fault.kind === 'latency' && fault.jitterMs
            ? { kind: 'latency', ms: fault.ms + random.between(0, fault.jitterMs) }
            : fault,
        );
      }
      rules = rules.filter((r) => r.times === undefined || r.hits < r.times);
      return faults;
    },
  };
  initial.forEach((rule) => controller.set(rule));
  return controller;
}
