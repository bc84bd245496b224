import type { InputOf } from '../../../../../shared/ipc/api';
import type { ImportMapping } from '../../../../../shared/ipc/people';

/** The chosen file, read into memory. */
export interface ChosenFile {
  fileName: string;
  base64: string;
}

/** What the mapping step hands on: how columns map, and an optional name to remember it by. */
export interface MappingChoice {
  mapping: ImportMapping;
  saveAs: string;
}

/** The main process accepts about 1.4 MB of file (2 MB of base64); thousands of rows fit easily. */
export const MAX_FILE_BYTES = 1_400_000;

/** What was imported: the same input asks for the refused rows afterwards. */
export type ImportInput = InputOf<'people.importRefused'>;
