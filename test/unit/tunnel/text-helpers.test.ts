import { describe, expect, it } from 'vitest';
import { createLineSplitter, LineTail } from '../../../main/services/tunnel/line-splitter.ts';
import { hookUrlFor, normalizePublicUrl } from '../../../main/services/tunnel/index.ts';
import { redactSecrets } from '../../../main/services/tunnel/redact.ts';

describe('line splitting of tool output', () => {
  it('joins a URL split across two reads and drops CR of CRLF', () => {
    const s = createLineSplitter();
    expect(s.push('INF |  https://a-b')).toEqual([]);
    expect(s.push('.trycloudflare.com |\r\nnext')).toEqual(['INF |  https://a-b.trycloudflare.com |']);
    expect(s.flush()).toEqual(['next']);
    expect(s.flush()).toEqual([]);
  });

  it('bounds an endless unterminated line', () => {
    const s = createLineSplitter(10);
    s.push('x'.repeat(100));
    expect(s.flush()[0]).toHaveLength(10);
  });

  it('keeps only the last lines for failure details', () => {
    const tail = new LineTail(2);
    for (const l of ['a', 'b', 'c']) tail.add(l);
    expect(tail.text()).toBe('b\nc');
  });
});

describe('public URLs', () => {
  it('accepts http(s) bases, with a proxy path prefix, and drops trailing slashes', () => {
    expect(normalizePublicUrl(' https://Hooks.Example.com/ ')).toBe('https://hooks.example.com');
    expect(normalizePublicUrl('https://example.com/meterscope/')).toBe('https://example.com/meterscope');
  });

  it.each([
    'not a url',
    'ftp://example.com',
    'https://example.com/?a=1',
    'https://example.com/#x',
    'https://u:p@example.com',
  ])('refuses %j with a bad-spec error', (raw) => {
    expect(() => normalizePublicUrl(raw)).toThrow(expect.objectContaining({ code: 'bad-spec' }));
  });

  it('appends the secret path exactly once', () => {
    expect(hookUrlFor('https://e.com/', '/S')).toBe('https://e.com/S');
    expect(hookUrlFor('https://e.com/p', 'S')).toBe('https://e.com/p/S');
  });

  it('redacts every occurrence of a secret but ignores empty or tiny ones', () => {
    expect(redactSecrets('tok tok', ['tok', undefined, ''])).toBe('tok tok'); // too short to be a token
    expect(redactSecrets('a SECRET b SECRET', ['SECRET'])).toBe('a [redacted] b [redacted]');
  });
});
