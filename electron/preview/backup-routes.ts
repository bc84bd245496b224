import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Result } from '../../shared/errors';
import {
  BACKUP_DOWNLOAD_PATH,
  BACKUP_UPLOAD_PATH,
  BackupFileSchema,
  type StagedBackup,
} from '../../shared/ipc/backups';
import type { Language } from '../../shared/i18n/types';
import { TOKEN_HEADER, TOKEN_QUERY } from '../../shared/ipc/wire';
import type { BackupsPort } from '../core/backups/backups-service';
import type { AccessDecision } from '../core/ipc/authorize';
import { toWireError } from '../core/ipc/wire-error';
import { securityHeaders } from '../core/security/csp';
import { isValidToken } from './guard';

export interface BackupRouteContext {
  backups: BackupsPort;
  token: string;
  language: () => Language;
  /** Answers a refusal as the API does (translated JSON error with this status). */
  refuse: (res: http.ServerResponse, status: number, code: string) => void;
  /**
   * Whether the signed-in user may handle backups: these routes bypass dispatch,
   * so they ask the same access decision the backup channels get.
   */
  access: () => AccessDecision;
}

/** A refusal for the signed-in user's role, after the token proved the caller is this app's page. */
function refusedAccess(ctx: BackupRouteContext, res: http.ServerResponse): boolean {
  const access = ctx.access();
  if (access === 'allowed') return false;
  ctx.refuse(res, access === 'auth.required' ? 401 : 403, access);
  return true;
}

/**
 * Node's request iterator destroys the request when a loop over it stops early, and with it
 * the socket the refusal must go out on: this one only stops reading.
 */
function chunksOf(req: http.IncomingMessage): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const inner = (req as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
      return { next: () => inner.next() };
    },
  };
}

function sendResult(res: http.ServerResponse, status: number, result: Result<StagedBackup>): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    // A refused upload is not read to its end: the connection cannot be reused.
    ...(result.ok ? {} : { Connection: 'close' }),
  });
  res.end(JSON.stringify(result));
}

/** A backup as a download: the token may come in the URL, as a link cannot send a header. */
async function download(
  ctx: BackupRouteContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET') return ctx.refuse(res, 405, 'ipc.preview.methodNotAllowed');
  const token = req.headers[TOKEN_HEADER.toLowerCase()] ?? url.searchParams.get(TOKEN_QUERY) ?? undefined;
  if (!isValidToken(token, ctx.token)) return ctx.refuse(res, 403, 'ipc.preview.badToken');
  if (refusedAccess(ctx, res)) return;
  const name = decodeURIComponent(url.pathname.slice(BACKUP_DOWNLOAD_PATH.length));
  if (!BackupFileSchema.safeParse(name).success) return ctx.refuse(res, 404, 'ipc.preview.notFound');
  let path: string;
  try {
    path = await ctx.backups.pathOf(name);
  } catch {
    return ctx.refuse(res, 404, 'ipc.preview.notFound');
  }
  const source = createReadStream(path);
  const { size } = await stat(path);
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': 'application/gzip',
    'Content-Length': String(size),
    // The name passed the backup-name pattern: plain ASCII, nothing to quote.
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  try {
    // Streamed from disk: a backup of years of photos never sits in memory.
    await pipeline(source, res);
  } catch (error) {
    // The user cancelled the download: nothing to report.
    if ((error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

/** A backup file uploaded to restore from: staged and checked while it streams in. */
async function upload(
  ctx: BackupRouteContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'PUT') return ctx.refuse(res, 405, 'ipc.preview.methodNotAllowed');
  if (!isValidToken(req.headers[TOKEN_HEADER.toLowerCase()], ctx.token))
    return ctx.refuse(res, 403, 'ipc.preview.badToken');
  if (refusedAccess(ctx, res)) {
    req.resume(); // the refused file is drained, never kept
    return;
  }
  const declared = req.headers['content-length'];
  const declaredSize = declared === undefined ? undefined : Number(declared);
  const fileName = (url.searchParams.get('name') ?? '').slice(0, 200) || 'backup';
  let result: Result<StagedBackup>;
  try {
    ctx.backups.refuseDeclaredSize(declaredSize);
    result = { ok: true, value: await ctx.backups.receive(chunksOf(req), fileName, declaredSize) };
  } catch (error) {
    result = { ok: false, error: toWireError(error, ctx.language()) };
  }
  const status = !result.ok && result.error.code === 'backups.file.tooLarge' ? 413 : 200;
  sendResult(res, status, result);
  // Whatever of a refused upload is still on its way is not read, and not kept.
  if (!result.ok) res.once('finish', () => req.destroy());
}

/** Handles the streamed backup routes; answers false for any other path. */
export async function handleBackupRoute(
  ctx: BackupRouteContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<boolean> {
  if (url.pathname.startsWith(BACKUP_DOWNLOAD_PATH)) {
    await download(ctx, req, res, url);
    return true;
  }
  if (url.pathname === BACKUP_UPLOAD_PATH) {
    await upload(ctx, req, res, url);
    return true;
  }
  return false;
}
