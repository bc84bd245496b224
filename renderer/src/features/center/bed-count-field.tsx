import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/form';
import type { CenterFormValues } from './center-form-values';
import { fieldTestId } from './center-form-values';

interface Props {
  control: Control<CenterFormValues>;
  name: 'beds.residential' | 'beds.dayCare' | 'beds.nursing';
}

/** A whole, non-negative number of beds. */
export function BedCountField({ control, name }: Props) {
  const { t } = useTranslation('setup');
  const key = name.replace('beds.', '') as 'residential' | 'dayCare' | 'nursing';
  return (
    <NumberField
      control={control}
      name={name}
      id={`center-${name.replace('.', '-')}`}
      testId={fieldTestId(name)}
      label={t(`center.fields.${key}`)}
      required
    />
  );
}
