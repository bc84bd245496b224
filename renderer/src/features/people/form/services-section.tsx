import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICES } from '../../../../../shared/schema';
import type { Service } from '../../../../../shared/schema';
import { PersonField } from './person-fields';

/** 服务项目: the services the person uses; several at once are fine. */
export function ServicesSection() {
  const { t } = useTranslation(['people', 'domain']);
  return (
    <PersonField name="services" hint={t('form.servicesHelp')}>
      {({ field, testId }) => (
        <Checkbox.Group
          value={Array.isArray(field.value) ? (field.value as Service[]) : []}
          onChange={(value) => field.onChange(value)}
          options={SERVICES.map((code) => ({ value: code, label: t(`domain:service.${code}`) }))}
          data-testid={testId}
        />
      )}
    </PersonField>
  );
}
