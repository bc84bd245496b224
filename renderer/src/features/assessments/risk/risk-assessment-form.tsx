import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import { useForm } from 'react-hook-form';
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
import { DateField, SelectField, TextField } from '../../../components/form';
import { BackToPerson } from '../back-to-person';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths } from '../../people';
import { PageTitle } from '../../../components/page-title';

/** Schema paths the form shows; the rest (personId) are reported as a message. */
function formPath(path: string): Path<RiskFormValues> | null {
  if (['date', 'reason', 'assessor', 'notes'].includes(path)) return path as Path<RiskFormValues>;
  return /^risks\.[A-Za-z]+\.(grade|measures)$/.test(path) ? (path as Path<RiskFormValues>) : null;
}

/** The nine risks of GB 38600-2019, graded; written measures for every risk above low. */
export function RiskAssessmentForm({ person }: { person: Person }) {
  const { t } = useTranslation(['assessment', 'domain', 'common']);
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
          <PageTitle style={{ margin: 0 }}>
            {t('risk.title')} · <span data-testid="risk-person-name">{person.name}</span>
          </PageTitle>
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
              <SelectField
                control={control}
                name="reason"
                id="risk-reason"
                testId="risk-reason"
                label={t('risk.fields.reason')}
                required
                placeholder={t('risk.placeholders.reason')}
                options={RISK_ASSESSMENT_REASONS.map((reason) => ({
                  value: reason,
                  label: t(`risk.reason.${reason}`),
                }))}
              />
            </Col>
            <Col xs={24} sm={8}>
              <DateField
                control={control}
                name="date"
                id="risk-date"
                testId="risk-date"
                label={t('risk.fields.date')}
                required
                notAfterToday
                allowClear={false}
              />
            </Col>
            <Col xs={24} sm={8}>
              <TextField
                control={control}
                name="assessor"
                id="risk-assessor"
                testId="risk-assessor"
                label={t('risk.fields.assessor')}
                required
                placeholder={t('risk.placeholders.assessor')}
              />
            </Col>
          </Row>
          <TextField
            control={control}
            name="notes"
            id="risk-notes"
            testId="risk-notes"
            label={t('risk.fields.notes')}
            placeholder={t('risk.placeholders.notes')}
            rows={2}
            maxLength={2000}
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
