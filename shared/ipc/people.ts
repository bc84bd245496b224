/**
 * The elders (`people.*`): list, record, photo, import and export. Argument
 * schemas, result types, and the channels that use them.
 */
import { z } from 'zod';
import { ABILITY_LEVELS } from '../domain/ability';
import { ageNeedsConfirmation } from '../domain/age';
import { toIsoDate } from '../domain/dates';
import { END_OF_CARE_STATUSES } from '../domain/end-of-care';
import { CATEGORY_CODES } from '../domain/categories';
import type { CategoryCode } from '../domain/categories';
import { IdSchema, IsoDateSchema, PERSON_STATUSES, PersonInputSchema, SERVICES } from '../schema';
import type { AbilityAssessment, Enrollment, Person, RiskAssessment, Service } from '../schema';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

export type PersonStatus = (typeof PERSON_STATUSES)[number];
export type AbilityLevelValue = (typeof ABILITY_LEVELS)[number];

// ─── people.create / people.update ──────────────────────────────────────────

const ServiceListSchema = z
  .array(z.enum(SERVICES, E), E)
  .max(SERVICES.length, { error: V.tooMany })
  .refine((list) => new Set(list).size === list.length, { error: V.duplicate });

/**
 * What the person form submits: the person fields plus the services the
 * person is enrolled in. Leaving `services` out on update keeps enrollments as they are.
 *
 * `confirmAge`: the clerk confirmed an age under 40 or over 120; without it such an age is
 * refused with `validation.person.ageNeedsConfirmation` on `birthDate`, the form's cue to ask.
 * `confirmDuplicate`: the clerk saw the likely duplicates (`people.likelyDuplicate`) and saves anyway.
 * Neither is stored.
 */
export const PersonFormSchema = PersonInputSchema.safeExtend({
  services: ServiceListSchema.optional(),
  confirmAge: z.boolean(E).optional(),
  confirmDuplicate: z.boolean(E).optional(),
}).superRefine((p, ctx) => {
  if (!p.confirmAge && ageNeedsConfirmation(p.birthDate, toIsoDate(new Date()))) {
    ctx.addIssue({ code: 'custom', message: V.person.ageNeedsConfirmation, path: ['birthDate'] });
  }
});
export type PersonFormInput = z.input<typeof PersonFormSchema>;

export const PersonUpdateSchema = z.strictObject(
  {
    id: IdSchema,
    person: PersonFormSchema,
    /**
     * Optional change of status (deceased, moved away); left as is when absent. A change to
     * deceased needs `deathDate`, to moved away `movedAwayDate`, and ends care as `people.endCare` does.
     */
    status: z.enum(PERSON_STATUSES, E).optional(),
    deathDate: IsoDateSchema.optional(),
    movedAwayDate: IsoDateSchema.optional(),
  },
  { message: 'ipc.argument.object' },
);

/**
 * Ends care on `date`: death or moving away. Categories, enrollments, an open stay, its bed
 * and an open leave end on that date; the age freezes at it; later assessments are refused.
 */
export const EndCareSchema = z.strictObject(
  { id: IdSchema, status: z.enum(END_OF_CARE_STATUSES, E), date: IsoDateSchema },
  { message: 'ipc.argument.object' },
);
export type EndCareInput = z.output<typeof EndCareSchema>;

export const PersonIdSchema = z.strictObject({ id: IdSchema }, { message: 'ipc.argument.object' });

// ─── people.setPhoto / clearPhoto / photo ──────────────────────────────────

/** Largest photo accepted: a 1-inch ID photo from a phone is far smaller. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The photo's bytes in base64. The length limit is a little above what
 * PHOTO_MAX_BYTES encodes to; main checks the exact size and the real type.
 */
const PhotoBase64Schema = z
  .string(E)
  .min(1, { error: V.required })
  .max(2_900_000, { error: 'people.photo.tooLarge' })
  .regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, { error: V.invalidFormat });

export const SetPhotoSchema = z.strictObject(
  {
    id: IdSchema,
    /** As chosen by the user; recorded in the audit summary only (the type is read from the bytes). */
    fileName: z.string(E).trim().min(1, { error: V.required }).max(200, { error: V.tooLong }),
    base64: PhotoBase64Schema,
  },
  { message: 'ipc.argument.object' },
);
export type SetPhotoInput = z.output<typeof SetPhotoSchema>;

export interface PersonPhoto {
  /** `data:image/jpeg;base64,…` or `data:image/png;base64,…`. */
  dataUrl: string;
}

// ─── people.list / people.export ────────────────────────────────────────────

