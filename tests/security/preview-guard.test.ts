import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, isValidToken } from '../../electron/preview/guard';
import { resolveStaticPath } from '../../electron/preview/static-files';

describe('preview request guards', () => {
  it('accepts only our loopback host and port (DNS rebinding)', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    for (const host of [
      'evil.com',
      'evil.com:4000',
      '127.0.0.1:4001',
      '127.0.0.1',
      'localhost',
      '127.0.0.1:4000.evil.com',
      '[::1]:4000',
      undefined,
    ]) {
      expect(isAllowedHost(host, 4000), String(host)).toBe(false);
    }
  });

  it('accepts a missing Origin or exactly our own', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    for (const origin of [
      'null',
      'http://evil.com',
      'http://127.0.0.1:4001',
      'https://127.0.0.1:4000',
      'http://127.0.0.1:4000.evil.com',
      'http://127.0.0.1:4000/',
    ]) {
      expect(isAllowedOrigin(origin, 4000), origin).toBe(false);
    }
  });

  it('compares the token exactly', () => {
    expect(isValidToken('abc', 'abc')).toBe(true);
    expect(isValidToken('abd', 'abc')).toBe(false);
    expect(isValidToken('ab', 'abc')).toBe(false);
    expect(isValidToken('', 'abc')).toBe(false);
    expect(isValidToken(undefined, 'abc')).toBe(false);
    expect(isValidToken(['abc'], 'abc')).toBe(false);
  });

  it('never serves files outside the renderer folder', () => {
    const root = '/srv/out/renderer';
    expect(resolveStaticPath(root, '/')).toBe('/srv/out/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/srv/out/renderer/assets/app.js');
    for (const p of [
      '/../secret',
      '/%2e%2e/secret',
      '/..%2fsecret',
      '/assets/..%2f..%2fx',
      '/a%00b',
      '/%5c..%5csecret',
      '/%E0%A4%A',
    ]) {
      const resolved = resolveStaticPath(root, p);
      expect(resolved === null || resolved.startsWith(root + '/'), p).toBe(true);
    }
    expect(resolveStaticPath(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
  });
});
