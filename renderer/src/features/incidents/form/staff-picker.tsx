import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { care } from '../../../api/bridge';
import { unwrap } from '../../../api/unwrap';
import { fieldsFor } from '../../../components/form';
import type { IncidentFormValues } from './incident-form-values';

const { FormField } = fieldsFor<IncidentFormValues>();

/** The staff list for the pickers: those working now, and any already named on the incident. */
export function useStaffNames() {
  return useQuery({
    queryKey: ['incidents', 'staff'],
    queryFn: () => unwrap(care.staff.list({})),
  });
}

/** Staff on duty, chosen from the staff list (typing filters it by name). */
export function StaffPicker() {
  const { t } = useTranslation('incidents');
  const staff = useStaffNames();
  return (
    <FormField name="staffIds" label={t('form.staff')}>
      {({ field, id, testId, invalid }) => {
        const chosen: string[] = Array.isArray(field.value) ? field.value : [];
        const options = (staff.data ?? [])
          .filter((s) => s.active || chosen.includes(s.id))
          .map((s) => ({ value: s.id, label: s.post ? `${s.name} · ${s.post}` : s.name }));
        return (
          <Select
            id={id}
            ref={field.ref}
            mode="multiple"
            value={chosen}
            onChange={(value: string[]) => field.onChange(value)}
            onBlur={field.onBlur}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('form.staffPlaceholder')}
            options={options}
            loading={staff.isPending}
            status={invalid ? 'error' : undefined}
            aria-invalid={invalid || undefined}
            data-testid={testId}
          />
        );
      }}
    </FormField>
  );
}
