import type { CoreDoc } from '../../../shared/schema';
import type { Language } from '../../../shared/i18n/types';
import type { Logger } from '../log';
import { openStore } from '../store';
import type { RetentionPolicy, Store } from '../store';
import { createBackupsPort } from '../backups/backups-service';
import { createLanguageState } from '../app/language';
import type { LanguageState } from '../app/language';
import { SYSTEM_ACTOR, careStore } from '../care-store';
import { PeopleView } from '../people/view';
import type { DispatchContext } from './dispatch';
import { createHandlers } from './handlers';
import { PeopleListSchema } from '../../../shared/ipc/people';
import type { HandlerTable } from './handler-table';
import { AuthSession } from '../auth/auth-session';
import { CredentialsStore } from '../auth/credentials-store';
import { SCRYPT_COST, type ScryptCost } from '../auth/password-hash';
import { nodeFileSystem } from '../store';

/** Everything a front end (Electron main or the browser preview) needs to answer calls. */
/** The PC often stays on for days: the daily backup is checked every hour, not only at start. */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Takes the daily backup when the date changes; answers a function that stops the timer. */
export function startDailyBackups(store: Store<CoreDoc>, log: Logger): () => void {
  const timer = setInterval(() => {
    store.maybeDailyBackup().catch((error: unknown) => log.error('daily backup failed', error));
  }, DAILY_BACKUP_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export interface Session {
  readonly handlers: HandlerTable;
  readonly dispatchContext: DispatchContext;
  readonly languages: LanguageState;
  readonly store: Store<CoreDoc>;
  /** Who is signed in here; the preview server and the window each hold their own. */
  readonly auth: AuthSession;
  close(): Promise<void>;
}

export interface SessionOptions {
  dataDir: string;
  version: string;
  systemLanguage: Language;
  log: Logger;
  /** scrypt cost for new password hashes; OWASP's unless a test lowers it. */
  hashCost?: ScryptCost;
  /** The clock for sign-in delays and the idle lock (tests move it). */
  now?: () => Date;
  /**
   * Rolling backups as the desktop app takes them: one at every start, one a
   * day (also while it stays open, see `maybeDailyBackup`), kept by the retention
   * in the center's settings.
   */
  dailyBackup?: boolean;
  onLanguageChange?: (language: Language) => void;
}

function retentionFromSettings(core: unknown): Partial<RetentionPolicy> | undefined {
  return (core as Partial<CoreDoc> | undefined)?.settings?.backupRetention;
}

/**
 * Builds the elders' pinyin index while the window loads (about 0.2 s for
 * 5,000 people), so that the first keystroke in the list is answered at once.
 */
function warmPeopleSearch(handlers: HandlerTable, log: Logger): void {
  setImmediate(() => {
    handlers['people.list'](PeopleListSchema.parse({ query: 'a', limit: 1 })).catch((error: unknown) =>
      log.warn('could not prepare the elders search', error),
    );
  });
}

/** Opens the data folder and wires store, services and handlers together. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const backups = options.dailyBackup ?? false;
  const store = await openStore<CoreDoc>({
    dir: options.dataDir,
    backup: { onStart: backups, daily: backups, retention: retentionFromSettings },
  });
  const now = options.now ?? (() => new Date());
  const credentials = await CredentialsStore.open(nodeFileSystem, options.dataDir).catch(
    async (error: unknown) => {
      await store.close(); // release the folder's lock: the command line can then repair it
      throw error;
    },
  );
  const auth = new AuthSession(
    () => store.core,
    now,
    () => store.readOnly !== null && credentials.hasAny(),
  );
  const port = careStore(store, () => auth.actor());
  const storeBackups = createBackupsPort(() => store);
  const languages = createLanguageState({
    store: () => port,
    system: options.systemLanguage,
    ...(options.onLanguageChange ? { onChange: options.onLanguageChange } : {}),
  });
  const handlers = createHandlers({
    store: () => port,
    peopleView: new PeopleView(() => port),
    backups: {
      ...storeBackups,
      // A restore brings back the backup's passwords with its accounts.
      restore: async (file, actor) => {
        await storeBackups.restore(file, actor);
        await credentials.reload();
      },
    },
    dataDir: options.dataDir,
    get actor() {
      return (auth.actor() ?? SYSTEM_ACTOR).username;
    },
    auth,
    credentials,
    hashCost: options.hashCost ?? SCRYPT_COST,
    now,
    version: options.version,
    languages,
  });
  if (store.readOnly) options.log.warn('data folder opened read-only', store.readOnly);
  for (const warning of store.warnings) options.log.warn('data folder opened with a warning', warning);
  warmPeopleSearch(handlers, options.log);
  return {
    handlers,
    dispatchContext: {
      language: () => languages.current(),
      log: options.log,
      caller: (channel) => auth.caller(channel),
    },
    languages,
    store,
    auth,
    close: () => store.close(),
  };
}
