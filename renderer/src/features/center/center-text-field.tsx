import { Input } from 'antd';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CenterField, CenterFormValues } from './center-form-values';
import { fieldTestId } from './center-form-values';
import { FieldShell } from '../../components/form/field-shell';

interface Props {
  control: Control<CenterFormValues>;
  name: Exclude<CenterField, `beds.${string}` | 'beds'>;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'tel';
}

/** A labelled text input bound to the form, with its error shown underneath. */
export function TextField({
  control,
  name,
  required = false,
  autoComplete = 'off',
  inputMode = 'text',
}: Props) {
  const { t } = useTranslation('setup');
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const id = `center-${name}`;
  return (
    <FieldShell
      label={t(`center.fields.${name}`)}
      htmlFor={id}
      required={required}
      error={fieldState.error}
      testId={fieldTestId(name)}
    >
      {(invalid) => (
        <Input
          id={id}
          ref={ref}
          name={name}
          value={value ?? ''}
          onChange={onChange}
          onBlur={onBlur}
          placeholder={t(`center.placeholders.${name}`)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={invalid ? true : undefined}
          data-testid={fieldTestId(name)}
        />
      )}
    </FieldShell>
  );
}