export const PEOPLE_SORT_FIELDS = ['name', 'age', 'village', 'level', 'updatedAt'] as const;
export type PeopleSortField = (typeof PEOPLE_SORT_FIELDS)[number];
export const PEOPLE_PAGE_MAX = 500;

const filterShape = {
  query: z.string(E).max(100, { error: V.tooLong }).optional(),
  service: z.enum(SERVICES, E).optional(),
  status: z.enum(PERSON_STATUSES, E).optional(),
  category: z.enum(CATEGORY_CODES, E).optional(),
  abilityLevel: z.union([...ABILITY_LEVELS.map((l) => z.literal(l, E)), z.literal('none', E)], E).optional(),
  village: z.string(E).max(50, { error: V.tooLong }).optional(),
  /** Only people flagged incomplete (no ID number) or only complete ones. */
  incomplete: z.boolean(E).optional(),
  /** Only people due (or not due) for reassessment. */
  reassessmentDue: z.boolean(E).optional(),
  /** Also list people whose care ended (deceased, moved away); hidden by default unless `status` asks for them. */
  includeEnded: z.boolean(E).optional(),
  /** Only people due (or not due) for a safety-risk review. */
  riskReviewDue: z.boolean(E).optional(),
  sort: z
    .strictObject(
      { field: z.enum(PEOPLE_SORT_FIELDS, E), order: z.enum(['asc', 'desc'], E) },
      { message: 'ipc.argument.object' },
    )
    .optional(),
};

export const PeopleFilterSchema = z.strictObject(filterShape, { message: 'ipc.argument.object' });
export type PeopleFilter = z.output<typeof PeopleFilterSchema>;

export const PeopleListSchema = z.strictObject(
  {
    ...filterShape,
    offset: z.number(E).int({ error: V.notInteger }).min(0, { error: V.tooSmall }).optional(),
    limit: z
      .number(E)
      .int({ error: V.notInteger })
      .min(1, { error: V.tooSmall })
      .max(PEOPLE_PAGE_MAX, { error: V.tooLarge })
      .optional(),
  },
  { message: 'ipc.argument.object' },
);
export type PeopleListQuery = z.output<typeof PeopleListSchema>;

export interface PersonListItem {
  id: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  /** Whole years today, or on the day care ended (frozen then). */
  age: number;
  /** Date of death or of moving away; null while in care. */
  endDate: string | null;
  idNumber: string | null;
  village: string | null;
  phone: string | null;
  /** Services with an enrollment open today. */
  services: Service[];
  status: PersonStatus;
  /** Support categories active today. */
  categories: CategoryCode[];
  /** Final level of the latest (not voided) ability assessment. */
  abilityLevel: AbilityLevelValue | null;
  incomplete: boolean;
  /** Served today and the ability assessment is due (never done, interval run out, incidents, new diagnosis). */
  reassessmentDue: boolean;
  /** Served today and the safety-risk assessment is due (never done or its interval has run out). */
  riskReviewDue: boolean;
  updatedAt: string;
}

export interface PeoplePage {
  total: number;
  items: PersonListItem[];
}

export interface ReassessmentStatus {
  due: boolean;
  /** i18n codes in the `errors` namespace, e.g. `people.reassessment.interval`. */
  reasons: string[];
}

export interface PersonDetail {
  person: Person;
  enrollments: Enrollment[];
  /** Newest first (by date, then creation). */
  abilityAssessments: AbilityAssessment[];
  riskAssessments: RiskAssessment[];
  currentLevel: AbilityLevelValue | null;
  reassessmentDue: ReassessmentStatus;
  /** Safety-risk review (`people.reassessment.riskNever` / `riskInterval`). */
  riskReviewDue: ReassessmentStatus;
  /** Risk events (falls, choking, suicide, self-harm, wandering) in the last 30 days. */
  recentRiskEvents: number;
}

export interface ExportedFile {
  fileName: string;
  base64: string;
}

// ─── import ─────────────────────────────────────────────────────────────────

/** Person fields an import column can fill. */
export const IMPORT_FIELDS = [
  'name',
  'sex',
  'birthDate',
  'idNumber',
  'phone',
  'village',
  'address',
  'ethnicity',
] as const;
export type ImportFieldKey = (typeof IMPORT_FIELDS)[number];

/** base64 of the file, ≤ ~1.4 MB decoded (the preview server accepts 2 MB bodies). */
const Base64Schema = z
  .string(E)
  .min(1, { error: V.required })
  .max(2_000_000, { error: V.tooLarge })
  .regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, { error: V.invalidFormat });
