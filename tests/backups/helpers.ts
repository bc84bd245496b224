/** A data folder with a center, one elder with a photo and a backup, opened as the app opens it. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import { dispatch } from '../../electron/core/ipc/dispatch';
import type { Session, SessionOptions } from '../../electron/core/ipc/session';
import { openSignedInSession } from '../auth/helpers';
import { createMemoryLogger } from '../../electron/core/log';
import { INCOMING_DIR } from '../../electron/core/backups/incoming-backups';
import { hashTree, tempDataDir, validCenterInput } from '../ipc/helpers';
import { PEOPLE_VALID } from '../ipc/people-valid';

export interface Fixture {
  dir: string;
  session: Session;
  call: (channel: Channel, arg?: unknown) => Promise<Result<unknown>>;
  /** Path of a fresh manual backup of the folder as it is now. */
  backupPath: string;
  backupFile: string;
  close(): Promise<void>;
}

export async function openFixture(options: Partial<SessionOptions> = {}): Promise<Fixture> {
  const dir = await tempDataDir('care-backup-files-');
  const session = await openSignedInSession({
    dataDir: dir,
    version: '0.0.0',
    systemLanguage: 'en',
    log: createMemoryLogger(),
    ...options,
  });
  const call = (channel: Channel, arg?: unknown) =>
    dispatch(session.handlers, channel, arg, session.dispatchContext);
  expect((await call('center.save', validCenterInput())).ok).toBe(true);
  // The fuzz seed's ID number need not be valid; an elder without one is.
  const { idNumber: _idNumber, ...elder } = PEOPLE_VALID['people.create'] as Record<string, unknown>;
  const person = await call('people.create', elder);
  expect(person.ok, JSON.stringify(person)).toBe(true);
  // A photo, so that a backup carries a binary file too (starts like a JPEG: that is all the check reads).
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 test')]);
  const id = (person as { value: { id: string } }).value.id;
  const photo = await call('people.setPhoto', { id, fileName: 'zhang.jpg', base64: jpeg.toString('base64') });
  expect(photo.ok, JSON.stringify(photo)).toBe(true);
  const created = await call('backups.create');
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const backupFile = (created.value as { file: string }).file;
  return {
    dir,
    session,
    call,
    backupFile,
    backupPath: path.join(dir, 'backups', backupFile),
    async close() {
      await session.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The data as it stands: every file but the staging area of files brought in (and the lock). */
export async function dataTree(dir: string): Promise<Record<string, string>> {
  const tree = await hashTree(dir);
  return Object.fromEntries(Object.entries(tree).filter(([file]) => !file.startsWith(INCOMING_DIR)));
}

/** Files left in the staging area of files brought in. */
export async function stagedFiles(dir: string): Promise<string[]> {
  try {
    return Object.keys(await hashTree(path.join(dir, INCOMING_DIR)));
  } catch {
    return [];
  }
}

/**
 * The same archive with one byte of `core.json`'s content changed (the tar is uncompressed,
 * changed, and compressed again, so only the checksum can tell).
 */
export async function tamperedCopy(source: string, target: string): Promise<void> {
  const tar = gunzipSync(await fs.readFile(source));
  // Entries are 512-byte aligned: find core.json's header, its content starts one block later.
  const at = tar.indexOf(Buffer.from('core.json\0', 'latin1'));
  expect(at).toBeGreaterThan(0);
  const content = at + 512 + 20;
  tar[content] = tar[content] === 0x61 ? 0x62 : 0x61;
  await fs.writeFile(target, gzipSync(tar));
}

/** A source that never ends, counting what was pulled from it. */
export function endless(chunkBytes: number): AsyncIterable<Uint8Array> & { pulled: number } {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (;;) {
        source.pulled += chunkBytes;
        // As a network or disk would: each chunk arrives on its own turn.
        yield await Promise.resolve(Buffer.alloc(chunkBytes, 0x1f));
      }
    },
  };
  return source;
}
