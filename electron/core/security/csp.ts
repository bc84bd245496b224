/**
 * The renderer's Content Security Policy, in one place. It is sent as a
 * response header (app:// protocol, dev server, browser preview) and also
 * written into index.html as a <meta> tag at build time, so a copy of the
 * page opened some other way is still covered. `'self'` is
 * app://township-care in a build: a standard scheme has a real origin.
 *
 * style-src needs 'unsafe-inline' because antd's CSS-in-JS injects <style>
 * elements at run time; scripts stay strictly 'self' (no inline, no eval).
 */
const BASE_DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['child-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** Directives a <meta> CSP cannot carry (browsers ignore them there and warn). */
const HEADER_ONLY_DIRECTIVES: [string, string][] = [['frame-ancestors', "'none'"]];

function serialize(directives: [string, string][]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Full policy for the `Content-Security-Policy` response header. */
export function cspHeader(): string {
  return serialize([...BASE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
}

/** Policy for `<meta http-equiv="Content-Security-Policy">` in the built index.html. */
export function cspMeta(): string {
  return serialize(BASE_DIRECTIVES);
}

/**
 * Development only (vite dev server): React Fast Refresh injects an inline
 * preamble script and HMR talks over a websocket. Never used in a build.
 */
export function cspDevelopment(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return serialize(
    BASE_DIRECTIVES.map(([name, value]): [string, string] => {
      if (name === 'script-src') return [name, `${value} 'unsafe-inline'`];
      if (name === 'connect-src') return [name, `${value} ${ws}`];
      return [name, value];
    }),
  );
}

/** Parses a policy into directive → sources (used by tests and by the meta-tag check). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Security headers sent with every page the app serves over HTTP. */
export function securityHeaders(policy: string = cspHeader()): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
