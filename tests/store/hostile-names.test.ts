import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type AuditEntry, type Change } from '../../electron/core/store';
import { sealEntry } from '../../electron/core/store/audit';
import { isKnownChangeFile } from '../../electron/core/store/change-check';
import { isDataFilePath } from '../../electron/core/store/data-files';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { person, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const open = () =>
  openStore<TestCore>({ dir, schemas: testSchemas, now: () => new Date(2026, 10, 15, 9, 30) });
const auditPath = join('audit', '2026-11.jsonl');

/** Append an entry as anyone could: the chain is plain sha256, recomputed from the last line. */
function forgeEntry(changes: unknown[]): void {
  const lines = readFileSync(join(dir, auditPath), 'utf8').trimEnd().split('\n');
  const last = JSON.parse(lines.at(-1)!) as AuditEntry;
  const entry = sealEntry(last.hash, {
    seq: last.seq + 1,
    at: new Date().toISOString(),
    actor: 'x',
    action: 'forged',
    summary: '',
    schemaVersion: 1,
    changes: changes as Change[],
  });
  writeFileSync(join(dir, auditPath), [...lines, JSON.stringify(entry), ''].join('\n'));
}

describe('names that are not what they seem', () => {
  it.each([
    [
      'a shard kind',
      {
        file: 'records/constructor/2026-11.json',
        op: 'putShard',
        kind: 'constructor',
        period: '2026-11',
        record: { id: 'a' },
      },
    ],
    [
      'a shard kind',
      {
        file: 'records/toString/2026-11.json',
        op: 'putShard',
        kind: 'toString',
        period: '2026-11',
        record: { id: 'a' },
      },
    ],
    ['a collection', { file: 'core.json', op: 'put', collection: 'toString', record: { id: 'a' } }],
    ['a singleton', { file: 'core.json', op: 'set', singleton: 'valueOf', value: {} }],
  ])('an Object member as %s in the log is refused by name at open (%#)', async (_, change) => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    await store.close();
    const before = readFileSync(join(dir, 'core.json'));
    forgeEntry([change]);
    const reopened = await open();
    expect(reopened.readOnly).toMatchObject({
      reason: 'auditBroken',
      files: [{ file: 'audit/2026-11.jsonl', problem: 'unsafeChange' }],
    });
    await reopened.close();
    expect(readFileSync(join(dir, 'core.json'))).toEqual(before);
  });

  it('refuses an Object member as a kind, collection or singleton in a change, with the store’s own error', async () => {
    const store = await open();
    await expect(
      store.mutate(
        { actor: 'x', action: 'add' },
        (tx) => void tx.put({ kind: 'constructor', period: '2026-11' }, { id: 'a' }),
      ),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^store\./) as unknown });
    await expect(
      store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'toString', person('a'))),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^store\./) as unknown });
    await store.close();
  });

  it.each(['CON', 'con', 'Prn', 'aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lPt0'])(
    'never takes the Windows device name %s for a photo or a shard kind, in restore or replay',
    (name) => {
      expect(isDataFilePath(`photos/${name}.jpg`)).toBe(false);
      expect(isDataFilePath(`photos/${name}.png`)).toBe(false);
      expect(isDataFilePath(`records/${name}/2026-11.json`)).toBe(false);
      expect(isKnownChangeFile({ file: `records/${name}/2026-11.json` })).toBe(false);
    },
  );

  it('still takes names that only begin like a device name', () => {
    for (const name of ['CONSOLE', 'com10', 'auxx', 'nul1-x', 'LPT', 'p1-COM1']) {
      expect(isDataFilePath(`photos/${name}.jpg`)).toBe(true);
      if (/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        expect(isDataFilePath(`records/${name}/2026-11.json`)).toBe(true);
        expect(isKnownChangeFile({ file: `records/${name}/2026-11.json` })).toBe(true);
      }
    }
  });
});
