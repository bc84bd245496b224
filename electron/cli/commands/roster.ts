import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isIsoDate, toIsoDate } from '../../../shared/domain/dates';
import { isPeriod } from '../../../shared/domain/period';
import { firstOfMonth, lastOfMonth, mondayOf, sundayOf } from '../../../shared/domain/roster-hours';
import type { CareStore } from '../../core/care-store';
import { rosterGrid } from '../../core/rosters/grid-service';
import { rosterWorkbook } from '../../core/rosters/export-xlsx';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';
import { withStore } from './store-session';

/**
 * `care roster --month YYYY-MM | --week YYYY-MM-DD --xlsx FILE [--json]`: the
 * month's roster, or the Monday-to-Sunday week holding the date, written as
 * the same workbook the app saves. Reads only.
 */
export async function runRoster(ctx: CliContext): Promise<ExitCode> {
  const { m, output, args } = ctx;
  const { month, week, xlsx } = args.values;
  if ((month === undefined) === (week === undefined)) {
    output.err(m.t('usage.rosterPeriod'));
    output.err(m.t('usage.seeHelp'));
    return EXIT.usage;
  }
  if (month !== undefined && !isPeriod(month)) {
    output.err(m.t('usage.rosterPeriod'));
    return EXIT.usage;
  }
  if (week !== undefined && !isIsoDate(week)) {
    output.err(m.t('usage.badDate', { option: '--week', value: week }));
    return EXIT.usage;
  }
  if (xlsx === undefined) {
    output.err(m.t('usage.missingXlsx'));
    output.err(m.t('usage.seeHelp'));
    return EXIT.usage;
  }
  const from = month !== undefined ? firstOfMonth(month) : mondayOf(week as string);
  const to = month !== undefined ? lastOfMonth(month) : sundayOf(week as string);
  const file = resolve(xlsx);
  const result = await withStore(ctx, async (store) => {
    const care = store as unknown as CareStore;
    const deps = {
      store: () => care,
      actor: 'cli',
      now: () => new Date(),
      staffId: () => null,
      user: () => null,
    };
    const grid = await rosterGrid(deps, { from, to });
    const buffer = await rosterWorkbook(grid, {
      center: care.core.center?.name ?? '',
      language: m.language,
      kind: month !== undefined ? 'month' : 'week',
      today: toIsoDate(new Date()),
    });
    await writeFile(file, buffer);
    return { file, from, to, staff: grid.rows.length, published: grid.month?.version ?? null };
  });
  if (args.switches.json) output.out(JSON.stringify(result, null, 2));
  else
    output.out(
      m.t('roster.written', { file: result.file, from: result.from, to: result.to, staff: result.staff }),
    );
  return EXIT.ok;
}
