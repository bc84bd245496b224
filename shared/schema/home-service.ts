/** Shard kind `visits`: home-service visits by type. */
import { z } from 'zod';
import { CareRecordBaseShape, IdSchema, IsoDateSchema, text } from './common';
import { E, V } from './messages';

/** 助餐 助洁 助浴 助医 助行 康复 巡访关爱 */
export const VISIT_SERVICE_TYPES = [
  'meals',
  'cleaning',
  'bathing',
  'medical',
  'walking',
  'rehab',
  'welfareVisit',
] as const;
export type VisitServiceType = (typeof VISIT_SERVICE_TYPES)[number];

export const VisitSchema = z.object(
  {
    ...CareRecordBaseShape,
    personId: IdSchema,
    date: IsoDateSchema,
    serviceType: z.enum(VISIT_SERVICE_TYPES, E),
    staffIds: z.array(IdSchema, E).min(1, { error: V.required, abort: true }).max(10, { error: V.tooMany }),
    durationMinutes: z
      .number(E)
      .int({ error: V.notInteger })
      .min(1, { error: V.tooSmall })
      .max(1440, { error: V.tooLarge }),
    notes: text(2000),
  },
  E,
);
export type Visit = z.infer<typeof VisitSchema>;
