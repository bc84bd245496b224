/**
 * "Copy to…": a backup saved where the user chose (a USB stick), written durably and read
 * back against its manifest before the app says it is done.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareError } from '../../shared/errors';
import { copyBackupFile, verifyBackupFile } from '../../electron/core/backups/copy-backup';
import { openFixture, tamperedCopy, type Fixture } from './helpers';

let fixture: Fixture | null = null;
let stick: string;
beforeEach(async () => {
  stick = await fs.mkdtemp(path.join(os.tmpdir(), 'care-usb-stick-'));
});
afterEach(async () => {
  await fixture?.close();
  fixture = null;
  await fs.rm(stick, { recursive: true, force: true });
});

function choosing(target: () => string | null) {
  return {
    backupDialogs: {
      chooseCopyTarget: () => Promise.resolve(target()),
      chooseBackupFile: () => Promise.resolve(null),
    },
  };
}

describe('copying a backup out', () => {
  it('writes the chosen file, byte for byte, leaving no temp file beside it', async () => {
    const target = () => path.join(stick, 'copy.care-backup.tar.gz');
    fixture = await openFixture(choosing(target));
    const answer = await fixture.call('backups.copyTo', { file: fixture.backupFile });
    expect(answer).toEqual({ ok: true, value: { copiedTo: target() } });
    expect(await fs.readFile(target())).toEqual(await fs.readFile(fixture.backupPath));
    expect(await fs.readdir(stick)).toEqual(['copy.care-backup.tar.gz']);
    await verifyBackupFile(target());
  });

  it('writes nothing when the dialog is cancelled', async () => {
    fixture = await openFixture(choosing(() => null));
    expect(await fixture.call('backups.copyTo', { file: fixture.backupFile })).toEqual({
      ok: true,
      value: { copiedTo: null },
    });
    expect(await fs.readdir(stick)).toEqual([]);
  });

  it('copies only a listed backup', async () => {
    fixture = await openFixture(choosing(() => path.join(stick, 'x.care-backup.tar.gz')));
    const answer = await fixture.call('backups.copyTo', {
      file: '20990101-000000-manual.care-backup.tar.gz',
    });
    expect(!answer.ok && answer.error.code).toBe('ipc.backupNotFound');
    expect(await fs.readdir(stick)).toEqual([]);
  });

  it('says so when the place cannot be written', async () => {
    fixture = await openFixture(choosing(() => path.join(stick, 'gone', 'x.care-backup.tar.gz')));
    const answer = await fixture.call('backups.copyTo', { file: fixture.backupFile });
    expect(!answer.ok && answer.error.code).toBe('backups.copy.failed');
    expect(!answer.ok && answer.error.message).toContain('ENOENT');
  });

  it('deletes a copy that does not read back as the backup it claims to be', async () => {
    fixture = await openFixture();
    const bad = path.join(stick, 'bad-source.care-backup.tar.gz');
    await tamperedCopy(fixture.backupPath, bad);
    await expect(verifyBackupFile(bad)).rejects.toThrow(/checksum core\.json/);
    const target = path.join(stick, 'copy.care-backup.tar.gz');
    const error = await copyBackupFile(bad, target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CareError);
    expect((error as CareError).code).toBe('backups.copy.unreadable');
    expect(await fs.readdir(stick)).toEqual(['bad-source.care-backup.tar.gz']);
  });
});
