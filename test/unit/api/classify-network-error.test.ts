import { describe, expect, it } from 'vitest';
import {
  classifyNetworkError,
  networkErrorPhrase,
} from '../../../main/services/api/classify-network-error.ts';

const err = (code: string, extra: object = {}) => Object.assign(new Error(code), { code }, extra);

describe('classifyNetworkError', () => {
  it('sorts socket and undici errors into actionable kinds', () => {
    expect(classifyNetworkError(err('ECONNREFUSED'))).toBe('refused');
    expect(classifyNetworkError(err('ENOTFOUND'))).toBe('dns');
    expect(classifyNetworkError(err('ENETUNREACH'))).toBe('unreachable');
    expect(classifyNetworkError(err('UND_ERR_SOCKET'))).toBe('dropped');
    expect(classifyNetworkError(err('UND_ERR_HEADERS_TIMEOUT'))).toBe('headers-timeout');
    expect(classifyNetworkError(err('UND_ERR_BODY_TIMEOUT'))).toBe('body-timeout');
    expect(classifyNetworkError(err('UND_ERR_CONNECT_TIMEOUT'))).toBe('connect-timeout');
    expect(classifyNetworkError(err('CERT_HAS_EXPIRED'))).toBe('tls');
    expect(classifyNetworkError(err('HPE_INVALID_CONSTANT'))).toBe('garbled');
  });

  it('looks into AggregateError and cause', () => {
    const aggregate = Object.assign(new AggregateError([err('ECONNREFUSED'), err('ECONNREFUSED')]), {});
    expect(classifyNetworkError(aggregate)).toBe('refused');
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: err('ENOTFOUND') }))).toBe('dns');
  });

  it('treats the unknown as a dropped connection', () => {
    expect(classifyNetworkError(new Error('???'))).toBe('dropped');
    expect(classifyNetworkError(undefined)).toBe('dropped');
  });
});

describe('network errors in words', () => {
  it('says what happened first, then the system text to search for', () => {
    const refused = Object.assign(new Error('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(networkErrorPhrase(refused)).toBe(
      'connection refused: nothing listens at that address and port (connect ECONNREFUSED 127.0.0.1:9)',
    );
    expect(networkErrorPhrase(err('ENOTFOUND'))).toBe('host name not found (ENOTFOUND)');
    expect(networkErrorPhrase(err('UND_ERR_HEADERS_TIMEOUT'))).toMatch(/^connected, but no answer within/);
    expect(networkErrorPhrase('odd')).toBe('odd');
  });
});
