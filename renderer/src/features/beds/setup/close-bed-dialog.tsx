import { App, Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldPath, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { CloseBedSchema } from '../../../../../shared/ipc/beds';
import type { CloseBedInput } from '../../../../../shared/ipc/beds';
import { BED_CLOSURE_REASONS } from '../../../../../shared/schema';
import type { Bed } from '../../../../../shared/schema';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useCloseBed } from '../queries';
import { placeBedsError } from './place-beds-error';

type Values = CloseBedInput;
const { TextField, SelectField, DateField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `close-field-${name}`, testId: `close-field-${name}` });
const FIELDS: readonly FieldPath<Values>[] = ['from', 'to', 'reason', 'notes'];
const schemaResolver = zodResolver(CloseBedSchema);
/** An empty end date means "until reopened", which the schema writes as null. */
const resolver: Resolver<Values> = (values, context, options) =>
  schemaResolver(
    {
      ...values,
      to: values.to === '' ? null : values.to,
      notes: values.notes === '' ? undefined : values.notes,
    },
    context,
    options,
  );

/** Close a bed from a day, up to a day or until reopened, with the reason: a dated row, never a flag. */
export function CloseBedDialog({
  bed,
  disabled,
  onClose,
}: {
  bed: Bed | null;
  disabled: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('beds');
  const { message } = App.useApp();
  const close = useCloseBed();
  const form = useForm<Values>({
    resolver,
    values: { bedId: bed?.id ?? '', from: todayIso(), to: null, reason: 'repair', notes: '' },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit((values) => {
    if (close.isPending || bed === null) return;
    close.mutate(
      { ...values, to: values.to === '' ? null : values.to, ...(values.notes ? {} : { notes: undefined }) },
      {
        onSuccess: () => {
          void message.success(t('setup.close.saved', { bed: bed.label }));
          onClose();
        },
        onError: (error) => {
          const placed = placeBedsError(error, form.setError, FIELDS, {
            'beds.alreadyClosed': 'from',
            'beds.beforeInService': 'from',
            'beds.conflict.bedClosed': 'from',
          });
          if (!placed) void message.error(error.message);
        },
      },
    );
  });
  return (
    <FormDialog
      open={bed !== null}
      title={t('setup.close.title', { bed: bed?.label ?? '' })}
      saving={close.isPending}
      disabled={disabled}
      testId="close-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <FormFields form={form} ids={ids}>
        <Row gutter={16}>
          <Col span={12}>
            <DateField name="from" label={t('setup.close.from')} required allowClear={false} />
          </Col>
          <Col span={12}>
            <DateField name="to" label={t('setup.close.to')} />
          </Col>
          <Col span={12}>
            <SelectField
              name="reason"
              label={t('setup.close.reason')}
              required
              options={BED_CLOSURE_REASONS.map((reason) => ({
                value: reason,
                label: t(`board.closureReason.${reason}`),
              }))}
            />
          </Col>
          <Col span={24}>
            <TextField name="notes" label={t('setup.close.notes')} maxLength={200} />
          </Col>
        </Row>
      </FormFields>
    </FormDialog>
  );
}
