import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SignHandoverSchema } from '../../../../../shared/ipc/handovers';
import type { Handover } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { TextField, preventEnterSubmit } from '../../../components/form';
import { PasswordField } from '../../auth';
import { useSignHandover } from '../queries';
import { applySignerError } from './signer-error';

const SignerSchema = SignHandoverSchema.pick({ username: true, password: true });
interface SignerValues {
  username: string;
  password: string;
}

interface Props {
  handover: Handover;
  role: 'outgoing' | 'incoming';
  /** Filled in for the carer (e.g. from the roster's outgoing and incoming carers); still editable. */
  defaultUsername?: string;
  /** Signing is refused here (unsaved changes): the reason is shown above. */
  blocked?: boolean;
}

/**
 * One carer's signature: their own user name and password, checked by the
 * core and never kept. Asked to confirm first, because signing locks the
 * handover; a refusal (wrong password, the same person twice) is shown beside
 * its box and changes nothing.
 */
export function SignForm({ handover, role, defaultUsername = '', blocked = false }: Props) {
  const { t } = useTranslation('handovers');
  const { modal, message } = App.useApp();
  const sign = useSignHandover();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<SignerValues>({
    resolver: zodResolver(SignerSchema),
    defaultValues: { username: defaultUsername, password: '' },
  });
  const prefix = `handover-sign-${role}`;
  const submit = form.handleSubmit((values) => {
    if (sign.isPending) return;
    setProblem(null);
    modal.confirm({
      title: t('sign.confirmTitle'),
      content: t(role === 'outgoing' ? 'sign.confirmOutgoing' : 'sign.confirmIncoming'),
      okText: t('sign.confirmOk'),
      okButtonProps: { 'data-testid': `${prefix}-confirm` },
      onOk: async () => {
        try {
          await sign.mutateAsync({ id: handover.id, date: handover.date, role, ...values });
          void message.success(t(role === 'outgoing' ? 'sign.signedOutgoing' : 'sign.signedIncoming'));
        } catch (error) {
          form.setValue('password', '');
          if (!applySignerError(error, form.setError, ['username', 'password'])) setProblem(errorText(error));
        }
      },
    });
  });
  return (
    <Card size="small" title={t(`sign.${role}`)} data-testid={`${prefix}-card`} style={{ marginTop: 16 }}>
      <Typography.Paragraph>
        {t(role === 'outgoing' ? 'sign.outgoingHint' : 'sign.incomingHint')}
      </Typography.Paragraph>
      <Form
        layout="vertical"
        component="div"
        onKeyDown={preventEnterSubmit}
        disabled={blocked}
        data-testid={`${prefix}-form`}
        style={{ maxWidth: 360 }}
      >
        <TextField
          control={form.control}
          name="username"
          label={t('sign.username')}
          required
          autoComplete="off"
          id={`${prefix}-username`}
          testId={`${prefix}-username`}
        />
        <PasswordField
          control={form.control}
          name="password"
          label={t('sign.password')}
          required
          autoComplete="current-password"
          id={`${prefix}-password`}
          testId={`${prefix}-password`}
        />
        {problem && <Alert type="error" showIcon title={problem} data-testid={`${prefix}-problem`} />}
        <Button
          type="primary"
          size="large"
          loading={sign.isPending}
          disabled={blocked}
          onClick={() => void submit()}
          data-testid={`${prefix}-submit`}
          style={{ marginTop: 8 }}
        >
          {t(role === 'outgoing' ? 'sign.signOutgoing' : 'sign.signIncoming')}
        </Button>
      </Form>
    </Card>
  );
}
