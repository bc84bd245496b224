import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';

// TEMPORARY placeholder so the contract compiles while the roster core is built on its branch.
function notBuilt(): never {
  throw new Error('rosters: not built yet');
}

export function rostersHandlers(_ctx: HandlerContext): FeatureHandlers<'rosters'> {
  return {
    'rosters.grid': notBuilt,
    'rosters.setCells': notBuilt,
    'rosters.applyPattern': notBuilt,
    'rosters.copy': notBuilt,
    'rosters.swap': notBuilt,
    'rosters.publish': notBuilt,
    'rosters.cover': notBuilt,
    'rosters.onDuty': notBuilt,
    'rosters.holidays': notBuilt,
    'rosters.saveHolidays': notBuilt,
    'rosters.rules': notBuilt,
    'rosters.saveRules': notBuilt,
  };
}
