import { Button, Col, Flex, Row, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EMPTY_DIAGNOSIS } from './person-form-values';
import type { PersonFormValues } from './person-form-values';
import { CheckboxField, TextField } from './person-fields';
import { RemoveRowButton } from './remove-row-button';

/** 健康状况: diagnoses (dementia and psychiatric ones raise the ability level), allergies, diet, medicines. */
export function HealthSection() {
  const { t } = useTranslation('people');
  const { control } = useFormContext<PersonFormValues>();
  const diagnoses = useFieldArray({ control, name: 'health.diagnoses' });
  return (
    <>
      <Typography.Text strong>{t('form.diagnoses')}</Typography.Text>
      {diagnoses.fields.map((row, index) => (
        <Flex key={row.id} gap={8} align="flex-start" data-testid="person-diagnosis-row">
          <Row gutter={12} style={{ flex: 1 }}>
            <Col xs={24} sm={16}>
              <TextField
                name={`health.diagnoses.${index}.name`}
                label={t('fields.diagnosis')}
                maxLength={100}
              />
            </Col>
            <Col xs={24} sm={8}>
              <TextField
                name={`health.diagnoses.${index}.icd10`}
                label={t('fields.icd10')}
                placeholder="F03"
              />
            </Col>
          </Row>
          <RemoveRowButton label={t('form.removeDiagnosis')} onClick={() => diagnoses.remove(index)} />
        </Flex>
      ))}
      <div style={{ marginBottom: 16, marginTop: 8 }}>
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => diagnoses.append({ ...EMPTY_DIAGNOSIS })}
          data-testid="person-diagnosis-add"
        >
          {t('form.addDiagnosis')}
        </Button>
      </div>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <CheckboxField name="health.dementia" label={t('fields.dementia')} />
        </Col>
        <Col xs={24} md={12}>
          <CheckboxField name="health.psychiatric" label={t('fields.psychiatric')} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <TextField name="health.allergies" label={t('fields.allergies')} rows={2} />
        </Col>
        <Col xs={24} md={12}>
          <TextField name="health.diet" label={t('fields.diet')} rows={2} />
        </Col>
      </Row>
      <TextField name="health.medicationNotes" label={t('fields.medicationNotes')} rows={2} />
    </>
  );
}
