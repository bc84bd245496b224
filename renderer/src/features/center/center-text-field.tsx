import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form';
import type { CenterField, CenterFormValues } from './center-form-values';
import { fieldTestId } from './center-form-values';

interface Props {
  control: Control<CenterFormValues>;
  name: Exclude<CenterField, `beds.${string}` | 'beds'>;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'tel';
}

/** A text field of the center form, labelled from the catalogue by its name. */
export function CenterTextField({
  control,
  name,
  required = false,
  autoComplete = 'off',
  inputMode = 'text',
}: Props) {
  const { t } = useTranslation('setup');
  return (
    <TextField
      control={control}
      name={name}
      id={`center-${name}`}
      testId={fieldTestId(name)}
      label={t(`center.fields.${name}`)}
      required={required}
      placeholder={t(`center.placeholders.${name}`)}
      autoComplete={autoComplete}
      inputMode={inputMode}
    />
  );
}
