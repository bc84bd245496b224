import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSignedInSession } from '../auth/helpers';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { hashTree, tempDataDir, validCenterInput, validSettingsInput } from './helpers';
import { nearMiss, randomValue, seeded } from './random-values';
import { PEOPLE_VALID } from './people-valid';
import { AUDIT_VALID, AUTH_VALID, USERS_VALID } from '../auth/valid-args';
import { decideAccess } from '../../electron/core/ipc/authorize';

const PER_CHANNEL = 1000;

/** A valid argument per channel, as the seed for near-miss mutations (undefined = takes none). */
const VALID: Record<Channel, unknown> = {
  'app.getState': undefined,
  'app.setLanguage': { language: 'en' },
  'center.get': undefined,
  'center.save': validCenterInput(),
  'settings.get': undefined,
  'settings.save': validSettingsInput(),
  'backups.list': undefined,
  'backups.create': undefined,
  'backups.restore': { file: '20260101-000000-manual.care-backup.json.gz' },
  ...PEOPLE_VALID,
  ...AUTH_VALID,
  ...USERS_VALID,
  ...AUDIT_VALID,
};

/** zod can throw on some hostile shapes; dispatch refuses those too, so they count as invalid. */
function accepts(schema: { safeParse(value: unknown): { success: boolean } }, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** `count` arguments the channel's schema rejects; values that happen to be valid are skipped. */
function invalidArguments(channel: Channel, count: number, seed: number): unknown[] {
  const rnd = seeded(seed);
  const schema = contract[channel].input;
  const out: unknown[] = [];
  while (out.length < count) {
    const candidate = rnd() < 0.35 ? nearMiss(rnd, VALID[channel]) : randomValue(rnd);
    if (!accepts(schema, candidate)) out.push(candidate);
  }
  return out;
}

describe('IPC fuzz: malformed arguments on every channel', () => {
  let dir: string;
  let session: Session;
  let before: Record<string, string>;
  const log = createMemoryLogger();

  beforeAll(async () => {
    dir = await tempDataDir('care-fuzz-');
    session = await openSignedInSession({ dataDir: dir, version: '0.0.0', systemLanguage: 'zh-CN', log });
    // Some data and a backup, so that there is something that could be damaged.
    const ctx = session.dispatchContext;
    expect((await dispatch(session.handlers, 'center.save', validCenterInput(), ctx)).ok).toBe(true);
    expect((await dispatch(session.handlers, 'backups.create', undefined, ctx)).ok).toBe(true);
    before = await hashTree(dir);
  });

  afterAll(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(CHANNELS.map((channel, index) => [channel, index] as const))(
    '%s refuses 1000 invalid arguments without changing anything',
    { timeout: 120_000 },
    async (channel, index) => {
      const args = invalidArguments(channel, PER_CHANNEL, 0xc0ffee + index);
      expect(args).toHaveLength(PER_CHANNEL);
      for (const arg of args) {
        const result = await dispatch(session.handlers, channel, arg, session.dispatchContext);
        if (result.ok) throw new Error(`${channel} accepted ${String(JSON.stringify(arg))?.slice(0, 200)}`);
        // A channel this caller may not use refuses before looking at the argument.
        const access = decideAccess(contract[channel].permission, session.auth.caller());
        expect(result.error.code).toBe(access === 'allowed' ? 'validation.invalid' : access);
        expect(typeof result.error.message).toBe('string');
        // The answer itself must cross the IPC boundary: plain, serialisable data.
        expect(() => structuredClone(result)).not.toThrow();
      }
      expect(await hashTree(dir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      // Still serving: a normal call works after the storm.
      const state = await dispatch(session.handlers, 'app.getState', undefined, session.dispatchContext);
      expect(state.ok).toBe(true);
    },
  );

  it('never reached a handler or hit an internal error', () => {
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
