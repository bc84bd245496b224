import { z } from 'zod';
import { PasswordHashSchema } from '../../../shared/schema/users';
import { writeFileDurably, serializeJson, parseJsonBytes } from './durable-file';
import { readIfExists, type FileSystem } from './fs';
import { abs } from './paths';

/**
 * Password hashes live in their own file beside core.json, never in it: every
 * audit entry copies the records it writes, so a hash kept on the user record
 * would be copied into the chain and its readable history for good.
 */
export const CREDENTIALS_FILE = 'credentials.json';
export const CREDENTIALS_VERSION = 1;
/** The quick-switch list at shift change: the last accounts that signed in on this PC. */
export const RECENT_USERS_KEPT = 6;

export const CredentialsSchema = z.strictObject({
  schemaVersion: z.literal(CREDENTIALS_VERSION),
  /** User id → its password hash. */
  hashes: z.record(z.string().min(1).max(64), PasswordHashSchema),
  /** User ids, most recent sign-in first. */
  recent: z.array(z.string().min(1).max(64)).max(RECENT_USERS_KEPT),
});
export type Credentials = z.infer<typeof CredentialsSchema>;

export function emptyCredentials(): Credentials {
  return { schemaVersion: CREDENTIALS_VERSION, hashes: {}, recent: [] };
}

/** Why credentials.json could not be used; `verify` and restore report it. */
export class CredentialsFileError extends Error {
  constructor(readonly detail: string) {
    super(`credentials: ${detail}`);
  }
}

/** Checks bytes as they are on disk (or in a backup). Throws CredentialsFileError. */
export function parseCredentials(bytes: Buffer): Credentials {
  let raw: unknown;
  try {
    raw = parseJsonBytes(CREDENTIALS_FILE, bytes);
  } catch {
    throw new CredentialsFileError('unparsable');
  }
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) throw new CredentialsFileError('invalid');
  return parsed.data;
}

/** The file, or an empty set when none exists yet (a folder from before accounts). */
export async function readCredentials(fs: FileSystem, dir: string): Promise<Credentials> {
  const bytes = await readIfExists(fs, abs(dir, CREDENTIALS_FILE));
  return bytes === null ? emptyCredentials() : parseCredentials(bytes);
}

/** Durable like core.json: temp file, fsync, rename, fsync the folder. */
export async function writeCredentials(fs: FileSystem, dir: string, credentials: Credentials): Promise<void> {
  await writeFileDurably(fs, abs(dir, CREDENTIALS_FILE), serializeJson(CredentialsSchema.parse(credentials)));
}
