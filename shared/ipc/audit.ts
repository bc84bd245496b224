/** The audit trail in view: who did what and when, the chain's state, export to Excel. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, checkOrder } from '../schema/common';
import { E } from '../schema/messages';
import { defineChannels, returns } from './define';
import type { ExportedFile } from './people';

const OBJECT = { message: 'ipc.argument.object' };

/** Kinds of change the viewer filters by: the feature part of an action (`people.update` → `people`). */
export const AUDIT_KINDS = [
  'auth',
  'users',
  'people',
  'assessments',
  'staff',
  'settings',
  'center',
  'backups',
  'exports',
  'prints',
  'system',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AuditFilterSchema = z
  .strictObject(
    {
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
      username: z.string(E).max(64).optional(),
      personId: IdSchema.optional(),
      kind: z.enum(AUDIT_KINDS, E).optional(),
    },
    OBJECT,
  )
  .superRefine((f, ctx) => checkOrder(ctx, f.from, f.to, ['to']));
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditListSchema = z.strictObject(
  {
    filter: AuditFilterSchema,
    /** Newest first; `before` is the `seq` of the last entry already shown. */
    before: z.number(E).int().min(1).optional(),
    limit: z.number(E).int().min(1).max(500),
  },
  OBJECT,
);
export type AuditListInput = z.infer<typeof AuditListSchema>;

export interface AuditEntryView {
  seq: number;
  at: string;
  /** User name as recorded (`system` for the app's own jobs, the OS user for the command line). */
  username: string;
  displayName: string | null;
  action: string;
  kind: AuditKind;
  summary: string | null;
  /** Elders the entry touched, with their names as they are now. */
  people: { id: string; name: string }[];
  /** Collections and record ids changed; never field values (they may hold personal data). */
  changes: { collection: string; id: string; op: string }[];
}

export interface AuditChainState {
  intact: boolean;
  /** Where the chain first breaks, when it does. */
  brokenAt: { file: string; line: number; seq: number | null } | null;
  entries: number;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** More entries match beyond this page. */
  more: boolean;
  chain: AuditChainState;
}

/** Print pages that show personal data; opening one is recorded. */
export const PRINT_KINDS = [
  'personRecord',
  'abilityForm',
  'riskForm',
  'admissionRecord',
  'belongingsList',
] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const RecordPrintSchema = z.strictObject({ kind: z.enum(PRINT_KINDS, E), personId: IdSchema }, OBJECT);

export const auditChannels = defineChannels('audit', {
  'audit.list': { input: AuditListSchema, output: returns<AuditPage>(), permission: 'audit.read' },
  'audit.export': { input: AuditFilterSchema, output: returns<ExportedFile>(), permission: 'audit.read' },
  /** Opening a print page of an elder's personal data is itself audited. */
  'audit.recordPrint': { input: RecordPrintSchema, output: returns<null>(), permission: 'elders.read' },
});
