import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../electron/core/ipc/handler-table';
import { createMemoryLogger } from '../../electron/core/log';
import { decideAccess, type Caller } from '../../electron/core/ipc/authorize';
import { PERMISSIONS, ROLE_PERMISSIONS } from '../../shared/ipc/permissions';
import { USER_ROLES } from '../../shared/schema/users';

const nobody: Caller = { user: null, hasAccounts: true };
const freshFolder: Caller = { user: null, hasAccounts: false };
const as = (role: (typeof USER_ROLES)[number]): Caller => ({ user: { role }, hasAccounts: true });

describe('decideAccess', () => {
  it('answers public channels to anybody and setup channels only before the first account', () => {
    expect(decideAccess('public', nobody)).toBe('allowed');
    expect(decideAccess('setup', freshFolder)).toBe('allowed');
    expect(decideAccess('setup', as('admin'))).toBe('auth.forbidden');
    expect(decideAccess('signedIn', nobody)).toBe('auth.required');
    expect(decideAccess('signedIn', as('viewer'))).toBe('allowed');
  });

  it('follows the role table for every role and permission', () => {
    for (const role of USER_ROLES) {
      for (const permission of PERMISSIONS) {
        if (permission === 'public' || permission === 'setup' || permission === 'signedIn') continue;
        const expected = ROLE_PERMISSIONS[role].includes(permission) ? 'allowed' : 'auth.forbidden';
        expect(decideAccess(permission, as(role)), `${role} ${permission}`).toBe(expected);
        expect(decideAccess(permission, nobody)).toBe('auth.required');
        expect(decideAccess(permission, freshFolder)).toBe('auth.required');
      }
    }
  });

  it('keeps users, settings and backups to admins, and closing incidents from care staff', () => {
    expect(decideAccess('users.manage', as('manager'))).toBe('auth.forbidden');
    expect(decideAccess('backups.manage', as('manager'))).toBe('auth.forbidden');
    expect(decideAccess('incidents.close', as('staff'))).toBe('auth.forbidden');
    expect(decideAccess('care.record', as('staff'))).toBe('allowed');
    expect(decideAccess('care.record', as('viewer'))).toBe('auth.forbidden');
  });
});

describe('permission check in dispatch', () => {
  it('refuses before the argument is parsed or the handler runs', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    const handlers = { 'settings.save': handler } as unknown as HandlerTable;
    const log = createMemoryLogger();
    const ctx = { language: () => 'en' as const, log };
    // An argument that would fail validation: the refusal must not be a validation error.
    const forbidden = await dispatch(
      handlers,
      'settings.save',
      { bogus: true },
      { ...ctx, caller: () => as('staff') },
    );
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    if (!forbidden.ok)
      expect(forbidden.error.message).toBe('Your account is not allowed to do this; ask an administrator.');
    const anonymous = await dispatch(
      handlers,
      'settings.save',
      { bogus: true },
      { ...ctx, caller: () => nobody },
    );
    expect(anonymous).toMatchObject({
      ok: false,
      error: { code: 'auth.required', message: 'Please sign in first.' },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});
