import { CareError } from '../../../shared/errors';
import { V } from '../../../shared/schema/messages';
import { isCommonPassword } from './common-passwords';

/**
 * The schema checks the length; the core also refuses passwords from the
 * common list, shown beside the field that holds the new password.
 */
export function refuseCommonPassword(password: string, field: string): void {
  if (isCommonPassword(password)) {
    throw new CareError('validation.invalid', {}, [{ path: field, code: V.user.passwordTooCommon }]);
  }
}
