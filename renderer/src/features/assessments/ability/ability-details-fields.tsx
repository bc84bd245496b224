import { Checkbox, Col, Flex, Form, Row, Typography } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_REASONS } from '../../../../../shared/schema';
import type { AbilityControl, PersonFactors } from './ability-form';
import { DateField, SelectField, TextField } from '../../../components/form';

interface Props {
  control: AbilityControl;
  person: PersonFactors;
}

/** Reason, date, the two assessors (must differ), the adjustment grounds and notes. */
export function AbilityDetailsFields({ control, person }: Props) {
  const { t } = useTranslation(['assessment', 'domain']);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <SelectField
            control={control}
            name="reason"
            id="ability-reason"
            testId="ability-reason"
            label={t('ability.fields.reason')}
            required
            placeholder={t('ability.placeholders.reason')}
            options={ASSESSMENT_REASONS.map((reason) => ({
              value: reason,
              label: t(`domain:ability.reason.${reason}`),
            }))}
          />
        </Col>
        <Col xs={24} sm={12}>
          <DateField
            control={control}
            name="date"
            id="ability-date"
            testId="ability-date"
            label={t('ability.fields.date')}
            required
            notAfterToday
            allowClear={false}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        {([0, 1] as const).map((index) => (
          <Col xs={24} sm={12} key={index}>
            <TextField
              control={control}
              name={`assessors.${index}`}
              id={`ability-assessor-${index + 1}`}
              testId={`ability-assessor-${index + 1}`}
              label={t(index === 0 ? 'ability.fields.assessor1' : 'ability.fields.assessor2')}
              required
              placeholder={t('ability.placeholders.assessor')}
            />
          </Col>
        ))}
      </Row>
      <Form.Item label={t('ability.factorsTitle')}>
        <Flex vertical gap={4}>
          {(['coma', 'dementia', 'psychiatric'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => {
                // A diagnosis on the record always counts; it cannot be unticked here.
                const onRecord = name !== 'coma' && person[name];
                return (
                  <Checkbox
                    checked={field.value || onRecord}
                    disabled={onRecord}
                    onChange={(event) => field.onChange(event.target.checked)}
                    data-testid={`ability-${name}`}
                  >
                    {t(`ability.${name}`)}
                    {onRecord && <Typography.Text type="secondary"> {t('ability.onRecord')}</Typography.Text>}
                  </Checkbox>
                );
              }}
            />
          ))}
        </Flex>
      </Form.Item>
      <TextField
        control={control}
        name="notes"
        id="ability-notes"
        testId="ability-notes"
        label={t('ability.fields.notes')}
        placeholder={t('ability.placeholders.notes')}
        rows={2}
        maxLength={2000}
      />
    </>
  );
}
