/**
 * A backup file from outside (a USB stick, a download): staged beside the data, counted
 * against the limit while it arrives, checked as a restore would, and only then restored
 * after the user's yes. A bad or oversized file changes nothing.
 */
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CareError } from '../../shared/errors';
import type { StagedBackup } from '../../shared/ipc/backups';
import { INCOMING_DIR } from '../../electron/core/backups/incoming-backups';
import { openSession } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { filesOf, writeTestArchive, manifestFor } from '../store/backup-helpers';
import { writeLegacyBackup } from '../store/helpers';
import { listDataFiles } from '../../electron/core/store/data-files';
import { nodeFileSystem } from '../../electron/core/store/fs';
import { dataTree, endless, openFixture, stagedFiles, tamperedCopy, type Fixture } from './helpers';
import { validCenterInput } from '../ipc/helpers';

let fixture: Fixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function refusal(pending: Promise<unknown>): Promise<CareError> {
  const error = await pending.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CareError);
  return error as CareError;
}

describe('restoring from a file brought in from outside', () => {
  it('checks the file and answers what it holds, without touching the data', async () => {
    fixture = await openFixture();
    const { dir, session, backupPath } = fixture;
    const before = await dataTree(dir);
    const staged = await session.backups.receive(
      createReadStream(backupPath),
      '青山镇 备份.care-backup.tar.gz',
    );
    expect(staged).toMatchObject({
      fileName: '青山镇 备份.care-backup.tar.gz',
      size: (await fs.stat(backupPath)).size,
      reason: 'manual',
      centerName: validCenterInput().name,
      people: 1,
      assessments: 0,
      photos: 1,
    });
    expect(staged.stagedId).toMatch(/^[0-9a-f]{24}$/);
    expect(await dataTree(dir)).toEqual(before);
    // Only the file itself is kept until the answer: the check's unpacked copy is gone.
    expect(await stagedFiles(dir)).toHaveLength(1);
  });

  it('restores a staged file once confirmed, saving the current data first, and deletes it', async () => {
    fixture = await openFixture();
    const { dir, session, call, backupPath } = fixture;
    const staged = await session.backups.receive(createReadStream(backupPath), 'usb.care-backup.tar.gz');
    expect((await call('center.save', { ...validCenterInput(), name: '改过的名字' })).ok).toBe(true);

    const restored = await call('backups.restoreStaged', { stagedId: staged.stagedId });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    const center = await call('center.get');
    expect(center.ok && (center.value as { name: string }).name).toBe(validCenterInput().name);
    const listed = await call('backups.list');
    expect(
      listed.ok && (listed.value as { reason: string }[]).some((b) => b.reason === 'before-restore'),
    ).toBe(true);
    expect(await stagedFiles(dir)).toEqual([]);
    // A staged file restores once: asking again is refused.
    const again = await call('backups.restoreStaged', { stagedId: staged.stagedId });
    expect(!again.ok && again.error.code).toBe('backups.file.stagedGone');
  });

  it('deletes a staged file the user did not confirm', async () => {
    fixture = await openFixture();
    const { dir, session, call, backupPath } = fixture;
    const staged = await session.backups.receive(createReadStream(backupPath), 'usb.care-backup.tar.gz');
    expect((await call('backups.discardStaged', { stagedId: staged.stagedId })).ok).toBe(true);
    expect(await stagedFiles(dir)).toEqual([]);
    const after = await call('backups.restoreStaged', { stagedId: staged.stagedId });
    expect(!after.ok && after.error.code).toBe('backups.file.stagedGone');
  });

  it('stops a file past the limit as it arrives, without filling the disk', async () => {
    const limit = 1024 * 1024;
    fixture = await openFixture({ incomingBackupLimits: { fileBytes: limit } });
    const { dir, session } = fixture;
    const before = await dataTree(dir);
    const source = endless(64 * 1024);
    const error = await refusal(session.backups.receive(source, 'huge.care-backup.tar.gz'));
    expect(error.code).toBe('backups.file.tooLarge');
    expect(error.params.max).toBe('1 MB');
    // Reading stopped at the limit: one chunk past it at most, and nothing of it was kept.
    expect(source.pulled).toBeLessThanOrEqual(limit + 64 * 1024);
    expect(await stagedFiles(dir)).toEqual([]);
    expect(await dataTree(dir)).toEqual(before);
  });

  it('refuses a declared size past the limit before reading a byte', async () => {
    fixture = await openFixture({ incomingBackupLimits: { fileBytes: 1024 } });
    const source = endless(64);
    const error = await refusal(fixture.session.backups.receive(source, 'big.care-backup.tar.gz', 4096));
    expect(error.code).toBe('backups.file.tooLarge');
    expect(source.pulled).toBe(0);
  });

  it('refuses a tampered archive as damaged and changes nothing', async () => {
    fixture = await openFixture();
    const { dir, session, call, backupPath } = fixture;
    const tampered = path.join(dir, '..', `${path.basename(dir)}-tampered.care-backup.tar.gz`);
    await tamperedCopy(backupPath, tampered);
    const before = await dataTree(dir);
    try {
      const error = await refusal(
        session.backups.receive(createReadStream(tampered), 'usb.care-backup.tar.gz'),
      );
      expect(error.code).toBe('backups.file.damaged');
      expect(String(error.params.detail)).toContain('checksum core.json');
    } finally {
      await fs.rm(tampered, { force: true });
    }
    expect(await stagedFiles(dir)).toEqual([]);
    expect(await dataTree(dir)).toEqual(before);
    expect((await call('center.get')).ok).toBe(true);
  });

  it('says a file that is no backup at all is not one', async () => {
    fixture = await openFixture();
    const { dir, session } = fixture;
    const before = await dataTree(dir);
    const error = await refusal(
      session.backups.receive([Buffer.from('PK\u0003\u0004 a spreadsheet')], 'elders.xlsx'),
    );
    expect(error.code).toBe('backups.file.notBackup');
    expect(error.params.file).toBe('elders.xlsx');
    expect(await dataTree(dir)).toEqual(before);
  });

  it('says a backup from a newer version of the app is one', async () => {
    fixture = await openFixture();
    const { dir, session } = fixture;
    const core = JSON.parse(await fs.readFile(path.join(dir, 'core.json'), 'utf8')) as {
      schemaVersion: number;
    };
    const files = [
      {
        path: 'core.json',
        bytes: Buffer.from(JSON.stringify({ ...core, schemaVersion: core.schemaVersion + 1 })),
      },
    ];
    const newer = path.join(dir, '..', `${path.basename(dir)}-newer.care-backup.tar.gz`);
    await writeTestArchive(newer, files, {
      manifest: manifestFor(files, { schemaVersion: core.schemaVersion + 1 }),
    });
    try {
      const error = await refusal(
        session.backups.receive(createReadStream(newer), 'newer.care-backup.tar.gz'),
      );
      expect(error.code).toBe('backups.file.tooNew');
    } finally {
      await fs.rm(newer, { force: true });
    }
  });

  it('reads a backup of the first format (one gzipped JSON) as well', async () => {
    fixture = await openFixture();
    const { dir, session } = fixture;
    const files = filesOf(dir, await listDataFiles(nodeFileSystem, dir));
    const legacy = path.join(dir, '..', `${path.basename(dir)}-old.care-backup.json.gz`);
    writeLegacyBackup(legacy, files, { createdAt: '2025-03-01T02:00:00.000Z', reason: 'daily' });
    try {
      const staged = await session.backups.receive(createReadStream(legacy), 'old.care-backup.json.gz');
      expect(staged).toMatchObject({
        createdAt: '2025-03-01T02:00:00.000Z',
        reason: 'daily',
        people: 1,
        photos: 1,
      });
    } finally {
      await fs.rm(legacy, { force: true });
    }
  });

  it('deletes files staged by an earlier run when the data folder opens', async () => {
    fixture = await openFixture();
    const { dir, session, backupPath } = fixture;
    await session.backups.receive(createReadStream(backupPath), 'left.care-backup.tar.gz');
    await session.close();
    expect(await stagedFiles(dir)).toHaveLength(1);
    const reopened = await openSession({
      dataDir: dir,
      version: '0',
      systemLanguage: 'en',
      log: createMemoryLogger(),
    });
    try {
      expect(await stagedFiles(dir)).toEqual([]);
      await expect(fs.stat(path.join(dir, INCOMING_DIR))).rejects.toThrow();
    } finally {
      await reopened.close();
    }
  });
});

describe('file dialogs', () => {
  it('are refused where there are none (the browser uses download and upload)', async () => {
    fixture = await openFixture();
    const { call, backupFile } = fixture;
    const copy = await call('backups.copyTo', { file: backupFile });
    expect(!copy.ok && copy.error.code).toBe('backups.file.noDialog');
    const inspect = await call('backups.inspectFile');
    expect(!inspect.ok && inspect.error.code).toBe('backups.file.noDialog');
  });

  it('stage the chosen file like an upload, and a cancelled dialog does nothing', async () => {
    let chosen: string | null = null;
    fixture = await openFixture({
      backupDialogs: {
        chooseCopyTarget: () => Promise.resolve(null),
        chooseBackupFile: () => Promise.resolve(chosen),
      },
    });
    const { dir, call, backupPath } = fixture;
    const cancelled = await call('backups.inspectFile');
    expect(cancelled).toEqual({ ok: true, value: null });
    expect(await stagedFiles(dir)).toEqual([]);
    chosen = backupPath;
    const answer = await call('backups.inspectFile');
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const staged = (answer as { value: StagedBackup }).value;
    expect(staged.fileName).toBe(path.basename(backupPath));
    expect(staged.people).toBe(1);
  });
});
