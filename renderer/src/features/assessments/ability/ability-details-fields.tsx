import { Checkbox, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_REASONS } from '../../../../../shared/schema';
import type { AbilityControl, PersonFactors } from './ability-form';
import { FieldShell } from '../../../components/form/field-shell';
import { IsoDatePicker } from '../../../components/form/iso-date-picker';

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
          <Controller
            control={control}
            name="reason"
            render={({ field, fieldState }) => (
              <FieldShell
                label={t('ability.fields.reason')}
                htmlFor="ability-reason"
                required
                error={fieldState.error}
                testId="ability-reason"
              >
                <Select
                  id="ability-reason"
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  placeholder={t('ability.placeholders.reason')}
                  options={ASSESSMENT_REASONS.map((reason) => ({
                    value: reason,
                    label: t(`domain:ability.reason.${reason}`),
                  }))}
                  status={fieldState.error ? 'error' : undefined}
                  data-testid="ability-reason"
                />
              </FieldShell>
            )}
          />
        </Col>
        <Col xs={24} sm={12}>
          <Controller
            control={control}
            name="date"
            render={({ field, fieldState }) => (
              <FieldShell
                label={t('ability.fields.date')}
                htmlFor="ability-date"
                required
                error={fieldState.error}
                testId="ability-date"
              >
                <IsoDatePicker
                  id="ability-date"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  invalid={fieldState.error !== undefined}
                  testId="ability-date"
                />
              </FieldShell>
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        {([0, 1] as const).map((index) => (
          <Col xs={24} sm={12} key={index}>
            <Controller
              control={control}
              name={`assessors.${index}`}
              render={({ field, fieldState }) => (
                <FieldShell
                  label={t(index === 0 ? 'ability.fields.assessor1' : 'ability.fields.assessor2')}
                  htmlFor={`ability-assessor-${index + 1}`}
                  required
                  error={fieldState.error}
                  testId={`ability-assessor-${index + 1}`}
                >
                  <Input
                    id={`ability-assessor-${index + 1}`}
                    ref={field.ref}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    placeholder={t('ability.placeholders.assessor')}
                    autoComplete="off"
                    aria-invalid={fieldState.error ? true : undefined}
                    data-testid={`ability-assessor-${index + 1}`}
                  />
                </FieldShell>
              )}
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
      <Controller
        control={control}
        name="notes"
        render={({ field, fieldState }) => (
          <FieldShell
            label={t('ability.fields.notes')}
            htmlFor="ability-notes"
            error={fieldState.error}
            testId="ability-notes"
          >
            <Input.TextArea
              id="ability-notes"
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              placeholder={t('ability.placeholders.notes')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="ability-notes"
            />
          </FieldShell>
        )}
      />
    </>
  );
}
