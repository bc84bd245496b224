import type { Result } from '../../../shared/errors';
import type { CareApi } from '../../../shared/ipc/api';
import { careApiFromList } from '../../../shared/ipc/api-from-list';
import type { Channel } from '../../../shared/ipc/channels';
import { CHANNELS } from 'virtual:care-channels';
import { API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/ipc/wire';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser preview. */
    care?: CareApi;
  }
}

/** The code the renderer uses when a call never reached the application core. */
export const UNREACHABLE = 'ipc.unreachable';

function unreachable(): Result<unknown> {
  return { ok: false, error: { code: UNREACHABLE, message: '' } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** The browser preview serves the same calls over HTTP, guarded by a per-run token from the page URL. */
async function overHttp(channel: Channel, arg: unknown): Promise<Result<unknown>> {
  const token = new URLSearchParams(window.location.search).get(TOKEN_QUERY) ?? '';
  try {
    const response = await fetch(`${API_PREFIX}${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ arg }),
    });
    const body: unknown = await response.json();
    return isResult(body) ? body : unreachable();
  } catch {
    return unreachable();
  }
}

/**
 * `window.care` in Electron, otherwise the same API built over fetch. The names
 * come from the build (`virtual:care-channels`), as in the preload: reading them
 * from the contract would load zod and every schema before the first screen.
 */
export const care: CareApi = window.care ?? careApiFromList(CHANNELS, overHttp);
