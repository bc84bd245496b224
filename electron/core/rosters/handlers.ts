import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { localNow } from '../rounds';
import { applyPattern, copyRange, setCells, swap } from './change-service';
import { coverOfRange } from './cover';
import { exportRosterXlsx } from './export-service';
import { rosterDeps } from './deps';
import { rosterGrid } from './grid-service';
import { holidaysOfYear, saveHolidays } from './holidays-service';
import { onDutyAt } from './on-duty';
import { publishMonth } from './publish-service';
import { saveRules } from './rules-service';

export function rostersHandlers(ctx: HandlerContext): FeatureHandlers<'rosters'> {
  const deps = rosterDeps(ctx);
  const core = () => ctx.store().core;
  return {
    'rosters.grid': (input) => rosterGrid(deps, input),
    'rosters.setCells': (input) => setCells(deps, input),
    'rosters.applyPattern': (input) => applyPattern(deps, input),
    'rosters.copy': (input) => copyRange(deps, input),
    'rosters.swap': (input) => swap(deps, input),
    'rosters.publish': (input) => publishMonth(deps, input),
    'rosters.cover': (input) => coverOfRange(ctx.store(), input.from, input.to, localNow(deps).date),
    'rosters.onDuty': () => onDutyAt(ctx.store(), localNow(deps).stamp),
    'rosters.holidays': (input) => Promise.resolve(holidaysOfYear(core(), input.year)),
    'rosters.saveHolidays': (input) => saveHolidays(deps, input),
    'rosters.exportXlsx': (input) => exportRosterXlsx(deps, input, ctx.languages.current()),
    'rosters.rules': () => Promise.resolve(core().settings.rosterRules),
    'rosters.saveRules': (input) => saveRules(deps, input),
  };
}
