/**
 * The packaged renderer is served from `app://township-care/`, a privileged
 * custom scheme, instead of file:// (Electron security guide, item 18): the
 * page then has a real origin, gets response headers (CSP, nosniff), and can
 * read nothing on disk but the files of the built renderer folder.
 *
 * This file holds the pure parts, so they are tested without Electron; the
 * glue is electron/main/app-protocol.ts.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'township-care';
/** What the main window loads in a build. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged`, as plain data (no corsEnabled, no bypassCSP). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export type AppRequestTarget =
  | { ok: true; file: string }
  /** 400: a malformed or escaping path; 403: not our host; 404: no such file name. */
  | { ok: false; status: 400 | 403 | 404 };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is on exactly our scheme and host: no credentials, no port, no look-alike host. */
export function isAppSchemeUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

/**
 * The path exactly as written in the request, before the URL parser collapses
 * `..` segments: an escape attempt is then refused, not quietly rewritten into
 * some other file name.
 */
function rawPathOf(url: string): string {
  const afterAuthority = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterAuthority.replace(/[?#].*$/s, '');
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Splits a URL path into decoded file-name segments, or null when any segment
 * is empty (`//host`), a dot segment (`.`, `..`, `%2e%2e`), badly encoded,
 * decodes to a separator, a NUL or a drive/stream colon, or is a Windows
 * device name.
 */
function safeSegments(urlPath: string): string[] | null {
  if (urlPath === '' || urlPath === '/') return [];
  if (!urlPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of urlPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[/\\\0:]/.test(segment)) return null;
    // Names Windows reads as something else: devices (NUL, CON, COM1.txt…) and trailing dots or spaces.
    if (WINDOWS_DEVICE.test(segment) || /[. ]$/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/**
 * Maps a request URL to a file strictly inside `rendererDir`. The root is
 * index.html; every other path names a file itself (a missing file is a 404
 * for the caller, never index.html: the app routes by hash).
 */
export function resolveAppRequest(rendererDir: string, requestUrl: string): AppRequestTarget {
  const url = parse(requestUrl);
  if (!url || !isAppSchemeUrl(url)) return { ok: false, status: 403 };
  const raw = safeSegments(rawPathOf(requestUrl));
  const parsed = safeSegments(url.pathname);
  if (!raw || !parsed || raw.join('/') !== parsed.join('/')) return { ok: false, status: 400 };
  const segments = parsed.length === 0 ? ['index.html'] : parsed;

  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, never leave the folder.
  if (!file.startsWith(root + path.sep)) return { ok: false, status: 400 };
  return { ok: true, file };
}
