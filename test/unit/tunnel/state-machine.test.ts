import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextTunnelState, type TunnelEvent, type TunnelState } from '../../../main/services/tunnel/index.ts';

const URL_EVENT: TunnelEvent = { type: 'url', url: 'https://a.example', hookUrl: 'https://a.example/s' };
const FAILURE = { code: 'process-exited', message: 'gone', detail: '' } as const;

function run(events: TunnelEvent[]): TunnelState[] {
  const states: TunnelState[] = [{ status: 'starting' }];
  for (const e of events) states.push(nextTunnelState(states[states.length - 1] as TunnelState, e));
  return states;
}

describe('tunnel state machine', () => {
  it('walks starting → url-assigned → verified → receiving', () => {
    const states = run([URL_EVENT, { type: 'probe-arrived' }, { type: 'frame' }]);
    expect(states.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'verified', 'receiving']);
    expect(states[3]).toEqual({
      status: 'receiving',
      url: 'https://a.example',
      hookUrl: 'https://a.example/s',
    });
  });

  it('never says verified without a probe, however many frames arrive', () => {
    const states = run([URL_EVENT, { type: 'frame' }, { type: 'frame' }]);
    expect(states.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'url-assigned', 'url-assigned']);
  });

  it('ignores a probe before any URL', () => {
    expect(run([{ type: 'probe-arrived' }]).map((s) => s.status)).toEqual(['starting', 'starting']);
  });

  it('keeps the URL of a tunnel that failed after getting one, and does not recover from a late probe', () => {
    const states = run([URL_EVENT, { type: 'fail', failure: FAILURE }, { type: 'probe-arrived' }]);
    expect(states[2]).toEqual({ status: 'failed', failure: FAILURE, url: 'https://a.example' });
    expect(states[3]).toBe(states[2]);
  });

  it('stops from any state and stays stopped', () => {
    const states = run([URL_EVENT, { type: 'fail', failure: FAILURE }, { type: 'stop' }, URL_EVENT]);
    expect(states.slice(-2).map((s) => s.status)).toEqual(['stopped', 'stopped']);
  });

  it('holds its promises for every sequence of events', () => {
    const event = fc.constantFrom<TunnelEvent>(
      URL_EVENT,
      { type: 'probe-arrived' },
      { type: 'frame' },
      { type: 'fail', failure: FAILURE },
      { type: 'stop' },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        const states = run(events);
        states.forEach((s, i) => {
          const before = states[i - 1];
          if (s.status === 'verified' && before?.status !== 'verified') {
            expect(before?.status).toBe('url-assigned');
            expect(events[i - 1]?.type).toBe('probe-arrived');
          }
          if (s.status === 'receiving') expect(['verified', 'receiving']).toContain(before?.status);
          if (before?.status === 'stopped') expect(s.status).toBe('stopped');
          if (before?.status === 'failed') expect(['failed', 'stopped']).toContain(s.status);
        });
      }),
    );
  });
});
