/** The center's own profile, entered once at first run and editable later. */
import { z } from 'zod';
import { NameSchema, PhoneSchema, RecordBaseShape, requiredText, text } from './common';
import { E, V } from './messages';

/** Upper bound on total beds: larger than any township center, small enough to catch typos. */
export const MAX_TOTAL_BEDS = 2000;

const BedCountSchema = z
  .number(E)
  .int({ error: V.notInteger })
  .min(0, { error: V.tooSmall })
  .max(MAX_TOTAL_BEDS, { error: V.tooLarge });

export const BedCountsSchema = z
  .object(
    {
      /** 全托床位 */
      residential: BedCountSchema,
      /** 日托床位 */
      dayCare: BedCountSchema,
      /** 护理型床位: a subset of the residential beds. */
      nursing: BedCountSchema,
    },
    E,
  )
  .superRefine((beds, ctx) => {
    if (beds.nursing > beds.residential) {
      ctx.addIssue({ code: 'custom', message: V.center.nursingExceedsResidential, path: ['nursing'] });
    }
    if (beds.residential + beds.dayCare > MAX_TOTAL_BEDS) {
      ctx.addIssue({ code: 'custom', message: V.center.tooManyBeds, path: ['residential'] });
    }
  });
export type BedCounts = z.infer<typeof BedCountsSchema>;

/** What the first-run form (and `center.update`) accepts. */
export const CenterSetupInputSchema = z.object(
  {
    name: requiredText(100),
    township: requiredText(50),
    county: requiredText(50),
    /** 许可证号 / 备案号 */
    licenceNumber: requiredText(50),
    contactPerson: NameSchema,
    phone: PhoneSchema,
    address: text(200).optional(),
    beds: BedCountsSchema,
  },
  E,
);
export type CenterSetupInput = z.infer<typeof CenterSetupInputSchema>;

export const CenterProfileSchema = CenterSetupInputSchema.extend(RecordBaseShape);
export type CenterProfile = z.infer<typeof CenterProfileSchema>;
