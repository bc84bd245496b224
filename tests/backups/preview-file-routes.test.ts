/**
 * The browser preview's streamed backup routes: a download and an upload, outside the JSON
 * API and its body limit, behind the same token, Host and Origin checks.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir, validCenterInput } from '../ipc/helpers';
import { dataTree, stagedFiles } from './helpers';
import { firstAdminInput } from '../auth/auth-harness';
import { TEST_ADMIN } from '../auth/helpers';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Bytes of the request body the client managed to send. */
  sent: number;
}

/**
 * Raw HTTP: the body is sent in chunks (chunked encoding unless a length is given) until it
 * ends or the server answers; a server that answers early and closes is not an error here.
 */
function request(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; chunks?: Iterable<Buffer> },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts), sent }),
      );
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const send = async () => {
      for (const chunk of options.chunks ?? []) {
        if (answered || req.destroyed) return;
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise((next) => req.once('drain', next));
      }
      req.end();
    };
    send().catch(() => undefined);
  });
}

function* repeat(chunk: Buffer, times: number): Generator<Buffer> {
  for (let i = 0; i < times; i++) yield chunk;
}

const LIMIT = 2 * 1024 * 1024;

describe('streamed backup routes of the browser preview', () => {
  let dataDir: string;
  let server: PreviewServer;
  let file: string;
  let backup: Buffer;
  const api = async (channel: string, arg?: unknown) => {
    const reply = await request(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'Content-Type': 'application/json', 'X-Care-Token': server.token },
      chunks: [Buffer.from(JSON.stringify(arg === undefined ? {} : { arg }))],
    });
    return JSON.parse(reply.body.toString('utf8')) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    };
  };
  const upload = (chunks: Iterable<Buffer>, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'PUT',
      path: `/files/backup-upload?name=${encodeURIComponent('U盘 备份.care-backup.tar.gz')}`,
      headers: { 'X-Care-Token': server.token, ...headers },
      chunks,
    });

  beforeAll(async () => {
    dataDir = await tempDataDir('care-preview-files-');
    server = await startPreviewServer({
      dataDir,
      rendererDir: dataDir,
      language: 'en',
      log: createMemoryLogger(),
      backupFileBytes: LIMIT,
    });
    expect((await api('auth.createFirstAdmin', firstAdminInput())).ok).toBe(true);
    expect((await api('center.save', validCenterInput())).ok).toBe(true);
    const created = await api('backups.create');
    file = (created.value as { file: string }).file;
    backup = await fs.readFile(path.join(dataDir, 'backups', file));
  });

  afterAll(async () => {
    await server.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('downloads a backup as an attachment, the token in the link', async () => {
    const reply = await request(server.port, {
      method: 'GET',
      path: `/files/backups/${file}?token=${server.token}`,
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${file}"`);
    expect(reply.headers['content-length']).toBe(String(backup.length));
    expect(reply.body.equals(backup)).toBe(true);
  });

  it('refuses a download without the token, of an unlisted file, or of anything else', async () => {
    const get = (p: string) => request(server.port, { method: 'GET', path: p });
    expect((await get(`/files/backups/${file}`)).status).toBe(403);
    expect((await get(`/files/backups/${file}?token=${'0'.repeat(64)}`)).status).toBe(403);
    expect(
      (await get(`/files/backups/20990101-000000-manual.care-backup.tar.gz?token=${server.token}`)).status,
    ).toBe(404);
    expect((await get(`/files/backups/..%2Fcore.json?token=${server.token}`)).status).toBe(404);
    expect((await get(`/files/backups/%2E%2E%2Fbackups%2F${file}?token=${server.token}`)).status).toBe(404);
    const foreign = await request(server.port, {
      method: 'GET',
      path: `/files/backups/${file}?token=${server.token}`,
      headers: { Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('answers only a user who may handle backups: signed out or as care staff the file stays put', async () => {
    const staffPassword = 'Willow-Creek-93';
    const carer = {
      username: 'carer-one',
      displayName: '护理员',
      role: 'staff',
      staffId: null,
      password: staffPassword,
      passwordAgain: staffPassword,
    };
    expect((await api('users.create', carer)).ok).toBe(true);
    const before = await dataTree(dataDir);
    const get = () =>
      request(server.port, { method: 'GET', path: `/files/backups/${file}?token=${server.token}` });
    try {
      expect((await api('auth.signOut')).ok).toBe(true);
      const signedOut = await get();
      expect(signedOut.status).toBe(401);
      expect(JSON.parse(signedOut.body.toString('utf8'))).toMatchObject({ error: { code: 'auth.required' } });
      expect((await upload([backup])).status).toBe(401);

      expect((await api('auth.signIn', { username: carer.username, password: staffPassword })).ok).toBe(true);
      const carerTry = await get();
      expect(carerTry.status).toBe(403);
      expect(JSON.parse(carerTry.body.toString('utf8'))).toMatchObject({ error: { code: 'auth.forbidden' } });
      expect((await upload([backup])).status).toBe(403);
      expect(await stagedFiles(dataDir)).toEqual([]);
    } finally {
      await api('auth.signOut');
      await api('auth.signIn', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    }
    // Signing in and out writes its own lines (last sign-in, audit); the backups are as they were.
    const backupsOnly = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([name]) => name.startsWith('backups/')));
    expect(backupsOnly(await dataTree(dataDir))).toEqual(backupsOnly(before));
  });

  it('refuses an upload without the token, and reads none of it', async () => {
    const before = await dataTree(dataDir);
    const reply = await upload([backup], { 'X-Care-Token': 'nope' });
    expect(reply.status).toBe(403);
    expect(await stagedFiles(dataDir)).toEqual([]);
    expect(await dataTree(dataDir)).toEqual(before);
  });

  it('refuses an upload declared past the limit before taking its body', async () => {
    const reply = await upload([Buffer.alloc(1024)], { 'Content-Length': String(LIMIT + 1) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({
      ok: false,
      error: { code: 'backups.file.tooLarge', message: expect.stringContaining('2 MB') as unknown },
    });
    expect(await stagedFiles(dataDir)).toEqual([]);
  });

  it('stops an upload that grows past the limit without saying its size', async () => {
    const before = await dataTree(dataDir);
    // 64 MB offered in 64 KB chunks, no Content-Length: only counting can stop it.
    const reply = await upload(repeat(Buffer.alloc(64 * 1024, 7), 1024));
    expect(reply.status).toBe(413);
    expect(reply.sent).toBeLessThan(64 * 1024 * 1024);
    expect(await stagedFiles(dataDir)).toEqual([]);
    expect(await dataTree(dataDir)).toEqual(before);
  });

  it('stages an uploaded backup, answers its summary, and restores it when confirmed', async () => {
    const reply = await upload([backup.subarray(0, 1000), backup.subarray(1000)], {
      'Content-Length': String(backup.length),
    });
    expect(reply.status).toBe(200);
    const answer = JSON.parse(reply.body.toString('utf8')) as {
      ok: boolean;
      value: { stagedId: string; fileName: string; centerName: string; size: number };
    };
    expect(answer.ok, reply.body.toString('utf8')).toBe(true);
    expect(answer.value).toMatchObject({
      fileName: 'U盘 备份.care-backup.tar.gz',
      centerName: validCenterInput().name,
      size: backup.length,
    });
    expect((await api('center.save', { ...validCenterInput(), name: '别的名字' })).ok).toBe(true);
    const restored = await api('backups.restoreStaged', { stagedId: answer.value.stagedId });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    const center = await api('center.get');
    expect((center.value as { name: string }).name).toBe(validCenterInput().name);
    expect(await stagedFiles(dataDir)).toEqual([]);
  });

  it('answers a damaged upload with a translated refusal, beside nothing staged', async () => {
    const reply = await upload([Buffer.from('not a backup at all')]);
    expect(reply.status).toBe(200);
    const answer = JSON.parse(reply.body.toString('utf8')) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('backups.file.notBackup');
    expect(answer.error.message).toContain('is not a backup of this app');
    expect(await stagedFiles(dataDir)).toEqual([]);
  });
});
