import { useEffect } from 'react';
import { Button, Form } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FirstAdminSchema } from '../../../../shared/ipc/auth';
import type { FirstAdminInput } from '../../../../shared/ipc/auth';
import { applyServerErrors } from '../../api/apply-server-errors';
import { FormFields, TextField } from '../../components/form';
import { PasswordField } from './password-field';
import { useCreateFirstAdmin } from './queries';

type Values = z.input<typeof FirstAdminSchema>;
const FIELDS = ['username', 'displayName', 'password', 'passwordAgain'] as const;
const ids = (name: string) => ({ id: `first-admin-${name}`, testId: `first-admin-${name}` });

function isField(path: string): path is (typeof FIELDS)[number] {
  return (FIELDS as readonly string[]).includes(path);
}

/**
 * The first administrator, created before anything else can be saved (saving
 * the center already needs an administrator). The core signs them in at once.
 */
export function FirstAdminForm({ onCreated }: { onCreated?: () => void }) {
  const { t } = useTranslation('auth');
  const create = useCreateFirstAdmin();
  const form = useForm<Values, unknown, FirstAdminInput>({
    resolver: zodResolver(FirstAdminSchema),
    defaultValues: { username: '', displayName: '', password: '', passwordAgain: '' },
    mode: 'onTouched',
  });
  const { setFocus } = form;
  useEffect(() => setFocus('username'), [setFocus]);
  const submit = form.handleSubmit((values) => {
    if (create.isPending) return;
    create.mutate(values, {
      onSuccess: () => onCreated?.(),
      onError: (error) => applyServerErrors(error, form.setError, (path) => (isField(path) ? path : null)),
    });
  });
  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="first-admin-form" requiredMark>
      <FormFields form={form} ids={ids}>
        <TextField<Values>
          name="username"
          label={t('firstAdmin.username')}
          hint={t('firstAdmin.usernameHint')}
          autoComplete="username"
          required
        />
        <TextField<Values>
          name="displayName"
          label={t('firstAdmin.displayName')}
          placeholder={t('firstAdmin.displayNamePlaceholder')}
          autoComplete="name"
          required
        />
        <PasswordField<Values>
          name="password"
          label={t('firstAdmin.password')}
          hint={t('password.rules')}
          autoComplete="new-password"
          required
        />
        <PasswordField<Values>
          name="passwordAgain"
          label={t('firstAdmin.passwordAgain')}
          autoComplete="new-password"
          required
        />
      </FormFields>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        loading={create.isPending}
        data-testid="first-admin-submit"
      >
        {t('firstAdmin.submit')}
      </Button>
    </Form>
  );
}
