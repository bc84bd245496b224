import { useEffect } from 'react';
import { App, Button, Card, Col, Form, Row, Select } from 'antd';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/useSettings';
import { useSaveSettings } from '../api/useSaveSettings';
import { useReadOnly } from '../api/useReadOnly';
import { applyServerErrors } from '../api/applyServerErrors';
import { useFieldErrorText } from '../center/useFieldErrorText';
import {
  CareRulesSchema,
  careRulesOf,
  normaliseVillages,
  withCareRules,
  type CareRules,
} from './careRulesForm';
import { NumberSetting } from './NumberSetting';

/**
 * The center's own rules: its villages (import checks and filters use them), how
 * often elders are reassessed, and how many backups are kept. Checked by the same
 * schema here and in the main process.
 */
export function CareRulesCard() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const settings = useSettings().data;
  const save = useSaveSettings();
  const readOnly = useReadOnly();
  const errorText = useFieldErrorText();
  const form = useForm<CareRules>({ resolver: zodResolver(CareRulesSchema), mode: 'onTouched' });
  const { control, reset, setError, formState } = form;

  useEffect(() => {
    if (settings) reset(careRulesOf(settings));
  }, [settings, reset]);

  if (!settings) return null;
  const submit = form.handleSubmit((rules) => {
    save.mutate(withCareRules(settings, rules), {
      onSuccess: () => void message.success(t('rules.saved')),
      onError: (error) => {
        // The main process answers with translated messages; put them beside their fields.
        const placed = applyServerErrors(error, setError, (path) => path as FieldPath<CareRules>);
        if (!placed) void message.error(error.message);
      },
    });
  });

  return (
    <Card title={t('rules.title')} data-testid="settings-rules">
      <Form layout="vertical" disabled={readOnly} onFinish={() => void submit()}>
        <Controller
          control={control}
          name="villages"
          render={({ field, fieldState }) => (
            <Form.Item
              label={t('rules.villages')}
              htmlFor="setting-villages"
              validateStatus={fieldState.error ? 'error' : undefined}
              help={errorText(fieldState.error)}
              extra={t('rules.villagesHelp')}
            >
              <Select
                id="setting-villages"
                mode="tags"
                open={false}
                suffixIcon={null}
                value={field.value}
                onChange={(values: string[]) => field.onChange(normaliseVillages(values))}
                onBlur={field.onBlur}
                tokenSeparators={[',', '，', '、', ';', '；', ' ']}
                placeholder={t('rules.villagesPlaceholder')}
                data-testid="setting-villages"
              />
            </Form.Item>
          )}
        />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <NumberSetting
              control={control}
              name="reassessmentMonths"
              label={t('rules.reassessment')}
              help={t('rules.reassessmentHelp')}
              unit={t('rules.months')}
              min={1}
              max={60}
            />
          </Col>
          <Col xs={24} md={12}>
            <NumberSetting
              control={control}
              name="riskReassessmentMonths"
              label={t('rules.riskReassessment')}
              help={t('rules.riskReassessmentHelp')}
              unit={t('rules.months')}
              min={1}
              max={60}
            />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <NumberSetting
              control={control}
              name="backupRetention.keepLast"
              label={t('rules.keepLast')}
              help={t('rules.keepLastHelp')}
              unit={t('rules.copies')}
              min={1}
              max={100}
            />
          </Col>
          <Col xs={24} md={8}>
            <NumberSetting
              control={control}
              name="backupRetention.dailyDays"
              label={t('rules.dailyDays')}
              help={t('rules.dailyDaysHelp')}
              unit={t('rules.days')}
              min={0}
              max={366}
            />
          </Col>
          <Col xs={24} md={8}>
            <NumberSetting
              control={control}
              name="backupRetention.monthlyMonths"
              label={t('rules.monthlyMonths')}
              help={t('rules.monthlyMonthsHelp')}
              unit={t('rules.months')}
              min={0}
              max={120}
            />
          </Col>
        </Row>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          disabled={readOnly || !formState.isDirty}
          data-testid="settings-rules-save"
        >
          {t('rules.save')}
        </Button>
      </Form>
    </Card>
  );
}
