import { App, Form, Modal } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ChangePasswordSchema } from '../../../../shared/ipc/auth';
import type { ChangePasswordInput } from '../../../../shared/ipc/auth';
import { FormFields } from '../../components/form';
import { PasswordField } from './password-field';
import { applyAuthError } from './apply-auth-error';
import { useChangePassword } from './queries';

type Values = z.input<typeof ChangePasswordSchema>;
const FIELDS = ['currentPassword', 'newPassword', 'newPasswordAgain'] as const;
const EMPTY: Values = { currentPassword: '', newPassword: '', newPasswordAgain: '' };
const ids = (name: string) => ({ id: `change-password-${name}`, testId: `change-password-${name}` });

function isField(path: string): path is (typeof FIELDS)[number] {
  return (FIELDS as readonly string[]).includes(path);
}

/** Everyone changes their own password: the current one, then the new one twice. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const { message } = App.useApp();
  const change = useChangePassword();
  const form = useForm<Values, unknown, ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: EMPTY,
  });
  const close = () => {
    form.reset(EMPTY);
    onClose();
  };
  const submit = form.handleSubmit((values) => {
    if (change.isPending) return;
    change.mutate(values, {
      onSuccess: () => {
        void message.success(t('auth:password.changed'));
        close();
      },
      onError: (error) =>
        applyAuthError(
          error,
          form.setError,
          { username: 'currentPassword', password: 'currentPassword' },
          (path) => (isField(path) ? path : null),
        ),
    });
  });
  return (
    <Modal
      open={open}
      title={t('auth:password.title')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={change.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'change-password-submit' }}
      data-testid="change-password-dialog"
    >
      <Form layout="vertical" onFinish={() => void submit()} requiredMark={false}>
        <FormFields form={form} ids={ids}>
          <PasswordField<Values>
            name="currentPassword"
            label={t('auth:password.current')}
            autoComplete="current-password"
            required
          />
          <PasswordField<Values>
            name="newPassword"
            label={t('auth:password.new')}
            autoComplete="new-password"
            hint={t('auth:password.rules')}
            required
          />
          <PasswordField<Values>
            name="newPasswordAgain"
            label={t('auth:password.again')}
            autoComplete="new-password"
            required
          />
        </FormFields>
        {/* Enter in any box submits the dialog's form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
