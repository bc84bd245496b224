import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { runCli } from '../../electron/cli/run';
import type { Output } from '../../electron/cli/output';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TODAY = '2026-11-15';
export const SMALL = ['--years', '1', '--beds', '20', '--seed', '7', '--today', TODAY];

const made: string[] = [];
export async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `care-cli-${label}-`));
  made.push(dir);
  return dir;
}
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line in this process: quick, for checks that do not need a real exit. */
export async function care(
  args: string[],
  env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' },
): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(args, env, output);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The command line as users run it: a separate Node process, real exit code and streams. */
export function careProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/care.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** sha256 of every data file (core, month files, audit log), by relative path. */
export async function dataFingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(json|jsonl)$/.test(entry.name)) {
        out[relative(dir, path).split('\\').join('/')] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      }
    }
  };
  await walk(dir);
  return out;
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}
