/**
 * Backup and restore memory with a large folder: the demo center plus about
 * 1 GB of photos (random bytes behind a JPEG header, so they do not compress,
 * like real photos) and two years of older audit log. Each operation runs in a
 * fresh process; its peak resident memory above the open store is what must
 * stay flat, whatever the folder's size. The folder lives in a temp dir that is
 * removed at the end.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../electron/core/demo';
import { sealEntry } from '../../electron/core/store/audit';
import type { AuditEntry } from '../../electron/core/store';
import { localToday } from './check-in';
import { mb } from './timing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PHOTO_BYTES = 2 * 1024 * 1024;
const OLD_AUDIT_MONTHS = 24;
/** The large folder (about 1 GB) and a quarter of it, to show that memory does not follow size. */
const SIZES = [
  { photos: 100, auditBytes: 50 * 1024 * 1024 },
  { photos: 400, auditBytes: 200 * 1024 * 1024 },
] as const;
const TARGET_GROWTH = 200 * 1024 * 1024;

interface Probe {
  name: string;
  seconds: number;
  baseRss: number;
  baseHeap: number;
  peakRss: number;
  peakHeap: number;
  readOnly: string | null;
}

function runProbe(args: string[]): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/backup-probe.ts', ...args], {
      cwd: ROOT,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`backup-probe exited ${code}: ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Probe);
    });
  });
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const periodBefore = (period: string, months: number): string => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 - months, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/**
 * Put two years of older audit months in front of the demo's log, as a center
 * that has run for years has: entries without changes (the chain and the
 * validation still walk every one), then the demo's own entries re-sealed after
 * them, and every data file's appliedSeq moved on by as many.
 */
async function prependAudit(dir: string, auditBytes: number): Promise<void> {
  const auditDir = join(dir, 'audit');
  const months = (await readdir(auditDir)).filter((n) => n.endsWith('.jsonl')).sort();
  const first = (months[0] ?? `${localToday().slice(0, 7)}.jsonl`).slice(0, 7);
  const perMonth = Math.ceil(auditBytes / OLD_AUDIT_MONTHS / 2200);
  const summary = '定期查房记录：血压、体温、睡眠、饮食、情绪均已记录。'.repeat(30);
  let prev = '0'.repeat(64);
  let seq = 0;
  for (let m = OLD_AUDIT_MONTHS; m >= 1; m--) {
    const period = periodBefore(first, m);
    const lines: string[] = [];
    for (let i = 0; i < perMonth; i++) {
      const entry = sealEntry(prev, {
        seq: ++seq,
        at: new Date(`${period}-01T08:00:00Z`).toISOString(),
        actor: 'bench',
        action: 'rounds.note',
        summary: `${i} ${summary}`,
        schemaVersion: 1,
        changes: [],
      });
      prev = entry.hash;
      lines.push(JSON.stringify(entry));
    }
    await writeFile(join(auditDir, `${period}.jsonl`), `${lines.join('\n')}\n`);
  }
  const shift = seq;
  for (const month of months) {
    const path = join(auditDir, month);
    const resealed = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => {
        const { hash: _hash, prev: _prev, ...body } = JSON.parse(line) as AuditEntry;
        const entry = sealEntry(prev, { ...body, seq: body.seq + shift });
        prev = entry.hash;
        return JSON.stringify(entry);
      });
    await writeFile(path, `${resealed.join('\n')}\n`);
  }
  const documents = ['core.json'];
  for (const kind of await readdir(join(dir, 'records')))
    for (const file of await readdir(join(dir, 'records', kind))) documents.push(`records/${kind}/${file}`);
  for (const relative of documents) {
    const path = join(dir, relative);
    const doc = JSON.parse(await readFile(path, 'utf8')) as { appliedSeq: number };
    if (doc.appliedSeq > 0) doc.appliedSeq += shift;
    await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
  }
}

async function addPhotos(dir: string, count: number): Promise<void> {
  const core = JSON.parse(await readFile(join(dir, 'core.json'), 'utf8')) as { people: { id: string }[] };
  await mkdir(join(dir, 'photos'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const personId = core.people[i % core.people.length]?.id ?? 'p';
    const bytes = randomBytes(PHOTO_BYTES);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    await writeFile(join(dir, 'photos', `${personId}-${randomBytes(6).toString('hex')}.jpg`), bytes);
  }
}

interface Measured {
  total: number;
  photos: number;
  audit: number;
  count: number;
  archive: number;
  backup: Probe;
  restore: Probe;
}

async function measure(root: string, size: (typeof SIZES)[number]): Promise<Measured> {
  const dir = join(root, `center-${size.photos}`);
  await seedDemo(dir, { seed: 7, years: 1, beds: 60, members: 20, today: localToday() });
  await prependAudit(dir, size.auditBytes);
  await addPhotos(dir, size.photos);
  const photos = await bytesUnder(join(dir, 'photos'));
  const audit = await bytesUnder(join(dir, 'audit'));
  const total = await bytesUnder(dir);
  const backup = await runProbe([dir, 'backup']);
  const archive = (await stat(join(dir, 'backups', backup.name))).size;
  const restore = await runProbe([dir, 'restore', backup.name]);
  await rm(dir, { recursive: true, force: true });
  return { total, photos, audit, count: size.photos, archive, backup, restore };
}

/** Answers false when a target fails. */
export async function runBackupBench(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'care-backup-bench-'));
  try {
    process.stdout.write('\nBackup and restore of a large folder (fresh process each)…\n');
    const results: Measured[] = [];
    for (const size of SIZES) results.push(await measure(root, size));
    const growth = (p: Probe): number => p.peakRss - p.baseRss;
    for (const r of results) {
      process.stdout.write(
        `  folder ${mb(r.total)} MB (photos ${mb(r.photos)} MB in ${r.count} files, audit ${mb(r.audit)} MB), archive ${mb(r.archive)} MB: ` +
          `backup +${mb(growth(r.backup))} MB RSS (peak ${mb(r.backup.peakRss)} MB, heap ${mb(r.backup.peakHeap)} MB) in ${r.backup.seconds.toFixed(1)} s; ` +
          `restore +${mb(growth(r.restore))} MB RSS (peak ${mb(r.restore.peakRss)} MB, heap ${mb(r.restore.peakHeap)} MB) in ${r.restore.seconds.toFixed(1)} s\n`,
      );
    }
    process.stdout.write("  (a restore includes its 'before-restore' backup of the same folder)\n");
    const large = results.at(-1) as Measured;
    const rows: [string, string, string, boolean][] = [
      [
        `backup of ${mb(large.total)} MB: peak RSS growth`,
        `${mb(growth(large.backup))} MB in ${large.backup.seconds.toFixed(1)} s`,
        `< ${mb(TARGET_GROWTH)} MB`,
        growth(large.backup) < TARGET_GROWTH,
      ],
      [
        `restore of ${mb(large.total)} MB: peak RSS growth`,
        `${mb(growth(large.restore))} MB in ${large.restore.seconds.toFixed(1)} s`,
        `< ${mb(TARGET_GROWTH)} MB`,
        growth(large.restore) < TARGET_GROWTH && large.restore.readOnly === null,
      ],
    ];
    const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
    for (const [label, value, target, ok] of rows)
      process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${pad(label, 56)}${pad(value, 30)}${target}\n`);
    return rows.every(([, , , ok]) => ok);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!(await runBackupBench())) process.exitCode = 1;
}
