import fs from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/api';
import type { AuthState } from '../../shared/ipc/auth';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSession } from '../../electron/core/ipc/session';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir } from '../ipc/helpers';
import { TEST_ADMIN, TEST_HASH_COST } from './helpers';

/** A session on a fresh folder whose clock the test moves. */
export interface AuthApp {
  dir: string;
  session: Session;
  clock: { now: Date; advance(ms: number): void };
  /** Everything the session logged. */
  logLines(): string;
  call<C extends Channel>(channel: C, arg?: InputOf<C>): Promise<Result<OutputOf<C>>>;
  ok<C extends Channel>(channel: C, arg?: InputOf<C>): Promise<OutputOf<C>>;
  /** The code of a refused call (fails the test when the call succeeds). */
  refused(channel: Channel, arg?: unknown): Promise<string>;
  auditLines(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function openAuthApp(options: { dir?: string } = {}): Promise<AuthApp> {
  const dir = options.dir ?? (await tempDataDir('care-auth-'));
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const log = createMemoryLogger();
  const session = await openSession({
    dataDir: dir,
    version: '0.0.0',
    systemLanguage: 'zh-CN',
    log,
    hashCost: TEST_HASH_COST,
    now: () => clock.now,
  });
  const call = <C extends Channel>(channel: C, arg?: InputOf<C>) =>
    dispatch(session.handlers, channel, arg, session.dispatchContext) as Promise<Result<OutputOf<C>>>;
  return {
    dir,
    session,
    clock,
    logLines: () => JSON.stringify(log.lines),
    call,
    async ok(channel, arg) {
      const result = await call(channel, arg);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async refused(channel, arg) {
      const result = await dispatch(session.handlers, channel, arg, session.dispatchContext);
      if (result.ok) throw new Error(`${channel} was expected to be refused`);
      return result.error.code;
    },
    async auditLines() {
      const folder = path.join(dir, 'audit');
      const lines: Record<string, unknown>[] = [];
      for (const name of (await fs.readdir(folder)).sort()) {
        const text = await fs.readFile(path.join(folder, name), 'utf8');
        for (const line of text.split('\n'))
          if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      return lines;
    },
    close: () => session.close(),
  };
}

export function firstAdminInput(password = TEST_ADMIN.password) {
  return {
    username: TEST_ADMIN.username,
    displayName: TEST_ADMIN.displayName,
    password,
    passwordAgain: password,
  };
}

export async function createAdmin(app: AuthApp): Promise<AuthState> {
  return app.ok('auth.createFirstAdmin', firstAdminInput());
}
