import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIVING_SITUATIONS, MARITAL_STATUSES } from '../../../../../shared/schema';
import { DateField, SelectField, TextField } from './person-fields';
import { IdNumberField } from './id-number-field';
import { SexField } from './sex-field';

/** 基本信息: who the person is. */
export function BasicSection() {
  const { t } = useTranslation(['people', 'domain']);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <TextField name="name" label={t('fields.name')} required maxLength={40} />
        </Col>
        <Col xs={24} md={16}>
          <IdNumberField />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SexField />
        </Col>
        <Col xs={24} md={8}>
          <DateField name="birthDate" label={t('fields.birthDate')} required emptyOpensOnYear={1950} />
        </Col>
        <Col xs={24} md={8}>
          <TextField
            name="ethnicity"
            label={t('fields.ethnicity')}
            placeholder={t('form.ethnicityPlaceholder')}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField
            name="maritalStatus"
            label={t('fields.maritalStatus')}
            options={MARITAL_STATUSES.map((code) => ({
              value: code,
              label: t(`domain:maritalStatus.${code}`),
            }))}
          />
        </Col>
        <Col xs={24} md={8}>
          <SelectField
            name="livingSituation"
            label={t('fields.livingSituation')}
            options={LIVING_SITUATIONS.map((code) => ({
              value: code,
              label: t(`domain:livingSituation.${code}`),
            }))}
          />
        </Col>
      </Row>
    </>
  );
}
