/** Monthly returns to civil affairs: draft while editable, locked once submitted. */
import { z } from 'zod';
import { IsoDateTimeSchema, PeriodSchema, RecordBaseShape, requiredText, text } from './common';
import { E, V } from './messages';

/** Nested numeric figures (beds.residential, serviceTimes.meals, …): the layout is the report's business. */
export type Figures = { [key: string]: number | Figures };
export const FiguresSchema: z.ZodType<Figures> = z.lazy(() =>
  z.record(z.string(E), z.union([z.number(E), FiguresSchema], E), E),
);

export const RETURN_STATUSES = ['draft', 'submitted'] as const;

export const MonthlyReturnSchema = z
  .object(
    {
      ...RecordBaseShape,
      period: PeriodSchema,
      status: z.enum(RETURN_STATUSES, E),
      figures: FiguresSchema,
      notes: text(2000).optional(),
      submittedAt: IsoDateTimeSchema.nullable(),
      submittedBy: requiredText(64).nullable(),
    },
    E,
  )
  .superRefine((r, ctx) => {
    if (r.status !== 'submitted') return;
    if (!r.submittedAt)
      ctx.addIssue({ code: 'custom', message: V.monthlyReturn.submissionRequired, path: ['submittedAt'] });
    if (!r.submittedBy)
      ctx.addIssue({ code: 'custom', message: V.monthlyReturn.submissionRequired, path: ['submittedBy'] });
  });
export type MonthlyReturn = z.infer<typeof MonthlyReturnSchema>;
