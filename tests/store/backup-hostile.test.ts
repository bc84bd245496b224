import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Migration, type RestoreLimits } from '../../electron/core/store';
import { sealEntry } from '../../electron/core/store/audit';
import type { AuditEntry, Change } from '../../electron/core/store';
import { type TestCore, testSchemas, testSchemasV2 } from './fixtures/test-schemas';
import { filesOf, manifestFor, writeTestArchive, type ArchiveFile } from './backup-helpers';
import { person, snapshot, tempDir, writeLegacyBackup } from './helpers';

let dir: string;
let cleanup: () => void;
let outside: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  outside = join(dirname(dir), `${basename(dir)}-escaped.json`);
});
afterEach(() => {
  cleanup();
  rmSync(outside, { force: true });
});

const clock = () => new Date(2026, 10, 15, 9, 30, 0);
const open = (limits?: Partial<RestoreLimits>) =>
  openStore<TestCore>({
    dir,
    schemas: testSchemas,
    now: clock,
    ...(limits ? { backup: { restoreLimits: limits } } : {}),
  });
const peopleOf = (store: { core: unknown }) =>
  (store.core as { people: { id: string }[] }).people.map((p) => p.id);

/** A folder with one person and one visit; answers its files, ready to be packed by hand. */
async function seeded(): Promise<ArchiveFile[]> {
  const store = await open();
  await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
    tx.put('core', 'people', person('1'));
    tx.put({ kind: 'visits', period: '2026-11' }, { id: 'v', personId: '1', date: '2026-11-01' });
  });
  await store.close();
  return filesOf(dir, ['core.json', 'records/visits/2026-11.json', 'audit/2026-11.jsonl']);
}

/** Append an entry to the backup's audit log, sealed like the app seals them (the chain is plain sha256). */
function withEntry(files: ArchiveFile[], changes: unknown[]): ArchiveFile[] {
  return files.map((file) => {
    if (file.path !== 'audit/2026-11.jsonl') return file;
    const lines = file.bytes.toString('utf8').trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '{}') as AuditEntry;
    const entry = sealEntry(last.hash, {
      seq: last.seq + 1,
      at: last.at,
      actor: 'x',
      action: 'x',
      summary: '',
      schemaVersion: 1,
      changes: changes as Change[],
    });
    return { path: file.path, bytes: Buffer.from(`${lines.join('\n')}\n${JSON.stringify(entry)}\n`) };
  });
}

async function expectRefused(
  store: Awaited<ReturnType<typeof open>>,
  name: string,
  detail: RegExp,
): Promise<void> {
  const before = snapshot(dir);
  const refusal = store.restoreBackup(name);
  await expect(refusal).rejects.toMatchObject({ code: 'store.badBackup', params: { file: name } });
  const error = (await refusal.catch((e: unknown) => e)) as { params: { detail: string } };
  expect(error.params.detail).toMatch(detail);
  expect(snapshot(dir)).toEqual(before);
  expect(existsSync(join(dir, '.restore-staging'))).toBe(false);
  expect(existsSync(outside)).toBe(false);
}

