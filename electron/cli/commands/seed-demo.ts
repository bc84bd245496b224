import { isIsoDate, toIsoDate } from '../../../shared/domain/dates';
import { DEMO_DEFAULTS, defaultMembers, isEmptyFolder, seedDemo } from '../../core/demo';
import { intOption } from '../args';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';

export async function runSeedDemo(ctx: CliContext): Promise<ExitCode> {
  const { args, m, output } = ctx;
  const seed = intOption(args, 'seed', DEMO_DEFAULTS.seed, 0, 2 ** 31 - 1);
  const years = intOption(args, 'years', DEMO_DEFAULTS.years, 1, 20);
  const beds = intOption(args, 'beds', DEMO_DEFAULTS.beds, 4, 1000);
  for (const option of [seed, years, beds]) {
    if (!option.ok) {
      output.err(m.t(option.problem.key, option.problem.params));
      return EXIT.usage;
    }
  }
  if (!seed.ok || !years.ok || !beds.ok) return EXIT.usage;
  const members = intOption(args, 'members', defaultMembers(beds.value), 0, 1000);
  if (!members.ok) {
    output.err(m.t(members.problem.key, members.problem.params));
    return EXIT.usage;
  }
  const today = args.values.today ?? toIsoDate(new Date());
  if (!isIsoDate(today)) {
    output.err(m.t('usage.badDate', { option: '--today', value: today }));
    return EXIT.usage;
  }

  output.out(m.t('common.dataDir', { dir: ctx.dataDir }));
  if (!(await isEmptyFolder(ctx.dataDir))) {
    output.err(m.t('seed.notEmpty', { dir: ctx.dataDir }));
    if (args.switches.force) output.err(m.t('seed.forceRefused'));
    return EXIT.failed;
  }
  output.out(
    m.t('seed.planning', {
      seed: seed.value,
      years: years.value,
      beds: beds.value,
      members: members.value,
      today,
    }),
  );
  const started = performance.now();
  const result = await seedDemo(ctx.dataDir, {
    seed: seed.value,
    years: years.value,
    beds: beds.value,
    members: members.value,
    today,
  });
  output.out(
    m.t('seed.done', {
      people: result.people,
      staff: result.staff,
      beds: result.beds,
      records: result.records,
      batches: result.batches,
      seconds: ((performance.now() - started) / 1000).toFixed(1),
    }),
  );
  output.out(m.t('seedAccounts.title'));
  for (const account of result.accounts) output.out(m.t('seedAccounts.line', account));
  return EXIT.ok;
}
