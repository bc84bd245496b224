import { timingSafeEqual } from 'node:crypto';

/**
 * Request checks of the browser preview server, kept pure for tests.
 * The server listens on 127.0.0.1 only, but any web page the user visits can
 * still make the browser send requests there; these checks stop that.
 */
export interface PreviewIdentity {
  port: number;
  token: string;
}

/** Host must be exactly our loopback address and port (defeats DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser sends Origin on cross-site requests; when present it must be our own origin exactly. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Constant-time token comparison. */
export function isValidToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
