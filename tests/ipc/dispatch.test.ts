import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareError } from '../../shared/errors';
import type { Result, WireError } from '../../shared/errors';
import { dispatch } from '../../electron/core/ipc/dispatch';
import type { HandlerTable } from '../../electron/core/ipc/handler-table';
import { openSignedInSession } from '../auth/helpers';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { tempDataDir, validCenterInput, validSettingsInput } from './helpers';

function failure(result: Result<unknown>): WireError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
function success<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('dispatch', () => {
  let dir: string;
  let session: Session;
  const log = createMemoryLogger();
  const call = (channel: unknown, arg?: unknown, handlers: HandlerTable = session.handlers) =>
    dispatch(handlers, channel, arg, { ...session.dispatchContext, log });

  beforeEach(async () => {
    dir = await tempDataDir();
    session = await openSignedInSession({ dataDir: dir, version: '9.9.9', systemLanguage: 'zh-CN', log });
    log.lines.length = 0;
  });
  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('answers app.getState for a new data folder', async () => {
    const state = success<Record<string, unknown>>(await call('app.getState'));
    expect(state).toEqual({
      language: 'zh-CN',
      languagePreference: null,
      systemLanguage: 'zh-CN',
      dataDir: dir,
      readOnly: null,
      warnings: [],
      needsSetup: true,
      version: '9.9.9',
    });
  });

  it('saves the center, after which setup is no longer needed', async () => {
    const saved = success<Record<string, unknown>>(await call('center.save', validCenterInput()));
    expect(saved).toMatchObject({ name: '青山镇养老服务中心', beds: { residential: 40 } });
    expect(typeof saved.id).toBe('string');
    expect(success(await call('center.get'))).toEqual(saved);
    expect(success<{ needsSetup: boolean }>(await call('app.getState')).needsSetup).toBe(false);

    // Editing keeps the id and creation time.
    const edited = success<Record<string, unknown>>(
      await call('center.save', { ...validCenterInput(), name: '青山镇敬老院' }),
    );
    expect(edited.id).toBe(saved.id);
    expect(edited.createdAt).toBe(saved.createdAt);
  });

  it('saves settings and follows a language change made there', async () => {
    const saved = success<{ language: string | null; updatedAt: string }>(
      await call('settings.save', { ...validSettingsInput(), language: 'en' }),
    );
    expect(saved.language).toBe('en');
    expect(success<{ language: string }>(await call('app.getState')).language).toBe('en');
  });

  it('rejects a bad argument with translated field messages, in Chinese and in English', async () => {
    const bad = {
      ...validCenterInput(),
      name: '',
      phone: '12',
      beds: { residential: 5, dayCare: 0, nursing: 9 },
    };
    const zh = failure(await call('center.save', bad));
    expect(zh.code).toBe('validation.invalid');
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    const paths = zh.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['beds.nursing', 'name', 'phone']);
    for (const field of zh.fields ?? []) {
      expect(field.code).toMatch(/^validation\./);
      expect(field.message).not.toBe(field.code);
      expect(field.message).toMatch(/[\u4e00-\u9fff]/);
    }

    success(await call('app.setLanguage', { language: 'en' }));
    const en = failure(await call('center.save', bad));
    expect(en.code).toBe('validation.invalid');
    expect(en.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en.fields?.map((f) => f.path).sort()).toEqual(paths);
    for (const field of en.fields ?? []) expect(field.message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(success(await call('center.get'))).toBeNull();
  });

  it('names the argument problem for channels that take none', async () => {
    const error = failure(await call('center.get', { sneaky: true }));
    expect(error.code).toBe('validation.invalid');
    expect(error.fields).toEqual([
      { path: '', code: 'ipc.argument.unexpected', message: '这个操作不需要附加内容。' },
    ]);
  });

  it('refuses an argument that makes the schema library itself throw', async () => {
    const hostile = { file: { length: Object.create(null) as object } };
    const error = failure(await call('backups.restore', hostile));
    expect(error.code).toBe('validation.invalid');
    expect(error.fields?.[0]?.code).toBe('ipc.argument.invalid');
  });

  it('maps a CareError thrown by a service to its translated message', async () => {
    const handlers: HandlerTable = {
      ...session.handlers,
      'center.get': () => Promise.reject(new CareError('store.readOnly')),
    };
    const error = failure(await call('center.get', undefined, handlers));
    expect(error.code).toBe('store.readOnly');
    expect(error.message).not.toBe('store.readOnly');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('hides an unexpected exception behind ipc.internal and logs it', async () => {
    const handlers: HandlerTable = {
      ...session.handlers,
      'center.get': () => Promise.reject(new Error('ENOENT: /secret/path/core.json')),
    };
    const error = failure(await call('center.get', undefined, handlers));
    expect(error.code).toBe('ipc.internal');
    expect(error.message).not.toContain('/secret');
    expect(log.lines.some((l) => l.level === 'error' && String(l.detail).includes('/secret/path'))).toBe(
      true,
    );
  });

  it('refuses unknown channels, including object-prototype names and non-strings', async () => {
    for (const channel of [
      'nope',
      'center.delete',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      42,
      null,
      undefined,
      {},
      ['app.getState'],
    ]) {
      const error = failure(await call(channel));
      expect(error.code, JSON.stringify(channel) ?? 'undefined').toBe('ipc.unknownChannel');
    }
  });

  it('restores only a listed backup, by bare name', async () => {
    success(await call('center.save', validCenterInput()));
    const backup = success<{ file: string; size: number; reason: string }>(await call('backups.create'));
    expect(backup.reason).toBe('manual');
    expect(backup.size).toBeGreaterThan(0);
    expect(success<{ file: string }[]>(await call('backups.list')).map((b) => b.file)).toContain(backup.file);

    expect(failure(await call('backups.restore', { file: '../core.json' })).code).toBe('validation.invalid');
    expect(failure(await call('backups.restore', { file: '/etc/passwd' })).code).toBe('validation.invalid');
    const missing = failure(
      await call('backups.restore', { file: '20990101-000000-manual.care-backup.json.gz' }),
    );
    expect(missing.code).toBe('ipc.backupNotFound');
    expect(missing.message).toContain('20990101-000000-manual.care-backup.json.gz');

    success(await call('center.save', { ...validCenterInput(), name: '改过的名字' }));
    const state = success<{ needsSetup: boolean }>(await call('backups.restore', { file: backup.file }));
    expect(state.needsSetup).toBe(false);
    expect(success<{ name: string }>(await call('center.get')).name).toBe('青山镇养老服务中心');
  });
});
