import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { openSession } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir } from './helpers';

describe('assembled handler table', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it('has one handler per contract channel and nothing else, and cannot be changed afterwards', async () => {
    const dir = await tempDataDir();
    dirs.push(dir);
    const session = await openSession({
      dataDir: dir,
      version: '0.0.0',
      systemLanguage: 'zh-CN',
      log: createMemoryLogger(),
    });
    try {
      expect(Object.keys(session.handlers).sort()).toEqual(Object.keys(contract).sort());
      for (const handler of Object.values(session.handlers)) expect(typeof handler).toBe('function');
      expect(Object.isFrozen(session.handlers)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
