import { InputNumber } from 'antd';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CenterFormValues } from './center-form-values';
import { fieldTestId } from './center-form-values';
import { FieldShell } from '../../components/form/field-shell';

interface Props {
  control: Control<CenterFormValues>;
  name: 'beds.residential' | 'beds.dayCare' | 'beds.nursing';
}

/** A whole, non-negative number of beds. */
export function BedCountField({ control, name }: Props) {
  const { t } = useTranslation('setup');
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const key = name.replace('beds.', '');
  const id = `center-${name.replace('.', '-')}`;
  return (
    <FieldShell
      label={t(`center.fields.${key}`)}
      htmlFor={id}
      required
      error={fieldState.error}
      testId={fieldTestId(name)}
    >
      {(invalid) => (
        <InputNumber<number>
          id={id}
          ref={ref}
          name={name}
          value={value}
          onChange={(next) => onChange(next)}
          onBlur={onBlur}
          min={0}
          precision={0}
          style={{ width: '100%' }}
          aria-invalid={invalid ? true : undefined}
          data-testid={fieldTestId(name)}
        />
      )}
    </FieldShell>
  );
}
