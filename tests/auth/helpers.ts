import { openSession } from '../../electron/core/ipc/session';
import type { Session, SessionOptions } from '../../electron/core/ipc/session';
import type { ScryptCost } from '../../electron/core/auth/password-hash';

/** Cheap scrypt for tests that only need someone signed in; the real cost is checked in the bench. */
export const TEST_HASH_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_ADMIN = { username: 'admin', displayName: '院长', password: 'Lantern-River-42' };

/**
 * Signs the session in as an administrator: the first one on a fresh folder
 * (created through the real handler), else the first active admin already there.
 */
export async function signInAdmin(session: Session): Promise<void> {
  if (!session.auth.hasAccounts()) {
    await session.handlers['auth.createFirstAdmin']({
      ...TEST_ADMIN,
      passwordAgain: TEST_ADMIN.password,
    });
    return;
  }
  const admin = session.store.core.users.find((u) => u.role === 'admin' && u.active);
  if (!admin) throw new Error('no active administrator in this folder');
  session.auth.signedIn(admin.id);
}

/** openSession with a cheap hash cost, signed in as an administrator. */
export async function openSignedInSession(options: SessionOptions): Promise<Session> {
  const session = await openSession({ hashCost: TEST_HASH_COST, ...options });
  try {
    await signInAdmin(session);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}
