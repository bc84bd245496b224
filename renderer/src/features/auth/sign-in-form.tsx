import { useEffect } from 'react';
import { Button, Flex, Form, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RecentUser, SignInInput } from '../../../../shared/ipc/auth';
import { signInResolver } from './sign-in-resolver';
import { FormFields, TextField } from '../../components/form';
import { PasswordField } from './password-field';
import { applyAuthError } from './apply-auth-error';
import { useSignIn } from './queries';

type Values = SignInInput;

interface Props {
  recentUsers: readonly RecentUser[];
  /** The locked account: its name is fixed and only the password is asked. */
  lockedUser?: RecentUser;
  onSignedIn?: (username: string) => void;
}

const ids = (name: string) => ({ id: `sign-in-${name}`, testId: `sign-in-${name}` });

/**
 * User name and password, one step: Enter submits. At shift change the last
 * users of this PC are buttons; picking one fills the name and puts the cursor
 * in the password. A refusal (wrong password, the wait after failed tries, a
 * disabled account) is shown beside its field, in the user's language.
 */
export function SignInForm({ recentUsers, lockedUser, onSignedIn }: Props) {
  const { t } = useTranslation('auth');
  const signIn = useSignIn();
  const form = useForm<Values, unknown, SignInInput>({
    resolver: signInResolver,
    defaultValues: { username: lockedUser?.username ?? '', password: '' },
  });
  const { setFocus, setValue, setError, clearErrors } = form;

  useEffect(() => {
    setFocus(lockedUser ? 'password' : 'username');
  }, [lockedUser, setFocus]);

  const pick = (user: RecentUser) => {
    setValue('username', user.username);
    setValue('password', '');
    clearErrors();
    setFocus('password');
  };

  const submit = form.handleSubmit((values) => {
    if (signIn.isPending) return;
    signIn.mutate(values, {
      onSuccess: () => onSignedIn?.(values.username),
      onError: (error) => {
        form.setValue('password', '');
        applyAuthError(error, setError, { username: 'username', password: 'password' }, (path) =>
          path === 'username' || path === 'password' ? path : null,
        );
      },
    });
  });

  const others = recentUsers.filter((user) => user.username !== lockedUser?.username);
  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="sign-in-form" requiredMark={false}>
      {!lockedUser && others.length > 0 && (
        <div data-testid="sign-in-recent">
          <Typography.Text type="secondary">{t('signIn.recent')}</Typography.Text>
          <Flex wrap gap={8} style={{ margin: '8px 0 16px' }}>
            {others.map((user) => (
              <Button
                key={user.username}
                icon={<UserOutlined />}
                onClick={() => pick(user)}
                data-testid={`sign-in-recent-${user.username}`}
              >
                {user.displayName}
              </Button>
            ))}
          </Flex>
        </div>
      )}
      <FormFields form={form} ids={ids}>
        {lockedUser ? (
          <Typography.Paragraph data-testid="sign-in-locked-user">
            {t('lock.who', { name: lockedUser.displayName, username: lockedUser.username })}
          </Typography.Paragraph>
        ) : (
          <TextField<Values> name="username" label={t('signIn.username')} autoComplete="username" required />
        )}
        <PasswordField<Values>
          name="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
        />
      </FormFields>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={signIn.isPending}
        data-testid="sign-in-submit"
      >
        {lockedUser ? t('lock.unlock') : t('signIn.submit')}
      </Button>
    </Form>
  );
}
