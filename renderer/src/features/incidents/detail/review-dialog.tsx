import { App } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ReviewIncidentSchema } from '../../../../../shared/ipc/incidents';
import type { Incident } from '../../../../../shared/schema';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../api/error-text';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { useReviewIncident } from '../queries';

interface Values {
  text: string;
  correctiveAction: string;
}
const { TextField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `review-field-${name}`, testId: `review-field-${name}` });

function resolverFor(incident: Incident): Resolver<Values> {
  return (values) => {
    const parsed = ReviewIncidentSchema.safeParse({ id: incident.id, date: incident.date, ...values });
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field === 'text' || field === 'correctiveAction')
        errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

interface Props {
  incident: Incident;
  open: boolean;
  onClose: () => void;
}

/** 原因分析与整改措施, written by a manager (incidents.close); needed before closing. */
export function ReviewDialog({ incident, open, onClose }: Props) {
  const { t } = useTranslation('incidents');
  const { message } = App.useApp();
  const save = useReviewIncident();
  const form = useForm<Values>({
    resolver: resolverFor(incident),
    values: {
      text: incident.review?.text ?? '',
      correctiveAction: incident.review?.correctiveAction ?? '',
    },
    resetOptions: { keepDirtyValues: true },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutateAsync({ id: incident.id, date: incident.date, ...values }).then(
      () => {
        void message.success(t('detail.review.saved'));
        onClose();
      },
      (error: unknown) => {
        const issue = error instanceof ApiError ? error.fields[0] : undefined;
        const field = issue?.path === 'correctiveAction' ? 'correctiveAction' : 'text';
        form.setError(
          field,
          { type: 'server', message: issue?.message ?? errorText(error) },
          { shouldFocus: true },
        );
      },
    );
  });
  return (
    <FormDialog
      width={680}
      open={open}
      title={t('detail.review.write')}
      saving={save.isPending}
      disabled={false}
      testId="review-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <FormFields form={form} ids={ids}>
        <TextField name="text" label={t('detail.review.text')} required rows={4} maxLength={4000} />
        <TextField
          name="correctiveAction"
          label={t('detail.review.correctiveAction')}
          required
          rows={3}
          maxLength={4000}
        />
      </FormFields>
    </FormDialog>
  );
}
