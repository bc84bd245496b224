import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  resolveAppRequest,
} from '../../electron/core/security/app-protocol';
import { appProtocolHeaders, respondToAppRequest } from '../../electron/core/security/app-protocol-response';
import { contentTypeOf } from '../../electron/core/security/content-types';
import { cspHeader } from '../../electron/core/security/csp';

const root = path.resolve(path.sep, 'opt', 'care', 'out', 'renderer');
const target = (url: string) => resolveAppRequest(root, url);

describe('app:// scheme', () => {
  it('loads the entry page from the township-care host, with only the privileges it needs', () => {
    expect(APP_ENTRY_URL).toBe('app://township-care/index.html');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('resolving app:// requests inside the renderer folder', () => {
  it('maps the root to index.html and other paths to the file they name', () => {
    expect(target('app://township-care/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(target('app://township-care')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(target('app://township-care/index.html')).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(target('app://township-care/assets/index-a1b2.js')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-a1b2.js'),
    });
    expect(target('app://township-care/assets/index.js?v=2#/people/1')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index.js'),
    });
    expect(target('app://township-care/?x=1#/settings')).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(target('app://township-care/fonts/%E5%AE%8B%E4%BD%93.woff2')).toEqual({
      ok: true,
      file: path.join(root, 'fonts', '宋体.woff2'),
    });
  });

  it('refuses every way out of the folder', () => {
    for (const url of [
      'app://township-care/../package.json',
      'app://township-care/assets/../../main/index.js',
      'app://township-care/./index.html',
      'app://township-care/%2e%2e/package.json',
      'app://township-care/%2E%2E/%2E%2E/etc/passwd',
      'app://township-care/.%2e/x',
      'app://township-care/assets%2f..%2f..%2fmain%2findex.js',
      'app://township-care/..%2f..%2fetc%2fpasswd',
      'app://township-care/..%5c..%5cWindows%5cwin.ini',
      'app://township-care/assets\\..\\..\\main\\index.js',
      'app://township-care/..\\secret',
      'app://township-care//etc/passwd',
      'app://township-care//evil.example/x.js',
      'app://township-care/assets//index.js',
      'app://township-care/C:/Windows/win.ini',
      'app://township-care/C%3A%5CWindows%5Cwin.ini',
      'app://township-care/index.html::$DATA',
      'app://township-care/index.html%00.png',
      'app://township-care/%00',
      'app://township-care/%E0%A4%A',
      'app://township-care/NUL',
      'app://township-care/assets/con.js',
      'app://township-care/COM1.txt',
      'app://township-care/index.html.',
      'app://township-care/index.html%20',
    ]) {
      expect(target(url), url).toEqual({ ok: false, status: 400 });
    }
  });

  it('refuses other schemes, hosts, look-alikes, credentials and ports', () => {
    for (const url of [
      'file:///opt/care/out/renderer/index.html',
      'app:///etc/passwd',
      'app://evil/index.html',
      'app://township-care.evil/index.html',
      'app://township-care@evil/index.html',
      'app://user:pass@township-care/index.html',
      'app://township-care:8080/index.html',
      'app://township%2Dcare/index.html',
      'appx://township-care/index.html',
      'http://township-care/index.html',
      'not a url',
      '',
    ]) {
      expect(target(url), url).toEqual({ ok: false, status: 403 });
    }
  });
});

describe('content types', () => {
  it('names what a renderer build contains and sends anything else as opaque bytes', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/assets/x.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/r/assets/a.png')).toBe('image/png');
    expect(contentTypeOf('/r/assets/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/r/favicon.ico')).toBe('image/x-icon');
    expect(contentTypeOf('/r/assets/a.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('/r/README')).toBe('application/octet-stream');
  });
});

describe('app:// responses', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'care-app-protocol-'));
    await fs.mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await fs.writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>care</title>');
    await fs.writeFile(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    // A file next to the renderer folder that no request may reach.
    await fs.writeFile(path.join(dir, 'secret.txt'), 'secret');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') =>
    respondToAppRequest({ url, method }, path.join(dir, 'renderer'));

  it('serves files with their type, the app CSP and nosniff', async () => {
    const page = await get('app://township-care/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>care</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(cspHeader());
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://township-care/assets/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers an unknown path or a folder with 404, never with index.html', async () => {
    for (const url of [
      'app://township-care/people/1',
      'app://township-care/assets',
      'app://township-care/assets/main.js/x',
      'app://township-care/missing.js',
    ]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(await reply.text(), url).toBe('');
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('never reads outside the folder', async () => {
    for (const url of [
      'app://township-care/../secret.txt',
      'app://township-care/%2e%2e/secret.txt',
      'app://township-care/..%2fsecret.txt',
    ]) {
      const reply = await get(url);
      expect(reply.status, url).not.toBe(200);
      expect(await reply.text(), url).not.toContain('secret');
    }
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://township-care/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://township-care/index.html', 'POST')).status).toBe(405);
  });

  it('headers carry the same strict CSP as the rest of the app', () => {
    expect(appProtocolHeaders('text/css; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/css; charset=utf-8',
      'Content-Security-Policy': cspHeader(),
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
