import { App, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ReopenBedSchema } from '../../../../../shared/ipc/beds';
import type { ReopenBedInput } from '../../../../../shared/ipc/beds';
import type { Bed } from '../../../../../shared/schema';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useReopenBed } from '../queries';
import { placeBedsError } from './place-beds-error';

type Values = ReopenBedInput;
const { DateField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `reopen-field-${name}`, testId: `reopen-field-${name}` });
const FIELDS: readonly FieldPath<Values>[] = ['on'];

/** Put a closed bed back in service from a day: the open closure ends there. */
export function ReopenBedDialog({
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
  const reopen = useReopenBed();
  const form = useForm<Values>({
    resolver: zodResolver(ReopenBedSchema),
    values: { bedId: bed?.id ?? '', on: todayIso() },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit((values) => {
    if (reopen.isPending || bed === null) return;
    reopen.mutate(values, {
      onSuccess: () => {
        void message.success(t('setup.reopen.saved', { bed: bed.label }));
        onClose();
      },
      onError: (error) => {
        if (!placeBedsError(error, form.setError, FIELDS, { 'beds.notClosed': 'on' }))
          void message.error(error.message);
      },
    });
  });
  return (
    <FormDialog
      open={bed !== null}
      title={t('setup.reopen.title', { bed: bed?.label ?? '' })}
      saving={reopen.isPending}
      disabled={disabled}
      testId="reopen-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Typography.Paragraph>{t('setup.reopen.help')}</Typography.Paragraph>
      <FormFields form={form} ids={ids}>
        <DateField name="on" label={t('setup.reopen.on')} required allowClear={false} />
      </FormFields>
    </FormDialog>
  );
}
