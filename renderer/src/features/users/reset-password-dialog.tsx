import { App, Form, Modal, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ResetPasswordSchema } from '../../../../shared/ipc/users';
import type { ResetPasswordInput, UserView } from '../../../../shared/ipc/users';
import { applyServerErrors } from '../../api/apply-server-errors';
import { FormFields } from '../../components/form';
import { PasswordField } from '../auth';
import { useResetPassword } from './queries';

type Values = z.input<typeof ResetPasswordSchema>;
const ids = (name: string) => ({ id: `reset-${name}`, testId: `reset-field-${name}` });

/** An administrator sets a new password for someone who lost theirs; it is typed twice. */
export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation(['users', 'auth', 'common']);
  const { message } = App.useApp();
  const reset = useResetPassword();
  const form = useForm<Values, unknown, ResetPasswordInput>({
    resolver: zodResolver(ResetPasswordSchema),
    defaultValues: { id: user.id, password: '', passwordAgain: '' },
  });
  const submit = form.handleSubmit((values) => {
    if (reset.isPending) return;
    reset.mutate(values, {
      onSuccess: () => {
        void message.success(t('users:reset.done', { name: user.displayName }));
        onClose();
      },
      onError: (error) =>
        applyServerErrors(error, form.setError, (path) =>
          path === 'password' || path === 'passwordAgain' ? path : null,
        ),
    });
  });
  return (
    <Modal
      open
      title={t('users:reset.title', { name: user.displayName })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      okButtonProps={{ 'data-testid': 'reset-submit' }}
      data-testid="reset-password-dialog"
    >
      <Typography.Paragraph type="secondary">{t('users:reset.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={() => void submit()}
        requiredMark={false}
        data-testid="reset-password-form"
      >
        <FormFields form={form} ids={ids}>
          <PasswordField<Values>
            name="password"
            label={t('users:fields.password')}
            hint={t('auth:password.rules')}
            autoComplete="new-password"
            required
          />
          <PasswordField<Values>
            name="passwordAgain"
            label={t('users:fields.passwordAgain')}
            autoComplete="new-password"
            required
          />
        </FormFields>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
