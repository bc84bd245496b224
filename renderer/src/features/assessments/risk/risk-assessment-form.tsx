import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RISK_CODES } from '../../../../../shared/domain/risk';
import { RISK_ASSESSMENT_REASONS } from '../../../../../shared/schema';
import type { Person, RiskAssessmentInput } from '../../../../../shared/schema';
import { useAssessmentSaveRisk } from '../queries';
import { errorText } from '../../../api/error-text';
import type { RiskFormValues } from './risk-form';
import { emptyRiskForm, riskResolver } from './risk-form';
import { RiskRow } from './risk-row';
import { FieldShell } from '../../../components/form/field-shell';
import { IsoDatePicker } from '../../../components/form/iso-date-picker';
import { BackToPerson } from '../back-to-person';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths } from '../../people';

/** Schema paths the form shows; the rest (personId) are reported as a message. */
function formPath(path: string): Path<RiskFormValues> | null {
  if (['date', 'reason', 'assessor', 'notes'].includes(path)) return path as Path<RiskFormValues>;
  return /^risks\.[A-Za-z]+\.(grade|measures)$/.test(path) ? (path as Path<RiskFormValues>) : null;
}

/** The nine risks of GB 38600-2019, graded; written measures for every risk above low. */
export function RiskAssessmentForm({ person }: { person: Person }) {
  const { t } = useTranslation(['assessment', 'domain']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const save = useAssessmentSaveRisk();
  const form = useForm<RiskFormValues, unknown, RiskAssessmentInput>({
    resolver: riskResolver,
    defaultValues: emptyRiskForm(person.id, todayIso()),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, setError, formState } = form;
  const missingMeasures = Object.values(formState.errors.risks ?? {}).filter(
    (entry) => entry && typeof entry === 'object' && 'measures' in entry && entry.measures,
  ).length;

  const submit = form.handleSubmit((input) => {
    if (save.isPending) return;
    save.mutate(input, {
      onSuccess: () => {
        void message.success(t('risk.saved'));
        void navigate(peoplePaths.person(person.id));
      },
      onError: (error) => {
        if (!applyServerErrors(error, setError, formPath)) void message.error(errorText(error));
      },
    });
  });

  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="risk-page" component="form">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('risk.title')} · <span data-testid="risk-person-name">{person.name}</span>
          </Typography.Title>
          <Typography.Text type="secondary">{t('risk.standard')}</Typography.Text>
        </div>
        <BackToPerson personId={person.id} />
      </Flex>
      <Flex vertical gap={16}>
        <Card size="small">
          <Typography.Paragraph type="secondary">{t('risk.help')}</Typography.Paragraph>
          <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="risk-table">
            <thead>
              <tr style={{ borderBottom: '1px solid #f0f0f0', textAlign: 'start' }}>
                <th style={{ padding: 8, textAlign: 'start' }}>{t('risk.columns.risk')}</th>
                <th style={{ padding: 8, textAlign: 'start' }}>{t('risk.columns.grade')}</th>
                <th style={{ padding: 8, textAlign: 'start' }}>{t('risk.columns.measures')}</th>
              </tr>
            </thead>
            <tbody>
              {RISK_CODES.map((code) => (
                <RiskRow key={code} control={control} code={code} />
              ))}
            </tbody>
          </table>
        </Card>
        <Card size="small">
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <Controller
                control={control}
                name="reason"
                render={({ field, fieldState }) => (
                  <FieldShell
                    label={t('risk.fields.reason')}
                    htmlFor="risk-reason"
                    required
                    error={fieldState.error}
                    testId="risk-reason"
                  >
                    <Select
                      id="risk-reason"
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      placeholder={t('risk.placeholders.reason')}
                      options={RISK_ASSESSMENT_REASONS.map((reason) => ({
                        value: reason,
                        label: t(`risk.reason.${reason}`),
                      }))}
                      status={fieldState.error ? 'error' : undefined}
                      data-testid="risk-reason"
                    />
                  </FieldShell>
                )}
              />
            </Col>
            <Col xs={24} sm={8}>
              <Controller
                control={control}
                name="date"
                render={({ field, fieldState }) => (
                  <FieldShell
                    label={t('risk.fields.date')}
                    htmlFor="risk-date"
                    required
                    error={fieldState.error}
                    testId="risk-date"
                  >
                    <IsoDatePicker
                      id="risk-date"
                      value={field.value}
                      onChange={field.onChange}
                      testId="risk-date"
                      invalid={fieldState.error !== undefined}
                    />
                  </FieldShell>
                )}
              />
            </Col>
            <Col xs={24} sm={8}>
              <Controller
                control={control}
                name="assessor"
                render={({ field, fieldState }) => (
                  <FieldShell
                    label={t('risk.fields.assessor')}
                    htmlFor="risk-assessor"
                    required
                    error={fieldState.error}
                    testId="risk-assessor"
                  >
                    <Input
                      id="risk-assessor"
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      placeholder={t('risk.placeholders.assessor')}
                      autoComplete="off"
                      data-testid="risk-assessor"
                    />
                  </FieldShell>
                )}
              />
            </Col>
          </Row>
          <Controller
            control={control}
            name="notes"
            render={({ field, fieldState }) => (
              <FieldShell
                label={t('risk.fields.notes')}
                htmlFor="risk-notes"
                error={fieldState.error}
                testId="risk-notes"
              >
                <Input.TextArea
                  id="risk-notes"
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  placeholder={t('risk.placeholders.notes')}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  data-testid="risk-notes"
                />
              </FieldShell>
            )}
          />
        </Card>
        {missingMeasures > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('risk.missing', { count: missingMeasures })}
            data-testid="risk-missing"
          />
        )}
        <div>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            loading={save.isPending}
            data-testid="risk-submit"
          >
            {save.isPending ? t('common:actions.saving') : t('risk.submit')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
