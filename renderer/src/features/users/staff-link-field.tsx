import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/ipc/users';
import { FormField } from '../../components/form';
import type { UserFormValues } from './user-form-values';

/**
 * The staff member this account belongs to (staff.userId is the one link).
 * Cleared means no link (null, never "not given"). The choices are the
 * current link; the staff list joins them once the staff feature answers
 * `staff.list` in this build.
 */
export function StaffLinkField({ current }: { current: UserView | null }) {
  const { t } = useTranslation('users');
  const options =
    current?.staffId && current.staffName ? [{ value: current.staffId, label: current.staffName }] : [];
  return (
    <FormField<UserFormValues, 'staffId'>
      name="staffId"
      label={t('fields.staff')}
      hint={t('fields.staffHint')}
    >
      {({ field, id, testId, invalid }) => (
        <Select<string>
          id={id}
          ref={field.ref}
          allowClear
          value={field.value ?? undefined}
          onChange={(value: string | undefined) => field.onChange(value ?? null)}
          onBlur={field.onBlur}
          placeholder={t('fields.staffNone')}
          options={options}
          status={invalid ? 'error' : undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
