import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { rosterDeps } from './deps';
import { rosterGrid } from './grid-service';
import { holidaysOfYear, saveHolidays } from './holidays-service';
import { saveRules } from './rules-service';
import { setCells } from './change-service';

function notBuilt(): never {
  throw new Error('rosters: not built yet');
}

export function rostersHandlers(ctx: HandlerContext): FeatureHandlers<'rosters'> {
  const deps = rosterDeps(ctx);
  const core = () => ctx.store().core;
  return {
    'rosters.grid': (input) => rosterGrid(deps, input),
    'rosters.setCells': (input) => setCells(deps, input),
    'rosters.applyPattern': notBuilt,
    'rosters.copy': notBuilt,
    'rosters.swap': notBuilt,
    'rosters.publish': notBuilt,
    'rosters.cover': notBuilt,
    'rosters.onDuty': notBuilt,
    'rosters.holidays': (input) => Promise.resolve(holidaysOfYear(core(), input.year)),
    'rosters.saveHolidays': (input) => saveHolidays(deps, input),
    'rosters.rules': () => Promise.resolve(core().settings.rosterRules),
    'rosters.saveRules': (input) => saveRules(deps, input),
  };
}
