import { CareError } from '../../../shared/errors';
import {
  CredentialsFileError,
  RECENT_USERS_KEPT,
  readCredentials,
  writeCredentials,
  type Credentials,
} from '../store/credentials-file';
import type { FileSystem } from '../store/fs';
import type { PasswordHash } from '../../../shared/schema/users';

/**
 * credentials.json held in memory, written durably on every change. Writes are
 * queued one after the other so two quick changes never interleave on disk.
 */
export class CredentialsStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private data: Credentials,
  ) {}

  /** Throws `auth.credentialsUnreadable` when the file is damaged: nobody could sign in. */
  static async open(fs: FileSystem, dir: string): Promise<CredentialsStore> {
    try {
      return new CredentialsStore(fs, dir, await readCredentials(fs, dir));
    } catch (error) {
      if (error instanceof CredentialsFileError)
        throw new CareError('auth.credentialsUnreadable', {}, [], { cause: error });
      throw error;
    }
  }

  hashOf(userId: string): PasswordHash | null {
    return Object.hasOwn(this.data.hashes, userId) ? (this.data.hashes[userId] ?? null) : null;
  }

  /** Whether any account has a password here (accounts existed even if core.json is lost). */
  hasAny(): boolean {
    return Object.keys(this.data.hashes).length > 0;
  }

  /** User ids, most recent sign-in first. */
  get recent(): readonly string[] {
    return this.data.recent;
  }

  setHash(userId: string, hash: PasswordHash): Promise<void> {
    return this.change((data) => ({ ...data, hashes: { ...data.hashes, [userId]: hash } }));
  }

  removeHash(userId: string): Promise<void> {
    return this.change((data) => {
      const hashes = { ...data.hashes };
      delete hashes[userId];
      return { ...data, hashes, recent: data.recent.filter((id) => id !== userId) };
    });
  }

  noteSignIn(userId: string): Promise<void> {
    return this.change((data) => ({
      ...data,
      recent: [userId, ...data.recent.filter((id) => id !== userId)].slice(0, RECENT_USERS_KEPT),
    }));
  }

  /** Re-reads the file (after a restore replaced the folder's contents). */
  async reload(): Promise<void> {
    await this.enqueue(async () => {
      this.data = await readCredentials(this.fs, this.dir);
    });
  }

  private change(next: (data: Credentials) => Credentials): Promise<void> {
    return this.enqueue(async () => {
      const updated = next(this.data);
      await writeCredentials(this.fs, this.dir, updated);
      // Memory follows the disk only once the write is durable.
      this.data = updated;
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
