import { Census } from './census';
import { createContext, type DemoContext } from './context';
import { generateDailyLogs } from './daily-logs';
import { makeHolidays, publishRosterMonths } from './rosters';
import { generateDayCare } from './day-care';
import { generateHomeService } from './home-service';
import { demoShape, type DemoOptions } from './options';
import type { Batch } from './plan';
import { generateResidential } from './residential';
import {
  makeCenter,
  makeDayCodes,
  makeFacility,
  makeNetwork,
  makeShiftTemplates,
  makeStaff,
  makeSubsidyTypes,
} from './setup';

export interface DemoSummary {
  people: number;
  staff: number;
  beds: number;
  records: number;
}

export interface DemoPlan {
  batches: Batch[];
  summary: DemoSummary;
}

/**
 * Build the whole demo center in memory, deterministically from the options:
 * the same seed, sizes and `today` always give the same records, ids and timestamps.
 */
export function generateDemo(options: DemoOptions): DemoPlan {
  const shape = demoShape(options);
  const base = createContext(shape);
  const staff = makeStaff(base);
  const ctx: DemoContext = { ...base, staff };
  const dayCareBeds = Math.max(2, Math.ceil(options.members / 2));
  makeCenter(ctx, staff.director, dayCareBeds);
  const { beds } = makeFacility(ctx);
  makeShiftTemplates(ctx);
  makeDayCodes(ctx);
  const network = makeNetwork(ctx);
  makeSubsidyTypes(ctx);

  const census = new Census(ctx.start, ctx.today);
  generateResidential(ctx, beds, network, census);
  generateDayCare(ctx);
  generateHomeService(ctx);
  const holidays = makeHolidays(ctx);
  generateDailyLogs(
    ctx,
    census,
    options.beds - Math.floor(options.beds / 3) > 0 && Math.floor(options.beds / 3) > 0 ? 2 : 1,
    new Map(holidays.map((h) => [h.date, h.kind])),
  );
  publishRosterMonths(ctx);

  const batches = ctx.plan.build();
  const people = new Set<string>();
  let records = 0;
  for (const batch of batches) {
    for (const put of batch.core) if (put.collection === 'people') people.add(put.record.id);
    records += batch.shards.length;
  }
  const coreIds = new Set<string>();
  for (const batch of batches) for (const put of batch.core) coreIds.add(put.record.id);
  return {
    batches,
    summary: {
      people: people.size,
      staff: staff.all.length,
      beds: beds.length,
      records: records + coreIds.size,
    },
  };
}
