import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CallInfo } from '../../../main/services/api/error-mapping.ts';
import { readJson } from '../../../main/services/api/parse-answer.ts';

const c: CallInfo = { method: 'GET', path: '/Devices', server: 'http://sim', authKind: 'basic' };
const answer = (value: unknown) => ({ status: 200, headers: {}, body: JSON.stringify(value) });
const Things = z.array(z.object({ Id: z.string() }));

describe('readJson', () => {
  it('lets other work run while it validates a 5,000-element list', async () => {
    const order: string[] = [];
    const reading = readJson(
      answer(Array.from({ length: 5000 }, (_, i) => ({ Id: `d${i}` }))),
      c,
      Things,
    ).then((list) => order.push(`list of ${list.length}`));
    setImmediate(() => order.push('another answer'));
    await reading;
    expect(order).toEqual(['another answer', 'list of 5000']);
  });

  it('keeps the checks of a list schema that has its own rules', async () => {
    const twoAtMost = Things.max(2);
    await expect(
      readJson(answer(Array.from({ length: 600 }, () => ({ Id: 'x' }))), c, twoAtMost),
    ).rejects.toThrow(/unknown shape/);
  });
});
