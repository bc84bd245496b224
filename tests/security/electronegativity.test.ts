import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runElectronegativity } from './electronegativity';

describe('electronegativity static scan', () => {
  it('finds nothing of high severity in the Electron code', { timeout: 180_000 }, async () => {
    const findings = await runElectronegativity(path.join(root, 'electron'));
    expect(findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([]);
    // Stricter than the npm script: medium findings (sandbox, auxclick, permissions, …) are absent too.
    expect(findings.filter((f) => f.severity === 'MEDIUM').map((f) => f.check)).toEqual([]);
  });

  it('does flag an insecure window (so a clean scan means something)', { timeout: 180_000 }, async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'care-insecure-'));
    try {
      await fs.writeFile(
        path.join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
      );
      const findings = await runElectronegativity(dir);
      const high = findings.filter((f) => f.severity === 'HIGH').map((f) => f.check);
      expect(high).toContain('CONTEXT_ISOLATION_JS_CHECK');
      expect(high).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
