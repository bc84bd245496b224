import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';

/**
 * Zod messages are i18n codes in the `errors` namespace; the main process's
 * field errors arrive translated already (type `server`).
 */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation(['errors', 'common']);
  return (error) => {
    if (!error) return undefined;
    const message = error.message ?? '';
    if (error.type === 'server') return message || t('common:errors.invalidField');
    return t(message, { ns: 'errors', defaultValue: t('common:errors.invalidField') });
  };
}
