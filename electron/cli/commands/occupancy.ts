import { isIsoDate } from '../../../shared/domain/dates';
import type { CoreDoc } from '../../../shared/schema';
import { occupancyRows } from '../../core/beds';
import { EXIT, type ExitCode } from '../output';
import type { CliContext } from '../run';
import { withStore } from './store-session';

/**
 * `care occupancy --at YYYY-MM-DD [--json]`: every occupied bed at the census
 * of that day (shared/domain/census.ts), read without changing anything.
 */
export async function runOccupancy(ctx: CliContext): Promise<ExitCode> {
  const { m, output, args } = ctx;
  const at = args.values.at;
  if (at === undefined) {
    output.err(m.t('usage.missingAt'));
    output.err(m.t('usage.seeHelp'));
    return EXIT.usage;
  }
  if (!isIsoDate(at)) {
    output.err(m.t('usage.badDate', { option: '--at', value: at }));
    return EXIT.usage;
  }
  const rows = await withStore(ctx, (store) =>
    Promise.resolve(occupancyRows(store.core as unknown as CoreDoc, at)),
  );
  if (args.switches.json) {
    output.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  output.out(m.t('occupancy.title', { date: at }));
  if (rows.length === 0) output.out(m.t('occupancy.none'));
  for (const row of rows) {
    output.out(
      m.t('occupancy.line', {
        building: row.buildingName,
        room: row.roomName,
        bed: row.bedLabel,
        name: row.personName,
        status: m.t(`occupancy.status.${row.status}`),
      }),
    );
  }
  const of = (status: string) => rows.filter((r) => r.status === status).length;
  output.out(
    m.t('occupancy.total', {
      total: rows.length,
      inHouse: of('inHouse'),
      leave: of('leave'),
      hospital: of('hospital'),
    }),
  );
  return EXIT.ok;
}
