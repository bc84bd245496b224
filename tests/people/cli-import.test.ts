import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Output } from '../../electron/cli/output';
import { runCli } from '../../electron/cli/run';
import { hashTree } from '../ipc/helpers';
import { encodeGbk } from './files';
import { idNumber, openTestApp, personInput } from './helpers';
import type { TestApp } from './helpers';

async function care(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(args, env, output);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('care import people', () => {
  let app: TestApp;
  let dataDir: string;
  let file: string;

  beforeEach(async () => {
    // Prepare a data folder with one person, then close it so the command line can take the lock.
    app = await openTestApp();
    await app.ok('people.create', personInput('王德福', '19420202', '031'));
    dataDir = app.dir;
    await app.session.close();
    file = path.join(dataDir, '..', `import-${path.basename(dataDir)}.csv`);
    const csv = [
      '姓名,性别,出生日期,身份证号,联系电话,村',
      `张三丰,男,1940-03-12,${idNumber('19400312', '011')},13800001111,青山村`,
      `王德福,男,1942-02-02,${idNumber('19420202', '031')},,`,
      `,女,1950-01-01,${idNumber('19500101', '022')},,`,
      `李坏号,男,1950-01-01,110105195001010110,,`,
    ].join('\r\n');
    await fs.writeFile(file, encodeGbk(csv));
  });
  afterEach(async () => {
    await fs.rm(file, { force: true });
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('--dry-run prints kept and refused rows with reasons and writes nothing', async () => {
    const before = await hashTree(dataDir);
    const result = await care(['import', 'people', file, '--dry-run', '--data', dataDir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('第 2 行 张三丰：可以导入');
    expect(result.stdout).toMatch(/第 3 行 王德福：不导入 —— .*王德福.*身份证号/);
    expect(result.stdout).toContain('第 4 行 （无姓名）：不导入 —— 姓名没有填写');
    expect(result.stdout).toMatch(/第 5 行 李坏号：不导入 —— .*校验/);
    expect(result.stdout).toContain('试运行：1 行可以导入，3 行有问题。没有写入任何数据。');
    expect(await hashTree(dataDir)).toEqual(before);
  });

  it('imports the good rows and reports in English with --lang en', async () => {
    const result = await care(['import', 'people', file, '--data', dataDir, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Row 2 张三丰: will be imported');
    expect(result.stdout).toMatch(/Row 4 \(no name\): refused — Name is missing/);
    expect(result.stdout).toContain('Imported 1 rows; 3 rows with problems were not imported.');
    const core = JSON.parse(await fs.readFile(path.join(dataDir, 'core.json'), 'utf8')) as {
      people: { name: string }[];
    };
    expect(core.people.map((p) => p.name).sort()).toEqual(['张三丰', '王德福'].sort());
  });

  it('refuses a file without a recognised name column, saying so once, and writes nothing', async () => {
    await fs.writeFile(file, `老人名,身份证号\r\n张三丰,${idNumber('19400312', '011')}\r\n`);
    const before = await hashTree(dataDir);
    const result = await care(['import', 'people', file, '--data', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('没有找到“姓名”这一列');
    expect(result.stdout).not.toContain('第 2 行');
    expect(await hashTree(dataDir)).toEqual(before);
  });

  it('refuses an unknown saved mapping and bad usage', async () => {
    const missing = await care([
      'import',
      'people',
      file,
      '--mapping',
      '不存在',
      '--data',
      dataDir,
      '--dry-run',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('不存在');
    const usage = await care(['import', 'people']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('import people');
  });
});
