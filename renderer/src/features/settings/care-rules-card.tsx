import { useEffect } from 'react';
import { App, Button, Card, Col, Form, Row, Select } from 'antd';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useSettings, useSaveSettings } from './queries';
import { useReadOnly } from '../../app';
import { applyServerErrors } from '../../api/apply-server-errors';
import { FormField } from '../../components/form';
import {
  CareRulesSchema,
  careRulesOf,
  normaliseVillages,
  withCareRules,
  type CareRules,
} from './care-rules-form';
import { NumberSetting, type NumberField } from './number-setting';

/** The number fields, row by row; `text` names their label and help (`…Help`) in the catalogue. */
const NUMBER_ROWS: readonly (readonly NumberField[])[] = [
  [
    { name: 'reassessmentMonths', text: 'reassessment', unit: 'months', min: 1, max: 60 },
    { name: 'riskReassessmentMonths', text: 'riskReassessment', unit: 'months', min: 1, max: 60 },
  ],
  [
    { name: 'backupRetention.keepLast', text: 'keepLast', unit: 'copies', min: 1, max: 100 },
    { name: 'backupRetention.dailyDays', text: 'dailyDays', unit: 'days', min: 0, max: 366 },
    { name: 'backupRetention.monthlyMonths', text: 'monthlyMonths', unit: 'months', min: 0, max: 120 },
  ],
];

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
        <FormField
          control={control}
          name="villages"
          id="setting-villages"
          testId="setting-villages"
          label={t('rules.villages')}
          extra={t('rules.villagesHelp')}
        >
          {({ field, id, testId }) => (
            <Select
              id={id}
              mode="tags"
              open={false}
              suffixIcon={null}
              value={field.value}
              onChange={(values: string[]) => field.onChange(normaliseVillages(values))}
              onBlur={field.onBlur}
              tokenSeparators={[',', '，', '、', ';', '；', ' ']}
              placeholder={t('rules.villagesPlaceholder')}
              data-testid={testId}
            />
          )}
        </FormField>
        {NUMBER_ROWS.map((row, index) => (
          <Row gutter={16} key={index}>
            {row.map((field) => (
              <Col xs={24} md={24 / row.length} key={field.name}>
                <NumberSetting
                  control={control}
                  name={field.name}
                  label={t(`rules.${field.text}`)}
                  help={t(`rules.${field.text}Help`)}
                  unit={t(`rules.${field.unit}`)}
                  min={field.min}
                  max={field.max}
                />
              </Col>
            ))}
          </Row>
        ))}
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
