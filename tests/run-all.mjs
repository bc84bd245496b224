#!/usr/bin/env node
// Runs every check the project has (types, lint, formatting, build, unit and end-to-end tests) and ends with
// one line "N passed, N failed" totalling them. Each check runs even if an earlier one failed, so
// one report shows everything that is wrong. Extra arguments are passed to vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// Node refuses to spawn .cmd files without a shell (since 20.12.2).
const shell = process.platform === 'win32';
let passed = 0;
let failed = 0;

function step(name, args) {
  console.log(`\n▶ ${name}: ${args.join(' ')}`);
  const result = spawnSync(npx, args, { stdio: 'inherit', shell });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${name} failed (exit ${result.status ?? result.signal}) ${result.error?.message ?? ''}`);
  }
  return result.status === 0;
}

step('typecheck', ['tsc', '-b', 'tsconfig.json', '--pretty', 'false']);
step('lint', ['eslint', '.', '--max-warnings', '0']);
step('format', ['prettier', '--check', '.', '--log-level', 'warn']);
const built = step('build', ['electron-vite', 'build']);
if (!built) console.log('The end-to-end tests need the build; they will fail too.');

const reportDir = mkdtempSync(join(tmpdir(), 'care-test-report-'));
const reportFile = join(reportDir, 'vitest.json');
const vitest = spawnSync(
  npx,
  [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', shell },
);
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that fails to load has no tests to count; count it as a failure so it cannot hide.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else {
  failed += 1;
  console.log(`✖ vitest produced no report (exit ${vitest.status ?? vitest.signal})`);
}
rmSync(reportDir, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
