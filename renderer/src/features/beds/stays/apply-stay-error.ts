import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../api/api-error';
import { applyServerErrors } from '../../../api/apply-server-errors';

/** Which kind of field a refusal without a path concerns. */
export type RefusalTarget = 'bed' | 'date' | 'from';

/**
 * The core's refusals that name no field (the residence invariants are checked
 * over the whole change, not one input): the field they concern on the forms.
 */
const TARGET_OF_CODE: Record<string, RefusalTarget> = {
  'beds.conflict.bedDoubleBooked': 'bed',
  'beds.conflict.bedClosed': 'bed',
  'beds.conflict.bedNotInService': 'bed',
  'beds.roomSexMismatch': 'bed',
  'beds.bedNotFound': 'bed',
  'beds.sameBed': 'bed',
  'beds.conflict.staysOverlap': 'date',
  'beds.conflict.personTwoBeds': 'date',
  'beds.conflict.afterDeath': 'date',
  'beds.conflict.assignmentOutsideStay': 'date',
  'beds.careEnded': 'date',
  'beds.notResident': 'date',
  'beds.noBed': 'date',
  'beds.laterMove': 'date',
  'beds.alreadyCritical': 'date',
  'beds.alreadyAway': 'from',
  'beds.conflict.leavesOverlap': 'from',
  'beds.conflict.leaveOutsideStay': 'from',
};

/**
 * Puts a refusal of the core beside its field: first the issues that carry a
 * path (kept when the form has a field by that name), then the refusals the
 * form maps by their code. Answers whether anything was placed, so the caller
 * shows the rest as a message.
 */
export function applyStayError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: { names: readonly string[]; targets: Partial<Record<RefusalTarget, Path<T>>> },
): boolean {
  const placed = applyServerErrors(error, setError, (path) =>
    fields.names.includes(path) ? (path as Path<T>) : null,
  );
  if (placed || !(error instanceof ApiError)) return placed;
  const target = TARGET_OF_CODE[error.code];
  const field = target === undefined ? undefined : fields.targets[target];
  if (field === undefined) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
