import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspMeta } from '../../electron/core/security/csp';
import { APP_ENTRY_URL, isAppSchemeUrl } from '../../electron/core/security/app-protocol';
import { respondToAppRequest } from '../../electron/core/security/app-protocol-response';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(root, 'out', 'renderer');
const html = path.join(rendererDir, 'index.html');

describe('built renderer page (out/renderer/index.html)', () => {
  it.skipIf(!fs.existsSync(html))('carries exactly one CSP meta tag, the one from csp.ts', () => {
    const page = fs.readFileSync(html, 'utf8');
    const tags = [...page.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
    expect(tags).toHaveLength(1);
    expect(page.match(/Content-Security-Policy/gi)).toHaveLength(1);
    expect(tags[0]?.[1]).toBe(cspMeta());
  });

  it.skipIf(!fs.existsSync(html))('has no inline scripts and loads scripts only from its own folder', () => {
    const page = fs.readFileSync(html, 'utf8');
    for (const [tag] of page.matchAll(/<script\b[^>]*>/gi)) {
      expect(tag).toMatch(/src=["']\.?\/[^"':]+["']/);
    }
    expect(page).not.toMatch(/<script\b[^>]*>[^<\s]/i);
  });

  it.skipIf(!fs.existsSync(html))(
    'links its assets relatively, so on app:// they are same-origin files the protocol serves',
    async () => {
      const page = fs.readFileSync(html, 'utf8');
      const refs = [...page.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)=["']([^"']+)["']/gi)].map(
        (match) => match[1] ?? '',
      );
      const assets = refs.filter((ref) => !ref.startsWith('data:'));
      expect(assets.length).toBeGreaterThanOrEqual(2);
      for (const ref of assets) {
        expect(ref, ref).toMatch(/^\.\/assets\//);
        const url = new URL(ref, APP_ENTRY_URL);
        expect(isAppSchemeUrl(url), ref).toBe(true);
        const reply = await respondToAppRequest({ url: url.href, method: 'HEAD' }, rendererDir);
        expect(reply.status, ref).toBe(200);
        expect(reply.headers.get('content-type'), ref).toMatch(
          ref.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
        );
      }
      const entry = await respondToAppRequest({ url: APP_ENTRY_URL, method: 'GET' }, rendererDir);
      expect(entry.status).toBe(200);
      expect(await entry.text()).toBe(page);
    },
  );
});
