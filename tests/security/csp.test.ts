import { describe, expect, it } from 'vitest';
import {
  cspDevelopment,
  cspHeader,
  cspMeta,
  parseCsp,
  securityHeaders,
} from '../../electron/core/security/csp';

describe('content security policy', () => {
  const header = parseCsp(cspHeader());
  const meta = parseCsp(cspMeta());

  it('allows scripts only from the app itself: no inline, no eval, no remote', () => {
    for (const policy of [header, meta]) {
      expect(policy.get('script-src')).toEqual(["'self'"]);
      const all = [...policy.values()].flat();
      expect(all).not.toContain("'unsafe-eval'");
      expect(all).not.toContain("'wasm-unsafe-eval'");
      expect(all.some((source) => source.startsWith('http') || source === '*')).toBe(false);
      // On app://township-care 'self' is the app's own origin (a standard scheme); a bare
      // `app:` scheme source would also admit any other app:// host.
      expect(all.some((source) => /^(app|file):/.test(source))).toBe(false);
    }
  });

  it('denies by default and shuts plugins, frames, base and form targets', () => {
    for (const policy of [header, meta]) {
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
    }
  });

  it('puts frame-ancestors in the header only (browsers ignore it in a meta tag)', () => {
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
  });

  it('meta policy is the header policy minus header-only directives', () => {
    const withoutAncestors = new Map(header);
    withoutAncestors.delete('frame-ancestors');
    expect(meta).toEqual(withoutAncestors);
  });

  it('relaxes only script inline and the HMR websocket in development', () => {
    const dev = parseCsp(cspDevelopment('http://localhost:5173/'));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect([...dev.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('security headers carry the CSP and forbid sniffing and framing', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(cspHeader());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
