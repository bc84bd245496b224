import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonField } from './person-fields';

export function SexField() {
  const { t } = useTranslation(['people', 'domain']);
  return (
    <PersonField name="sex" label={t('fields.sex')} required>
      {({ field, testId }) => (
        <Radio.Group
          value={field.value}
          onChange={(event) => {
            field.onChange(event.target.value);
            field.onBlur();
          }}
          optionType="button"
          options={[
            { value: 'male', label: t('domain:sex.male') },
            { value: 'female', label: t('domain:sex.female') },
          ]}
          data-testid={testId}
        />
      )}
    </PersonField>
  );
}
