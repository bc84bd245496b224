import type { Result } from '../../../../shared/errors';
import { BACKUP_DOWNLOAD_PATH, BACKUP_UPLOAD_PATH, type StagedBackup } from '../../../../shared/ipc/backups';
import { TOKEN_HEADER, TOKEN_QUERY } from '../../../../shared/ipc/wire';
import { ApiError } from '../../api/api-error';

/**
 * The desktop app has the system's file dialogs (the preload exposes `window.care`); the
 * browser preview has none, and moves backup files over its streamed routes instead.
 */
export const hasFileDialogs = (): boolean => window.care !== undefined;

const token = (): string => new URLSearchParams(window.location.search).get(TOKEN_QUERY) ?? '';

/** A link that downloads a backup: a link cannot send a header, so the token rides in it. */
export function downloadUrl(file: string): string {
  return `${BACKUP_DOWNLOAD_PATH}${encodeURIComponent(file)}?${TOKEN_QUERY}=${encodeURIComponent(token())}`;
}

function isResult(value: unknown): value is Result<StagedBackup> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/**
 * Send a chosen file to be staged and checked. The browser streams the file from disk, so a
 * backup of any size never passes through the page's memory or the JSON API.
 */
export async function uploadBackup(file: File): Promise<StagedBackup> {
  let body: unknown;
  try {
    const response = await fetch(`${BACKUP_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      headers: { [TOKEN_HEADER]: token(), 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    body = await response.json();
  } catch {
    // The connection broke off (a refused upload is closed while still sending): nothing was kept.
    throw new ApiError({ code: 'backups.file.uploadFailed', message: '' });
  }
  if (!isResult(body)) throw new ApiError({ code: 'backups.file.uploadFailed', message: '' });
  if (!body.ok) throw new ApiError(body.error);
  return body.value;
}
