import { isAppSchemeUrl } from './app-protocol';

/**
 * Where the app's own page lives: either the built renderer on the app's own
 * scheme (app://township-care/index.html) or the vite dev server
 * (http://localhost:5173/). Every trust decision compares PARSED urls against
 * this, never substrings. file:// is never trusted.
 */
export type AppOrigin =
  { kind: 'app-scheme' } | { kind: 'http'; /** e.g. `http://localhost:5173` */ origin: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Builds the app origin from the URL the window loads. Throws on anything else. */
export function appOriginFromUrl(entryUrl: string): AppOrigin {
  const url = parse(entryUrl);
  if (url && isAppSchemeUrl(url)) return { kind: 'app-scheme' };
  if (url && (url.protocol === 'http:' || url.protocol === 'https:'))
    return { kind: 'http', origin: url.origin };
  throw new Error(`unsupported app entry url: ${entryUrl}`);
}

/** True when `url` is a page of our app (our scheme and host, or the same http origin). */
export function isAppUrl(url: string, app: AppOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return false;
  if (app.kind === 'app-scheme') {
    // WHATWG URL gives a non-special scheme the opaque origin "null" (Node), so
    // `.origin` cannot be compared here: scheme and host are compared instead.
    return isAppSchemeUrl(parsed);
  }
  return parsed.origin !== 'null' && parsed.origin === app.origin;
}

/**
 * Whether an IPC message may be answered: it must come from our own page and
 * from the top frame (an iframe, even of our origin, could be hostile content).
 */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  isMainFrame: boolean,
  app: AppOrigin,
): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string') return false;
  return isAppUrl(frameUrl, app);
}

/**
 * Whether the window may navigate to `url`. The renderer is a single page app
 * with hash routing, so a real navigation is only ever a reload of our own
 * page; everything else (links, redirects, drag-and-drop of files) is refused.
 */
export function isAllowedNavigation(url: string, app: AppOrigin): boolean {
  return isAppUrl(url, app);
}
