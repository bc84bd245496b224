import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store';
import type { CoreDoc } from '../../shared/schema';
import { SMALL, careProcess, removeTempDirs, tempDir } from './helpers';

/** A stack trace would show lines like "    at foo (file.ts:1:2)". */
const STACK = /^\s+at /m;

afterAll(removeTempDirs);

describe('care usage (separate process)', () => {
  it.each([
    [['frobnicate'], '未知命令“frobnicate”'],
    [['verify', '--wat'], '未知选项“--wat”'],
    [['seed-demo', '--years', 'many'], '选项 --years 的值“many”无效'],
    [['restore'], '命令 restore 缺少参数'],
    [['backup', '--years', '2'], '命令 backup 不接受选项 --years'],
    [['verify', '--lang', 'fr'], '不支持的语言“fr”'],
    [[], '没有指定命令'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await careProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('prints help in Chinese by default and in English with --lang en or an English locale', async () => {
    const zh = await careProcess(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：npm run care -- <命令> [选项]');
    const en = await careProcess(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: npm run care -- <command> [options]');
    // Every command is listed, the ones county IT uses to get back in included.
    for (const command of [
      'seed-demo',
      'verify',
      'backup',
      'restore',
      'stats',
      'occupancy',
      'import people',
      'users add',
      'users reset-password',
      'users disable',
    ]) {
      expect(en.stdout).toContain(command);
    }
    const fromEnv = await careProcess(['help'], { LANG: 'en_US.UTF-8' });
    expect(fromEnv.stdout).toContain('Commands:');
    const overridden = await careProcess(['help', '--lang', 'zh-CN'], { LC_ALL: 'en_US.UTF-8' });
    expect(overridden.stdout).toContain('命令：');
  });
});

describe('backup and restore (separate process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('roundtrip');
    const seeded = await careProcess(['seed-demo', '--data', dir, ...SMALL]);
    expect(seeded.code, seeded.stderr).toBe(0);
  });

  it('backs up, copies with --out, and restores the data as it was', async () => {
    const usb = await tempDir('usb');
    const backup = await careProcess(['backup', '--data', dir, '--out', usb, '--lang', 'en']);
    expect(backup.code, backup.stderr).toBe(0);
    const [copy] = await readdir(usb);
    expect(copy).toMatch(/-manual\.care-backup\.tar\.gz$/);
    expect(backup.stdout).toContain(`Copied to: ${join(usb, copy!)}`);

    // A change made after the backup must be gone after the restore.
    const store = await openStore({ dir });
    const before = (store.core as unknown as CoreDoc).people.length;
    await store.mutate({ actor: 'test', action: 'test.addStaff' }, (tx) => {
      const someone = (tx.core as unknown as CoreDoc).staff[0]!;
      tx.put('core', 'staff', { ...someone, id: 'added-after-backup-01', name: '后来者' });
    });
    await store.close();

    const restore = await careProcess(['restore', join(usb, copy!), '--data', dir, '--lang', 'en']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/before-restore\.care-backup\.tar\.gz/);

    const reopened = await openStore({ dir });
    const core = reopened.core as unknown as CoreDoc;
    expect(core.staff.some((s) => s.id === 'added-after-backup-01')).toBe(false);
    expect(core.people.length).toBe(before);
    await reopened.close();

    const verify = await careProcess(['verify', '--data', dir]);
    expect(verify.code).toBe(0);
  });

  it('refuses a damaged backup file with a clear message and no stack trace', async () => {
    const bogus = join(await tempDir('bogus'), 'x.care-backup.json.gz');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(bogus, 'not a backup');
    const result = await careProcess(['restore', bogus, '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is damaged or not a backup of this app');
    expect(result.stderr).not.toMatch(STACK);
    const missing = await careProcess(['restore', join(dir, 'nope.gz'), '--data', dir, '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('not found');
  });

  it('reports a locked data folder clearly while another program holds it', async () => {
    const store = await openStore({ dir });
    try {
      const result = await careProcess(['stats', '--data', dir, '--lang', 'en']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('The data is in use by another program');
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      await store.close();
    }
  });

  it('prints statistics per collection and per shard kind', async () => {
    const result = await careProcess(['stats', '--data', dir], {
      CARE_DATA_DIR: '/ignored/when/--data/given',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/people：\d+/);
    expect(result.stdout).toMatch(/attendance：\d+ 个月份，\d+ 条记录/);
    expect(result.stdout).toMatch(/审计日志：\d+ 条/);
  });

  it('takes the data folder from CARE_DATA_DIR when --data is absent', async () => {
    const result = await careProcess(['verify', '--lang', 'en'], { CARE_DATA_DIR: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Checking ${dir}`);
  });
});
