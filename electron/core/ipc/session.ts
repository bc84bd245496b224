import type { Language } from '../../../shared/i18n/types';
import type { Logger } from '../log';
import { openStore } from '../store';
import { createBackupsPort } from '../services/backups';
import { createLanguageState } from '../services/language';
import type { LanguageState } from '../services/language';
import type { StorePort } from '../services/store-port';
import type { DispatchContext } from './dispatch';
import { createHandlers } from './handlers';
import type { HandlerTable } from './handlers';

export type OpenedStore = Awaited<ReturnType<typeof openStore>>;

/** Everything a front end (Electron main or the browser preview) needs to answer calls. */
export interface Session {
  readonly handlers: HandlerTable;
  readonly dispatchContext: DispatchContext;
  readonly languages: LanguageState;
  store(): OpenedStore;
  close(): Promise<void>;
}

export interface SessionOptions {
  dataDir: string;
  version: string;
  systemLanguage: Language;
  log: Logger;
  /** Audit actor until user accounts exist. */
  actor?: string;
  onLanguageChange?: (language: Language) => void;
}

/**
 * Opens the data folder and wires store, services and handlers together.
 * Restoring a backup closes and reopens the store inside this session, so
 * callers keep one session for the life of the process.
 */
export async function openSession(options: SessionOptions): Promise<Session> {
  let store: OpenedStore = await openStore({ dir: options.dataDir });
  const current = (): OpenedStore => store;
  const languages = createLanguageState({
    store: () => store as unknown as StorePort,
    system: options.systemLanguage,
    ...(options.onLanguageChange ? { onChange: options.onLanguageChange } : {}),
  });
  const backups = createBackupsPort({
    dataDir: options.dataDir,
    store: current,
    reopen: async () => {
      await store.close();
      store = await openStore({ dir: options.dataDir });
    },
  });
  const handlers = createHandlers({
    store: () => store as unknown as StorePort,
    backups,
    dataDir: options.dataDir,
    actor: options.actor ?? 'local',
    version: options.version,
    languages,
  });
  if (store.readOnly) options.log.warn('data folder opened read-only', store.readOnly);
  return {
    handlers,
    dispatchContext: { language: languages.current, log: options.log },
    languages,
    store: current,
    close: () => store.close(),
  };
}
