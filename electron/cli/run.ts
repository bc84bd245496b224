import { resolve } from 'node:path';
import { defaultDataDir } from '../core/paths';
import { isCareError } from '../../shared/errors';
import { parseArgs, type ParsedArgs } from './args';
import { languageFrom, messenger, type Messenger } from './messages';
import { EXIT, type ExitCode, type Output } from './output';
import { printHelp } from './commands/help';

export interface CliContext {
  args: ParsedArgs;
  dataDir: string;
  m: Messenger;
  output: Output;
}

type CommandRunner = (ctx: CliContext) => Promise<ExitCode>;

/** Commands load lazily so `--help` and usage errors never open the store. */
const RUNNERS: Record<Exclude<ParsedArgs['command'], 'help'>, () => Promise<CommandRunner>> = {
  'seed-demo': async () => (await import('./commands/seed-demo')).runSeedDemo,
  verify: async () => (await import('./commands/verify')).runVerify,
  backup: async () => (await import('./commands/backup')).runBackup,
  restore: async () => (await import('./commands/restore')).runRestore,
  stats: async () => (await import('./commands/stats')).runStats,
  occupancy: async () => (await import('./commands/occupancy')).runOccupancy,
  roster: async () => (await import('./commands/roster')).runRoster,
};

export function resolveDataDirOption(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag !== undefined) return resolve(flag);
  const fromEnv = env.CARE_DATA_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : defaultDataDir();
}

/**
 * The whole command line as a function: argv (without node and script) in,
 * exit code out. Expected failures (CareError: locked store, read-only, bad
 * file, disk full) become one translated line; only a real bug shows a stack,
 * and only when CARE_DEBUG is set.
 */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: Output,
  /** Standard input, for `--password-stdin` (tests hand it in). */
  input?: () => Promise<string>,
): Promise<ExitCode> {
  if (argv[0] === 'users')
    return runGuarded(env, output, async () =>
      (await import('./commands/users')).runUsersCommand(argv.slice(1), env, output, input),
    );
  if (argv[0] === 'import')
    return (await import('./commands/import-people')).runImportCommand(argv.slice(1), env, output);
  const parsed = parseArgs(argv);
  const flagLang = parsed.ok ? parsed.args.values.lang : parsed.lang;
  const language = languageFrom(flagLang, env);
  if (language === null) {
    const m = messenger(languageFrom(undefined, env) ?? 'zh-CN');
    output.err(m.t('usage.badLang', { value: flagLang ?? '' }));
    output.err(m.t('usage.seeHelp'));
    return EXIT.usage;
  }
  const m = messenger(language);
  if (!parsed.ok) {
    output.err(m.t(parsed.problem.key, parsed.problem.params));
    output.err(m.t('usage.seeHelp'));
    return EXIT.usage;
  }
  const { args } = parsed;
  if (args.command === 'help' || args.switches.help) {
    printHelp(m, output);
    return EXIT.ok;
  }
  const ctx: CliContext = { args, dataDir: resolveDataDirOption(args.values.data, env), m, output };
  try {
    const runner = await RUNNERS[args.command]();
    return await runner(ctx);
  } catch (err) {
    if (isCareError(err)) {
      output.err(m.t('common.failed', { message: m.error(err) }));
    } else {
      output.err(m.t('common.unexpected', { message: m.error(err) }));
      if (env.CARE_DEBUG && err instanceof Error && err.stack) output.err(err.stack);
    }
    return EXIT.failed;
  }
}

/** A command with its own parser: a CareError it did not handle (locked folder…) still exits 1 with one line. */
async function runGuarded(
  env: NodeJS.ProcessEnv,
  output: Output,
  run: () => Promise<ExitCode>,
): Promise<ExitCode> {
  try {
    return await run();
  } catch (err) {
    const m = messenger(languageFrom(undefined, env) ?? 'zh-CN');
    output.err(m.t(isCareError(err) ? 'common.failed' : 'common.unexpected', { message: m.error(err) }));
    if (env.CARE_DEBUG && err instanceof Error && err.stack) output.err(err.stack);
    return EXIT.failed;
  }
}
