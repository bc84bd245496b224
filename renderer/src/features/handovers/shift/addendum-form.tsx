import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddendumInputSchema } from '../../../../../shared/ipc/handovers';
import type { Handover } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { TextField, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { PasswordField } from '../../auth';
import { useAddAddendum } from '../queries';
import { applySignerError } from './signer-error';

const AddendumFormSchema = AddendumInputSchema.pick({ text: true, username: true, password: true });
interface AddendumValues {
  text: string;
  username: string;
  password: string;
}
const EMPTY: AddendumValues = { text: '', username: '', password: '' };

/** A correction to a signed handover: its own text, signed by who writes it with their password. */
export function AddendumForm({
  handover,
  defaultUsername = '',
}: {
  handover: Handover;
  defaultUsername?: string;
}) {
  const { t } = useTranslation('handovers');
  const { message } = App.useApp();
  const add = useAddAddendum();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AddendumValues>({
    resolver: zodResolver(AddendumFormSchema),
    defaultValues: { ...EMPTY, username: defaultUsername },
  });
  const submit = form.handleSubmit(async (values) => {
    if (add.isPending) return;
    setProblem(null);
    try {
      await add.mutateAsync({ id: handover.id, date: handover.date, ...values });
      form.reset({ ...EMPTY, username: defaultUsername });
      void message.success(t('addendum.saved'));
    } catch (error) {
      form.setValue('password', '');
      if (!applySignerError(error, form.setError, ['text', 'username', 'password']))
        setProblem(errorText(error));
    }
  });
  useSaveShortcut(() => void submit(), true);
  return (
    <Card
      size="small"
      title={t('addendum.add')}
      style={{ marginTop: 16 }}
      data-testid="handover-addendum-card"
    >
      <Typography.Paragraph>{t('addendum.hint')}</Typography.Paragraph>
      <Form
        layout="vertical"
        component="div"
        onKeyDown={preventEnterSubmit}
        data-testid="handover-addendum-form"
      >
        <TextField
          control={form.control}
          name="text"
          label={t('addendum.text')}
          required
          rows={3}
          maxLength={2000}
          id="handover-addendum-text"
          testId="handover-addendum-text"
        />
        <div style={{ maxWidth: 360 }}>
          <TextField
            control={form.control}
            name="username"
            label={t('sign.username')}
            required
            id="handover-addendum-username"
            testId="handover-addendum-username"
          />
          <PasswordField
            control={form.control}
            name="password"
            label={t('sign.password')}
            required
            autoComplete="current-password"
            id="handover-addendum-password"
            testId="handover-addendum-password"
          />
        </div>
        {problem && <Alert type="error" showIcon title={problem} data-testid="handover-addendum-problem" />}
        <Button
          type="primary"
          size="large"
          loading={add.isPending}
          onClick={() => void submit()}
          data-testid="handover-addendum-submit"
        >
          {t('addendum.save')}
        </Button>
      </Form>
    </Card>
  );
}
