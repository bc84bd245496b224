/** Remembered column mappings of the import screens (which file column fills which field). */
import { z } from 'zod';
import { RecordBaseShape, requiredText } from './common';
import { E, V } from './messages';

export const ImportMappingRecordSchema = z.object(
  {
    ...RecordBaseShape,
    /** Name the user gave it, e.g. "民政局花名册"; unique per target. */
    name: requiredText(50),
    /** What the import creates; only people today. */
    target: z.enum(['people'], E),
    /** Column title → field key, or null for a column that is not imported. */
    columns: z
      .record(
        z.string(E).max(100, { error: V.tooLong }),
        z.string(E).max(40, { error: V.tooLong }).nullable(),
        E,
      )
      .refine((columns) => Object.keys(columns).length <= 200, { error: V.tooMany }),
  },
  E,
);
export type ImportMappingRecord = z.infer<typeof ImportMappingRecordSchema>;
