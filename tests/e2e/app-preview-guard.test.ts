/**
 * The browser preview listens on 127.0.0.1, yet any web page open in the same
 * browser could send it requests. Without the page's token, or from a foreign
 * Origin, the API answers 403 and changes nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sampleCenter } from './harness';
import { useE2E } from './use-e2e';
import { TOKEN_HEADER } from '../../shared/ipc/wire';

const e2e = useE2E();

/** A raw request, so that Origin and Host can be set exactly as a hostile page's browser would. */
function post(
  port: number,
  channel: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, json: text ? (JSON.parse(text) as unknown) : null });
        });
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('browser preview guard', () => {
  it('refuses an API call without the token, or with a wrong one', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { port, token } = session.server();
    const arg = { arg: sampleCenter('zh-CN') };

    const missing = await post(port, 'center.save', {}, arg);
    expect(missing.status).toBe(403);
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'ipc.preview.badToken' } });

    const wrong = await post(
      port,
      'center.save',
      { [TOKEN_HEADER]: token.replace(/.$/, (c) => (c === '0' ? '1' : '0')) },
      arg,
    );
    expect(wrong.status).toBe(403);

    const state = await session.api('app.getState');
    expect(state.body).toMatchObject({ ok: true, value: { needsSetup: true } });
  });

  it('refuses a request from a foreign Origin even with the right token', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { port, token } = session.server();

    const foreign = await post(
      port,
      'center.save',
      { [TOKEN_HEADER]: token, Origin: 'http://evil.example' },
      { arg: sampleCenter('en') },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json).toMatchObject({ ok: false, error: { code: 'ipc.preview.badOrigin' } });

    // Same loopback address, different port: still a different origin.
    const otherPort = await post(
      port,
      'app.getState',
      { [TOKEN_HEADER]: token, Origin: `http://127.0.0.1:${port + 1}` },
      {},
    );
    expect(otherPort.status).toBe(403);

    // Its own origin is fine.
    const own = await post(
      port,
      'app.getState',
      { [TOKEN_HEADER]: token, Origin: session.server().origin },
      {},
    );
    expect(own.status).toBe(200);
    expect((await session.api('center.get')).body).toMatchObject({ ok: true, value: null });
  });

  it('refuses a request addressed to another host name (DNS rebinding) and anything but POST', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { port, token } = session.server();

    const rebound = await post(
      port,
      'center.save',
      { [TOKEN_HEADER]: token, Host: `attacker.example:${port}` },
      { arg: sampleCenter('zh-CN') },
    );
    expect(rebound.status).toBe(403);
    expect(rebound.json).toMatchObject({ ok: false, error: { code: 'ipc.preview.badHost' } });

    const get = await fetch(`${session.server().origin}/api/center.get`, {
      headers: { [TOKEN_HEADER]: token },
    });
    expect(get.status).toBe(405);
    expect((await session.api('center.get')).body).toMatchObject({ ok: true, value: null });
  });

  it('refuses a real cross-site request made by another page in the browser', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const target = session.server();
    const auditBefore = await session.auditEntryCount();
    // A stand-in for any other web site the user might have open.
    const hostile = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>elsewhere</title>');
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    try {
      const hostilePort = (hostile.address() as AddressInfo).port;
      await session.page.goto(`http://127.0.0.1:${hostilePort}/`);
      // `no-cors` lets the page send the request; the server must still refuse to act on it.
      await session.page.evaluate(
        `fetch(${JSON.stringify(`${target.origin}/api/center.save`)}, {
           method: 'POST', mode: 'no-cors',
           headers: { 'Content-Type': 'text/plain' },
           body: ${JSON.stringify(JSON.stringify({ arg: sampleCenter('zh-CN') }))},
         }).catch(() => null)`,
      );
      expect((await session.api('center.get')).body).toMatchObject({ ok: true, value: null });
      expect(await session.auditEntryCount()).toBe(auditBefore);
    } finally {
      hostile.closeAllConnections();
      await new Promise<void>((resolve) => hostile.close(() => resolve()));
    }
  });
});
