import { describe, expect, it } from 'vitest';
import { redact, safeUrl, secretsOfAuthorization } from '../../../main/services/api/redact.ts';

describe('redaction', () => {
  it('masks every form of a Basic credential', () => {
    const header = `Basic ${Buffer.from('anna:s3cret-pw').toString('base64')}`;
    const text = `sent ${header}; decoded anna:s3cret-pw; password s3cret-pw`;
    const out = redact(text, secretsOfAuthorization(header));
    expect(out).not.toContain('s3cret-pw');
    expect(out).not.toContain(header.slice(6));
  });

  it('masks API keys and bearer tokens', () => {
    const secrets = [
      ...secretsOfAuthorization('ApiKey k-123456'),
      ...secretsOfAuthorization('Bearer tok.en.value'),
    ];
    expect(redact('key k-123456 token tok.en.value', secrets)).toBe('key *** token ***');
  });

  it('removes credentials and queries from URLs', () => {
    expect(safeUrl('https://user:pw@api.smart-me.com/api/?token=abc')).toBe('https://api.smart-me.com/api');
    expect(safeUrl('not a url')).toBe('(invalid URL)');
  });
});