describe('a crafted backup', () => {
  it('whose last audit entry names a file outside the folder is refused in either format; nothing is written outside', async () => {
    const files = await seeded();
    const escape = `../${basename(outside)}`;
    const crafted = withEntry(files, [
      {
        file: escape,
        op: 'putShard',
        kind: 'visits',
        period: '2026-12',
        record: { id: 'evil', personId: '1', date: '2026-12-01' },
      },
    ]);
    writeLegacyBackup(join(dir, 'backups', '20261101-000000-manual.care-backup.json.gz'), crafted);
    await writeTestArchive(join(dir, 'backups', '20261102-000000-manual.care-backup.tar.gz'), crafted);
    const store = await open();
    await expectRefused(store, '20261101-000000-manual.care-backup.json.gz', /change of "\.\.\//);
    await expectRefused(store, '20261102-000000-manual.care-backup.tar.gz', /change of "\.\.\//);
    expect(peopleOf(store)).toEqual(['1']);
    await store.close();
  });

  it('whose audit entries carry records their schema refuses, or of an unknown kind, is refused', async () => {
    const files = await seeded();
    const cases: [string, unknown[], RegExp][] = [
      [
        'bad-record',
        [{ file: 'core.json', op: 'put', collection: 'people', record: { id: 'p', name: 42 } }],
        /record in people/,
      ],
      [
        'unknown-kind',
        [
          {
            file: 'records/secrets/2026-11.json',
            op: 'putShard',
            kind: 'secrets',
            period: '2026-11',
            record: { id: 'x' },
          },
        ],
        /change of "records\/secrets/,
      ],
      [
        'wrong-file',
        [
          {
            file: 'records/visits/2026-10.json',
            op: 'putShard',
            kind: 'visits',
            period: '2026-11',
            record: { id: 'x', personId: '1', date: '2026-11-02' },
          },
        ],
        /change of/,
      ],
      [
        'bad-singleton',
        [{ file: 'core.json', op: 'set', singleton: 'settings', value: { language: 7 } }],
        /value of settings/,
      ],
    ];
    for (const [label, changes] of cases)
      await writeTestArchive(join(dir, 'backups', `${label}.care-backup.tar.gz`), withEntry(files, changes));
    const store = await open();
    for (const [label, , detail] of cases) await expectRefused(store, `${label}.care-backup.tar.gz`, detail);
    await store.close();
  });

  it('with files of unknown names, wrong checksums, fake photos or a missing manifest is refused', async () => {
    const files = await seeded();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const cases: [string, ArchiveFile[], object | null | undefined, RegExp][] = [
      ['dotdot', [...files, { path: '../escape.json', bytes: Buffer.from('{}') }], undefined, /unknown file/],
      [
        'absolute',
        [...files, { path: '/tmp/escape.json', bytes: Buffer.from('{}') }],
        undefined,
        /unknown file/,
      ],
      ['stray', [...files, { path: 'notes.txt', bytes: Buffer.from('hi') }], undefined, /unknown file/],
      [
        'fake-photo',
        [...files, { path: 'photos/p1-aaaa.jpg', bytes: Buffer.from('<svg/>') }],
        undefined,
        /not an image/,
      ],
      ['png-as-jpg', [...files, { path: 'photos/p1-bbbb.png', bytes: jpeg }], undefined, /not an image/],
      ['no-manifest', files, null, /manifest|format/],
      [
        'checksum',
        files,
        manifestFor(
          files.map((f, i) => (i === 0 ? { ...f, bytes: Buffer.from('x'), size: f.bytes.length } : f)),
        ),
        /checksum core\.json/,
      ],
    ];
    for (const [label, list, manifest] of cases)
      await writeTestArchive(
        join(dir, 'backups', `${label}.care-backup.tar.gz`),
        list,
        manifest === undefined ? {} : { manifest },
      );
    const store = await open();
    for (const [label, , , detail] of cases)
      await expectRefused(store, `${label}.care-backup.tar.gz`, detail);
    await store.close();
  });
});

describe('a backup with names that are not what they seem', () => {
  it('holding a shard of an Object member kind, or changes naming one, is refused by name', async () => {
    const files = await seeded();
    const shard = (kind: string) => ({
      path: `records/${kind}/2026-11.json`,
      bytes: Buffer.from(
        JSON.stringify({ schemaVersion: 1, kind, period: '2026-11', appliedSeq: 0, records: [] }),
      ),
    });
    const cases: [string, ArchiveFile[], RegExp][] = [
      ['shard-constructor', [...files, shard('constructor')], /constructor/],
      ['shard-valueOf', [...files, shard('valueOf')], /valueOf/],
      [
        'change-kind',
        withEntry(files, [
          {
            file: 'records/toString/2026-11.json',
            op: 'putShard',
            kind: 'toString',
            period: '2026-11',
            record: { id: 'x' },
          },
        ]),
        /change of "records\/toString/,
      ],
      [
        'change-collection',
        withEntry(files, [{ file: 'core.json', op: 'put', collection: 'constructor', record: { id: 'x' } }]),
        /change of "core\.json"/,
      ],
      [
        'change-singleton',
        withEntry(files, [{ file: 'core.json', op: 'set', singleton: 'valueOf', value: {} }]),
        /change of "core\.json"/,
      ],
    ];
    for (const [label, list] of cases)
      await writeTestArchive(join(dir, 'backups', `${label}.care-backup.tar.gz`), list);
    const store = await open();
    for (const [label, , detail] of cases) await expectRefused(store, `${label}.care-backup.tar.gz`, detail);
    await store.close();
  });

  it('holding a photo or a shard named like a Windows device is refused before anything is staged', async () => {
    const files = await seeded();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const visits = files.find((file) => file.path === 'records/visits/2026-11.json')!;
    const cases: [string, ArchiveFile[]][] = [
      ['photo-com1', [...files, { path: 'photos/COM1.jpg', bytes: jpeg }]],
      ['photo-nul', [...files, { path: 'photos/nul.jpg', bytes: jpeg }]],
      ['shard-aux', [...files, { path: 'records/Aux/2026-11.json', bytes: visits.bytes }]],
    ];
    for (const [label, list] of cases)
      await writeTestArchive(join(dir, 'backups', `${label}.care-backup.tar.gz`), list);
    const store = await open();
    for (const [label] of cases) await expectRefused(store, `${label}.care-backup.tar.gz`, /unknown file/);
    await store.close();
  });
});

describe('photos in one backup', () => {
  it('whose names differ only in case are refused, naming the file, in either format', async () => {
    const files = await seeded();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const lower = { path: 'photos/p1-aaaa.jpg', bytes: jpeg };
    const upper = { path: 'photos/P1-AAAA.jpg', bytes: jpeg };
    // Both listed in the manifest; and only one listed, the other slipped into the archive.
    await writeTestArchive(join(dir, 'backups', 'both-listed.care-backup.tar.gz'), [...files, lower, upper]);
    await writeTestArchive(join(dir, 'backups', 'one-listed.care-backup.tar.gz'), [...files, lower, upper], {
      manifest: manifestFor([...files, lower]),
    });
    writeLegacyBackup(join(dir, 'backups', '20261101-000000-manual.care-backup.json.gz'), [
      ...files,
      lower,
      upper,
    ]);
    const store = await open();
    await expectRefused(store, 'both-listed.care-backup.tar.gz', /duplicate photos\/P1-AAAA\.jpg/);
    await expectRefused(store, 'one-listed.care-backup.tar.gz', /duplicate photos\/P1-AAAA\.jpg/);
    await expectRefused(
      store,
      '20261101-000000-manual.care-backup.json.gz',
      /duplicate photos\/P1-AAAA\.jpg/,
    );
    await store.close();
  });

  it('are looked up in the manifest once each, not by a scan of the list per file', async () => {
    const files = await seeded();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const photos = Array.from({ length: 400 }, (_, i) => ({ path: `photos/p${i}-aaaa.jpg`, bytes: jpeg }));
    await writeTestArchive(join(dir, 'backups', 'many.care-backup.tar.gz'), [...files, ...photos]);
    const store = await open();
    const find = vi.spyOn(Array.prototype, 'find');
    try {
      await store.restoreBackup('many.care-backup.tar.gz');
      expect(find.mock.calls.length).toBeLessThan(photos.length / 2);
    } finally {
      find.mockRestore();
    }
    expect(store.readOnly).toBeNull();
    await store.close();
  });
});

describe('restore limits', () => {
  it('refuse a gzip bomb by its decompressed size while streaming, before it is staged', async () => {
    const files = await seeded();
    // 64 MB of spaces after a valid month: compresses to a few dozen kilobytes.
    const audit = files[2]!;
    const bomb = {
      path: audit.path,
      bytes: Buffer.concat([audit.bytes, Buffer.alloc(64 * 1024 * 1024, 0x20)]),
    };
    await writeTestArchive(join(dir, 'backups', 'bomb.care-backup.tar.gz'), [files[0]!, files[1]!, bomb]);
    expect(readFileSync(join(dir, 'backups', 'bomb.care-backup.tar.gz')).length).toBeLessThan(1024 * 1024);
    const store = await open({ totalBytes: 8 * 1024 * 1024 });
    await expectRefused(store, 'bomb.care-backup.tar.gz', /larger than 8388608 bytes/);
    await store.close();
  });

  it('refuse a file that declares more than the per-file limit from its header alone (default limits)', async () => {
    const files = await seeded();
    const huge = { ...files[0]!, size: 300 * 1024 * 1024 }; // the header claims 300 MB; the bytes are not there
    await writeTestArchive(join(dir, 'backups', 'huge.care-backup.tar.gz'), [huge, files[2]!]);
    const store = await open();
    await expectRefused(store, 'huge.care-backup.tar.gz', /too large core\.json|size core\.json/);
    await store.close();
  });

  it('refuse more files than the limit, and a second layer of compression', async () => {
    const files = await seeded();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10)]);
    const photos = Array.from({ length: 12 }, (_, i) => ({ path: `photos/p1-${i}.jpg`, bytes: jpeg }));
    await writeTestArchive(join(dir, 'backups', 'many.care-backup.tar.gz'), [...files, ...photos]);
    await writeTestArchive(join(dir, 'backups', 'inner.care-backup.tar.gz'), files);
    const inner = readFileSync(join(dir, 'backups', 'inner.care-backup.tar.gz'));
    writeFileSync(join(dir, 'backups', 'double.care-backup.tar.gz'), gzipSync(inner));
    const store = await open({ files: 10 });
    await expectRefused(store, 'many.care-backup.tar.gz', /more than 10 files/);
    await expectRefused(store, 'double.care-backup.tar.gz', /format/);
    await store.close();
  });

  it('a legacy backup bigger than its decompressed limit is refused', async () => {
    const files = await seeded();
    writeLegacyBackup(join(dir, 'backups', '20261101-000000-manual.care-backup.json.gz'), [
      ...files,
      { path: 'audit/2026-10.jsonl', bytes: Buffer.alloc(4 * 1024 * 1024, 0x20) },
    ]);
    const store = await open({ legacyBytes: 1024 * 1024 });
    await expectRefused(store, '20261101-000000-manual.care-backup.json.gz', /unreadable|too large/);
    await store.close();
  });
});

