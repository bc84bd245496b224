import { ApiError } from '../../../api/api-error';

/** What the clerk may confirm and save again: an unusual age, or a likely duplicate without an ID number. */
export type ConfirmFlag = 'confirmAge' | 'confirmDuplicate';

export interface ConfirmQuestion {
  flag: ConfirmFlag;
  /** The main process's own words (already translated), shown in the dialog. */
  message: string;
}

const AGE_CODE = 'validation.person.ageNeedsConfirmation';
const DUPLICATE_CODE = 'people.likelyDuplicate';

/**
 * The refusal is a question rather than an error when its only complaint is one
 * the clerk can overrule; any other complaint is shown beside its field first.
 */
export function confirmQuestionOf(error: unknown): ConfirmQuestion | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === DUPLICATE_CODE) return { flag: 'confirmDuplicate', message: error.message };
  const [only, ...others] = error.fields;
  if (only?.code === AGE_CODE && others.length === 0) return { flag: 'confirmAge', message: only.message };
  return null;
}
