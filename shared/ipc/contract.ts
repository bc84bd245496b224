import { z } from 'zod';
import {
  AbilityAssessmentInputSchema,
  CenterSetupInputSchema,
  RiskAssessmentInputSchema,
  SettingsInputSchema,
} from '../schema';
import type { AbilityAssessment, CenterProfile, Person, RiskAssessment, Settings } from '../schema';
import { LANGUAGES } from '../i18n/types';
import type { Channel } from './channels';
import type { AppState, BackupInfo } from './types';
import {
  AbilityPreviewSchema,
  ImportCommitSchema,
  ImportPreviewSchema,
  PeopleFilterSchema,
  PeopleListSchema,
  PersonFormSchema,
  PersonIdSchema,
  PersonUpdateSchema,
  SetPhotoSchema,
} from './people';
import type {
  AbilityPreview,
  DueEntry,
  ExportedFile,
  ImportCommitResult,
  ImportPreview,
  PeoplePage,
  PersonDetail,
  PersonPhoto,
  SavedImportMapping,
} from './people';

/**
 * A phantom marker carrying the result type of a channel. It holds no value:
 * results are produced by our own main process, so only their type matters.
 */
export interface Returns<T> {
  readonly __returns?: T;
}
function returns<T>(): Returns<T> {
  return {};
}

/** Channels that take no argument: only `undefined` is accepted. */
const none = z.undefined({ message: 'ipc.argument.unexpected' });

/** A backup is named by its bare file name; no folders, no `..`. */
export const BackupFileSchema = z
  .string({ message: 'ipc.argument.backupFile' })
  .max(200, { message: 'ipc.argument.backupFile' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.care-backup\.(tar\.gz|json\.gz)$/, {
    message: 'ipc.argument.backupFile',
  });

/**
 * The single IPC contract: channel → argument schema and result type. Main
 * registers and validates from it, the preload exposes it, the renderer calls
 * it. Adding a feature = one entry here + one handler in `electron/core/ipc`.
 */
export const contract = {
  'app.getState': { input: none, output: returns<AppState>() },
  'app.setLanguage': {
    input: z.strictObject(
      { language: z.enum(LANGUAGES, { message: 'ipc.argument.language' }).nullable() },
      { message: 'ipc.argument.object' },
    ),
    output: returns<AppState>(),
  },
  'center.get': { input: none, output: returns<CenterProfile | null>() },
  'center.save': { input: CenterSetupInputSchema, output: returns<CenterProfile>() },
  'settings.get': { input: none, output: returns<Settings>() },
  'settings.save': { input: SettingsInputSchema, output: returns<Settings>() },
  'backups.list': { input: none, output: returns<BackupInfo[]>() },
  'backups.create': { input: none, output: returns<BackupInfo>() },
  'backups.restore': {
    input: z.strictObject({ file: BackupFileSchema }, { message: 'ipc.argument.object' }),
    output: returns<AppState>(),
  },
  'people.list': { input: PeopleListSchema, output: returns<PeoplePage>() },
  'people.get': { input: PersonIdSchema, output: returns<PersonDetail>() },
  'people.create': { input: PersonFormSchema, output: returns<Person>() },
  'people.update': { input: PersonUpdateSchema, output: returns<Person>() },
  'people.export': { input: PeopleFilterSchema, output: returns<ExportedFile>() },
  'people.importPreview': { input: ImportPreviewSchema, output: returns<ImportPreview>() },
  'people.importCommit': { input: ImportCommitSchema, output: returns<ImportCommitResult>() },
  'people.importMappings': { input: none, output: returns<SavedImportMapping[]>() },
  'people.setPhoto': { input: SetPhotoSchema, output: returns<Person>() },
  'people.clearPhoto': { input: PersonIdSchema, output: returns<Person>() },
  'people.photo': { input: PersonIdSchema, output: returns<PersonPhoto | null>() },
  'assessments.previewAbility': { input: AbilityPreviewSchema, output: returns<AbilityPreview>() },
  'assessments.saveAbility': { input: AbilityAssessmentInputSchema, output: returns<AbilityAssessment>() },
  'assessments.saveRisk': { input: RiskAssessmentInputSchema, output: returns<RiskAssessment>() },
  'assessments.due': { input: none, output: returns<DueEntry[]>() },
} satisfies Record<Channel, { input: z.ZodType; output: Returns<unknown> }>;

export type Contract = typeof contract;

// Compile-time check that channels.ts lists exactly the contract's channels.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const channelsMatchContract: Exactly<keyof Contract, Channel> = true;
void channelsMatchContract;
