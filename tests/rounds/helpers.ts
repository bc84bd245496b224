import fs from 'node:fs/promises';
import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/api';
import type { Bed } from '../../shared/schema';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { createMemoryLogger } from '../../electron/core/log';
import { openSignedInSession } from '../auth/helpers';
import { ACCOUNT_PASSWORD } from '../auth/valid-args';
import { hashTree, tempDataDir } from '../ipc/helpers';
import type { TestApp } from '../people/helpers';
import { addElder, admission, setupBuilding } from '../beds/helpers';
import { expect } from 'vitest';

/** A test app whose clock the test sets (`clock.set('2026-11-10T02:05')`, local time). */
export interface ClockedApp extends TestApp {
  clock: { set(local: string): void };
  /** Calls a channel that must be refused and proves the data folder did not change; returns the error. */
  refused<C extends Channel>(channel: C, arg: InputOf<C>): Promise<{ code: string; message: string }>;
}

export async function openClockedApp(start: string): Promise<ClockedApp> {
  let now = new Date(start);
  const dir = await tempDataDir('care-rounds-');
  const session = await openSignedInSession({
    dataDir: dir,
    version: '0.0.0',
    systemLanguage: 'zh-CN',
    log: createMemoryLogger(),
    now: () => now,
  });
  const call = <C extends Channel>(channel: C, arg: InputOf<C>) =>
    dispatch(session.handlers, channel, arg, session.dispatchContext) as Promise<Result<OutputOf<C>>>;
  const app: ClockedApp = {
    dir,
    session,
    call,
    clock: {
      set(local) {
        now = new Date(local);
        // Hours pass between the steps of a script: stay signed in past the idle lock.
        const admin = session.store.core.users.find((u) => u.role === 'admin' && u.active);
        if (admin) session.auth.signedIn(admin.id);
      },
    },
    async ok(channel, arg) {
      const result = await call(channel, arg);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async refused(channel, arg) {
      const before = await hashTree(dir);
      const result = await call(channel, arg);
      expect(result.ok, `${channel} should be refused`).toBe(false);
      expect(await hashTree(dir)).toEqual(before);
      return (result as unknown as { error: { code: string; message: string } }).error;
    },
    async setLanguage(lang) {
      await session.languages.setPreference(lang, 'test');
    },
    async close() {
      await session.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  return app;
}

/** A carer with a sign-in account linked to a staff record; returns the staff id. */
export async function addCarer(app: TestApp, name: string, username: string, seq: string): Promise<string> {
  const staff = await app.ok('staff.create', {
    name,
    post: 'carer',
    phone: `1381234${seq}`,
    hireDate: '2024-03-01',
    area: '',
    workingTime: 'comprehensive',
    certificates: [],
    active: true,
  } as never);
  await app.ok('users.create', {
    username,
    displayName: name,
    role: 'staff',
    staffId: staff.id,
    password: ACCOUNT_PASSWORD,
    passwordAgain: ACCOUNT_PASSWORD,
  });
  return staff.id;
}

export { ACCOUNT_PASSWORD };

/** 1号楼 with rooms 101-103 and residents admitted on the given days, by bed label. */
export async function residents(
  app: TestApp,
  admitted: [name: string, bed: string, on: string][],
): Promise<{ beds: Map<string, Bed>; ids: string[] }> {
  const beds = await setupBuilding(app);
  const ids: string[] = [];
  let seq = 10;
  for (const [name, label, on] of admitted) {
    seq += 1;
    const id = await addElder(app, name, String(seq).padStart(3, '0'), on);
    const bed = beds.get(label) as Bed;
    await app.ok('beds.admit', admission(id, bed.id, on));
    ids.push(id);
  }
  return { beds, ids };
}
