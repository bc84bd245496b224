import { Form, InputNumber } from 'antd';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CenterFormValues } from './centerForm';
import { fieldTestId } from './centerForm';
import { useFieldErrorText } from './useFieldErrorText';

interface Props {
  control: Control<CenterFormValues>;
  name: 'beds.residential' | 'beds.dayCare' | 'beds.nursing';
}

/** A whole, non-negative number of beds. */
export function BedCountField({ control, name }: Props) {
  const { t } = useTranslation('setup');
  const errorText = useFieldErrorText();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const key = name.replace('beds.', '');
  const id = `center-${name.replace('.', '-')}`;
  const help = errorText(fieldState.error);
  return (
    <Form.Item
      label={t(`center.fields.${key}`)}
      htmlFor={id}
      required
      validateStatus={help ? 'error' : undefined}
      help={help ? <span data-testid={`${fieldTestId(name)}-error`}>{help}</span> : undefined}
    >
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
        aria-invalid={help ? true : undefined}
        data-testid={fieldTestId(name)}
      />
    </Form.Item>
  );
}
