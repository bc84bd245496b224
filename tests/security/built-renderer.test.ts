import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspMeta } from '../../electron/core/security/csp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const html = path.join(root, 'out', 'renderer', 'index.html');

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
});
