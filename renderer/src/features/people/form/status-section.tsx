import { Col, Row } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PERSON_STATUSES } from '../../../../../shared/schema';
import type { PersonFormValues } from './person-form-values';
import { DateField, SelectField } from './person-fields';

/**
 * 档案状态: an elder who has died or moved away stays on record, marked so, with the date
 * care ended (categories, services and a stay end on it; the age stops there).
 */
export function StatusSection() {
  const { t } = useTranslation(['people', 'domain']);
  const { control } = useFormContext<PersonFormValues>();
  const status = useWatch({ control, name: 'status' });
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <SelectField
          name="status"
          label={t('fields.status')}
          required
          options={PERSON_STATUSES.map((code) => ({ value: code, label: t(`domain:personStatus.${code}`) }))}
        />
      </Col>
      {status === 'deceased' && (
        <Col xs={24} md={8}>
          <DateField name="deathDate" label={t('fields.deathDate')} required />
        </Col>
      )}
      {status === 'movedAway' && (
        <Col xs={24} md={8}>
          <DateField name="movedAwayDate" label={t('fields.movedAwayDate')} required />
        </Col>
      )}
    </Row>
  );
}
