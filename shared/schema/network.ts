/** Regional coordination: partners, village points and referrals in and out. */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  PhoneSchema,
  RecordBaseShape,
  requiredText,
  text,
} from './common';
import { E } from './messages';

export const PARTNER_KINDS = [
  'countyInstitution',
  'hospital',
  'otherCenter',
  'villagePoint',
  'other',
] as const;

export const PartnerSchema = z.object(
  {
    ...RecordBaseShape,
    name: requiredText(100),
    kind: z.enum(PARTNER_KINDS, E),
    contactPerson: NameSchema.optional(),
    phone: PhoneSchema.optional(),
    address: text(200).optional(),
    active: z.boolean(E),
  },
  E,
);
export type Partner = z.infer<typeof PartnerSchema>;

/** 村级互助养老点 / 老年食堂 / 邻里互助点 */
export const VILLAGE_POINT_KINDS = ['mutualAid', 'diningHall', 'neighbourHelp'] as const;

export const VillagePointSchema = z.object(
  {
    ...RecordBaseShape,
    name: requiredText(100),
    village: requiredText(50),
    kind: z.enum(VILLAGE_POINT_KINDS, E),
    contactPerson: NameSchema.optional(),
    phone: PhoneSchema.optional(),
    active: z.boolean(E),
  },
  E,
);
export type VillagePoint = z.infer<typeof VillagePointSchema>;

export const REFERRAL_DIRECTIONS = ['in', 'out'] as const;
export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined', 'completed', 'cancelled'] as const;

export const ReferralSchema = z.object(
  {
    ...CareRecordBaseShape,
    direction: z.enum(REFERRAL_DIRECTIONS, E),
    /** A partner, or a village point when the referral comes from or goes to a village. */
    partnerId: IdSchema.optional(),
    villagePointId: IdSchema.optional(),
    personId: IdSchema,
    date: IsoDateSchema,
    reason: requiredText(500),
    status: z.enum(REFERRAL_STATUSES, E),
    notes: text(2000).optional(),
  },
  E,
);
export type Referral = z.infer<typeof ReferralSchema>;
