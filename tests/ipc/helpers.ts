import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CenterSetupInput, SettingsInput } from '../../shared/schema';
import { defaultSettings } from '../../shared/schema/settings';

export async function tempDataDir(prefix = 'care-ipc-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export function validCenterInput(): CenterSetupInput {
  return {
    name: '青山镇养老服务中心',
    township: '青山镇',
    county: '云岭县',
    licenceNumber: '民养备字2024-017',
    contactPerson: '王秀兰',
    phone: '13812345678',
    address: '青山镇中心街18号',
    beds: { residential: 40, dayCare: 20, nursing: 12 },
  };
}

export function validSettingsInput(): SettingsInput {
  const { updatedAt: _updatedAt, ...input } = defaultSettings(new Date('2026-01-01T00:00:00Z'));
  return input;
}

/** sha256 of every file under `dir`, keyed by relative path: proves a folder did not change. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const entry of await fs.readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      // The lock's generation files are not data: one stays behind, marked released, after close.
      if (current === dir && /^\.lock(-\d+)?$/.test(entry.name)) continue;
      if (entry.isDirectory()) await walk(full);
      else
        out[path.relative(dir, full)] = createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex');
    }
  }
  await walk(dir);
  return out;
}
