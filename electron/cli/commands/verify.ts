import { stat } from 'node:fs/promises';
import { translate } from '../../../shared/i18n/translate';
import { referentialChecks } from '../../core/checks';
import { verifyStore, type VerifyProblem } from '../../core/store';
import type { Messenger } from '../messages';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';

/** Referential codes live in the cli catalogue; the store's own codes in the errors namespace. */
export function describeProblem(m: Messenger, problem: VerifyProblem): string {
  if (problem.code.startsWith('checks.')) return m.t(problem.code, problem.params);
  return translate(m.language, problem.code, problem.params);
}

export async function runVerify(ctx: CliContext): Promise<ExitCode> {
  const { m, output, dataDir } = ctx;
  output.out(m.t('verify.checking', { dir: dataDir }));
  try {
    if (!(await stat(dataDir)).isDirectory()) throw new Error('not a folder');
  } catch {
    output.err(m.t('common.noData', { dir: dataDir }));
    return EXIT.failed;
  }
  const result = await verifyStore(dataDir, { extraChecks: referentialChecks(dataDir) });
  if (ctx.args.switches.json) {
    output.out(
      JSON.stringify(
        { ok: result.ok, problems: result.problems.map((p) => ({ ...p, message: describeProblem(m, p) })) },
        null,
        2,
      ),
    );
    return result.ok ? EXIT.ok : EXIT.failed;
  }
  for (const problem of result.problems) {
    output.out(m.t('verify.problem', { file: problem.file, message: describeProblem(m, problem) }));
  }
  output.out(result.ok ? m.t('verify.ok') : m.t('verify.failed', { count: result.problems.length }));
  return result.ok ? EXIT.ok : EXIT.failed;
}
