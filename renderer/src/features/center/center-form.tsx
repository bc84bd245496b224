import { useEffect } from 'react';
import { Button, Col, Form, Row, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { CenterSetupInputSchema } from '../../../../shared/schema';
import type { CenterProfile, CenterSetupInput } from '../../../../shared/schema';
import { applyServerErrors } from '../../api/apply-server-errors';
import { useSaveCenter } from './queries';
import type { CenterFormValues } from './center-form-values';
import { isCenterField } from './center-form-values';
import { CenterTextField } from './center-text-field';
import { BedCountField } from './bed-count-field';

interface Props {
  initial: CenterFormValues;
  submitLabel: string;
  /** Put the cursor in the first field (first-run setup). */
  autoFocus?: boolean;
  disabled?: boolean;
  onSaved?: (center: CenterProfile) => void;
}

/**
 * The center profile form, used by first-run setup and by Settings. The same
 * zod schema checks it here and again in the main process; complaints from
 * either side appear beside the field, in the chosen language. Enter submits.
 */
export function CenterForm({ initial, submitLabel, autoFocus = false, disabled = false, onSaved }: Props) {
  const { t } = useTranslation(['setup', 'common']);
  const save = useSaveCenter();
  const form = useForm<CenterFormValues, unknown, CenterSetupInput>({
    resolver: zodResolver(CenterSetupInputSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { control, setFocus, setError, reset } = form;

  useEffect(() => {
    if (autoFocus) setFocus('name');
  }, [autoFocus, setFocus]);

  const submit = form.handleSubmit((values) => {
    // The fields stay enabled while saving so a server complaint can focus its field; ignore a second Enter.
    if (save.isPending) return;
    save.mutate(values, {
      onSuccess: (center) => {
        reset(values);
        onSaved?.(center);
      },
      onError: (error) => {
        applyServerErrors(error, setError, (path) => (isCenterField(path) ? path : null));
      },
    });
  });

  return (
    <Form
      layout="vertical"
      disabled={disabled}
      onFinish={() => void submit()}
      data-testid="center-form"
      requiredMark
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('center.sections.basic')}
      </Typography.Title>
      <CenterTextField control={control} name="name" required autoComplete="organization" />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CenterTextField control={control} name="county" required />
        </Col>
        <Col xs={24} sm={12}>
          <CenterTextField control={control} name="township" required />
        </Col>
      </Row>
      <CenterTextField control={control} name="licenceNumber" required />

      <Typography.Title level={5}>{t('center.sections.contact')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CenterTextField control={control} name="contactPerson" required autoComplete="name" />
        </Col>
        <Col xs={24} sm={12}>
          <CenterTextField control={control} name="phone" required autoComplete="tel" inputMode="tel" />
        </Col>
      </Row>
      <CenterTextField control={control} name="address" autoComplete="street-address" />

      <Typography.Title level={5}>{t('center.sections.beds')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('center.bedsHelp')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <BedCountField control={control} name="beds.residential" />
        </Col>
        <Col xs={24} sm={8}>
          <BedCountField control={control} name="beds.nursing" />
        </Col>
        <Col xs={24} sm={8}>
          <BedCountField control={control} name="beds.dayCare" />
        </Col>
      </Row>

      <Button
        type="primary"
        htmlType="submit"
        size="large"
        loading={save.isPending}
        data-testid="center-submit"
      >
        {save.isPending ? t('common:actions.saving') : submitLabel}
      </Button>
    </Form>
  );
}
