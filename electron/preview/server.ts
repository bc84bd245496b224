import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../shared/i18n/types';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/types';
import { translate } from '../../shared/i18n/translate';
import { API_PREFIX, MAX_BODY_BYTES, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/ipc/wire';
import { dispatch } from '../core/ipc/dispatch';
import { openSession, startDailyBackups } from '../core/ipc/session';
import type { Session } from '../core/ipc/session';
import type { ScryptCost } from '../core/auth/password-hash';
import { createConsoleLogger } from '../core/log';
import type { Logger } from '../core/log';
import { securityHeaders } from '../core/security/csp';
import { handleBackupRoute } from './backup-routes';
import type { BackupRouteContext } from './backup-routes';
import { isAllowedHost, isAllowedOrigin, isValidToken } from './guard';
import { readStatic } from './static-files';
import { decideAccess } from '../core/ipc/authorize';
import { contract } from '../../shared/ipc/contract';

/** The streamed backup routes need what restoring a backup needs. */
const BACKUP_ROUTES_PERMISSION = contract['backups.restoreStaged'].permission;

export interface PreviewOptions {
  dataDir: string;
  /** Built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** System language stand-in; the saved setting still wins. */
  language?: Language;
  version?: string;
  log?: Logger;
  /**
   * Backups at start and once a day, as the desktop app takes them: on for the browser start of
   * `npm start` (the app itself where Electron cannot run), off for development and tests.
   */
  backups?: boolean;
  /** Tests lower the largest backup file an upload may bring. */
  backupFileBytes?: number;
  /**
   * Tests lower the scrypt cost of the passwords they set, so a sign-in on a
   * loaded test machine takes milliseconds; the real cost is measured by `npm run bench`.
   */
  hashCost?: ScryptCost;
}

export interface PreviewServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

/**
 * Reads the body, keeping at most MAX_BODY_BYTES. A larger body is still read
 * to its end (and discarded) so the client gets a clean 413 instead of a reset.
 */
async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  let tooLarge = declared > MAX_BODY_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) throw new HttpRefusal(413, 'ipc.preview.tooLarge');
  return Buffer.concat(chunks).toString('utf8');
}

/** `{ "arg": … }` → the argument; a missing `arg` means "no argument". */
function argumentOf(body: string): unknown {
  if (body.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new HttpRefusal(400, 'ipc.preview.badJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpRefusal(400, 'ipc.preview.badJson');
  return Object.hasOwn(parsed, 'arg') ? (parsed as { arg: unknown }).arg : undefined;
}

/**
 * Serves the built renderer and the IPC calls over HTTP on 127.0.0.1, so the
 * app can be used and tested in an ordinary browser. Calls go through the very
 * same dispatch as Electron's ipcMain. See shared/ipc/wire.ts for the protocol.
 * A development and test tool (never packaged), bound to 127.0.0.1 only.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const log = options.log ?? createConsoleLogger();
  const token = randomBytes(32).toString('hex');
  const session: Session = await openSession({
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0-preview',
    systemLanguage: options.language ?? DEFAULT_LANGUAGE,
    log,
    dailyBackup: options.backups ?? false,
    ...(options.backupFileBytes ? { incomingBackupLimits: { fileBytes: options.backupFileBytes } } : {}),
    ...(options.hashCost ? { hashCost: options.hashCost } : {}),
  });
  const stopDailyBackups = options.backups ? startDailyBackups(session.store, log) : () => undefined;
  let port = 0;

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...securityHeaders(),
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(body);
  };
  const refuse = (res: http.ServerResponse, status: number, code: string) => {
    const message = translate(session.dispatchContext.language(), code);
    send(
      res,
      status,
      JSON.stringify({ ok: false, error: { code, message } }),
      'application/json; charset=utf-8',
    );
  };

  const backupRoutes: BackupRouteContext = {
    backups: session.backups,
    token,
    language: () => session.dispatchContext.language(),
    refuse,
    access: () => decideAccess(BACKUP_ROUTES_PERMISSION, session.auth.caller()),
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, 'ipc.preview.badHost');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'ipc.preview.badOrigin');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // Backup files move as streams, not as JSON: a backup is far above the API's body limit.
    if (await handleBackupRoute(backupRoutes, req, res, url)) return;

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return refuse(res, 405, 'ipc.preview.methodNotAllowed');
      if (!isValidToken(req.headers[TOKEN_HEADER.toLowerCase()], token))
        return refuse(res, 403, 'ipc.preview.badToken');
      const channel = url.pathname.slice(API_PREFIX.length);
      const arg = argumentOf(await readBody(req));
      const result = await dispatch(session.handlers, channel, arg, session.dispatchContext);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'ipc.preview.methodNotAllowed');
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return refuse(res, 404, 'ipc.preview.notFound');
    return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpRefusal) return refuse(res, error.status, error.code);
      log.error('preview: request failed', error);
      if (!res.headersSent) refuse(res, 500, 'ipc.internal');
      else res.end();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    stopDailyBackups();
    await session.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?${TOKEN_QUERY}=${token}#/`,
    origin,
    port,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopDailyBackups();
      await session.close();
    },
  };
}

/** Ctrl+C or a stop signal closes the server and the data folder (releasing its lock), then exits. */
export function closeOnSignals(server: PreviewServer): void {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