describe('an older backup', () => {
  it('is migrated with the store chain before its records and audit entries are checked', async () => {
    const chain: Migration[] = [
      {
        version: 2,
        name: 'rename-person-fields',
        core: (doc) => ({
          ...doc,
          people: (doc.people as { fullName: string }[]).map(({ fullName, ...rest }) => ({
            ...rest,
            name: fullName,
          })),
        }),
        shard: (doc) => doc,
      },
    ];
    const oldPerson = { id: 'p1', fullName: '张三' };
    const core = {
      schemaVersion: 1,
      appliedSeq: 1,
      center: null,
      settings: { language: 'zh-CN' },
      people: [oldPerson],
      stays: [],
    };
    const entry = sealEntry('0'.repeat(64), {
      seq: 1,
      at: clock().toISOString(),
      actor: 'x',
      action: 'add',
      summary: '',
      schemaVersion: 1,
      changes: [{ file: 'core.json', op: 'put', collection: 'people', record: oldPerson }],
    });
    const files: ArchiveFile[] = [
      { path: 'core.json', bytes: Buffer.from(JSON.stringify(core)) },
      { path: 'audit/2026-11.jsonl', bytes: Buffer.from(`${JSON.stringify(entry)}\n`) },
    ];
    mkdirSync(join(dir, 'backups'));
    await writeTestArchive(join(dir, 'backups', 'v1.care-backup.tar.gz'), files);
    const store = await openStore<TestCore>({ dir, schemas: testSchemasV2, migrations: chain, now: clock });
    await store.restoreBackup('v1.care-backup.tar.gz');
    expect(store.core.people).toEqual([{ id: 'p1', name: '张三' }]);
    await store.close();
    // Without the migration the same version-1 records do not fit the version-2 schema: refused.
    const strict = await openStore<TestCore>({
      dir,
      schemas: testSchemasV2,
      migrations: [{ ...chain[0]!, core: (d) => d }],
      now: clock,
    });
    await expect(strict.restoreBackup('v1.care-backup.tar.gz')).rejects.toMatchObject({
      code: 'store.badBackup',
    });
    await strict.close();
  });
});
