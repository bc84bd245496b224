import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSignedInSession } from '../auth/helpers';
import { openSession } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir, validCenterInput } from './helpers';

describe('read-only data folder through the IPC surface', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it('reports the damaged file in app.getState and refuses writes with a translated message', async () => {
    const dir = await tempDataDir('care-ro-');
    dirs.push(dir);
    const log = createMemoryLogger();
    const first = await openSignedInSession({ dataDir: dir, version: '1', systemLanguage: 'zh-CN', log });
    expect(
      (await dispatch(first.handlers, 'center.save', validCenterInput(), first.dispatchContext)).ok,
    ).toBe(true);
    await first.close();

    await fs.writeFile(path.join(dir, 'core.json'), '{ this is not json');
    // The accounts were in the damaged core.json: the session lets the person at the PC look
    // and restore (AuthSession.inRecovery) while the store refuses every change.
    const session = await openSession({ dataDir: dir, version: '1', systemLanguage: 'zh-CN', log });
    try {
      const state = await dispatch(session.handlers, 'app.getState', undefined, session.dispatchContext);
      if (!state.ok) throw new Error(state.error.message);
      const readOnly = (
        state.value as { readOnly: { reason: string; files: { file: string; problem: string }[] } | null }
      ).readOnly;
      expect(readOnly).not.toBeNull();
      expect(readOnly?.files.some((f) => f.file.includes('core.json') && f.problem.length > 0)).toBe(true);

      const write = await dispatch(
        session.handlers,
        'center.save',
        validCenterInput(),
        session.dispatchContext,
      );
      expect(write.ok).toBe(false);
      if (!write.ok) {
        expect(write.error.code).toBe('store.readOnly');
        expect(write.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
      // The language can still be switched, for this session, to read the notice.
      const switched = await dispatch(
        session.handlers,
        'app.setLanguage',
        { language: 'en' },
        session.dispatchContext,
      );
      expect(switched.ok && (switched.value as { language: string }).language).toBe('en');
    } finally {
      await session.close();
    }
  });
});
