import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../electron/preview/server';
import type { PreviewServer } from '../../electron/preview/server';
import { createMemoryLogger } from '../../electron/core/log';
import { parseCsp } from '../../electron/core/security/csp';
import { hashTree, tempDataDir } from '../ipc/helpers';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP so that Host and Origin can be set to anything (fetch forbids that). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: !options.headers?.Host,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser preview server', () => {
  let dataDir: string;
  let rendererDir: string;
  let server: PreviewServer;
  const api = (channel: string, arg: unknown, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'Content-Type': 'application/json', 'X-Care-Token': server.token, ...headers },
      body: JSON.stringify(arg === undefined ? {} : { arg }),
    });

  beforeAll(async () => {
    dataDir = await tempDataDir('care-preview-');
    rendererDir = await tempDataDir('care-renderer-');
    await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    await fs.mkdir(path.join(rendererDir, 'assets'));
    await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await fs.writeFile(path.join(dataDir, '..', `${path.basename(rendererDir)}-secret.txt`), 'secret');
    server = await startPreviewServer({ dataDir, rendererDir, language: 'en', log: createMemoryLogger() });
  });

  afterAll(async () => {
    await server.close();
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(rendererDir, { recursive: true, force: true });
    await fs.rm(path.join(dataDir, '..', `${path.basename(rendererDir)}-secret.txt`), { force: true });
  });

  it('listens on 127.0.0.1 with a 32-byte token in the printed URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}#/`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the renderer with the CSP and hardening headers', async () => {
    const page = await request(server.port, { path: '/?token=x' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const csp = parseCsp(String(page.headers['content-security-policy']));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(server.port, { path: '/assets/app.js' })).headers['content-type']).toContain(
      'javascript',
    );
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of [
      `/../${path.basename(rendererDir)}-secret.txt`,
      `/%2e%2e/${path.basename(rendererDir)}-secret.txt`,
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      const reply = await request(server.port, { path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('answers API calls with the right token through the shared dispatch', async () => {
    const reply = await api('app.getState', undefined);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { dataDir, needsSetup: true, language: 'en' },
    });
    const invalid = JSON.parse((await api('app.setLanguage', { language: 'fr' })).body) as {
      ok: boolean;
      error: { code: string };
    };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation.invalid' } });
    const unknown = JSON.parse((await api('nope', undefined)).body) as {
      ok: boolean;
      error: { code: string };
    };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('refuses a missing or wrong token with 403 and changes nothing', async () => {
    const before = await hashTree(dataDir);
    for (const headers of [
      { 'X-Care-Token': '' },
      { 'X-Care-Token': server.token.slice(0, -1) + (server.token.endsWith('0') ? '1' : '0') },
      { 'X-Care-Token': server.token + 'x' },
    ]) {
      const reply = await api('app.setLanguage', { language: 'zh-CN' }, headers);
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'ipc.preview.badToken' } });
    }
    const noHeader = await request(server.port, { method: 'POST', path: '/api/app.getState', body: '{}' });
    expect(noHeader.status).toBe(403);
    // The token in the query string is for the page, not a substitute for the header.
    const inQuery = await request(server.port, {
      method: 'POST',
      path: `/api/app.getState?token=${server.token}`,
      body: '{}',
    });
    expect(inQuery.status).toBe(403);
    expect(await hashTree(dataDir)).toEqual(before);
  });

  it('refuses requests from other origins, even with the token', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${server.port + 1}`,
      `http://127.0.0.1:${server.port}.evil.example`,
    ]) {
      const reply = await api('app.getState', undefined, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'ipc.preview.badOrigin' } });
    }
    expect((await api('app.getState', undefined, { Origin: server.origin })).status).toBe(200);
  });

  it('refuses unexpected Host headers (DNS rebinding), for pages and API alike', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      expect((await request(server.port, { path: '/', headers: { Host: host } })).status, host).toBe(403);
      expect((await api('app.getState', undefined, { Host: host })).status, host).toBe(403);
    }
    expect(
      (await request(server.port, { path: '/', headers: { Host: `localhost:${server.port}` } })).status,
    ).toBe(200);
  });

  it('refuses other methods, bad JSON and oversized bodies', async () => {
    const get = await request(server.port, {
      path: '/api/app.getState',
      headers: { 'X-Care-Token': server.token },
    });
    expect(get.status).toBe(405);
    const badJson = await request(server.port, {
      method: 'POST',
      path: '/api/app.getState',
      headers: { 'X-Care-Token': server.token },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const tooDeep = await request(server.port, {
      method: 'POST',
      path: '/api/app.getState',
      headers: { 'X-Care-Token': server.token },
      body: `{"arg":${deep}}`,
    });
    // Deep nesting parses (V8's JSON.parse is iterative) and is then refused by the schema.
    expect(tooDeep.status).toBe(200);
    expect(JSON.parse(tooDeep.body)).toMatchObject({ ok: false, error: { code: 'validation.invalid' } });
    const huge = await request(server.port, {
      method: 'POST',
      path: '/api/center.save',
      headers: { 'X-Care-Token': server.token },
      body: `{"arg":"${'x'.repeat(3 * 1024 * 1024)}"}`,
    });
    expect(huge.status).toBe(413);
    // Still alive.
    expect((await api('app.getState', undefined)).status).toBe(200);
  });
});
