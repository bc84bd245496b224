import { App, Form, Modal } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { UserCreateSchema, UserUpdateSchema } from '../../../../shared/ipc/users';
import type { UserView } from '../../../../shared/ipc/users';
import { USER_ROLES } from '../../../../shared/schema/users';
import { applyServerErrors } from '../../api/apply-server-errors';
import { FormFields, SelectField, TextField } from '../../components/form';
import { PasswordField } from '../auth';
import { useCreateUser, useUpdateUser } from './queries';
import { StaffLinkField } from './staff-link-field';
import { NEW_USER, isUserField, userFieldIds, userToForm } from './user-form-values';
import type { UserFormValues } from './user-form-values';

interface Props {
  /** The account to edit, or null to add one. */
  user: UserView | null;
  onClose: () => void;
}

/** Editing checks the update schema: the add form's schema without user name and passwords, plus `id` and `active`. */
const EditSchema = UserUpdateSchema.pick({ displayName: true, role: true, staffId: true }).loose();

/**
 * Adds an account (user name, display name, role, link to a staff member, the
 * password twice) or changes one (display name, role, link). Each refusal,
 * from the form's schema or from the core, is shown beside its field.
 */
export function UserFormDialog({ user, onClose }: Props) {
  const { t } = useTranslation(['users', 'auth', 'common']);
  const { message } = App.useApp();
  const create = useCreateUser();
  const update = useUpdateUser();
  const pending = create.isPending || update.isPending;
  const form = useForm<UserFormValues>({
    resolver: zodResolver(user ? EditSchema : UserCreateSchema) as never,
    defaultValues: user ? userToForm(user) : NEW_USER,
    mode: 'onTouched',
  });
  const placeErrors = (error: unknown) =>
    applyServerErrors(error, form.setError, (path) => (isUserField(path) ? path : null));
  const submit = form.handleSubmit((values) => {
    if (pending) return;
    if (user) {
      const input = UserUpdateSchema.parse({
        id: user.id,
        displayName: values.displayName,
        role: values.role,
        staffId: values.staffId,
        active: user.active,
      });
      update.mutate(input, {
        onSuccess: () => {
          void message.success(t('users:saved'));
          onClose();
        },
        onError: placeErrors,
      });
    } else {
      create.mutate(values, {
        onSuccess: () => {
          void message.success(t('users:added'));
          onClose();
        },
        onError: placeErrors,
      });
    }
  });
  const roleOptions = USER_ROLES.map((role) => ({ value: role, label: t(`auth:roles.${role}`) }));
  return (
    <Modal
      open
      title={user ? t('users:edit.title', { name: user.displayName }) : t('users:add.title')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      data-testid="user-form-dialog"
    >
      <Form layout="vertical" onFinish={() => void submit()} requiredMark data-testid="user-form">
        <FormFields form={form} ids={userFieldIds}>
          {!user && (
            <TextField<UserFormValues>
              name="username"
              label={t('users:fields.username')}
              hint={t('auth:firstAdmin.usernameHint')}
              required
            />
          )}
          <TextField<UserFormValues> name="displayName" label={t('users:fields.displayName')} required />
          <SelectField<UserFormValues>
            name="role"
            label={t('users:fields.role')}
            options={roleOptions}
            hint={t('users:fields.roleHint')}
            required
          />
          <StaffLinkField current={user} />
          {!user && (
            <>
              <PasswordField<UserFormValues>
                name="password"
                label={t('users:fields.password')}
                hint={t('auth:password.rules')}
                autoComplete="new-password"
                required
              />
              <PasswordField<UserFormValues>
                name="passwordAgain"
                label={t('users:fields.passwordAgain')}
                autoComplete="new-password"
                required
              />
            </>
          )}
        </FormFields>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
