import fs from 'node:fs/promises';
import { resolveAppRequest } from './app-protocol';
import { contentTypeOf } from './content-types';
import { cspHeader } from './csp';

/** Reads a file; `null` when there is no such file (or it is a folder). */
export type ReadRendererFile = (file: string) => Promise<Uint8Array | null>;

const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Node's fs.readFile; Electron lets it read inside app.asar too. */
export const readRendererFile: ReadRendererFile = async (file) => {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (NOT_FOUND.has((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
};

/**
 * Headers on every app:// response. The CSP is the same header the rest of
 * the app sends (csp.ts); the built index.html also carries it as a <meta>
 * tag, and both apply. A new build replaces the files, so nothing is cached.
 */
export function appProtocolHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': cspHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: appProtocolHeaders('text/plain; charset=utf-8') });
}

/**
 * Answers one app:// request from the built renderer folder: GET and HEAD
 * only, a file strictly inside the folder, with the app's headers.
 */
export async function respondToAppRequest(
  request: { url: string; method: string },
  rendererDir: string,
  read: ReadRendererFile = readRendererFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const target = resolveAppRequest(rendererDir, request.url);
  if (!target.ok) return refusal(target.status);
  const body = await read(target.file);
  if (!body) return refusal(404);
  const headers = appProtocolHeaders(contentTypeOf(target.file));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
