import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Output } from '../../electron/cli/output';
import { removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

async function users(args: string[], stdin = '', lang = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(['users', ...args, '--lang', lang], {}, output, () => Promise.resolve(stdin));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('care users', () => {
  it('adds, lists, resets and disables accounts, naming the OS user in the audit', async () => {
    const dir = await tempDir('users');
    const add = await users(
      ['add', 'Owner', '--display-name', '院长', '--role', 'admin', '--password-stdin', '--data', dir],
      'Paper-Lantern-19\n',
    );
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain('owner');
    const second = await users(
      ['add', 'nurse-li', '--display-name', '李护士', '--role', 'staff', '--password-stdin', '--data', dir],
      'Night-Shift-2024\n',
    );
    expect(second.code).toBe(0);

    const list = await users(['list', '--json', '--data', dir]);
    const listed = JSON.parse(list.stdout) as { username: string; role: string; active: boolean }[];
    expect(listed.map((u) => [u.username, u.role, u.active])).toEqual([
      ['nurse-li', 'staff', true],
      ['owner', 'admin', true],
    ]);
    expect(list.stdout).not.toContain('hash');

    expect(
      (await users(['reset-password', 'nurse-li', '--password-stdin', '--data', dir], 'Morning-Tea-77')).code,
    ).toBe(0);
    expect((await users(['disable', 'nurse-li', '--data', dir])).code).toBe(0);
    // The last active administrator stays.
    const refused = await users(['disable', 'owner', '--data', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('last active administrator');

    const audit = (
      await Promise.all(
        (await readdir(join(dir, 'audit'))).map((f) => readFile(join(dir, 'audit', f), 'utf8')),
      )
    ).join('');
    const lines = audit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { actor: string; action: string });
    expect(new Set(lines.map((l) => l.actor))).toEqual(new Set([os.userInfo().username]));
    expect(lines.map((l) => l.action)).toContain('users.passwordReset');
    for (const secret of ['Paper-Lantern-19', 'Night-Shift-2024', 'Morning-Tea-77'])
      expect(audit).not.toContain(secret);
  });

  it('refuses common passwords, unknown roles and missing options with the CLI exit codes', async () => {
    const dir = await tempDir('users-bad');
    const common = await users(
      ['add', 'owner', '--display-name', 'O', '--role', 'admin', '--password-stdin', '--data', dir],
      '12345678',
    );
    expect(common.code).toBe(1);
    expect(common.stderr).toMatch(/common/i);
    expect(
      (
        await users([
          'add',
          'owner',
          '--display-name',
          'O',
          '--role',
          'boss',
          '--password-stdin',
          '--data',
          dir,
        ])
      ).code,
    ).toBe(2);
    expect((await users(['add', 'owner', '--role', 'admin', '--data', dir])).code).toBe(2);
    expect(
      (await users(['reset-password', 'nobody', '--password-stdin', '--data', dir], 'Some-Long-Pass-1')).code,
    ).toBe(1);
    const zh = await users(['disable', 'nobody', '--data', dir], '', 'zh-CN');
    expect(zh.stderr).toContain('找不到这个账号');
  });
});
