/** Buildings → rooms → beds. Occupancy comes from bed assignments, not from the bed. */
import { z } from 'zod';
import { IdSchema, NonNegativeIntSchema, RecordBaseShape, requiredText, text } from './common';
import { E } from './messages';

export const BuildingSchema = z.object(
  { ...RecordBaseShape, name: requiredText(50), notes: text(500).optional() },
  E,
);
export type Building = z.infer<typeof BuildingSchema>;

export const RoomSchema = z.object(
  {
    ...RecordBaseShape,
    buildingId: IdSchema,
    /** Room number or name as painted on the door. */
    name: requiredText(30),
    floor: z.number(E).int().min(-5).max(100),
    notes: text(500).optional(),
  },
  E,
);
export type Room = z.infer<typeof RoomSchema>;

export const BED_TYPES = ['residential', 'nursing', 'dayCare'] as const;
export const BED_STATUSES = ['inService', 'outOfService', 'retired'] as const;

export const BedSchema = z.object(
  {
    ...RecordBaseShape,
    roomId: IdSchema,
    label: requiredText(20),
    type: z.enum(BED_TYPES, E),
    status: z.enum(BED_STATUSES, E),
    sortOrder: NonNegativeIntSchema.optional(),
  },
  E,
);
export type Bed = z.infer<typeof BedSchema>;
