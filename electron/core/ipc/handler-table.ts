import type { ChannelOf, Feature } from '../../../shared/ipc/contract';
import type { Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/api';
import type { LanguageState } from '../app/language';
import type { BackupsPort } from '../backups/backups-service';
import type { CareStore } from '../care-store';
import type { PeopleView } from '../people/view';
import type { AuthSession } from '../auth/auth-session';
import type { CredentialsStore } from '../auth/credentials-store';
import type { ScryptCost } from '../auth/password-hash';

/** One async function per channel, typed from the contract. */
export type HandlerTable = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};

/** A feature's part of the table: exactly its own channels, no more, no fewer. */
export type FeatureHandlers<F extends Feature> = { [C in ChannelOf<F> & Channel]: HandlerTable[C] };

/** What every feature's handlers may use; built once per open data folder (see session.ts). */
export interface HandlerContext {
  /** The open store; a function because restoring a backup replaces its contents. */
  store: () => CareStore;
  backups: BackupsPort;
  dataDir: string;
  /**
   * User name of who is acting, read when used (the session's signed-in user).
   * The store port stamps every audit entry with the session's user anyway.
   */
  readonly actor: string;
  /** Who is signed in on this window or preview server. */
  auth: AuthSession;
  /** Password hashes and the recent users of this PC (credentials.json). */
  credentials: CredentialsStore;
  /** scrypt cost for new hashes (OWASP's; tests lower it). */
  hashCost: ScryptCost;
  now: () => Date;
  version: string;
  languages: LanguageState;
  /** The elders' list view and search index, shared by people and assessments so it is built once. */
  peopleView: PeopleView;
}
