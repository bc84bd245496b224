/**
 * Where the app's own page lives: either the built index.html on disk
 * (file://…/out/renderer/index.html) or the vite dev server (http://localhost:5173/).
 * Every trust decision compares PARSED urls against this, never substrings.
 */
export type AppOrigin =
  | { kind: 'file'; /** URL pathname of index.html, as `new URL()` normalises it */ pathname: string }
  | { kind: 'http'; /** e.g. `http://localhost:5173` */ origin: string };

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
  if (url?.protocol === 'file:') return { kind: 'file', pathname: url.pathname };
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return { kind: 'http', origin: url.origin };
  throw new Error(`unsupported app entry url: ${entryUrl}`);
}

/** True when `url` is a page of our app (same file, or same http origin). */
export function isAppUrl(url: string, app: AppOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return false;
  if (app.kind === 'file') {
    // file:// has no meaningful origin: require the exact same document, on no host.
    return parsed.protocol === 'file:' && parsed.host === '' && parsed.pathname === app.pathname;
  }
  return parsed.origin !== 'null' && parsed.origin === app.origin;
}

/**
 * Whether an IPC message may be answered: it must come from our own page and
 * from the top frame (an iframe, even of our origin, could be hostile content).
 */
export function isTrustedSender(frameUrl: string | undefined | null, isMainFrame: boolean, app: AppOrigin): boolean {
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
