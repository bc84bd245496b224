import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../electron/core/ipc/handler-table';
import { createMemoryLogger } from '../../electron/core/log';
import { isAllowed } from '../../electron/core/ipc/authorize';

// Stands in for the accounts feature: a caller who may use nothing.
vi.mock('../../electron/core/ipc/authorize', () => ({ isAllowed: vi.fn(() => false) }));

describe('permission check in dispatch', () => {
  it('refuses before the argument is parsed or the handler runs', async () => {
    const handler = vi.fn(() => Promise.resolve(null));
    const handlers = { 'center.save': handler } as unknown as HandlerTable;
    const log = createMemoryLogger();
    // An argument that would fail validation: the refusal must not be a validation error.
    const result = await dispatch(handlers, 'center.save', { bogus: true }, { language: () => 'en', log });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('ipc.notPermitted');
      expect(result.error.message).toBe('Your account is not allowed to do this.');
    }
    expect(vi.mocked(isAllowed)).toHaveBeenCalledWith('public');
    expect(handler).not.toHaveBeenCalled();
  });
});
