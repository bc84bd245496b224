import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHash } from '../../../shared/schema/users';

/** OWASP's scrypt parameters (Password Storage Cheat Sheet): N=2^17, r=8, p=1. */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below that at N=2^17. */
function maxmemFor(cost: ScryptCost): number {
  return 128 * cost.N * cost.r * 2;
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: maxmemFor(cost) };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new salted hash of `password`; the password itself is never kept. */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_LENGTH);
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
    params: { N: cost.N, r: cost.r, p: cost.p, keyLength: KEY_LENGTH },
  };
}

function costOf(stored: PasswordHash): ScryptCost | null {
  const { N, r, p } = stored.params;
  if (N === undefined || r === undefined || p === undefined) return null;
  return { N, r, p };
}

/**
 * Whether `password` matches `stored`, compared in constant time. Uses the
 * parameters the hash was made with, so raising the cost later keeps old
 * hashes valid.
 */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const cost = costOf(stored);
  const expected = Buffer.from(stored.hash, 'base64');
  if (!cost || expected.length === 0) return false;
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), cost, expected.length);
  return timingSafeEqual(key, expected);
}