const FileNameSchema = z
  .string(E)
  .trim()
  .min(1, { error: V.required })
  .max(200, { error: V.tooLong })
  .regex(/\.(xlsx|csv)$/i, { error: 'people.import.unsupportedFile' });

export const ImportMappingSchema = z.record(
  z.string(E).max(100, { error: V.tooLong }),
  z.enum(IMPORT_FIELDS, E).nullable(),
  E,
);
export type ImportMapping = Record<string, ImportFieldKey | null>;

/**
 * Row numbers the clerk confirmed after seeing their `confirmable` problems (a likely duplicate
 * without an ID number, an age outside 40-120): those rows are then imported, with the problems
 * kept as warnings.
 */
const ConfirmRowsSchema = z
  .array(
    z
      .number(E)
      .int({ error: V.notInteger })
      .min(2, { error: V.tooSmall })
      .max(1_000_000, { error: V.tooLarge }),
    E,
  )
  .max(10_000, { error: V.tooMany });

export const ImportPreviewSchema = z.strictObject(
  {
    fileName: FileNameSchema,
    base64: Base64Schema,
    mapping: ImportMappingSchema.optional(),
    confirmRows: ConfirmRowsSchema.optional(),
  },
  { message: 'ipc.argument.object' },
);

export const ImportCommitSchema = z.strictObject(
  {
    fileName: FileNameSchema,
    base64: Base64Schema,
    /** Optional: without it the saved/recognised mapping is used, as in the preview. */
    mapping: ImportMappingSchema.optional(),
    confirmRows: ConfirmRowsSchema.optional(),
    saveMappingAs: z.string(E).trim().min(1, { error: V.required }).max(50, { error: V.tooLong }).optional(),
  },
  { message: 'ipc.argument.object' },
);

export interface ImportProblem {
  /** i18n code in the `errors` namespace (e.g. `validation.idNumber.checksum`, `people.import.duplicateInFile`). */
  code: string;
  params: Record<string, string | number>;
  /** Which field the problem is about, when it is about one. */
  field?: ImportFieldKey;
  /** Warnings do not stop the row from being imported. */
  warning?: boolean;
  /**
   * The clerk may confirm the row (by its number in `confirmRows`) to import it anyway:
   * `people.import.likelyDuplicate`, `likelyDuplicateInFile`, `unusualAge`. Once confirmed it is a warning.
   */
  confirmable?: boolean;
}

export interface ImportRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  values: Partial<Record<ImportFieldKey, string>>;
  problems: ImportProblem[];
  ok: boolean;
}

export interface ImportPreview {
  headers: string[];
  mapping: ImportMapping;
  rows: ImportRow[];
  okCount: number;
  badCount: number;
}

export interface ImportCommitResult {
  imported: number;
  refused: number;
}

export interface SavedImportMapping {
  name: string;
  mapping: ImportMapping;
}

// ─── channels ───────────────────────────────────────────────────────────────

export const peopleChannels = defineChannels('people', {
  'people.list': { input: PeopleListSchema, output: returns<PeoplePage>(), permission: 'elders.read' },
  'people.get': { input: PersonIdSchema, output: returns<PersonDetail>(), permission: 'elders.read' },
  'people.create': { input: PersonFormSchema, output: returns<Person>(), permission: 'elders.write' },
  'people.update': { input: PersonUpdateSchema, output: returns<Person>(), permission: 'elders.write' },
  'people.endCare': { input: EndCareSchema, output: returns<Person>(), permission: 'elders.write' },
  'people.export': {
    input: PeopleFilterSchema,
    output: returns<ExportedFile>(),
    permission: 'elders.export',
  },
  'people.importPreview': {
    input: ImportPreviewSchema,
    output: returns<ImportPreview>(),
    permission: 'elders.write',
  },
  'people.importCommit': {
    input: ImportCommitSchema,
    output: returns<ImportCommitResult>(),
    permission: 'elders.write',
  },
  'people.importRefused': {
    input: ImportPreviewSchema,
    output: returns<ExportedFile>(),
    permission: 'elders.write',
  },
  'people.importMappings': {
    input: none,
    output: returns<SavedImportMapping[]>(),
    permission: 'elders.write',
  },
  /** An empty .xlsx whose column titles the import recognises, in the user's language. */
  'people.importTemplate': { input: none, output: returns<ExportedFile>(), permission: 'elders.write' },
  'people.setPhoto': { input: SetPhotoSchema, output: returns<Person>(), permission: 'elders.write' },
  'people.clearPhoto': { input: PersonIdSchema, output: returns<Person>(), permission: 'elders.write' },
  'people.photo': { input: PersonIdSchema, output: returns<PersonPhoto | null>(), permission: 'elders.read' },
});
