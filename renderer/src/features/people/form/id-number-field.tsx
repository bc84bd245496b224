import { useState } from 'react';
import { Input } from 'antd';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { normalizeIdNumber, validateIdNumber } from '../../../../../shared/domain/id-number';
import type { PersonFormValues } from './person-form-values';
import { PersonField } from './person-fields';

/**
 * 身份证号. Leaving the box tidies the number (x → X, 15 → 18 digits) and, when
 * it is a valid number, fills birth date and sex from it. A wrong check
 * character or date is named right under the box by the schema's own message.
 */
export function IdNumberField() {
  const { t } = useTranslation('people');
  const { setValue, getFieldState } = useFormContext<PersonFormValues>();
  const [filled, setFilled] = useState(false);

  const derive = (raw: string) => {
    const result = validateIdNumber(raw, new Date());
    if (!result.ok) {
      setFilled(false);
      return;
    }
    setValue('idNumber', result.normalized, { shouldDirty: true });
    for (const [name, value] of [
      ['birthDate', result.birthDate],
      ['sex', result.sex],
    ] as const) {
      // Re-check only a field that is already complaining (e.g. "does not match the ID number").
      setValue(name, value, { shouldDirty: true, shouldValidate: Boolean(getFieldState(name).error) });
    }
    setFilled(true);
  };

  return (
    <PersonField
      name="idNumber"
      label={t('fields.idNumber')}
      hint={filled ? t('form.idFilled') : t('form.idHint')}
    >
      {({ field, id, testId, invalid }) => (
        <Input
          id={id}
          ref={field.ref}
          name="idNumber"
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(event) => {
            setFilled(false);
            field.onChange(event.target.value);
          }}
          onBlur={(event) => {
            const raw = event.target.value;
            if (raw.trim()) {
              const tidy = normalizeIdNumber(raw);
              if (tidy !== raw) setValue('idNumber', tidy, { shouldDirty: true });
              derive(tidy);
            }
            field.onBlur();
          }}
          maxLength={20}
          autoComplete="off"
          placeholder={t('form.idPlaceholder')}
          style={{ fontFamily: 'monospace' }}
          aria-invalid={invalid || undefined}
          data-testid={testId}
        />
      )}
    </PersonField>
  );
}
