import fs from 'node:fs/promises';
import { idCheckChar } from '../../shared/domain/id-number';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import type { AbilityItemCode } from '../../shared/domain/ability';
import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/api';
import type { Language } from '../../shared/i18n/types';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSignedInSession } from '../auth/helpers';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir } from '../ipc/helpers';
import { emptyHealth } from '../../shared/schema';

/** A valid 18-digit ID number: region 110105, birth date YYYYMMDD, sequence (odd = male). */
export function idNumber(birth: string, seq = '001', region = '110105'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

export function personInput(
  name: string,
  birth = '19491231',
  seq = '001',
  extra: Record<string, unknown> = {},
) {
  const iso = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  return {
    name,
    sex: Number(seq.slice(-1)) % 2 === 1 ? ('male' as const) : ('female' as const),
    birthDate: iso,
    idNumber: idNumber(birth, seq),
    emergencyContacts: [],
    health: emptyHealth(),
    categories: [],
    ...extra,
  };
}

export function scoresAll(
  value: (code: AbilityItemCode, max: number) => number,
): Record<AbilityItemCode, number> {
  return Object.fromEntries(ABILITY_ITEMS.map((item) => [item.code, value(item.code, item.max)])) as Record<
    AbilityItemCode,
    number
  >;
}

export interface TestApp {
  dir: string;
  session: Session;
  call<C extends Channel>(channel: C, arg: InputOf<C>): Promise<Result<OutputOf<C>>>;
  ok<C extends Channel>(channel: C, arg: InputOf<C>): Promise<OutputOf<C>>;
  setLanguage(language: Language): Promise<void>;
  close(): Promise<void>;
}

/** A fresh data folder and session; calls go through dispatch, as from the window. */
export async function openTestApp(language: Language = 'zh-CN'): Promise<TestApp> {
  const dir = await tempDataDir('care-people-');
  const session = await openSignedInSession({
    dataDir: dir,
    version: '0.0.0',
    systemLanguage: language,
    log: createMemoryLogger(),
  });
  const call = <C extends Channel>(channel: C, arg: InputOf<C>) =>
    dispatch(session.handlers, channel, arg, session.dispatchContext) as Promise<Result<OutputOf<C>>>;
  return {
    dir,
    session,
    call,
    async ok(channel, arg) {
      const result = await call(channel, arg);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async setLanguage(lang) {
      await session.languages.setPreference(lang, 'test');
    },
    async close() {
      await session.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
