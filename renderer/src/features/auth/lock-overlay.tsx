import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecentUser } from '../../../../shared/ipc/auth';
import { SignInForm } from './sign-in-form';

interface Props {
  lockedUser: RecentUser;
  recentUsers: readonly RecentUser[];
}

/**
 * Over the page that stays underneath: the locked user types the password
 * again and carries on where they were; another user signs in instead and
 * starts on the home page (the cache of the previous one is already dropped).
 */
export function LockOverlay({ lockedUser, recentUsers }: Props) {
  const { t } = useTranslation('auth');
  const client = useQueryClient();
  const [anotherUser, setAnotherUser] = useState(false);
  const signedIn = (username: string) => {
    if (username === lockedUser.username) {
      // Calls refused while locked come back now.
      void client.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
    } else {
      window.location.hash = '#/';
    }
  };
  return (
    <Flex
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      justify="center"
      align="flex-start"
      data-testid="lock-overlay"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        padding: '12vh 16px',
        background: 'rgba(243, 246, 244, 0.92)',
        backdropFilter: 'blur(6px)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} id="lock-title" style={{ marginTop: 0 }}>
          <LockOutlined /> {anotherUser ? t('lock.anotherTitle') : t('lock.title')}
        </Typography.Title>
        <SignInForm
          key={anotherUser ? 'another' : 'locked'}
          recentUsers={recentUsers}
          lockedUser={anotherUser ? undefined : lockedUser}
          onSignedIn={signedIn}
        />
        <Button
          type="link"
          block
          style={{ marginTop: 8 }}
          onClick={() => setAnotherUser((value) => !value)}
          data-testid="lock-another-user"
        >
          {anotherUser ? t('lock.backTo', { name: lockedUser.displayName }) : t('lock.anotherUser')}
        </Button>
      </Card>
    </Flex>
  );
}
