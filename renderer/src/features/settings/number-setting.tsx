import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField as NumberInput } from '../../components/form';
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
  text: 'reassessment' | 'riskReassessment' | 'keepLast' | 'dailyDays' | 'monthlyMonths';
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

/** A whole number with its unit, the range it allows, its checks from the settings schema, and its error beside it. */
export function NumberSetting({ control, name, label, help, unit, min, max }: Props) {
  const { t } = useTranslation('settings');
  const id = `setting-${name.replace('.', '-')}`;
  return (
    <NumberInput
      control={control}
      name={name}
      id={id}
      testId={id}
      label={label}
      extra={t('rules.withRange', { help, min, max })}
      suffix={unit}
      width={180}
    />
  );
}
