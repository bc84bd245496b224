import { Alert, Button, Card, Col, Flex, Form, Row, Typography, theme } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ReportIncidentSchema } from '../../../../../shared/ipc/incidents';
import { ApiError } from '../../../api/api-error';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { errorText } from '../../../api/error-text';
import { fieldsFor, FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import type { FieldIdsOf } from '../../../components/form';
import { ElderPicker } from './elder-picker';
import { StaffPicker } from './staff-picker';
import { OTHER_CATEGORIES, RISK_CATEGORIES } from './incident-form-values';
import type { IncidentFormValues } from './incident-form-values';
import { fieldOfPath, incidentResolver } from './incident-resolver';

type Facts = z.output<typeof ReportIncidentSchema>;
const { TextField, SelectField, DateField, CheckboxField } = fieldsFor<IncidentFormValues>();

/** `incident-field-<name>` as both id and test id, stable for the e2e tests. */
const incidentFieldIds: FieldIdsOf = (name) => ({
  id: `incident-field-${name}`,
  testId: `incident-field-${name}`,
});

/** The core's refusals that name no field, and the field they concern. */
const FIELD_OF_CODE: Record<string, keyof IncidentFormValues> = {
  'incidents.future': 'occurredTime',
  'incidents.personNotFound': 'personIds',
  'incidents.staffNotFound': 'staffIds',
};

interface Props {
  initial: IncidentFormValues;
  /** Names of elders already chosen, which the search may not list. */
  knownElders: ReadonlyMap<string, string>;
  /** Correcting a saved incident: its date files it and stays. */
  editing: boolean;
  save: (facts: Facts) => Promise<unknown>;
  saving: boolean;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * The report in the order of the paper 意外事件报告: kind, date, time, place,
 * elders, staff on duty, what happened, first aid, hospital. Ctrl+S saves,
 * Enter in a box never does; every complaint stands beside its field.
 */
export function IncidentForm({ initial, knownElders, editing, save, saving, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['incidents', 'domain']);
  const { token } = theme.useToken();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<IncidentFormValues, unknown, Facts>({
    resolver: incidentResolver(ReportIncidentSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const sent = useWatch({ control: form.control, name: 'hospitalSent' });
  const submit = form.handleSubmit((facts) => {
    if (saving) return;
    setProblem(null);
    // Not through mutate's callbacks: saving leaves the page, and they would be dropped with it.
    save(facts).then(onSaved, (error: unknown) => {
      if (applyServerErrors(error, form.setError, fieldOfPath)) return;
      const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
      if (field !== undefined)
        form.setError(field, { type: 'server', message: errorText(error) }, { shouldFocus: true });
      else setProblem(errorText(error));
    });
  });
  useSaveShortcut(() => void submit(), true);
  const option = (c: (typeof RISK_CATEGORIES)[number]) => ({ value: c, label: t(`domain:incident.${c}`) });
  return (
    <FormFields form={form} ids={incidentFieldIds}>
      <Form
        layout="vertical"
        requiredMark
        onFinish={() => void submit()}
        onKeyDown={preventEnterSubmit}
        data-testid="incident-form"
      >
        <Flex vertical gap={16}>
          {problem && <Alert type="error" showIcon title={problem} data-testid="incident-problem" />}
          <Card size="small" title={t('form.sections.event')}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <SelectField
                  name="category"
                  label={t('form.category')}
                  required
                  placeholder={t('form.categoryPlaceholder')}
                  options={[...RISK_CATEGORIES.map(option), ...OTHER_CATEGORIES.map(option)]}
                />
              </Col>
              <Col xs={12} md={5}>
                {editing ? (
                  <Form.Item label={t('form.date')}>
                    <Typography.Text data-testid="incident-field-date">{initial.date}</Typography.Text>
                  </Form.Item>
                ) : (
                  <DateField name="date" label={t('form.date')} required notAfterToday allowClear={false} />
                )}
              </Col>
              <Col xs={12} md={4}>
                <TextField
                  name="occurredTime"
                  label={t('form.time')}
                  required
                  inputMode="numeric"
                  placeholder={t('form.timePlaceholder')}
                  maxLength={5}
                />
              </Col>
              <Col xs={24} md={7}>
                <TextField
                  name="place"
                  label={t('form.place')}
                  placeholder={t('form.placePlaceholder')}
                  maxLength={200}
                />
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.sections.people')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <ElderPicker known={knownElders} />
              </Col>
              <Col xs={24} md={12}>
                <StaffPicker />
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.sections.action')}>
            <TextField
              name="description"
              label={t('form.description')}
              required
              rows={4}
              maxLength={4000}
              placeholder={t('form.descriptionHint')}
            />
            <TextField name="actionTaken" label={t('form.actionTaken')} rows={3} maxLength={4000} />
            <CheckboxField name="hospitalSent" label={t('form.hospitalSent')} />
            {sent && (
              <Row gutter={16}>
                <Col xs={12} md={5}>
                  <DateField name="hospitalDate" label={t('form.hospitalDate')} notAfterToday />
                </Col>
                <Col xs={12} md={4}>
                  <TextField
                    name="hospitalTime"
                    label={t('form.hospitalTime')}
                    inputMode="numeric"
                    placeholder={t('form.timePlaceholder')}
                    maxLength={5}
                  />
                </Col>
                <Col xs={24} md={15}>
                  <TextField
                    name="hospitalDestination"
                    label={t('form.hospitalDestination')}
                    maxLength={200}
                  />
                </Col>
              </Row>
            )}
          </Card>
          <Flex
            gap={8}
            justify="flex-end"
            align="center"
            style={{
              position: 'sticky',
              bottom: 0,
              padding: '12px 0',
              background: token.colorBgLayout,
              zIndex: 2,
            }}
          >
            <Typography.Text type="secondary">{t('form.saveHint')}</Typography.Text>
            <Button onClick={onCancel} data-testid="incident-cancel">
              {t('form.cancel')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={saving}
              data-testid="incident-submit"
            >
              {saving ? t('form.saving') : t('form.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </FormFields>
  );
}
