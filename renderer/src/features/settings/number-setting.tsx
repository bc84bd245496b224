import { Form, InputNumber } from 'antd';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { useFieldErrorText } from '../../components/form/use-field-error-text';
import type { CareRules } from './care-rules-form';

type NumberPath =
  | 'reassessmentMonths'
  | 'riskReassessmentMonths'
  | 'backupRetention.keepLast'
  | 'backupRetention.dailyDays'
  | 'backupRetention.monthlyMonths';

/** One number setting as the card lists it. */
export interface NumberField {
  name: NumberPath;
  text: string;
  unit: 'months' | 'days' | 'copies';
  min: number;
  max: number;
}

interface Props {
  control: Control<CareRules>;
  name: NumberPath;
  label: string;
  help: string;
  unit: string;
  min: number;
  max: number;
}

/** A whole number with its unit, its checks from the settings schema, and its error beside it. */
export function NumberSetting({ control, name, label, help, unit, min, max }: Props) {
  const errorText = useFieldErrorText();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const error = errorText(fieldState.error);
  const id = `setting-${name.replace('.', '-')}`;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span data-testid={`${id}-error`}>{error}</span> : undefined}
      extra={help}
    >
      <InputNumber<number>
        id={id}
        ref={ref}
        value={value}
        onChange={(next) => onChange(next)}
        onBlur={onBlur}
        min={min}
        max={max}
        precision={0}
        suffix={unit}
        style={{ width: 180 }}
        data-testid={id}
      />
    </Form.Item>
  );
}
